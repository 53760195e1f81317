/**
 * How a heading's words name stages and parts: numbering, question headings
 * named by their verbs, and bold pseudo-headings.
 */
import type { Paragraph } from 'mdast'
import type { Compiled } from '../match/compile.js'
import { normalizeTitle, singular, titleCandidates } from '../match/normalize.js'
import {
  clauseModelObjects,
  clauseNounsOfTwoSenses,
  genericSubHeadings,
  type HeadingTarget,
  headingClauseWords,
  headingHeadNouns,
  headingObjectVerbs,
  headingQualifiers,
  headNounOtherSenses,
  headNounQualifiers,
  imperativeHeadingVerbs,
  imperativeIdioms,
  imperativeObjects,
  pronounOnlyVerbs,
  runningSystemHeadingWords,
  type Stage,
  stepPronouns,
} from '../vocabulary/stages.js'
import type { Block } from './text.js'

/** Qualities of the running system, as heading candidates. */
const runningSystem = new Set(runningSystemHeadingWords)

/** The shape of a title's numbering (`Step 3 -` and `Step 4:` share `step #`, `3.` and `3.1` do not), if any. */
export function numberingShape(compiled: Compiled, title: string): string | undefined {
  const match = compiled.patterns.numbering.exec(title)
  return match
    ? match[0]
        .toLowerCase()
        .trim()
        .replace(/\d+|\b[ivxlc]+$/g, '#')
        .replace(/\s+/g, ' ')
    : undefined
}

/** Whether a title ends in `?`, maybe inside its closing parenthesis (`... (why?)`). */
function endsInQuestion(title: string): boolean {
  let rest = title.trimEnd()
  if (rest.endsWith(')')) rest = rest.slice(0, -1).trimEnd()
  return rest.endsWith('?')
}

/** The synonyms a question heading names by its verbs: `How is it served?` names serving. */
export function questionCandidates(compiled: Compiled, title: string): string[] {
  const folded = normalizeTitle(title)
  if (!endsInQuestion(title) && !compiled.patterns.questionOpening.test(folded)) return []
  return compiled.patterns.questionPhrases.filter(({ pattern }) => pattern.test(folded)).map(({ synonym }) => synonym)
}

/** A value without the run of `chars` it ends with (a loop: `[...]+$` backtracks quadratically on a long run). */
export function withoutTrailing(value: string, chars: string): string {
  let end = value.length
  while (end > 0 && chars.includes(value[end - 1])) end--
  return value.slice(0, end)
}

const generic = new Set(genericSubHeadings.map(normalizeTitle))
const imperatives = new Map(
  Object.entries(imperativeHeadingVerbs).map(([verb, synonym]) => [verb, normalizeTitle(synonym)]),
)
const objects = new Set(imperativeObjects)
const idioms = new Set(imperativeIdioms)
const pronounOnly = new Set(pronounOnlyVerbs)
const pronouns = new Set(stepPronouns)

/** Whether what follows a pronoun-only verb lets it name its stage: a pronoun, or production (`Running it`). */
function pronounObject(rest: string[]): boolean {
  return pronouns.has(rest[0]) || rest.includes('production')
}
const objectVerbs = new Set(headingObjectVerbs)
const qualifiers = new Set(headingQualifiers)
const clauseWords = new Set(headingClauseWords)
const headNouns = new Set(headingHeadNouns)
// Folded as titles fold their words (`kubernetes` reads as `kubernete`).
const headQualifiers = new Set(headNounQualifiers.flatMap((word) => [word, singular(word)]))

/**
 * The stages and parts a heading's candidate names take, in the context of the stages above it. A part of a joined
 * title is read beside the others (`Online testing and deployment`: online testing beside deployment is its
 * rollout), and a generic organising title (`Overview`) under a stage names nothing, so that it stays in its parent's.
 */
export function headingTargets(compiled: Compiled, candidates: string[], ancestors: Stage[]): HeadingTarget[] {
  if (ancestors.length > 0 && candidates.length > 0 && genericTitle(compiled, candidates)) return []
  let context = ancestors
  if (candidates.length > 2) {
    // The stages the other parts name as they stand, beside the parent's; a quality of the running system
    // (`Scale & Reliability`) sets the monitoring stage.
    const beside = new Set<Stage>(ancestors)
    for (const candidate of candidates.slice(1)) {
      for (const target of compiled.headings.get(candidate) ?? []) if (target.stage) beside.add(target.stage)
      if (runningSystem.has(candidate)) beside.add('monitoring')
    }
    context = [...beside]
  }
  // A qualifier beside a part that names something (`Labels — options`) says what is written about that part.
  const named = (candidate: string) => compiled.headings.has(candidate) || compiled.contextual.has(candidate)
  const topics = candidates.slice(1).filter((candidate) => !qualifiers.has(candidate) && named(candidate))
  const found: HeadingTarget[] = []
  for (const candidate of candidates) {
    if (topics.length > 0 && candidate !== candidates[0] && qualifiers.has(candidate)) continue
    const contextual = compiled.contextual.get(candidate)
    const inContext = contextual?.find((entry) => context.includes(entry.within))
    if (inContext) {
      found.push(inContext.target)
      // The whole title decides when it matches in context.
      if (candidate === candidates[0]) return found
      continue
    }
    const targets = compiled.headings.get(candidate)
    if (targets) {
      found.push(...targets)
      if (candidate === candidates[0]) return found
    }
  }
  return found
}

/**
 * The stages and parts a title names: as it stands without its parentheses first, since a parenthesis qualifies
 * (`Scale (infra, models) and monitoring`, `Labels (not decided)`), unless what is left is only a generic
 * organising word (`Context (input)` names the input); then with them.
 */
export function titleTargets(compiled: Compiled, title: string, ancestors: Stage[]): HeadingTarget[] {
  const bare = title.replace(/\([^()]*\)/g, ' ')
  if (bare !== title) {
    const candidates = titleCandidates(bare)
    if (candidates[0].length > 0 && !genericTitle(compiled, candidates)) {
      const targets = headingTargets(compiled, candidates, ancestors)
      if (targets.length > 0) return targets
    }
  }
  return headingTargets(compiled, titleCandidates(title), ancestors)
}

/**
 * Whether a title is a generic organising word once its filler is dropped: all of its candidates that name anything
 * are generic (`System requirements` is `requirements`; `Latency requirements` names latency, `Context (input)` the
 * input).
 */
function genericTitle(compiled: Compiled, candidates: string[]): boolean {
  const named = candidates.filter((candidate) => compiled.headings.has(candidate) || compiled.contextual.has(candidate))
  return named.length > 0 ? named.every((candidate) => generic.has(candidate)) : generic.has(candidates[0])
}

/**
 * The names a step heading carries when it names nothing as it stands: an order (`Evaluate it`, `Monitor`) reads as
 * its verb's synonym, a verb before its object (`Get the data`, `Build the features`) as the object, and a qualified
 * noun (`Validation procedure`, `Monitoring of the service`) as the noun.
 */
export function stepCandidates(title: string): string[] {
  const words = normalizeTitle(title.replace(/\([^()]*\)/g, ' ')).split(' ')
  const joined = joinedOrders(words)
  if (joined.length > 0) return [words.join(' '), ...joined]
  for (const length of [2, 1]) {
    const verb = words.slice(0, length).join(' ')
    const rest = words.slice(length)
    const synonym = imperatives.get(verb)
    const object =
      rest.length > 0 &&
      objects.has(rest[0]) &&
      !(rest[0] === 'as' && idioms.has(verb)) &&
      (!pronounOnly.has(verb) || pronounObject(rest))
    if (synonym && (rest.length === 0 || (object && !objectVerbs.has(verb)))) return [synonym]
    if (objectVerbs.has(verb) && rest.length > 0) return titleCandidates(rest.join(' '))
  }
  return qualifiedNounCandidates(title)
}

/**
 * Two orders joined on one object (`Train and evaluate the model`, `Evaluate and ship it`): each verb's synonym, so the
 * step spans both stages. Only one-word verbs, and only alone or before an object word.
 */
function joinedOrders(words: string[]): string[] {
  if (words.length < 3 || words[1] !== 'and') return []
  const first = imperatives.get(words[0])
  const second = imperatives.get(words[2])
  const rest = words.slice(3)
  if (!first || !second || (rest.length > 0 && !objects.has(rest[0]))) return []
  const narrow = pronounOnly.has(words[0]) || pronounOnly.has(words[2])
  if (narrow && rest.length > 0 && !pronounObject(rest)) return []
  return [first, second]
}

/**
 * The step a list label names as an order on the model (`Deploy the model`, `Monitor the models`, `Ship it`): the
 * verb's synonym. A bare order (`Test:`, `Plan:`) or one on another object (`Test the health check`) is as often a
 * note as a step, and names nothing.
 */
export function modelOrderCandidates(title: string): string[] {
  const words = normalizeTitle(title.replace(/\([^()]*\)/g, ' ')).split(' ')
  for (const length of [2, 1]) {
    const synonym = imperatives.get(words.slice(0, length).join(' '))
    const rest = words.slice(length)
    const onModel = rest.join(' ') === 'it' || (objects.has(rest[0]) && /^models?$/.test(rest[rest.length - 1]))
    if (synonym && rest.length > 0 && onModel) return [synonym]
  }
  return []
}

/**
 * The names a qualified stage noun carries when the title names nothing as it stands: the noun before a qualifier
 * (`Validation procedure`, `Monitoring of the service`) or after ML words (`Model performance monitoring`). Read for
 * list labels too (where an order, `Plan:`, `Test:`, is as often a note as a step), but there a noun of two senses
 * before a clause names the stage only with a word of the model or the system after it (`labelNamesBusiness`).
 */
export function qualifiedNounCandidates(title: string): string[] {
  const words = normalizeTitle(title.replace(/\([^()]*\)/g, ' ')).split(' ')
  const clause = words.findIndex((word, index) => index > 0 && clauseWords.has(word))
  const head = words.slice(0, clause > 0 ? clause : words.length)
  while (head.length > 1 && qualifiers.has(head[head.length - 1])) head.pop()
  if (head.length < words.length) return titleCandidates(head.join(' '))
  // A stage noun qualified by ML words before it (`Model performance monitoring`, `Server-side inference`).
  const noun = words[words.length - 1]
  const senses = headNounOtherSenses[noun] ?? []
  const qualified = words.slice(0, -1).every((word) => headQualifiers.has(word) && !senses.includes(word))
  return words.length > 1 && headNouns.has(noun) && qualified ? [noun] : []
}

/** A paragraph that reads as a heading: only bold text, or a bold step lead-in (`**Step 2 — Frame it.** ...`). */
export function pseudoHeading(
  compiled: Compiled,
  prose: string,
  block: Block,
): { title: string; end: number } | undefined {
  if (block.kind !== 'paragraph' || block.listItem || block.node.type !== 'paragraph') return undefined
  const paragraph = block.node as Paragraph
  const first = paragraph.children[0]
  const boldItalic = first?.type === 'emphasis' && first.children.length === 1 && first.children[0].type === 'strong'
  if ((first?.type !== 'strong' && !boldItalic) || first.position?.end.offset === undefined) return undefined
  const boldEnd = first.position.end.offset
  const title = prose.slice(block.start, boldEnd).replace(/\s+/g, ' ').trim()
  const rest = prose.slice(boldEnd, block.end).trim()
  if (title.length === 0 || title.length > 90) return undefined
  // Bold italic is a heading only as a whole step line (`***Step 2: Gather the data***`), never as a lead-in: other
  // bold-italic lines are as often emphasis as titles.
  if (boldItalic && (rest.length > 0 || !compiled.patterns.numberedStep.test(title))) return undefined
  if (rest.length === 0) {
    // A flow written in one bold line (`**PostgreSQL → training script → MLflow → Kafka**`) is a diagram, not a title.
    if ((title.match(/→|->|=>|⟶/g)?.length ?? 0) >= 2) return undefined
    // A paragraph that is only bold text; a whole sentence in bold is emphasis, not a heading,
    // unless it is a FAQ's question that names a stage by its verb (`**How will we evaluate it?**`).
    // A numbered step line may close with a full stop (`**Step 1 - Gather the data.**`).
    if (compiled.patterns.numberedStep.test(title) && /\.$/.test(title))
      return { title: withoutTrailing(title, '.'), end: block.end }
    if (/[.!?]$/.test(title) && title.split(/\s+/).length > 4) {
      const asks = /\?$/.test(title) && headingTargets(compiled, questionCandidates(compiled, title), []).length > 0
      if (!asks) return undefined
    }
    return /:$/.test(title) ? { title: title.slice(0, -1), end: block.end } : { title, end: block.end }
  }
  // A bold lead-in that reads as a heading: `**Step 2 — Frame the problem.** ...`
  if (/:$/.test(title) || rest.startsWith(':')) return undefined
  if (compiled.patterns.numberedStep.test(title) || /[.—–-]$/.test(title)) {
    const cleaned = withoutTrailing(title, '.—–-')
    return headingTargets(compiled, titleCandidates(cleaned), []).length > 0
      ? { title: cleaned, end: boldEnd }
      : undefined
  }
  return undefined
}

const twoSenseNouns = new Set(clauseNounsOfTwoSenses)
const modelObjects = new Set(clauseModelObjects)

/**
 * Whether a label names something of the business with a stage noun before a clause: `Monitoring of competitors:`,
 * `Training of staff:`, `Evaluation of vendors:`. The noun has a sense outside ML (`clauseNounsOfTwoSenses`) and no
 * word of the model or the system follows (`Monitoring of the service`, `Evaluation of the ranker` name the stage).
 */
export function labelNamesBusiness(label: string): boolean {
  const words = normalizeTitle(label.replace(/\([^()]*\)/g, ' ')).split(' ')
  const clause = words.findIndex((word, index) => index > 0 && clauseWords.has(word))
  if (clause !== 1 || !twoSenseNouns.has(words[0])) return false
  return !words.slice(clause + 1).some((word) => modelObjects.has(word))
}
