/**
 * Sentences that carry a cue's words but are about something else, so answer nothing for it: the cue's `not` words
 * ("in-batch negatives"), and the asides its definition turns on (held-out data only, another order of priority, a
 * span about something else, a data shortage). Built once per requirement by `Requirements`.
 */
import type { DesignDocument } from '../document/document.js'
import type { Compiled } from '../match/compile.js'
import type { RequirementId } from '../vocabulary/cues.js'
import {
  asideSpans,
  prioritisesOtherThings,
  resamplesHeldOutOnly,
  topicsOnlyWithin,
  writesDataShortage,
} from './phrases.js'

/** Whether the sentence at an index is an aside for a requirement's cue. */
export function cueAside(
  reading: DesignDocument,
  compiled: Compiled,
  id: RequirementId,
  answerSet: ReadonlySet<number> | undefined,
  topicSet: ReadonlySet<number> | undefined,
): (index: number) => boolean {
  const cue = compiled.cues[id]
  const definition = compiled.cueDefinitions[id]
  const text = (index: number) => reading.textOf(reading.sentences[index])
  // A sentence whose answer word is about something else ("in-batch negatives") answers nothing.
  const notSet = cue.not ? reading.sentencesMentioning(cue.not) : undefined
  // So does one whose answer acts on held-out data only ("validation set oversampled to 20% positives").
  const heldOut = (index: number) =>
    definition.heldOutAside === true && answerSet?.has(index) === true && resamplesHeldOutOnly(text(index))
  // And one whose order of priority is not the threshold's ("recall first the requirements", a project's priorities).
  const otherPriorities = (index: number) =>
    definition.priorityAside === true && answerSet?.has(index) === true && prioritisesOtherThings(text(index))
  // And one whose topic words all stand in a span about something else: a comparison with a past period ("compared
  // with the previous period's figures"), a bucket that is a place ("in the study bucket").
  const spans = definition.topicAside
    ? asideSpans(definition.topicAside, compiled.vocabulary.expressions.pastComparison)
    : undefined
  const within = (index: number) =>
    spans !== undefined &&
    cue.topic !== undefined &&
    topicSet?.has(index) === true &&
    topicsOnlyWithin(text(index), cue.topic, spans)
  // And one that says what the data lacks, with no topic word ("only 8 months of sales"): no limit, a data gap.
  const shortage = (index: number) =>
    definition.shortageAside === true && topicSet?.has(index) !== true && writesDataShortage(text(index))
  return (index) =>
    notSet?.has(index) === true || heldOut(index) || otherPriorities(index) || within(index) || shortage(index)
}
