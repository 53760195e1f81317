/** Small operations on sorted ranges of offsets. */
import type { Range, Sentence } from './types.js'

/** Whether an offset falls inside a range. */
export function within(range: Range, offset: number): boolean {
  return offset >= range.start && offset < range.end
}

/** Whether a range holds another whole. */
export function contains(outer: Range, inner: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

/** Last index in a sorted list of ranges whose start is at or before the offset. */
export function lastAtOrBefore(list: Range[], offset: number): number {
  let low = 0
  let high = list.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (list[middle].start <= offset) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

/**
 * A mark per sentence (1) where its start falls inside one of the ranges: `holds(ranges, sentence.start)` for every
 * sentence at once, walking only the sentences each range covers (sentences are in order of their start).
 */
export function startsWithin(sentences: Sentence[], ranges: readonly Range[]): Uint8Array {
  const marks = new Uint8Array(sentences.length)
  for (const range of ranges) {
    for (let index = lastAtOrBefore(sentences, range.start - 1) + 1; index < sentences.length; index++) {
      if (sentences[index].start >= range.end) break
      if (sentences[index].start >= range.start) marks[index] = 1
    }
  }
  return marks
}
