/**
 * Where a message about something missing goes: one helper, one order.
 *
 * 1. The heading of the first section for the part that says nothing yet
 *    (empty, or only a placeholder such as a stub): that is where the
 *    answer goes. A rule that judges the part where the document names it
 *    (the category rule reads the `ML category` section; `named: true`)
 *    skips this step and goes to the first section for the part.
 * 2. Else where the document names the part without answering: the heading
 *    of its first section in the design's flow, else the label of its
 *    first lead-in (`- Threshold: TBD`; front matter has no place to point
 *    at), else a heading that points at the part (`reading.sectionsMentioning`:
 *    `Evaluation` > `Online`, `Model notes`).
 * 3. Else `otherwise`, when the rule gives it (the stage's heading it found
 *    itself).
 * 4. Else the heading of the part's home stage section (`reading.homeSection`:
 *    `## Data preparation` for a missing outlier handling), the section a
 *    reviewer would write the answer in (a missing baseline beside
 *    `Candidates`, missing values under `Clean the data`).
 * 5. Else, in notes whose stages are all bold pseudo-headings, for a stage
 *    none of them opens: the one holding a labelled statement of another of
 *    its parts (`- output: boxes + class` under `**model**` for a missing
 *    input), else the first that opens a later stage (`reading.notesHome`).
 * 6. Else the document: its first heading, or line 1.
 *
 * A message that offers a stub and has no section or lead-in for its part
 * is then moved to where the stub goes (see `stubs.ts`), inside the home
 * stage section when there is one.
 */
import { type DesignReading, type Part, parts } from 'mdast-util-ml-design'
import type { Point } from 'unist'

export interface PlaceMissingOptions {
  /** The rule reads the part where the document names it: point at that heading or label first. */
  named?: boolean
  /** Where the message goes when the document names the part nowhere (step 3). */
  otherwise?: { start: Point; end: Point }
}

export function placeMissing(
  reading: DesignReading,
  part: Part,
  options: PlaceMissingOptions = {},
): { start: Point; end: Point } {
  const sections = reading.sectionsFor(part)
  const mentioning = reading.sectionsMentioning(part).filter((item) => !reading.outsideFlow(item))
  if (!options.named) {
    const empty = [...sections, ...mentioning]
      .sort((a, b) => a.start - b.start)
      .find((section) => !reading.substantive({ start: section.contentStart, end: section.end }))
    if (empty) return reading.place(reading.headingOf(empty))
  }
  const section = sections.find((item) => !reading.outsideFlow(item)) ?? sections[0]
  if (section) return reading.place(reading.headingOf(section))
  const statement = reading.statementsFor(part).find((item) => item.source !== 'front-matter')
  if (statement) return reading.place(statement.labelRange)
  if (mentioning.length > 0) return reading.place(reading.headingOf(mentioning[0]))
  if (options.otherwise) return options.otherwise
  for (const stage of parts[part]) {
    const home = reading.homeSection(stage, part)
    if (home) return reading.place(reading.headingOf(home))
  }
  const notes = reading.notesHome(parts[part][0])
  return notes ? reading.place(reading.headingOf(notes)) : reading.documentPlace
}
