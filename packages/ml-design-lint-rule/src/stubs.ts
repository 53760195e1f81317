/**
 * Stubs: for each requirement a rule reports as missing, a short section to
 * insert (a heading and a placeholder sentence) and where it goes in the
 * document. A rule declares the stub with the message it answers (its
 * metadata, `messages`); `ml-design-lint --fix` inserts the stubs of a
 * document's messages, found by rule and message id (never by wording), and
 * `defineRule` puts the same stub in the message's `expected` (the editor's
 * quick fix).
 *
 * A stub is a placeholder on purpose: its sentence starts with `TODO`, so
 * it answers nothing, `ml-no-placeholders` asks for it to be filled and the
 * requirement's rule keeps reporting, now at the stub's heading.
 */
import type { DesignReading, Part, Section, Stage } from 'mdast-util-ml-design'
import { stages } from 'mdast-util-ml-design'

export interface Stub {
  /** Rule id (`ml-scale`). */
  rule: string
  /** Ids of the messages it answers (`missingScale`). */
  messages: readonly string[]
  /** The stage the stub belongs to (its rule's stage; its place in framework order). */
  stage: Stage
  /** The part its heading names; none for a whole stage. */
  part?: Part
  /** Its heading text. */
  heading: string
  /** Its placeholder sentence. */
  todo: string
}

/**
 * The order of stubs within a stage, after the stage's own stub: the order
 * a reviewer reads a stage in (what is asked, what goes in and out, the
 * category, then how it is measured). A part not listed comes last.
 */
const partOrder: readonly Part[] = [
  'business-objective',
  'data-availability',
  'constraints',
  'scale',
  'latency',
  'ml-objective',
  'input',
  'output',
  'category',
  'online-metrics',
  'offline-metrics',
  'feature-engineering',
  'missing-data',
  'class-imbalance',
  'outliers',
  'model-selection',
  'baseline',
  'interpretability',
  'retraining',
  'offline-evaluation',
  'online-evaluation',
  'error-costs',
  'serving',
]

function rank(stub: Stub): [number, number] {
  const part = stub.part === undefined ? -1 : partOrder.indexOf(stub.part)
  return [stages.indexOf(stub.stage), part === -1 && stub.part !== undefined ? partOrder.length : part]
}

/** Stubs in framework order: by stage, the stage's own stub first, then its parts in reading order. */
export function inFrameworkOrder(stubs: Iterable<Stub>): Stub[] {
  return [...stubs].sort((a, b) => {
    const [stageA, partA] = rank(a)
    const [stageB, partB] = rank(b)
    return stageA - stageB || partA - partB
  })
}

/** Every stub of a set of rules (their `meta.stubs`), in framework order. */
export function stubsOf(rules: ReadonlyArray<{ meta: { stubs: readonly Stub[] } }>): Stub[] {
  return inFrameworkOrder(rules.flatMap((rule) => rule.meta.stubs))
}

/** Whether the document already has a section (or labelled statement) for the stub: then there is a place to fill, not a stub to add. */
export function hasStubTarget(reading: DesignReading, stub: Stub): boolean {
  if (stub.part) {
    return (
      reading.sectionsFor(stub.part).length > 0 ||
      reading.sectionsMentioning(stub.part).some((section) => !reading.outsideFlow(section)) ||
      reading.statementsFor(stub.part).some((statement) => statement.source !== 'front-matter')
    )
  }
  return reading.stageOpenings(stub.stage).length > 0
}

/** Where a stub goes: an offset at the start of a line, and the heading depth of the sections around it. */
export interface Insertion {
  offset: number
  depth: number
}

/**
 * Where a section of a stage (or of one of its parts) goes: inside the
 * stage's home section when the document has one (see `insertionInHome`);
 * else after the last section of the same or an earlier stage, before the first section of a later stage, at the depth of
 * the stage sections (the shallowest heading that takes a stage, the title
 * aside); at the end when no stage section comes later. A top-level section
 * counts with everything under it (`## Proposed design` holding `### Missing
 * values` is a data preparation section here), and sections outside the flow
 * (appendix, references) come after every stage.
 */
export function insertionFor(reading: DesignReading, stage: Stage, part?: Part): Insertion {
  const found = insertions.get(reading) ?? new Map<string, Insertion>()
  insertions.set(reading, found)
  const key = part === undefined ? stage : `${stage}:${part}`
  const insertion = found.get(key) ?? findInsertion(reading, stage, part)
  found.set(key, insertion)
  return insertion
}

/** Insertions found, per reading and stage (and part): every rule's missing messages ask for them. */
const insertions = new WeakMap<DesignReading, Map<string, Insertion>>()

function findInsertion(reading: DesignReading, stage: Stage, part?: Part): Insertion {
  return insertionInHome(reading, stage, part) ?? insertionInFlow(reading, stage)
}

/**
 * In or beside the stage's home section (`reading.homeSection`), when the
 * document has one. A section with sub-headings is an umbrella (`## Model
 * options` over `### Option A`, `### Baseline`): the stub joins them after the
 * section's own text, before its first sub-heading and at that sub-heading's
 * depth, so no existing sub-section changes parent. A section without any
 * (or whose first is a bold pseudo-heading, which would fall under the stub)
 * takes the stub at its end: one level below it when it names the whole
 * stage (`## Data preparation`), as a sibling when it names another part of
 * the stage (`## Business objective` for a missing latency).
 */
function insertionInHome(reading: DesignReading, stage: Stage, part?: Part): Insertion | undefined {
  const home = reading.homeSection(stage, part)
  // A Markdown heading inserted in a run of bold pseudo-headings would take the ones after it as its sub-sections.
  if (!home || home.pseudo) return undefined
  const first = home.children.length > 0 ? reading.sections[home.children[0]] : undefined
  if (first && !first.pseudo) return { offset: lineStart(reading.source, first.start), depth: Math.min(first.depth, 6) }
  const end = home.end >= reading.source.length ? reading.source.length : lineStart(reading.source, home.end)
  return { offset: end, depth: Math.min(home.wholeStages.includes(stage) ? home.depth + 1 : home.depth, 6) }
}

function insertionInFlow(reading: DesignReading, stage: Stage): Insertion {
  const rank = stages.indexOf(stage)
  const real = reading.sections.filter((section) => !section.pseudo && !section.title)
  const staged = real.filter((section) => section.ordered.length > 0 && !reading.outsideFlow(section))
  const titleDepth = reading.sections.find((section) => section.title)?.depth ?? 0
  const depth = Math.min(
    Math.max(
      staged.length > 0
        ? Math.min(...staged.map((section) => section.depth))
        : real.length > 0
          ? Math.min(...real.map((section) => section.depth))
          : titleDepth + 1,
      1,
    ),
    6,
  )
  // The first top-level section (at the stage depth or above) that holds a later stage, or stands outside the flow.
  for (const [index, section] of real.entries()) {
    if (section.depth > depth) continue
    // Outside the flow after the stages (an appendix) ends them; before them (a survey) it does not.
    if (reading.outsideFlow(section)) {
      if (staged.length > 0 && section.start < staged[0].start) continue
      return { offset: lineStart(reading.source, before(reading, real, index, depth)), depth }
    }
    if (holdsLaterStage(reading, section.index, rank)) {
      // A part that names no stage (`## Part B — our design` over `### Framing`) is entered: the stub goes in it.
      const inner =
        section.depth < depth && section.ordered.length === 0
          ? real.find(
              (child) =>
                child.start > section.start &&
                child.start < section.end &&
                child.depth === depth &&
                holdsLaterStage(reading, child.index, rank),
            )
          : undefined
      if (inner) return { offset: lineStart(reading.source, inner.start), depth }
      return { offset: lineStart(reading.source, before(reading, real, index, depth)), depth }
    }
  }
  return { offset: reading.source.length, depth }
}

/**
 * Where to insert before the section at `index` of `real`: before it, or before the run of sections outside the flow
 * at the same depth right above it (`## Survey: how others do it`). A stub placed at their end would read as a note
 * on others' work.
 */
function before(reading: DesignReading, real: Section[], index: number, depth: number): number {
  let at = index
  for (let previous = index - 1; previous >= 0; previous--) {
    const section = real[previous]
    if (section.depth > depth) continue
    if (section.depth < depth || !reading.outsideFlow(section)) break
    at = previous
  }
  return real[at].start
}

/**
 * Whether a section or one under it (the sections that follow it in
 * document order and start before it ends) opens a stage later than `rank`.
 */
function holdsLaterStage(reading: DesignReading, index: number, rank: number): boolean {
  const { sections } = reading
  const end = sections[index].end
  for (let inner = index; inner < sections.length && sections[inner].start < end; inner++) {
    const section = sections[inner]
    if (!section.aside && section.ordered.length > 0 && stages.indexOf(section.ordered[0]) > rank) return true
  }
  return false
}

function lineStart(source: string, offset: number): number {
  const index = source.lastIndexOf('\n', offset - 1)
  return index + 1
}

/** A stub's Markdown at a heading depth: heading, blank line, placeholder, blank line. */
export function stubMarkdown(stub: Stub, depth: number): string {
  return `${'#'.repeat(Math.min(Math.max(depth, 1), 6))} ${stub.heading}\n\n${stub.todo}\n`
}

/** An insertion of text at an offset of the original text. */
export interface StubEdit {
  offset: number
  text: string
  stubs: Stub[]
}

/** A message as the fixer sees it: the rule that reported it and the id of the message. */
export interface MessageKey {
  ruleId?: string | null
  messageId?: string
}

/** The stub a message calls for, from a list of stubs (every rule's, see `stubsOf`). */
export function stubFor(stubs: readonly Stub[], message: MessageKey): Stub | undefined {
  if (!message.ruleId || !message.messageId) return undefined
  const { ruleId, messageId } = message
  return stubs.find((stub) => stub.rule === ruleId && stub.messages.includes(messageId))
}

/**
 * The stubs to insert for a document's messages: one per missing
 * requirement that has a stub and no section to fill, grouped by insertion
 * offset and in framework order there.
 */
export function planStubs(reading: DesignReading, wanted: Iterable<Stub>): StubEdit[] {
  // Grouped by offset and depth: a sub-section of the last stage section and a later stage's section may both go at the end.
  const groups = new Map<string, { offset: number; depth: number; stubs: Stub[] }>()
  const seen = new Set<string>()
  for (const stub of inFrameworkOrder(wanted)) {
    const key = `${stub.rule}:${stub.heading}`
    if (seen.has(key) || hasStubTarget(reading, stub)) continue
    seen.add(key)
    const at = insertionFor(reading, stub.stage, stub.part)
    const place = `${at.offset}:${at.depth}`
    const group = groups.get(place) ?? { offset: at.offset, depth: at.depth, stubs: [] }
    group.stubs.push(stub)
    groups.set(place, group)
  }
  const source = reading.source
  // A stable sort: groups at one offset stay in framework order.
  return [...groups.values()]
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, ...group }) => {
      const body = group.stubs.map((stub) => stubMarkdown(stub, group.depth)).join('\n')
      // A blank line on each side, without touching the bytes around it.
      const head = source.slice(0, offset)
      const before = offset === 0 || head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n'
      const after = offset < source.length ? '\n' : ''
      return { offset, text: `${before}${body}${after}`, stubs: group.stubs }
    })
}

/** Apply insertions to a text (offsets of the original text). */
export function applyStubEdits(source: string, edits: readonly StubEdit[]): string {
  let result = ''
  let last = 0
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    result += source.slice(last, edit.offset) + edit.text
    last = edit.offset
  }
  return result + source.slice(last)
}
