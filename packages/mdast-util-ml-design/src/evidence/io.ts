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
 * Each pattern has no two neighbouring parts that can match the same character, so it runs in linear time
 * (`test/robustness/redos.test.ts`); what a pattern cannot say is checked in code.
 */

/** `p(y | x)`, `P(order | user, restaurant)`: a probability conditioned on something (checked to be named). */
const conditional = /(?:^|[^\p{L}\p{N}_])[pP]\(([^()|\n]{1,80})\|([^()|\n]{1,120})\)/u
/** `(args) -> result`, `(args) → result`, `(args) => result`: the arguments and arrow of a call. */
const called = /\(([^()\n]{1,120})\)[ \t]{0,3}(?:->|→|=>)[ \t]{0,3}[\p{L}[(]/u
/** A word that puts a conditional probability in the model's mouth (not a metric's definition, `CTR: P(click | shown)`). */
const modelWord = /\b(?:model|predict|scor|estimat|rank|classif|output|learn)/i
/** A prediction, a score or a ranking ... */
const predictionWord = /\b(?:predict|scor|rank|estimat|classif)/i
/** ... made for a pool, list, set or slate of things. */
const pool = /\b(?:for|over|across|of) (?:a|an|the|each|every) (?:pool|list|set|slate|collection) of \p{L}/iu

const named = /^\s*[\p{L}_]/u

/**
 * Whether a call with an arrow stands in the text: a name right before the parenthesis (not `p`, a probability:
 * `P(order) -> wastes coupons` is a step of an argument) and named arguments (not a plural, `article(s) → test`).
 */
function signature(text: string): boolean {
  const match = called.exec(text)
  if (!match || !named.test(match[1]) || /^e?s$/.test(match[1])) return false
  const before = text.slice(Math.max(0, match.index - 41), match.index)
  if (/(?:^|[^\p{L}\p{N}_.])[pP]$/u.test(before)) return false
  // A name right before the parenthesis (`predict(user, items)`), or a label before it (`retrieval: (question) → top 8
  // chunks`), or a noun before it when the result is a probability (`pair (invoice A, invoice B) → P(duplicate)`): an
  // arrow after a plain parenthesis is a step of a note (`junk signups (test accounts) → filter`).
  if (/[\p{L}\p{N}_]:? ?$/u.test(before) && !/[\p{L}\p{N}_] $/u.test(before)) return true
  // Opening the note, with nothing before (`(user, ad, context) -> p(click)`): a signature when it lists arguments or
  // yields a probability; a lone parenthesis there is an aside (`(optional) → skip`).
  if (before.trim() === '' && (match[1].includes(',') || /^[pP]\(/.test(text.slice(match.index + match[0].length - 1))))
    return true
  return /[\p{L}\p{N}_] $/u.test(before) && /^[pP]\(/.test(text.slice(match.index + match[0].length - 1))
}

/** An arrow between the steps of a chain: `->`, `→`, `=>`, `⟶`. */
const arrow = /->|→|=>|⟶/
/** A step of a chain that is a model: a noun of one or a name written as model names are (`two-tower model`, `GBDT`). */
const modelNoun =
  /(?:^|[^\p{L}\p{N}])(?:models?|classifier|ranker|regressor|detector|encoder|network|transformer|llm|gbdt|gbm|xgboost|lightgbm|catboost|lstm|cnn|bert)(?![\p{L}\p{N}])/iu
/** A model's name with a version or size in it (`YOLOv8`, `ResNet50`, `T5`, `Llama3`), not any CamelCase (`TimescaleDB`). */
const modelName = /\p{L}{2}\p{N}|(?:^|[^\p{L}\p{N}])T5(?![\p{L}\p{N}])/u

/**
 * A model between what goes in and what comes out, as the second of the steps (`user history + candidate track →
 * two-tower model → relevance score`): the first step goes in, the third comes out. A model further down a chain
 * is a step of the serving pipeline (`request → candidate tutors → features from the online store → LightGBM →
 * top 20`), and a chain with no model (`draft → staging → production`) defines nothing.
 */
function chainParts(text: string): { input: boolean; output: boolean } {
  const steps = text.split(arrow)
  const model = steps[1]?.trim() ?? ''
  if (steps.length < 3 || model.length > 40 || !(modelNoun.test(model) || modelName.test(model))) {
    return { input: false, output: false }
  }
  return { input: /\p{L}{2}/u.test(steps[0]), output: /\p{L}{2}/u.test(steps[2]) }
}

/** Which of the model's input and output a sentence's notation defines. */
export function notationParts(text: string): { input: boolean; output: boolean } {
  if (!text.includes('(') && !/\b(?:pool|list|set|slate|collection) of\b/i.test(text)) {
    return arrow.test(text) ? chainParts(text) : { input: false, output: false }
  }
  const call = signature(text)
  const condition = conditional.exec(text)
  const given = condition !== null && named.test(condition[2]) && modelWord.test(text)
  const verb = predictionWord.exec(text)
  const target = verb ? pool.exec(text) : null
  const forPool = verb !== null && target !== null && target.index > verb.index && target.index - verb.index <= 100
  const chain = arrow.test(text) ? chainParts(text) : { input: false, output: false }
  return { input: call || given || forPool || chain.input, output: call || chain.output }
}

/**
 * Whether a text writes a model's signature, which designs a model as an ML objective does: arguments with an arrow
 * to a probability (`(user, ad, context) -> p(click)`, `score(query, ad) → P(click)`) or a chain through a model
 * (`user history + candidate → GBDT → listen probability`). A call to anything else (`register(name, version) -> id`)
 * is an API's, not a model's.
 */
export function signsModel(text: string): boolean {
  const parts = notationParts(text)
  if (!parts.input || !parts.output) return false
  const chain = chainParts(text)
  return (chain.input && chain.output) || /(?:->|→|=>)[ \t]{0,3}[pP]\(/.test(text)
}

/** Two numbers joined as a range: `0–240`, `1 to 90`, `0-1`, `5..180`. */
const numberRange = /(?<![\p{N}.,:])(\d+(?:[.,]\d+)?)%? ?(?:–|—|-|\.\.|to) ?-?(\d+(?:[.,]\d+)?)(?![\p{N}:])/gu
/** What makes a range of numbers a window of time, not the values: `1-14 days ahead`, `14-60 days before`. */
const windowAfter = /^ ?(?:\p{L}+ )?(?:ahead|before|after|later|out|old|ago)\b/iu
/** A bracketed interval, `[0, 1]`, `[0,100]`; a non-negative or positive bound, `≥ 0`, `>= 0`, `> 0`; `0 … rooms`. */
const otherRange =
  /\[\s*-?\d+(?:\.\d+)?\s*,\s*-?\d+(?:\.\d+)?\s*[\])]|(?:≥|>=|>)\s*0(?![.,]?\d)|\d\s*(?:…|\.\.\.)\s*\p{L}/u

/**
 * Whether a text writes the range of a value in numbers or signs: `ETA in minutes, 0–240`, `output is minutes, 1 to
 * 90`, `values are core counts ≥ 0`, `3 values in [0,1]`, `count, 0 … rooms of that type`. Not a span of years or
 * a date (`2019–2025`, `2025-11-08`), a window of time (`1-14 days ahead`) or a clock time (`06:00–21:00`).
 */
export function writesRange(text: string): boolean {
  if (otherRange.test(text)) return true
  numberRange.lastIndex = 0
  for (let match = numberRange.exec(text); match; match = numberRange.exec(text)) {
    // A span of years or a date (`2019–2025`, `2025-11-08`) opens with a year.
    const dated = /^(?:19|20)\d\d$/.test(match[1])
    if (!dated && !windowAfter.test(text.slice(match.index + match[0].length))) return true
  }
  return false
}
