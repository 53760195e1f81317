/**
 * The sections pass: real headings and bold pseudo-headings, nested by
 * rank, each with the stages and parts its heading names. One placement
 * rule: a section's stages are its own heading's, else its parent's.
 */
import type { Heading, Html, Paragraph } from 'mdast'
import type { Compiled } from '../match/compile.js'
import { normalizeTitle, titleCandidates } from '../match/normalize.js'
import {
  contextualSynonyms,
  estimateHeadings,
  type HeadingTarget,
  mentionSynonyms,
  methodHeadings,
  type Part,
  parts as partStages,
  type Stage,
  stages,
  unorderedHeadings,
} from '../vocabulary/stages.js'
import { headingTargets, pseudoHeading, questionCandidates, stepCandidates, titleTargets } from './headings.js'
import {
  availableDataAfterFraming,
  dataBeforeFraming,
  earlierUnderChapter,
  genericUnderChapter,
  goalMeasureUnderRequirements,
  laterUnderRequirements,
  partUnderStage,
  repeatsParent,
} from './order-exceptions.js'
import { listsProductFunctions } from './product-features.js'
import { Ranks } from './ranks.js'
import type { Block } from './text.js'
import type { Section } from './types.js'

/** Whole titles that name a modelling method (`Learning to rank`), normalised. */
const methodTitles = new Set(methodHeadings.map(normalizeTitle))
/** Whole titles that take no part in the order (`Output`), normalised. */
const unorderedTitles = new Set(unorderedHeadings.map(normalizeTitle))
/** Estimates under a requirement word (`Latency estimation`), normalised: requirements in the order only. */
const estimateTitles = new Set(estimateHeadings.map(normalizeTitle))
/**
 * Titles of the labels (`Labels`, `Labelling`): the words that mean the data stage's labels under it
 * (`contextualSynonyms`), normalised. Labels are the data available and the data stage's labelling both.
 */
const labelTitles = new Set(
  contextualSynonyms
    .filter(({ within, target }) => within === 'data' && target.part === 'data-availability')
    .map(({ synonym }) => normalizeTitle(synonym)),
)
/** Titles that point at a part for placement only, normalised. */
const mentionTitles = mentionSynonyms.map((entry) => ({ ...entry, synonym: normalizeTitle(entry.synonym) }))

export function readSections(compiled: Compiled, prose: string, blocks: Block[], source: string): Section[] {
  const length = source.length
  const sections: Section[] = []
  const aside = (normalized: string) => compiled.patterns.asideTitle.test(normalized)
  const ranks = new Ranks(compiled, blocks, source)
  const stack: Section[] = []
  let headingCount = 0
  let topCount = 0
  for (const [index, block] of blocks.entries()) {
    let depth: number
    let title: string
    let contentStart: number
    let pseudo = false
    if (block.kind === 'heading') {
      title = headingTitle(prose, block)
      depth = ranks.heading(block.depth ?? (block.node as Heading).depth, title)
      contentStart = block.end
      headingCount++
      if (depth === 1) topCount++
    } else {
      const found = pseudoHeading(compiled, prose, block)
      if (!found || subtitle(blocks, index)) continue
      title = found.title
      depth = ranks.pseudo(index, title)
      contentStart = found.end
      pseudo = true
    }
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) {
      const closed = stack.pop() as Section
      closed.end = block.start
    }
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined
    const section: Section = {
      index: sections.length,
      depth,
      pseudo,
      title: false,
      text: title,
      normalized: normalizeTitle(title),
      node: block.node as Heading | Paragraph | Html,
      start: block.start,
      contentStart,
      end: length,
      stages: [],
      parts: [],
      wholeStages: [],
      mentions: [],
      ordered: [],
      inStages: [],
      inParts: [],
      parent: parent ? parent.index : -1,
      children: [],
      aside: aside(normalizeTitle(title)) || (parent?.aside ?? false),
    }
    if (parent) parent.children.push(section.index)
    sections.push(section)
    stack.push(section)
  }

  // The title: a lone top heading that opens the document. A top heading that opens the
  // document and is not itself a stage's name (`# Churn prediction: model design`) is the
  // title too, when top headings are also used for the sections.
  const first = sections[0]
  if (first && !first.pseudo && first.depth === 1 && sections.length > 1) {
    const opens = blocks.every((block) => block.start >= first.start || block.kind === 'front-matter')
    const named = compiled.headings.has(first.normalized)
    if ((topCount === 1 && headingCount > 1) || (opens && !named)) first.title = true
  }
  // A title that names the document's shape (`# Podcast recs: FAQ`) does not make the whole document an aside.
  if (first?.title && first.aside) {
    first.aside = false
    for (const section of sections) {
      if (section === first) continue
      const parent = section.parent >= 0 ? sections[section.parent] : undefined
      section.aside = aside(section.normalized) || (parent?.aside ?? false)
    }
  }

  for (const section of sections) {
    const parent = section.parent >= 0 ? sections[section.parent] : undefined
    const ancestors = parent ? parent.inStages : []
    if (!section.title) {
      let targets = titleTargets(compiled, section.text, ancestors)
      // A question heading that names no stage may name it by its verb (`How often do we retrain?`),
      // unless it stands under open questions, where it asks instead of answering.
      if (targets.length === 0 && !underOpenQuestions(compiled, sections, section))
        targets = headingTargets(compiled, questionCandidates(compiled, section.text), ancestors)
      // A step written as an order or a qualified noun (`Evaluate it`, `Validation procedure`).
      if (targets.length === 0) targets = headingTargets(compiled, stepCandidates(section.text), ancestors)
      // A heading that names the modelling method (`Learning to rank`) opens the model stage.
      if (targets.length === 0 && methodTitles.has(section.normalized)) targets = [{ stage: 'model' }]
      // A `Features` section of the product's functions (`- Offline mode`) is an aside: it names no part of the design.
      const ownEnd = section.children.length > 0 ? sections[section.children[0]].start : section.end
      if (
        targets.length > 0 &&
        targets.every((target) => target.part === 'feature-engineering') &&
        listsProductFunctions(compiled, prose, blocks, section.contentStart, ownEnd)
      ) {
        targets = []
        section.aside = true
      }
      const ownStages = new Set<Stage>()
      const ownParts = new Set<Part>()
      const ordered = new Set<Stage>()
      // An estimate under a requirement word (`Latency estimation`) is the requirements in the order, nothing else.
      if (targets.length === 0 && estimateTitles.has(normalizeTitle(section.text.replace(/\([^()]*\)/g, ' '))))
        ordered.add('requirements')
      const whole = new Set<Stage>()
      const labelsBeside = labelsJoined(compiled, section.text, targets)
      for (const target of targets) {
        if (target.stage && !target.part) whole.add(target.stage)
        if (target.part) {
          ownParts.add(target.part)
          if (!target.stage) for (const stage of partStages[target.part]) ownStages.add(stage)
          if (!target.stage && partStages[target.part].length === 1 && !labelsBeside.has(target))
            ordered.add(partStages[target.part][0])
        }
        if (target.stage) {
          ownStages.add(target.stage)
          ordered.add(target.stage)
        }
      }
      section.stages = stages.filter((stage) => ownStages.has(stage))
      section.ordered =
        repeatsParent(section, parent) ||
        partUnderStage(sections, parent, whole, ordered) ||
        earlierUnderChapter(sections, section, parent, whole, ordered) ||
        laterUnderRequirements(sections, parent, ordered) ||
        goalMeasureUnderRequirements(sections, parent, section.text) ||
        genericUnderChapter(section, parent) ||
        labelsOnly(section.text, targets) ||
        unorderedTitles.has(section.normalized)
          ? []
          : stages.filter((stage) => ordered.has(stage))
      section.parts = [...ownParts]
      section.wholeStages = stages.filter((stage) => whole.has(stage))
      section.mentions = mentionedParts(compiled, section, ancestors)
    }
    section.inStages = section.stages.length > 0 ? section.stages : parent ? parent.inStages : []
    section.inParts = section.parts.length > 0 ? section.parts : parent ? parent.inParts : []
  }
  for (const section of sections) {
    if (dataBeforeFraming(sections, section)) section.ordered = []
    else if (availableDataAfterFraming(sections, section)) section.ordered = ['data']
  }
  return sections
}

/** Character references a title written in HTML may hold (`<h2>Data &amp; features</h2>`), and what they stand for. */
const titleEntities: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
}

/** A heading's title: its text, white space folded; in an HTML heading element, common references read. */
function headingTitle(prose: string, block: Block): string {
  let title = prose.slice(block.start, block.end)
  if (block.node.type === 'html')
    title = title.replace(/&(amp|nbsp|lt|gt|quot|#39|apos);/g, (_, name) => titleEntities[name])
  return title.replace(/\s+/g, ' ').trim()
}

/**
 * The parts a title points at for placement only (`mentionSynonyms`): `Online testing and deployment` (the rollout
 * as it stands) and `Evaluation` > `Online` mention the online evaluation. A stage's or part's notes (`Model notes`,
 * `Features notes`), which name nothing as they stand, mention that part or every part of that stage: notes are
 * where a plan for them is jotted down. Parts it names are left out.
 */
function mentionedParts(compiled: Compiled, section: Section, ancestors: Stage[]): Part[] {
  const candidates = new Set(titleCandidates(section.text))
  const found = new Set<Part>()
  for (const { synonym, part, within } of mentionTitles) {
    if (candidates.has(synonym) && (!within || ancestors.includes(within)) && !section.parts.includes(part))
      found.add(part)
  }
  const noted = section.stages.length === 0 ? notesTitle.exec(section.normalized) : null
  if (noted) {
    for (const target of headingTargets(compiled, titleCandidates(noted[1]), ancestors)) {
      if (target.part) found.add(target.part)
      else if (target.stage)
        for (const [part, of] of Object.entries(partStages) as Array<[Part, readonly Stage[]]>)
          if (of.includes(target.stage)) found.add(part)
    }
  }
  return [...found]
}

/** A title that is a subject's notes (`model note`: normalised, in the singular), and the subject. */
const notesTitle = /^(\S.*) note$/

/**
 * Whether a title names the labels and nothing else (`Labels`, `Labels — options (not decided)`): like `Metrics`,
 * a part of two stages (the data available, the data stage's labelling), so it takes no part in the order. Under a
 * data chapter it is that stage's (`IV. Data` > `Labels`) and keeps its place.
 */
function labelsOnly(title: string, targets: HeadingTarget[]): boolean {
  return (
    targets.length > 0 &&
    targets.every((target) => target.part === 'data-availability' && target.stage !== 'data') &&
    titleCandidates(title).some((candidate) => labelTitles.has(candidate))
  )
}

/**
 * The targets a joined title (`Labels and features`) takes from its labels alone: the labels are a part of two
 * stages there too, so only the other parts place the heading in the order (`Features`, the data stage).
 */
function labelsJoined(compiled: Compiled, title: string, targets: HeadingTarget[]): Set<HeadingTarget> {
  const candidates = titleCandidates(title).slice(1)
  const of = (names: string[]) => new Set(names.flatMap((name) => compiled.headings.get(name) ?? []))
  const labels = of(candidates.filter((candidate) => labelTitles.has(candidate)))
  const others = of(candidates.filter((candidate) => !labelTitles.has(candidate)))
  const own = new Set(targets.filter((target) => labels.has(target) && !others.has(target)))
  return targets.some((target) => !own.has(target)) ? own : new Set()
}

/**
 * Whether a bold paragraph is its heading's subtitle: the heading's first content, with a heading right after it
 * (`## Toto` then `**A foundation model for metrics**` then `### 1. What is it?`). It is that section's content, not
 * an empty section of its own. So is a bold line that closes the document right under its heading (`## Author` then
 * `**A. Name**`). A bold paragraph after other content (`**Model development**` closing a run of bold steps) still
 * opens a section.
 */
function subtitle(blocks: Block[], index: number): boolean {
  return blocks[index - 1]?.kind === 'heading' && (index === blocks.length - 1 || blocks[index + 1]?.kind === 'heading')
}

/** Whether a section stands under one that collects open questions (`Open questions`, not a FAQ or the title). */
function underOpenQuestions(compiled: Compiled, sections: Section[], section: Section): boolean {
  for (let index = section.parent; index >= 0; index = sections[index].parent) {
    const ancestor = sections[index]
    if (ancestor.title) continue
    const candidates = titleCandidates(ancestor.text)
    if (candidates.some((candidate) => compiled.questionTitles.has(candidate) && !compiled.faqTitles.has(candidate)))
      return true
  }
  return false
}
