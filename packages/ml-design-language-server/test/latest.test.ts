/**
 * `LatestOnly`, the queue that lints only the newest version of a document:
 * requests made while a lint runs collapse into one more run, which reads
 * the newest state; nothing is kept for a document once it is idle.
 */
import { describe, expect, it } from 'vitest'
import { LatestOnly } from '../src/latest.js'

/** Resolves once `done()` holds, checking after each turn of the event loop. */
async function until(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !done(); turn++) await new Promise((resolve) => setTimeout(resolve, 1))
  expect(done()).toBe(true)
}

/** A fake lint per key: records the text it saw, and finishes when told. */
function harness(delay = 0) {
  const text = new Map<string, string>()
  const seen: Array<[string, string | undefined]> = []
  const failures: Array<[string, unknown]> = []
  /** The lints running, oldest first: each finishes when released. */
  const finishers: Array<() => void> = []
  const queue = new LatestOnly(
    (key) => {
      seen.push([key, text.get(key)])
      if (text.get(key) === 'throw') return Promise.reject(new Error('cannot lint'))
      return new Promise<void>((resolve) => {
        finishers.push(resolve)
      })
    },
    (key, error) => failures.push([key, error]),
    delay,
  )
  const edit = (key: string, value: string) => {
    text.set(key, value)
    queue.request(key)
  }
  /** Finish the oldest running lint. */
  const release = () => finishers.shift()?.()
  return { queue, edit, release, seen, failures, running: () => finishers.length > 0 }
}

describe('LatestOnly', () => {
  it('lints a burst of edits made in one turn once, at its last text', async () => {
    const { queue, edit, release, seen } = harness()
    for (const value of ['a', 'ab', 'abc']) edit('doc', value)
    await until(() => seen.length === 1)
    expect(seen).toEqual([['doc', 'abc']])
    release()
    await until(() => !queue.busy('doc'))
    expect(seen).toHaveLength(1)
  })

  it('skips the versions edited while a lint runs: one more lint, of the newest text', async () => {
    const { queue, edit, release, seen, running } = harness()
    edit('doc', 'v1')
    await until(running)
    for (let version = 2; version <= 50; version++) edit('doc', `v${version}`)
    release()
    await until(() => seen.length === 2 && running())
    expect(seen).toEqual([
      ['doc', 'v1'],
      ['doc', 'v50'],
    ])
    release()
    await until(() => !queue.busy('doc'))
    expect(seen).toHaveLength(2)
  })

  it('lints documents independently', async () => {
    const { queue, edit, release, seen } = harness()
    edit('one', '1')
    await until(() => seen.length === 1)
    // `two` does not wait for `one`: each has its own lint.
    edit('two', '2')
    await until(() => seen.length === 2)
    expect(seen).toEqual([
      ['one', '1'],
      ['two', '2'],
    ])
    release()
    await until(() => !queue.busy('one'))
    expect(queue.busy('two')).toBe(true)
    release()
    await until(() => !queue.busy('two'))
  })

  it('reports a lint that throws and lints again on the next edit', async () => {
    const { queue, edit, release, seen, failures } = harness()
    edit('doc', 'throw')
    await until(() => failures.length === 1)
    expect(failures[0][0]).toBe('doc')
    expect(String(failures[0][1])).toBe('Error: cannot lint')
    await until(() => !queue.busy('doc'))
    edit('doc', 'fine')
    await until(() => seen.length === 2)
    expect(seen[1]).toEqual(['doc', 'fine'])
    release()
  })

  it('drops a waiting lint of a document that is forgotten (closed)', async () => {
    const { queue, edit, seen } = harness(5)
    edit('doc', 'text')
    queue.forget('doc')
    expect(queue.busy('doc')).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(seen).toEqual([])
  })

  it('waits for a pause in the edits when given a delay, then lints the last text once', async () => {
    const { queue, edit, release, seen } = harness(20)
    edit('doc', 'a')
    await new Promise((resolve) => setTimeout(resolve, 5))
    edit('doc', 'ab')
    await until(() => seen.length === 1)
    expect(seen).toEqual([['doc', 'ab']])
    release()
    await until(() => !queue.busy('doc'))
  })
})
