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

/** What `latestHolding` needs of a statement: the range from its label to its end, and its stages and parts. */
interface Holder {
  labelRange: Range
  end: number
  stages: readonly string[]
  parts: readonly string[]
}

/**
 * For each offset, the statements that hold it (from their label to their end) and give it stages or parts: latest
 * label first, and of statements with the same stages and parts only the latest, as a later one adds nothing to the
 * union of its group's. One sweep in offset order, each group keeping its open statements by label order and dropping
 * those that ended from its end (the offsets only grow, so a statement that ended stays ended). Linear where a walk back
 * from each offset over the statements a long one spans is not: a table's column cells all run from the header's
 * label, so every cell of a 10,000-row table is held by every column cell below it.
 */
export function latestHolding<T extends Holder>(statements: readonly T[], offsets: readonly number[]): T[][] {
  const list = [...statements].sort((a, b) => a.labelRange.start - b.labelRange.start)
  const order = offsets.map((_, index) => index)
  if (offsets.some((offset, index) => index > 0 && offset < offsets[index - 1]))
    order.sort((a, b) => offsets[a] - offsets[b])
  const groups = new Map<string, number[]>()
  const groupOf = list.map((statement) => {
    const key = `${statement.stages.join(' ')}|${statement.parts.join(' ')}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    return group
  })
  const live = new Set<number[]>()
  const holders: T[][] = new Array(offsets.length)
  const none: T[] = []
  let next = 0
  for (const index of order) {
    const offset = offsets[index]
    for (; next < list.length && list[next].labelRange.start <= offset; next++) {
      groupOf[next].push(next)
      live.add(groupOf[next])
    }
    const latest: number[] = []
    for (const group of live) {
      while (group.length > 0 && list[group[group.length - 1]].end <= offset) group.pop()
      if (group.length > 0) latest.push(group[group.length - 1])
      else live.delete(group)
    }
    holders[index] = latest.length === 0 ? none : latest.sort((a, b) => b - a).map((at) => list[at])
  }
  return holders
}
