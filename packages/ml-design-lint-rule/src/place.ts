/**
 * Where a message about something missing goes: one helper, one rule.
 *
 * 1. A rule that judges a part where the document names it (the category
 *    rule reads the `ML category` section; `named: true`) points at the
 *    heading of the first section for the part, else at the label of the
 *    first lead-in for it (`- Baseline:` left empty; front matter has no
 *    place to point at), else at the document.
 * 2. Any other rule (it looks for the answer anywhere in the document)
 *    points at the heading of the first section for the part that says
 *    nothing yet (empty, or only a placeholder such as a stub): that is
 *    where the answer goes. A section with content that does not answer
 *    keeps the message at `otherwise` (the stage's heading, when the rule
 *    gives it), else at the document.
 *
 * "At the document" is the document's first heading, or line 1.
 */
import type { DesignReading, Part } from 'mdast-util-ml-design'
import type { Point } from 'unist'

export interface PlaceMissingOptions {
  /** The rule reads the part where the document names it: point at that heading or label. */
  named?: boolean
  /** Where the message goes when no section for the part is waiting for an answer (rule 2). */
  otherwise?: { start: Point; end: Point }
}

export function placeMissing(
  reading: DesignReading,
  part: Part,
  options: PlaceMissingOptions = {},
): { start: Point; end: Point } {
  if (options.named) return reading.placeFor(part)
  const empty = reading
    .sectionsFor(part)
    .find((section) => !reading.substantive({ start: section.contentStart, end: section.end }))
  return empty
    ? reading.place({ start: empty.start, end: empty.contentStart })
    : (options.otherwise ?? reading.documentPlace)
}
