/**
 * Where a stage's missing part belongs in the document (the home section), kept beside the document's structure it
 * reads: the sections that open the stage, their parts, and whether they stand in the design's flow.
 */
import { normalizeTitle } from '../match/normalize.js'
import {
  companionParts,
  dataInventoryHeadings,
  type Part,
  parts as partStages,
  type Stage,
  situationHeadings,
  stages,
} from '../vocabulary/stages.js'
import type { Section, Statement } from './types.js'

/** What the home of a part is chosen from: the document's sections that open a stage, and where each stands. */
export interface StageSections {
  readonly sections: Section[]
  readonly statements: Statement[]
  stageSections(stage: Stage): Section[]
  sectionAt(offset: number): number
  outsideFlow(section: Section): boolean
  questionSection(section: Section): boolean
}

/** A heading that collects questions (`Clarifying questions`, `Questions to ask`): answers are not written there. */
const asksQuestions = /\bquestions?\b/

/** Whole titles of the requirements stage that tell the situation (`Context`, `Background`), normalised. */
const situationTitles = new Set(situationHeadings.map(normalizeTitle))

const situationOnly = (section: Section) => situationTitles.has(section.normalized)

/** Titles that list the data as it comes (`Data`, `Collect the data`), normalised. */
const inventoryTitles = new Set(dataInventoryHeadings.map(normalizeTitle))

/** A plain title of the data as it comes (`Data`, `Collect the data`), with no sub-sections of its own. */
const inventory = (section: Section) => section.children.length === 0 && inventoryTitles.has(section.normalized)

/** The technical requirements, written beside each other under the requirements stage. */
const technical: ReadonlySet<Part> = new Set<Part>(['constraints', 'scale', 'latency'])

/**
 * How well a section of the stage fits as the home of its missing part: lower is better. The part's own heading,
 * then one that names only the whole stage, then one that names it among other things, then any other.
 */
function homeRank(section: Section, stage: Stage, part?: Part): number {
  if (part !== undefined && section.parts.includes(part)) return 0
  if (part !== undefined && companionParts[part]?.some((item) => section.parts.includes(item))) return 0.5
  // A section that names only the goal (`Goal`, `Why`) is the goal's home, not the technical requirements'
  // (`Constraints` is a better place for a missing scale, `Requirements & constraints` than `Problem & goal`).
  const goalOnly =
    part !== 'business-objective' &&
    section.parts.length > 0 &&
    section.parts.every((item) => item === 'business-objective')
  if (!section.wholeStages.includes(stage)) return goalOnly ? 4 : 3
  // Scale and latency are technical requirements written with the constraints: a heading that names the whole stage
  // with them (`Business requirements and constraints`) comes before one that names only the stage (`Scope`).
  if (part !== undefined && technical.has(part) && section.parts.some((item) => technical.has(item))) return 0.9
  if (section.parts.length > 0) return goalOnly ? 2.5 : 2
  if (part === undefined) return 1
  if (stage === 'requirements' && part !== 'business-objective' && situationOnly(section)) return 1.5
  // The data as it comes (`Data`, `Collect the data`) is no place for its preparation when a heading prepares it
  // (`Data prep`, `Clean the data`, `Data & features`). A chapter (`III. Data` over its sub-sections) holds the
  // whole stage.
  if (stage === 'data' && inventory(section)) return 2.2
  return 1
}

/** The section a stage's missing part belongs in (see `DesignDocument.homeSection`). */
export function homeSectionOf(document: StageSections, stage: Stage, part?: Part): Section | undefined {
  let best: Section | undefined
  for (const section of document.stageSections(stage)) {
    // A part shared by several stages alone (`Metrics`) is no stage's home; `Metrics and evaluation` is.
    const shared = section.parts.every((item) => (partStages[item] as readonly Stage[]).length > 1)
    if (shared && !section.wholeStages.includes(stage)) continue
    if (section.title || section.aside) continue
    if (document.outsideFlow(section) || document.questionSection(section) || asksQuestions.test(section.normalized))
      continue
    if (!best || homeRank(section, stage, part) < homeRank(best, stage, part)) best = section
  }
  return best
}

/**
 * Where a stage that no section opens is read about in notes whose stage sections are all bold pseudo-headings
 * (`**why**`, `**model**`, `**eval**`; see `DesignDocument.notesHome`). Undefined in any other document.
 */
export function notesHomeOf(document: StageSections, stage: Stage): Section | undefined {
  const staged = document.sections.filter(
    (section) => !section.title && !section.aside && section.ordered.length > 0 && !document.outsideFlow(section),
  )
  if (staged.length === 0 || staged.some((section) => !section.pseudo)) return undefined
  for (const statement of document.statements) {
    if (statement.source === 'front-matter') continue
    if (!statement.parts.some((part) => partStages[part].length === 1 && partStages[part][0] === stage)) continue
    const index = document.sectionAt(statement.start)
    const section = index >= 0 ? document.sections[index] : undefined
    if (section && !section.title && !document.outsideFlow(section)) return section
  }
  const rank = stages.indexOf(stage)
  return staged.find((section) => stages.indexOf(section.ordered[0]) > rank)
}
