import { describe, expect, it } from 'vitest'
import { contains, lastAtOrBefore, latestHolding, startsWithin, within } from '../src/document/ranges.js'
import type { Sentence } from '../src/document/types.js'

const at = (start: number, end: number) => ({ start, end })

describe('ranges', () => {
  it('hold an offset from their start up to, not including, their end', () => {
    expect([within(at(5, 9), 5), within(at(5, 9), 8), within(at(5, 9), 9), within(at(5, 9), 4)]).toEqual([
      true,
      true,
      false,
      false,
    ])
    expect(contains(at(0, 10), at(2, 10))).toBe(true)
    expect(contains(at(0, 10), at(2, 11))).toBe(false)
  })

  it('find the last range starting at or before an offset, or -1', () => {
    const list = [at(0, 4), at(10, 14), at(20, 24)]
    expect([
      lastAtOrBefore(list, -1),
      lastAtOrBefore(list, 10),
      lastAtOrBefore(list, 19),
      lastAtOrBefore(list, 99),
    ]).toEqual([-1, 1, 1, 2])
  })

  it('mark each sentence whose start falls inside a range, as `within` would one by one', () => {
    const sentences = [at(0, 9), at(10, 19), at(20, 29), at(30, 39), at(40, 49)] as unknown as Sentence[]
    const ranges = [at(5, 21), at(40, 41)]
    const marks = startsWithin(sentences, ranges)
    expect([...marks]).toEqual([0, 1, 1, 0, 1])
    expect([...marks]).toEqual(
      sentences.map((sentence) => (ranges.some((range) => within(range, sentence.start)) ? 1 : 0)),
    )
  })

  it('give each offset its latest holding statement per group of stages and parts, offsets in any order', () => {
    const statement = (name: string, start: number, end: number, stages: string[]) => ({
      name,
      labelRange: at(start, start + 1),
      end,
      stages,
      parts: [] as string[],
    })
    // B sits inside A (same group) and ends first; E ends where it starts; D is a group of its own.
    const list = [
      statement('A', 0, 100, ['x']),
      statement('B', 10, 20, ['x']),
      statement('C', 15, 50, ['y']),
      statement('E', 30, 30, ['x']),
      statement('D', 40, 60, ['x', 'y']),
    ]
    const offsets = [55, 5, 20, 12, 30, 45, 100, 16]
    const names = (found: Array<{ name: string }>) => found.map((item) => item.name).join('')
    // The definition: every statement holding the offset, latest label first, the first of each group kept.
    const expected = offsets.map((offset) => {
      const seen = new Set<string>()
      return names(
        [...list]
          .filter((item) => offset >= item.labelRange.start && offset < item.end)
          .reverse()
          .filter((item) => !seen.has(item.stages.join(' ')) && seen.add(item.stages.join(' '))),
      )
    })
    expect(latestHolding(list, offsets).map(names)).toEqual(expected)
    expect(expected).toEqual(['DA', 'A', 'CA', 'B', 'CA', 'DCA', '', 'CB'])
  })
})
