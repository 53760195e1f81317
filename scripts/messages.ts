/**
 * Message-level scoring: does each message a rule reports belong where a
 * reviewer expects it? A labelled document may list its expected messages:
 *
 *   messages:
 *     - rule: ml-objective-metrics
 *       part: online-metric
 *       section: "2. Framing"   # heading text; "(missing)" or "(document)"
 *
 * An actual message matches an expected one of the same rule when it
 * stands in the expected section (the innermost section containing the
 * message's start), or, for "(missing)", when it reports something missing
 * and stands outside every section of its rule's stage, or, for
 * "(document)", anywhere. Parts are recorded but not compared yet: see
 * `partMatches`.
 */
import { readDesign, type Stage, stages } from 'mdast-util-ml-design'
import { rules } from 'remark-preset-lint-ml-design'
import type { VFile } from 'vfile'
import { partIds } from './parts.js'

/** The mdast root the reader reads. */
export type Tree = Parameters<typeof readDesign>[0]

export const MISSING_SECTION = '(missing)'
export const DOCUMENT_SECTION = '(document)'

export interface ExpectedMessage {
  rule: string
  part: string
  section: string
}

export interface ActualMessage {
  rule: string
  line: number
  column: number
  reason: string
  /** Heading text of the innermost section holding the message's start; null before any heading. */
  section: string | null
  /** The message reports something missing (`Unexpected missing ...`). */
  missing: boolean
  /** The message stands in a section of its rule's stage (its own or inherited from a parent). */
  inOwnStage: boolean
  /** The part the message is about, once rules report one (not yet). */
  part?: string
}

export interface MessageMatch {
  matched: Array<{ expected: ExpectedMessage; actual: ActualMessage }>
  missed: ExpectedMessage[]
  extra: ActualMessage[]
}

/** Headings compare by their text, whitespace collapsed. */
function sameHeading(a: string, b: string): boolean {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim()
  return clean(a) === clean(b)
}

/**
 * THE SEAM for message ids: once rules report which part a message is
 * about, compare it here. Until then a message's part is unknown and any
 * expected part is accepted.
 */
export function partMatches(expected: ExpectedMessage, actual: ActualMessage): boolean {
  if (actual.part === undefined) return true
  return actual.part === expected.part
}

/** Whether an actual message stands where the expected one should. */
export function sectionMatches(expected: ExpectedMessage, actual: ActualMessage): boolean {
  if (expected.section === DOCUMENT_SECTION) return true
  if (expected.section === MISSING_SECTION) return actual.missing && !actual.inOwnStage
  return actual.section !== null && sameHeading(actual.section, expected.section)
}

export function messageMatches(expected: ExpectedMessage, actual: ActualMessage): boolean {
  return expected.rule === actual.rule && sectionMatches(expected, actual) && partMatches(expected, actual)
}

/**
 * Pair actual with expected messages, one to one, as many as possible
 * (a maximum bipartite matching by augmenting paths: the lists are short).
 */
export function matchMessages(expected: ExpectedMessage[], actual: ActualMessage[]): MessageMatch {
  const owner: number[] = expected.map(() => -1)
  const tryAssign = (index: number, seen: boolean[]): boolean => {
    for (let slot = 0; slot < expected.length; slot++) {
      if (seen[slot] || !messageMatches(expected[slot], actual[index])) continue
      seen[slot] = true
      if (owner[slot] === -1 || tryAssign(owner[slot], seen)) {
        owner[slot] = index
        return true
      }
    }
    return false
  }
  for (let index = 0; index < actual.length; index++)
    tryAssign(
      index,
      expected.map(() => false),
    )
  const used = new Set(owner.filter((index) => index >= 0))
  return {
    matched: owner.flatMap((index, slot) => (index >= 0 ? [{ expected: expected[slot], actual: actual[index] }] : [])),
    missed: expected.filter((_, slot) => owner[slot] === -1),
    extra: actual.filter((_, index) => !used.has(index)),
  }
}

/** The stage of each rule (from the registry's `meta`); whole-document rules have none. */
export function ruleStages(
  registry: ReadonlyArray<{ meta: { id: string; stage: string } }> = rules,
): Map<string, Stage | undefined> {
  return new Map(
    registry.map(({ meta }) => [
      meta.id,
      (stages as readonly string[]).includes(meta.stage) ? (meta.stage as Stage) : undefined,
    ]),
  )
}

/** Offsets of the start of every line, to turn a line and column into an offset. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/**
 * Where each of the file's messages stands, read with the same reading the
 * rules used. A message that spans a heading or a phrase (a position) stands
 * in the innermost section holding its start. A message at a bare point is
 * an insertion point, where the missing statement would be written: it
 * stands in the section it would extend, the one holding the character
 * just before the point (so a stub inserted before `## 5. Evaluation`
 * belongs to the section that ends there, not to the evaluation).
 */
export function locateMessages(tree: Tree, file: VFile, stageOf: Map<string, Stage | undefined>): ActualMessage[] {
  const reading = readDesign(tree, file)
  const source = String(file.value)
  const starts = lineStarts(source)
  const located: ActualMessage[] = []
  for (const message of file.messages) {
    if (!message.ruleId) continue
    const line = message.line ?? 1
    const column = message.column ?? 1
    const place = message.place as { start?: { offset?: number } } | { offset?: number } | undefined
    const spans = place !== undefined && 'start' in place
    const given = spans ? place.start?.offset : place?.offset
    let offset = given ?? (starts[line - 1] ?? 0) + column - 1
    if (!spans) offset -= 1
    offset = Math.max(0, Math.min(offset, source.length - 1))
    let innermost: (typeof reading.sections)[number] | undefined
    for (const section of reading.sections) {
      if (section.start <= offset && offset < section.end && (!innermost || section.start >= innermost.start)) {
        innermost = section
      }
    }
    const stage = stageOf.get(message.ruleId)
    located.push({
      rule: message.ruleId,
      line,
      column,
      reason: message.reason,
      section: innermost?.text ?? null,
      missing: /^Unexpected missing\b/.test(message.reason),
      inOwnStage: stage !== undefined && innermost?.inStages.includes(stage) === true,
    })
  }
  return located
}

/** A document's expected messages, checked against its verdict labels. */
export interface CheckedMessages {
  /** Sentences naming each problem (empty when the list is sound). */
  problems: string[]
  /** The well-formed messages. */
  messages: ExpectedMessage[]
  /** Rules whose messages cannot be scored on this document (their pair is left out). */
  unscored: Set<string>
}

/**
 * Check a document's expected messages. A malformed message is dropped; a
 * rule with a problem (a message for a rule labelled silent, a firing rule
 * without any message, a malformed message of that rule) is left out of
 * message scoring for this document. Every problem is reported, none stops
 * the run.
 */
export function checkExpectedMessages(
  name: string,
  fires: Record<string, string>,
  messages: unknown,
  ruleIds: Set<string>,
): CheckedMessages {
  const checked: CheckedMessages = { problems: [], messages: [], unscored: new Set() }
  if (!Array.isArray(messages)) {
    checked.problems.push(`${name}: \`messages\` must be a list`)
    for (const rule of ruleIds) checked.unscored.add(rule)
    return checked
  }
  const parts = new Set<string>(partIds)
  const covered = new Set<string>()
  for (const [index, item] of messages.entries()) {
    const message = item as Partial<ExpectedMessage> | null
    const where = `${name}: messages[${index}]`
    if (!message || typeof message !== 'object') {
      checked.problems.push(`${where} must be a map with rule, part and section`)
      continue
    }
    const rule = typeof message.rule === 'string' && ruleIds.has(message.rule) ? message.rule : undefined
    const problems: string[] = []
    if (!rule) problems.push(`${where}: unknown rule ${message.rule}`)
    else if (!Object.hasOwn(fires, rule)) problems.push(`${where}: ${rule} is labelled silent`)
    if (typeof message.part !== 'string' || !parts.has(message.part))
      problems.push(`${where}: unknown part ${message.part}`)
    if (typeof message.section !== 'string' || message.section.trim() === '') problems.push(`${where}: no section`)
    if (rule) covered.add(rule)
    if (problems.length > 0) {
      checked.problems.push(...problems)
      if (rule) checked.unscored.add(rule)
      continue
    }
    checked.messages.push(message as ExpectedMessage)
  }
  for (const rule of Object.keys(fires)) {
    if (covered.has(rule)) continue
    checked.problems.push(`${name}: ${rule} is labelled as firing but has no expected message`)
    checked.unscored.add(rule)
  }
  return checked
}
