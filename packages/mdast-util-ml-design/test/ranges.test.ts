import { describe, expect, it } from 'vitest'
import { contains, lastAtOrBefore, startsWithin, within } from '../src/document/ranges.js'
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
})
