/**
 * Evidence that the document answers a requirement (see `vocabulary/cues.ts`):
 * named sections and labelled statements with substantive content, and
 * sentences anywhere that carry both a topic and an answer word.
 */
import type { DesignDocument } from '../document/document.js'
import type { Range } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Part } from '../vocabulary/stages.js'
import type { Evidence } from './types.js'

export class Requirements {
  readonly #cache = new Map<RequirementId, Evidence[]>()

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
  ) {}

  /** The sentences a requirement's cue picks out: those with a topic word, an answer word or a "none" word. */
  cueSentences(id: RequirementId, cue: 'topic' | 'answer' | 'none'): Set<number> {
    const matcher = this.compiled.cues[id][cue]
    return matcher ? this.document.sentencesMentioning(matcher) : new Set()
  }

  evidence(id: RequirementId): Evidence[] {
    const cached = this.#cache.get(id)
    if (cached) return cached
    const reading = this.document
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
            reading.answers(sentence) &&
            !notSet?.has(sentence.index) &&
            (!answerInSection ||
              answerSet?.has(sentence.index) ||
              noneSet?.has(sentence.index) ||
              // Under a yes/no question heading (`Does it need to be explainable?`), a plain yes or no answers.
              (asks && /^(?:yes|no)\b/i.test(reading.textOf(sentence)))),
        )
        .map((sentence) => sentence.index)

    for (const section of reading.sections) {
      if (!section.parts.some((part) => partsOf.includes(part))) continue
      const asks = /\?\s*$/.test(section.text)
      for (const sentence of rangeAnswers(reading.content(section), asks)) {
        result.push({ via: 'section', start: section.start, end: section.contentStart, sentence })
      }
    }
    for (const statement of reading.statements) {
      if (!statement.parts.some((part) => partsOf.includes(part))) continue
      for (const sentence of rangeAnswers(statement)) {
        result.push({ via: 'statement', start: statement.labelRange.start, end: statement.end, sentence })
      }
    }
    for (const sentence of reading.sentences) {
      if (!reading.answers(sentence) || notSet?.has(sentence.index)) continue
      const onTopic = !topicSet || topicSet.has(sentence.index)
      if (!onTopic) continue
      const answered = (!answerSet && !noneSet) || answerSet?.has(sentence.index) || noneSet?.has(sentence.index)
      if (answered) {
        result.push({ via: 'sentence', start: sentence.start, end: sentence.end, sentence: sentence.index })
        continue
      }
      const next = reading.sentences[sentence.index + 1]
      if (
        definition.answerInNextSentence &&
        next &&
        sentence.block >= 0 &&
        next.block === sentence.block &&
        reading.answers(next) &&
        !notSet?.has(next.index) &&
        (answerSet?.has(next.index) || noneSet?.has(next.index))
      ) {
        result.push({ via: 'sentence', start: sentence.start, end: next.end, sentence: next.index })
      }
    }
    this.#cache.set(id, result)
    return result
  }
}
