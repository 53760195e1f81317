/**
 * What the judgement model decided on a requirement's units, one line a unit, as `pnpm inspect` prints them: what the
 * rule made of it (counted, refused, added, or counted by a `sure` cue over the model's refusal), the scores, the cue
 * that picked it and the sentence.
 */
import type { DesignReading, RequirementId } from 'mdast-util-ml-design'

const short = (text: string) => JSON.stringify(text.slice(0, 80))

/** The lines for one requirement under the reading's current judgement (`model` or `either`); none under `cues`. */
export function decisionLines(reading: DesignReading, id: RequirementId, judgement: 'model' | 'either'): string[] {
  const counted = new Set(reading.evidence(id).map((item) => item.sentence))
  return reading.decisions(id).map((decision) => {
    const words = (['topic', 'answer', 'none', 'sure'] as const).filter((cue) =>
      reading.cueSentences(id, cue).has(decision.sentence),
    )
    const cue =
      decision.via === 'model'
        ? `${judgement === 'either' ? 'the document' : 'home section'}, no cue`
        : `${decision.via}${words.length > 0 ? ` (${words.join('+')} words)` : ''}`
    // A unit holding one of the cue's `sure` phrases counts whatever the model scored: the rule counts it.
    const outcome = decision.accepted
      ? decision.via === 'model'
        ? 'added'
        : 'counted'
      : words.includes('sure') && counted.has(decision.sentence)
        ? "counted by a sure cue (the model's refusal overridden)"
        : 'refused'
    return `${outcome} answer=${decision.answer.toFixed(2)} commitment=${decision.commitment.toFixed(2)} via ${cue}: ${short(reading.textOf(reading.sentences[decision.sentence]))}`
  })
}
