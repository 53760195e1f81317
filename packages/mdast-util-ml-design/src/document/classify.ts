/**
 * Sentence kinds: a placeholder (TBD, `<fill in>`, a blank template
 * value), a prompt (a question with no value, a template instruction, a
 * bare topic bullet, a list of kinds), or content. A body sentence is
 * classified the first time a rule asks (`sentences.ts`).
 */
import type { Compiled } from '../match/compile.js'
import { foldWords, normalizeTitle, singular } from '../match/normalize.js'
import { withoutTrailing } from './headings.js'
import type { Sentence } from './types.js'

/** A bracketed prompt left in the text (`[TBD: the latency]`): its opening words, and a `]` after them. */
function hasBracketPrompt(compiled: Compiled, raw: string): boolean {
  const at = raw.search(compiled.patterns.bracketPromptStart)
  return at >= 0 && raw.includes(']', at)
}

/**
 * TBD, TODO and their kin standing for the content: at its start (after a
 * label, "TODO: decide when we retrain" included), as the value after a short
 * label or an arrow ("Budget → TBD (finance)"), or with at most three other
 * words ("Threshold TBD"). "Canary on 5% of traffic, duration TBD" says
 * something.
 */
function markedPlaceholder(compiled: Compiled, raw: string): boolean {
  if (/\blorem ipsum\b/i.test(raw)) return true
  const marker = compiled.patterns.placeholderMarker
  marker.lastIndex = 0
  if (!marker.test(raw)) return false
  const item = raw.replace(/^[-*+\d.)\s]+/, '')
  // The marker as the label ("TODO: decide when we retrain") or as the value after a short label or
  // an arrow ("Budget → TBD", "privacy: TBD w/ legal"): the note says what is left to do, not the content.
  const first = compiled.patterns.placeholderFirst
  if (first.test(item) || first.test(item.replace(/^[^:]{1,60}:\s*/, ''))) return true
  const parts = item.split(/:|→|->|=>/).map((part) => part.trim())
  const label = parts.slice(0, -1).join(' ')
  if (parts.length > 1 && !/[;,]/.test(label) && label.split(' ').length <= 8) {
    if (first.test(parts[parts.length - 1])) return true
  }
  if (deferredTail(compiled, item)) return true
  const rest = raw
    .replace(marker, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return rest.length === 0 || rest.split(' ').length <= 3
}

/**
 * A value deferred in its last clause: the clause opens with a marker after a comma, a dash or an arrow, and what
 * comes before is short and gives no number: `the usual cart + user stuff, TBD`, `Feats: same as the old model —
 * TODO copy the list here`. `Canary on 5% of traffic, duration TBD` leaves one detail open, and `Shadow for 2
 * weeks, TBD after that` gives its value first.
 */
function deferredTail(compiled: Compiled, item: string): boolean {
  const at = item.search(compiled.patterns.placeholderTail)
  if (at < 0) return false
  const before = item.slice(0, at)
  return !/(?<!\p{L})\d/u.test(before) && before.split(/\s+/).filter(Boolean).length <= 8
}

/** A value that is only a mark (`?`, `-`, `...`), also with a note in parentheses after it: `?? (ask data eng)`. */
function onlyMark(value: string): boolean {
  const trimmed = value.trim().replace(/\.$/, '')
  // The note runs from its parenthesis to the end (a split sentence may have lost the closing one).
  const open = trimmed.indexOf('(')
  const close = trimmed.lastIndexOf(')')
  const mark = open > 0 && (close < 0 || close === trimmed.length - 1) ? trimmed.slice(0, open) : trimmed
  return /^[?.…\-–—_*/][\s?.…\-–—_*/]*$/.test(mark.trim())
}

/**
 * Whether a text is only a list of short kinds: three or more ("budget,
 * hardware or legal constraints"), or two of at most two words ("batch or
 * real-time"). "Changing the send day or frequency" is an action, and
 * "unknown device or language becomes its own category" a statement.
 */
function kindList(text: string): boolean {
  const items = text
    .split(/,|;|\/|\bor\b|\band\b/i)
    .map((item) => item.replace(/[^\p{L}\p{N}\s-]+/gu, ' ').trim())
    .filter((item) => item.length > 0)
  const sizes = items.map((item) => item.split(/\s+/).length)
  if (sizes.some((size) => size > 3)) return false
  // A yes or no outcome, not kinds: "toxic or not", "churn or no churn", "fraud / non-fraud".
  if (items.length === 2 && /^(?:not|no|non)\b/i.test(items[1])) return false
  return items.length >= 3 || (items.length === 2 && sizes.every((size) => size <= 2))
}

/**
 * Whether a short text only joins topic words or stage names with "and",
 * "or", commas, slashes or a parenthesis: a template stub ("Serving and
 * release", "Scaling (infra and models)"). "Batch and online features" has
 * a word that is no topic of its own.
 */
function joinedTopics(compiled: Compiled, raw: string, least = 2): boolean {
  const named = (piece: string) => topic(compiled, piece, true) || compiled.headings.has(normalizeTitle(piece))
  // In a line of three topics or more, one may carry a word before or after it (`offline evaluation plan`).
  const loosely = (piece: string) =>
    least >= 3 &&
    piece.includes(' ') &&
    [piece.slice(piece.indexOf(' ') + 1), piece.slice(0, piece.lastIndexOf(' '))].some((part) => named(part.trim()))
  // Each piece is folded when its turn comes: the first that names nothing settles it.
  let count = 0
  const written = raw
    .replace(/^[-*+\d.)\s]+/, '')
    .toLowerCase()
    .split(/,|;|:|&|\+|\/|\(|\)|\band\b|\bor\b/)
  for (const each of written) {
    const piece = foldWords(each)
    if (piece.length === 0) continue
    if (!named(piece) && !loosely(piece)) return false
    count++
  }
  return count >= least
}

/** Word lists as sets of folded words, once per vocabulary list. */
const wordSets = new WeakMap<readonly string[], Set<string>>()

function wordSet(list: readonly string[], fold: (word: string) => string): Set<string> {
  let set = wordSets.get(list)
  if (!set) {
    set = new Set(list.map(fold))
    wordSets.set(list, set)
  }
  return set
}

/**
 * The slashes of a text that set alternatives side by side (`cost / privacy / on-device`): not one that writes a rate,
 * a plural count per a singular unit (`purchases / session`, `hours/week`).
 */
function alternativeSlashes(text: string): number {
  const slashes = text.match(/\//g)?.length ?? 0
  return slashes === 0 ? 0 : slashes - (text.match(/\p{L}s ?\/ ?\p{L}*[^\sS\P{L}s]\b/gu)?.length ?? 0)
}

/** A short text without the noun it ends with when that is a topic tail (`compliance requirements`). */
function withoutTail(compiled: Compiled, text: string): string {
  const tails = wordSet(compiled.vocabulary.topicTails, foldWords)
  const space = text.lastIndexOf(' ')
  return space > 0 && tails.has(text.slice(space + 1)) ? text.slice(0, space) : text
}

/** Whether a folded piece of a list item only names a topic: a topic word or, in a list item, a kind of requirement. */
function topic(compiled: Compiled, piece: string, listItem: boolean): boolean {
  return (
    compiled.topicWords.has(piece) || (listItem && wordSet(compiled.vocabulary.requirementKinds, foldWords).has(piece))
  )
}

/**
 * A numbered template item: "Goal 1", "Option A", "Risk 1 -> Mitigation".
 * The letter must be a capital ("Option a" is not a name), and the words
 * one of `numberedStubWords`.
 */
function numberedStub(compiled: Compiled, raw: string): boolean {
  const match = /^(\p{L}[\p{L}-]*)\s+#?(?:\d{1,2}|[A-Z])(?:\s*(?:->|→|:|–|-)\s*(\p{L}+))?\s*\.?$/u.exec(
    raw.replace(/^[-*+\d.)\s]+(?=\p{L})/u, '').trim(),
  )
  if (!match) return false
  const known = wordSet(compiled.vocabulary.numberedStubWords, (word) => singular(word.toLowerCase()))
  const stub = (word: string) => known.has(singular(word.toLowerCase()))
  return stub(match[1]) && (match[2] === undefined || stub(match[2]))
}

/** Whether a raw text is marked as left to fill in. */
function marked(compiled: Compiled, raw: string): boolean {
  const trimmed = raw.trim()
  return (
    /^\[[^\]]*\]\.?$/.test(trimmed) ||
    /^<[^>]*>\.?$/.test(trimmed) ||
    markedPlaceholder(compiled, raw) ||
    numberedStub(compiled, raw) ||
    // A template sentence whose value is left blank: "a missed fraud costs ...".
    // (Its expression ends in an ellipsis: without one in the text, it cannot match.)
    ((raw.includes('...') || raw.includes('…')) && compiled.patterns.blankValue.test(raw.trimEnd())) ||
    hasBracketPrompt(compiled, raw)
  )
}

/**
 * Whether a line that opens with a template verb is a decision written as an order: the verb also opens decisions
 * (`decisionTemplateVerbs`), nothing marks it as an instruction (`instructionMarkers`: "Explain how the model is
 * evaluated"), and it names something a template could not have written: a number, a condition or a recipient ("in
 * two sentences", "when the model times out", "to the agent"), or a name in capitals that is no design document's
 * topic ("Explain predictions with SHAP", not "Provide the ROC curve", `topicAcronyms`). "List the features used for
 * training." and "Summarize the data sources used for each model." are still instructions.
 */
function orderedDecision(compiled: Compiled, verb: string, raw: string, folded: string): boolean {
  if (!wordSet(compiled.vocabulary.decisionTemplateVerbs, foldWords).has(verb)) return false
  // The words after the verb (`details` folds to the verb `detail`).
  const padded = ` ${folded.slice(folded.indexOf(' ') + 1)} `
  if (compiled.vocabulary.instructionMarkers.some((marker) => padded.includes(` ${foldWords(marker)} `))) return false
  // A number, a condition or a recipient ("in two sentences", "when the model times out", "to the agent").
  if (/\d/.test(raw) || compiled.vocabulary.expressions.orderDetail.test(padded)) return true
  const topics = wordSet(compiled.vocabulary.topicAcronyms, (word) => word.toLowerCase())
  const names = raw.match(/(?<=\s)(?:\p{Lu}[\p{Lu}\p{N}]+|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)(?![\p{L}\p{N}])/gu) ?? []
  return names.some((name) => !topics.has(name.toLowerCase().replace(/s$/, '')))
}

/** What a sentence is, when it is not content. */
export type SentenceKind = 'placeholder' | 'prompt' | undefined

/** Whether a sentence is a placeholder or a prompt, from its text with white space folded. */
export function classify(
  compiled: Compiled,
  sentence: Pick<Sentence, 'listItem' | 'undecided'>,
  raw: string,
): SentenceKind {
  // Long sentences are content unless marked: skip the word folding the short-text checks need.
  if (raw.length > 120 && raw.split(' ', 14).length > 13) {
    if (marked(compiled, raw)) return 'placeholder'
    return /\?\s*$/.test(raw) && !/\d/.test(raw) ? 'prompt' : undefined
  }
  // A list mark, a number or a callout's emoji before the words (`💡 Write what you will monitor here.`).
  const unmarked = raw.replace(/^(?:[-*+\d.)\s]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+/u, '')
  const folded = foldWords(unmarked.toLowerCase())
  if (folded.length === 0 || /^[\s?.…\-–—_*/]*$/.test(raw)) {
    return 'placeholder'
  }
  const value = raw.replace(/^[^:]{1,60}:\s*/, '')
  // The value after an arrow, when what stands before it gives no number (`16 slots proposed → ?` keeps its value).
  const arrow = /^[^:→\d]{1,60}(?:→|->)\s*/.exec(raw)
  const arrowValue = arrow ? raw.slice(arrow[0].length) : undefined
  // Without a label or a leading mark, the value folds to what the whole text did.
  const withoutLabel = value === raw && unmarked === raw ? folded : foldWords(value.toLowerCase())
  if (
    compiled.placeholders.has(folded) ||
    compiled.placeholders.has(withoutLabel) ||
    marked(compiled, raw) ||
    // A label whose value is only a mark: `Owner: ?`, `Baseline: -`, `Input: <fill in>`, `input → ?? (ask data eng)`.
    (value !== raw && (onlyMark(value) || marked(compiled, value))) ||
    (arrowValue !== undefined && onlyMark(arrowValue))
  ) {
    return 'placeholder'
  }
  // The first word and the number of words (counted up to 13: no test asks beyond 12), without splitting the text.
  const firstSpace = folded.indexOf(' ')
  const firstWord = firstSpace < 0 ? folded : folded.slice(0, firstSpace)
  let wordCount = 1
  for (let at = firstSpace; at >= 0 && wordCount <= 12; at = folded.indexOf(' ', at + 1)) wordCount++
  const hasDigit = /\d/.test(raw)
  // "Not decided yet." alone stands where the content should; what is undecided and why says something.
  if (sentence.undecided && foldWords(withoutLabel).split(' ').length <= 4 && !hasDigit) {
    return 'placeholder'
  }
  // A question that carries no value asks instead of answering.
  if (/\?\s*$/.test(raw) && !hasDigit) {
    return 'prompt'
  }
  // A template instruction: "Describe the objective here.", and an order that speaks to the author ("Add your
  // deployment diagram here", "Write what you will monitor here."; "Add a missing-value indicator" is a decision).
  const addressed = / (?:you|your|here) /.test(` ${folded} `)
  if (
    (compiled.templateVerbs.has(firstWord) ||
      (addressed && wordSet(compiled.vocabulary.addressedTemplateVerbs, foldWords).has(firstWord))) &&
    wordCount <= 12 &&
    !hasDigit &&
    // Words of a statement ("will", "is") make it one, unless it speaks to the author.
    (!compiled.patterns.statementWord.test(raw) || addressed) &&
    !orderedDecision(compiled, firstWord, raw, folded)
  ) {
    return 'prompt'
  }
  // A bullet or heading-like line that only names a topic: "- Monitoring".
  if (sentence.listItem || wordCount <= 3) {
    const bare = withoutTrailing(folded, ':')
    if (
      topic(compiled, bare, sentence.listItem) ||
      topic(compiled, withoutTail(compiled, bare), sentence.listItem) ||
      (sentence.listItem && compiled.headings.has(bare))
    ) {
      return 'prompt'
    }
  }
  // A template stub joining topics: "Serving and release", "Scaling (infra and models)".
  if (sentence.listItem && !hasDigit && wordCount <= 8 && joinedTopics(compiled, raw)) {
    return 'prompt'
  }
  // The same in a template's instruction line, three topics or more: "Candidates, baseline, interpretability,
  // retraining; offline evaluation plan."
  if (!sentence.listItem && !hasDigit && wordCount <= 12 && joinedTopics(compiled, raw.replace(/[.]\s*$/, ''), 3)) {
    return 'prompt'
  }
  // A list of kinds joined by "or" or slashes, with no verb and no value: "budget, hardware or legal constraints".
  // "(X or not)" inside an answer asks nothing of the reader: it is left out first (the rewrite only for short
  // texts with no digit, the only ones this asks about).
  if (hasDigit || wordCount > 12) return undefined
  // A path or address names one thing, its slashes no alternatives: `POST /api/events/{id}/rsvp`, `s3://bucket/x`.
  const choices = raw
    .replace(/\([^()]*\)/g, (group) => (/\bor not\b/i.test(group) ? ' ' : group))
    .replace(/(?<!\S)(?:\/(?=[\p{L}\p{N}_{])|\S*:\/\/|\S*[{}])\S*/gu, ' ')
    .trim()
  if (
    (/\bor\b/i.test(choices) || alternativeSlashes(choices) >= 2) &&
    !compiled.patterns.kindListVerb.test(choices) &&
    kindList(choices.replace(/^[^:]{1,60}:\s*/, ''))
  ) {
    return 'prompt'
  }
  return undefined
}
