/**
 * Where a heading takes no part in the framework order, or another place in it than its own stages give (read by the
 * sections pass for each heading in document order, once the headings before it are placed): a part or an earlier
 * stage that details its chapter, a later stage that a requirements chapter requires, a generic organising title,
 * the data listed before the framing or opened after it. Each heading keeps its stages for the other rules; only the
 * order reads these.
 */
import { normalizeTitle } from '../match/normalize.js'
import {
  genericSubHeadings,
  goalMeasureHeadings,
  plainDataHeadings,
  requirementChapterWords,
  type Stage,
  stages,
} from '../vocabulary/stages.js'
import type { Section } from './types.js'

const goalMeasureTitles = new Set(goalMeasureHeadings.map(normalizeTitle))
/** Words of a chapter titled as the requirements (`Functional requirements`). */
const requirementWords = new Set(requirementChapterWords)
/** Generic organising titles (`Overview`, `Requirements`), normalised. */
const genericTitles = new Set(genericSubHeadings.map(normalizeTitle))

/** Plain titles of the data as such (normalised): where the sources, labels and amounts are listed. */
const plainDataTitles = new Set(plainDataHeadings.map(normalizeTitle))

/**
 * Whether a plain `Data` heading lists the data available before the framing, and the data stage opens again after
 * the framing (`Data`, `Framing`, `Features` or `Data preparation`): it is the requirements' inventory of the data,
 * not the data preparation out of order, so it takes no part in the order (its stage stays for the other rules).
 */
export function dataBeforeFraming(sections: Section[], section: Section): boolean {
  if (!plainDataTitles.has(section.normalized) || section.ordered.join() !== 'data') return false
  const framing = sections.findIndex(
    (other) =>
      other.index > section.index && other.ordered.includes('framing') && !descendsFrom(sections, other, section),
  )
  if (framing < 0) return false
  return sections.some((other) => other.index > framing && other.ordered.includes('data'))
}

/**
 * Whether a heading of the data available (`Data sources`, `Available data`), which the requirements ask for, stands
 * after the framing: there it opens the data stage (an ML canvas's `2. ML task`, `3. Data sources`, `4. Features`),
 * and takes its place in the order as the data. After a later stage it is still out of order.
 */
export function availableDataAfterFraming(sections: Section[], section: Section): boolean {
  if (section.ordered.join() !== 'requirements' || section.wholeStages.length > 0) return false
  if (section.parts.join() !== 'data-availability') return false
  return sections.some(
    (other) =>
      other.index < section.index && other.ordered.includes('framing') && !descendsFrom(sections, section, other),
  )
}

/** Whether a section stands inside another (at any depth). */
export function descendsFrom(sections: Section[], section: Section, ancestor: Section): boolean {
  for (let index = section.parent; index >= 0; index = sections[index].parent) if (index === ancestor.index) return true
  return false
}

/**
 * Whether a generic organising title (`Overview`, `Requirements`) stands under a chapter that names no stage
 * (`VII. System architecture` > `Overview`): it organises that chapter, it does not reopen the requirements
 * late in the document. It keeps its stages for the rules that read them; only the order ignores it.
 */
export function genericUnderChapter(section: Section, parent: Section | undefined): boolean {
  return parent !== undefined && !parent.title && parent.inStages.length === 0 && genericTitles.has(section.normalized)
}

/**
 * Whether a heading only repeats words of its parent's title when the parent names no stage
 * (`Multi-objective optimisation` > `Objectives`): it is about the parent's subject, not a stage of the design, so
 * it takes no part in the order (its stages and parts stay, for the rules that read them).
 */
export function repeatsParent(section: Section, parent: Section | undefined): boolean {
  if (!parent || parent.title || parent.inStages.length > 0) return false
  const words = new Set(parent.normalized.split(/[\s-]+/))
  return section.normalized.split(/[\s-]+/).every((word) => words.has(word))
}

/**
 * Whether a heading that names only parts is a detail of the chapter that names another stage as a whole: a part of
 * the requirements anywhere (`IV. Data` > `Volume`, `Deployment` > `Costs`), any part under the requirements
 * (`Problem` > `Baseline`), and a part of an earlier stage under a later one (`Model` > `Loss function`, `Monitoring`
 * > `Retraining`, `Deployment` > `Input schema`): the design meeting what came before, as a reviewer reads it. It
 * keeps its stages and parts; only the order ignores it. A part of a later stage under an earlier chapter counts
 * (`**Feature engineering**` after `**Baseline**` in a `Framing` chapter), as does a heading that names a
 * whole stage (`### Evaluation` under `## Model`) or one under a heading that names only a part.
 */
export function partUnderStage(
  sections: Section[],
  parent: Section | undefined,
  whole: ReadonlySet<Stage>,
  ordered: ReadonlySet<Stage>,
): boolean {
  if (!parent || whole.size > 0 || ordered.size === 0) return false
  let chapter: Section = parent
  while (chapter.stages.length === 0 && chapter.parent >= 0) chapter = sections[chapter.parent]
  if (chapter.title || chapter.wholeStages.length === 0) return false
  if (![...ordered].every((stage) => !chapter.inStages.includes(stage))) return false
  const opens = stages.indexOf(chapter.wholeStages[0])
  return opens === 0 || [...ordered].every((stage) => stage === 'requirements' || stages.indexOf(stage) < opens)
}

/**
 * Whether a heading names only whole stages that come before the stage its chapter names as a whole (`VIII.
 * Monitoring` > `Model`, `Model selection and training` > `**Training data:**`): the chapter's own model or data,
 * a detail of it as a reviewer reads it, not an earlier stage reopened. It keeps its stages; only the order ignores
 * it. A later stage under a chapter (`### Evaluation` under `## Model`) still counts, and once one stands there the
 * chapter's headings are stages side by side (`### Model training` > `#### Model serving`, `#### Data pipeline`): an
 * earlier stage after it is out of order.
 */
export function earlierUnderChapter(
  sections: Section[],
  section: Section,
  parent: Section | undefined,
  whole: ReadonlySet<Stage>,
  ordered: ReadonlySet<Stage>,
): boolean {
  if (!parent || whole.size === 0 || ordered.size !== whole.size) return false
  let chapter: Section = parent
  while (chapter.stages.length === 0 && chapter.parent >= 0) chapter = sections[chapter.parent]
  if (chapter.title || chapter.wholeStages.length === 0) return false
  const opens = stages.indexOf(chapter.wholeStages[0])
  if (![...whole].every((stage) => stages.indexOf(stage) < opens)) return false
  // Read on from where the last heading under this chapter stopped: each heading is looked at once per chapter.
  let seen = laterSeen.get(chapter)
  if (!seen) {
    seen = { upTo: chapter.index + 1, found: false }
    laterSeen.set(chapter, seen)
  }
  for (; !seen.found && seen.upTo < section.index; seen.upTo++) {
    const other = sections[seen.upTo]
    if (descendsFrom(sections, other, chapter) && other.ordered.some((stage) => stages.indexOf(stage) > opens))
      seen.found = true
  }
  return !seen.found
}

/** For each staged chapter, how far its headings were read and whether a later stage stands among them. */
const laterSeen = new WeakMap<Section, { upTo: number; found: boolean }>()

/**
 * Whether a heading names only later stages under a chapter of the requirements alone (`Functional requirements` >
 * `Alerting`, `Technical requirements` > `**Infrastructure**`): what the system is required to do, a requirement as a
 * reviewer reads it, not a later stage opened early. The chapter names the requirements as a whole and is titled as
 * them: a chapter that names only a part of them (`Value proposition` over a design plan), or names them by another
 * title (`Overview`, `Background`), may hold the design itself. It keeps its stages for the other rules; only the
 * order ignores it.
 */
export function laterUnderRequirements(
  sections: Section[],
  parent: Section | undefined,
  ordered: ReadonlySet<Stage>,
): boolean {
  if (!parent || ordered.size === 0 || ordered.has('requirements')) return false
  let chapter: Section = parent
  while (chapter.stages.length === 0 && chapter.parent >= 0) chapter = sections[chapter.parent]
  const titled = normalizeTitle(chapter.text)
    .split(' ')
    .some((word) => requirementWords.has(word))
  return titled && !chapter.title && chapter.stages.length === 1 && chapter.wholeStages[0] === 'requirements'
}

/** Whether a title measures success under a chapter of the requirements stage (`Goals` > `Success criteria`). */
export function goalMeasureUnderRequirements(sections: Section[], parent: Section | undefined, text: string): boolean {
  if (!parent) return false
  const words = normalizeTitle(text.replace(/\([^()]*\)/g, ' ')).split(' ')
  const clause = words.findIndex((word, index) => index > 0 && (word === 'for' || word === 'of'))
  if (!goalMeasureTitles.has(words.slice(0, clause > 0 ? clause : words.length).join(' '))) return false
  let chapter: Section = parent
  while (chapter.stages.length === 0 && chapter.parent >= 0) chapter = sections[chapter.parent]
  return !chapter.title && chapter.stages.length === 1 && chapter.stages[0] === 'requirements'
}
