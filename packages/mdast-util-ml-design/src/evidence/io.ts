/**
 * Inputs and outputs written as notation rather than words (see `input` and `output` in `vocabulary/cues.ts`):
 * what stands after the bar of a conditional probability, the arguments of a call with an arrow to its result,
 * and the entities a prediction is made for.
 *
 * * "the model predicts p(click | user, thread)": the model receives the user and the thread (beside a word of
 *   the model or its prediction: alone, `Open rate: P(open | sent)` defines a metric).
 * * `predict(user_id, item_ids) -> scores` or `score(query, ad) → CTR`: the arguments in, the result out.
 * * "predicts the probability of engagement for a pool of tweets": the tweets are the input.
 *
 * Each pattern is bounded (no nested repetition), so a long sentence costs one linear scan.
 */

/** `p(y | x)`, `P(order | user, restaurant)`: a probability conditioned on something named. */
const conditional = /\b[pP]\s*\(\s*[^()|\n]{1,80}?\s*\|\s*[\p{L}_][^()|\n]{0,120}\)/u
/**
 * `name(args) -> result`, `name(args) → result`, `name(args) => result`: a call whose arguments are named. Not a
 * probability (`P(order) -> wastes coupons` is a step of an argument) nor a plural (`article(s) → test set`).
 */
const signature =
  /\b(?![pP]\()[\p{L}_][\p{L}\p{N}_.]{0,40}\((?!e?s\))\s*[\p{L}_][^()\n]{0,120}\)\s*(?:->|→|=>)\s*[\p{L}[(]/u
/** A word that puts a conditional probability in the model's mouth (not a metric's definition, `CTR: P(click | shown)`). */
const modelWord = /\b(?:model|predict|scor|estimat|rank|classif|output|learn)/i
/** A prediction, score or ranking made for a pool, list, set or slate of things. */
const forPool =
  /\b(?:predict|scor|rank|estimat|classif)\w*\b[^.;\n]{0,80}?\b(?:for|over|across|of) (?:a|an|the|each|every) (?:pool|list|set|slate|collection) of [\p{L}]/iu

/** Which of the model's input and output a sentence's notation defines. */
export function notationParts(text: string): { input: boolean; output: boolean } {
  if (!text.includes('(') && !/\b(?:pool|list|set|slate|collection) of\b/i.test(text)) {
    return { input: false, output: false }
  }
  const called = signature.test(text)
  const input = called || (conditional.test(text) && modelWord.test(text)) || forPool.test(text)
  return { input, output: called }
}
