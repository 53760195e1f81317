/**
 * Property-based tests over generated design documents: the preset never
 * throws, every message is well formed and inside the document, and the
 * same input gives the same messages. Fixed seed, 1,000 cases per property
 * (`pnpm fuzz` runs 100,000: `FUZZ_RUNS`, `FUZZ_SEED`).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { designDocument, numRuns, seed, timeout } from './arbitraries.js'
import { describeAll, lintWith, presetPlugins, presetProcessor, processorWith } from './harness.js'

const otherProcessor = processorWith(presetPlugins)

/** Lines of a document as the parser counts them (`\r\n`, `\r` and `\n` end a line). */
function lineLengths(value: string): number[] {
  return value.split(/\r\n|\r|\n/).map((line) => line.length)
}

describe('the preset over generated documents', () => {
  it(
    'never throws; every message has a rule id, a reason and a place inside the document; the same input gives the same messages',
    async () => {
      await fc.assert(
        fc.asyncProperty(designDocument, async (value) => {
          const file = await lintWith(presetProcessor, value)
          // Again, on another processor (after other documents ran on both): nothing carries over.
          expect(describeAll(await lintWith(otherProcessor, value))).toEqual(describeAll(file))
          const lines = lineLengths(value)
          for (const message of file.messages) {
            expect(message.ruleId).toMatch(/^(ml-[a-z-]+|front-matter)$/)
            expect(message.source).toMatch(/^(remark-lint|ml-design-lint)$/)
            expect(message.reason.length).toBeGreaterThan(10)
            expect(message.fatal).not.toBe(true)
            const place = message.place
            expect(place).toBeDefined()
            const points = place && 'start' in place ? [place.start, place.end] : [place!]
            for (const point of points) {
              expect(point.line).toBeGreaterThanOrEqual(1)
              expect(point.line).toBeLessThanOrEqual(lines.length)
              expect(point.column).toBeGreaterThanOrEqual(1)
              expect(point.column).toBeLessThanOrEqual(lines[point.line - 1] + 1)
            }
            if (place && 'start' in place) {
              const before =
                place.start.line < place.end.line ||
                (place.start.line === place.end.line && place.start.column <= place.end.column)
              expect(before).toBe(true)
            }
          }
        }),
        { seed, numRuns },
      )
    },
    timeout,
  )
})
