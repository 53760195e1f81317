/**
 * Evidence that the document answers a requirement (see `vocabulary/cues.ts`):
 * named sections and labelled statements with substantive content, and
 * sentences anywhere that carry both a topic and an answer word.
 */
import type { DesignDocument } from '../document/document.js'
import type { Range, Sentence } from '../document/types.js'
import type { Gate } from '../judgement/gate.js'
import type { Judgement } from '../judgement/model.js'
import type { Compiled } from '../match/compile.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Part } from '../vocabulary/stages.js'
import { notationParts } from './io.js'
import { Scope } from './scope.js'
import type { Evidence } from './types.js'

/** A list item's text that is only a short label (`Missing`, `**Outliers:**`, `Missing frames`): four words at most. */
function bareLabel(text: string): boolean {
  const words = text
    .replace(/[*_`:]+/g, ' ')
    .trim()
    .split(/\s+/)
  return words.length > 0 && words.length <= 4
}

/**
 * What is nested under the list item a sentence opens: the lines after it indented deeper than its marker, up to
 * the first that is not. Read from the item's own lines only, so it costs what the item holds.
 */
function nestedUnder(source: string, sentence: Sentence): Range | undefined {
  if (!sentence.listItem) return undefined
  const lineStart = source.lastIndexOf('\n', sentence.start - 1) + 1
  const marker = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]/.exec(source.slice(lineStart, sentence.start + 1))
  if (!marker) return undefined
  const indent = marker[1].length
  let end = source.indexOf('\n', sentence.end)
  if (end < 0) return undefined
  const start = end + 1
  while (end < source.length) {
    const next = source.indexOf('\n', end + 1)
    const line = source.slice(end + 1, next < 0 ? source.length : next)
    if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break
    end = next < 0 ? source.length : next
  }
  return end > start ? { start, end } : undefined
}

export class Requirements {
  readonly #cache = new Map<RequirementId, Evidence[]>()
  #scope?: Scope
  readonly #judged = new Map<RequirementId, Evidence[]>()

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly gate: Gate,
  ) {}

  /** The evidence as the word lists find it (`cues`), or as the model then judges it (`model`, see `judgement/gate.ts`). */
  judged(id: RequirementId, judgement: Judgement): Evidence[] {
    const found = this.evidence(id)
    if (judgement === 'cues') return found
    let judged = this.#judged.get(id)
    if (!judged) {
      judged = this.gate.filter(id, this.compiled.cueDefinitions[id].parts, found)
      this.#judged.set(id, judged)
    }
    return judged
  }

  /** The sentences a requirement's cue picks out: those with a topic word, an answer word or a "none" word. */
  cueSentences(id: RequirementId, cue: 'topic' | 'answer' | 'none'): Set<number> {
    const matcher = this.compiled.cues[id][cue]
    return matcher ? this.document.sentencesMentioning(matcher) : new Set()
  }

  evidence(id: RequirementId): Evidence[] {
    const cached = this.#cache.get(id)
    if (cached) return cached
    const reading = this.document
    // Surveys, options nobody chose and pros/cons commit to nothing (candidate models are options by nature).
    this.#scope ??= new Scope(reading, this.compiled)
    const scope = this.#scope
    const answers = (sentence: Sentence) =>
      reading.answers(sentence) && (id === 'candidate-models' || scope.commits(sentence))
    const cue = this.compiled.cues[id]
    const definition = this.compiled.cueDefinitions[id]
    const partsOf: readonly Part[] = definition.parts
    const answerSet = cue.answer ? reading.sentencesMentioning(cue.answer) : undefined
    const noneSet = cue.none ? reading.sentencesMentioning(cue.none) : undefined
    const topicSet = cue.topic ? reading.sentencesMentioning(cue.topic) : undefined
    // A sentence whose answer word is about something else ("in-batch negatives") answers nothing.
    const notSet = cue.not ? reading.sentencesMentioning(cue.not) : undefined
    const answerInSection = Boolean(definition.answerInSection)
    const result: Evidence[] = []

    const rangeAnswers = (range: Range, asks = false): number[] =>
      reading
        .sentencesIn(range)
        .filter(
          (sentence) =>
            !notSet?.has(sentence.index) &&
            (!answerInSection ||
              answerSet?.has(sentence.index) ||
              noneSet?.has(sentence.index) ||
              // Under a yes/no question heading (`Does it need to be explainable?`), a plain yes or no answers.
              (asks && /^(?:yes|no)\b/i.test(reading.textOf(sentence)))) &&
            answers(sentence),
        )
        .map((sentence) => sentence.index)

    // Inside a section, a label that names another part overrides the heading: `- latency: 50 ms` under
    // `Constraints` is the latency, not a constraint.
    const elsewhere: Range[] = reading.statements
      .filter((statement) => statement.parts.length > 0 && !statement.parts.some((part) => partsOf.includes(part)))
      .map((statement) => ({ start: Math.min(statement.labelRange.start, statement.start), end: statement.end }))
    // A label that names this very part inside a combined section answers for it there: under `Models and baseline`,
    // `- Baseline: TBD` leaves the baseline open whatever the candidates' bullets say.
    const own: Range[] = reading.statements
      .filter((statement) => statement.parts.some((part) => partsOf.includes(part)))
      .map((statement) => ({ start: Math.min(statement.labelRange.start, statement.start), end: statement.end }))
    for (const section of reading.sections) {
      if (!section.parts.some((part) => partsOf.includes(part))) continue
      const asks = /\?\s*$/.test(section.text)
      const content = reading.content(section)
      const labelled =
        (section.parts.length > 1 || /\band\b|[&/+,]/i.test(section.text)) &&
        own.some((range) => range.start >= content.start && range.start < content.end)
      for (const sentence of rangeAnswers(content, asks)) {
        if (reading.holds(elsewhere, reading.sentences[sentence].start)) continue
        if (labelled && !reading.holds(own, reading.sentences[sentence].start)) continue
        result.push({ via: 'section', start: section.start, end: section.contentStart, sentence })
      }
    }
    for (const statement of reading.statements) {
      if (!statement.parts.some((part) => partsOf.includes(part))) continue
      for (const sentence of rangeAnswers(statement)) {
        // Where the sentence's words start: one that only touches the statement's end with its leading space is the
        // next label's (`Baseline: none yet. Candidates: EfficientNet, ConvNeXt.`: the candidates are no baseline).
        const { start, end } = reading.sentences[sentence]
        const text = reading.prose.slice(start, end)
        if (start + text.length - text.trimStart().length >= statement.end) continue
        result.push({ via: 'statement', start: statement.labelRange.start, end: statement.end, sentence })
      }
    }
    // Whether a sentence answers at all is asked last in each branch: it classifies the sentence, which most never
    // need (a cue without topic words looks at every sentence).
    for (const sentence of reading.sentences) {
      if (notSet?.has(sentence.index)) continue
      // `p(click | user, thread)`, `predict(user_id, item_ids) -> scores`: notation defines an input or output.
      if ((id === 'input' || id === 'output') && notationParts(reading.textOf(sentence))[id] && answers(sentence)) {
        result.push({ via: 'sentence', start: sentence.start, end: sentence.end, sentence: sentence.index })
        continue
      }
      const onTopic = !topicSet || topicSet.has(sentence.index)
      if (!onTopic) continue
      const answered = (!answerSet && !noneSet) || answerSet?.has(sentence.index) || noneSet?.has(sentence.index)
      // `- Missing` or `- input: merchant x day` over nested bullets: the short label names the topic and a nested
      // bullet answers it (any cue with answer words). So does a question over its answer (`- Do sellers need to see
      // why?` then `- yes: show three similar sold items`), nested or next in the same item or paragraph.
      const text = reading.textOf(sentence)
      const asked = /\?\s*$/.test(text)
      if (answered && (!asked || answers(sentence))) {
        if (!answers(sentence) || !scope.standsFor(id, sentence)) continue
        result.push({ via: 'sentence', start: sentence.start, end: sentence.end, sentence: sentence.index })
        continue
      }
      const nested = answerSet && (asked || bareLabel(text)) ? nestedUnder(reading.source, sentence) : undefined
      const inner =
        nested &&
        reading
          .sentencesIn(nested)
          .find(
            (other) =>
              answers(other) && !notSet?.has(other.index) && (answerSet?.has(other.index) || noneSet?.has(other.index)),
          )
      if (inner) {
        if (asked || answers(sentence)) {
          result.push({ via: 'sentence', start: sentence.start, end: inner.end, sentence: inner.index })
        }
        continue
      }
      const next = reading.sentences[sentence.index + 1]
      if (
        (definition.answerInNextSentence || asked) &&
        next &&
        sentence.block >= 0 &&
        next.block === sentence.block &&
        !notSet?.has(next.index) &&
        (answerSet?.has(next.index) || noneSet?.has(next.index)) &&
        answers(next) &&
        (asked || answers(sentence))
      ) {
        result.push({ via: 'sentence', start: sentence.start, end: next.end, sentence: next.index })
      }
    }
    this.#cache.set(id, result)
    return result
  }
}
