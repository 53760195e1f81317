/**
 * One phrasing for every rule's messages, in the remark-lint way:
 * "Unexpected missing X, expected Y, such as `Z`".
 */
import type { Point } from 'unist'
import type { DesignReading, Range } from './reading.js'

/** The reason for something missing: what, what would answer it, and a good example. */
export function missing(what: string, expected: string, example: string): string {
  return `Unexpected missing ${what}, expected ${expected}, such as \`${example}\``
}

/** A unist position for a range of the document. */
export function place(reading: DesignReading, range: Range): { start: Point; end: Point } {
  return reading.place(range)
}
