/** Small operations on sorted ranges of offsets. */
import type { Range } from './types.js'

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
