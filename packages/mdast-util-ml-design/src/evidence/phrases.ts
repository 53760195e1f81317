/**
 * Phrases some rules recognise in one sentence, on demand: a measure on
 * live traffic in the author's own words, an objective written as a
 * probability, a cut-off on a score, a bound on a value; and labels that
 * name the labels of the data.
 */
import type { DesignDocument } from '../document/document.js'
import type { Statement } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { Matcher } from '../match/matcher.js'
import { singular } from '../match/normalize.js'
import type { TopicAside } from '../vocabulary/cues.js'
import { absentOutcomeNouns, pastFigureNouns } from '../vocabulary/phrases.js'
import type { Scope } from './scope.js'

const probabilityOpening = /(?:^|[^\p{L}])[Pp](?:r)?\(\s*\p{L}/gu

/**
 * A lower bound written with a sign, as "more than" is in words: `> 50`, `>= 3`, `≥ 3`, `&gt; 95%` (raw HTML), or a
 * plus after a count and before a word (`60+ shifts`). Not an arrow (`-> 0`, `=> 2`), a sum (`3 + 4`) or a formula
 * (`log(1+x)`); an upper bound (`< 5 min`, `≤ 2%`) is a cap on the output or a filter of short items as often.
 */
const signedBound =
  /(?:(?<![-=])>|≥|&gt;)=?[^\S\n]*(?:[~≈][^\S\n]*)?\d|(?<![\p{L}\p{N}.,])\d[\d,.]*\+(?=[^\S\n]+\p{L})/u

/**
 * A stand-in value written as a literal: a quoted or code value or a short whole number after an arrow or `=` (`→
 * "no_ride"`, `-> 0`, `quiz_done = 0`, `= -1`; not a share, `→ 2%`, nor a count, `n = 1,200`), or a quoted or code
 * value soon after a verb that assigns it (`get
 * the \`general\` tag`, `keep a separate "guest" value`). Read from the source, where code keeps its backticks.
 */
const standInValue =
  /(?:→|->|=>|(?<![<>!=])=)[^\S\n]{0,3}(?:["“'‘`]|-?\d{1,3}(?![\d.,%])(?![^\S\n]{0,3}%))|\b(?:gets?|got|keeps?|kept|becomes?|set to|defaults? to|falls? back to|mapped to)\b[^.;:!?\n]{0,25}?["“`]/iu

/**
 * A record said to lack something: `without`, `w/o`, `with no`, `lacking` or `lacks`, an optional determiner, and the
 * word after it (`pages without an effective date`, `lectures w/o slides`, `POIs with no opening hours`).
 */
const absence =
  /(?<![\p{L}\p{N}])(?:(without|w\/o)|with[^\S\n]+no|lacking|lacks)[^\S\n]+((?:a|an|any|the|their|its)[^\S\n]+)?(\p{L}+)(?:[^\S\n]+(\p{L}+))?/giu

const outcomeNouns = new Set(absentOutcomeNouns)

/**
 * Whether a text says that a record lacks a field (`pages without an effective date`, `lectures w/o slides`, `POIs
 * with no opening hours`): not an action left undone (`send w/o reading`: an `-ing` word straight after "without")
 * nor an outcome that did not happen (`with no drop in CSAT`, `without precision loss`, `shown without a click`:
 * `absentOutcomeNouns`, as the first or second word).
 */
export function writesAbsentField(text: string): boolean {
  absence.lastIndex = 0
  for (let match = absence.exec(text); match; match = absence.exec(text)) {
    const word = match[3].toLowerCase()
    if (match[1] && !match[2] && word.endsWith('ing')) continue
    // The noun may follow a modifier: "without precision loss", "with no CSAT drop".
    if (outcomeNouns.has(singular(word)) || (match[4] && outcomeNouns.has(singular(match[4].toLowerCase())))) continue
    return true
  }
  return false
}

/** A character every stand-in has (`→`, `>` of `->` and `=>`, `=`, or an opening quote or backtick). */
const standInMarks = /[→>="“`]/

/** Whether a text gives a stand-in value as a literal (`→ "no_ride"`, `-> 0`, `get the \`general\` tag`). */
export function writesStandIn(text: string): boolean {
  // Each of its shapes has an arrow, `=` or a quote: a text with none is not tried at every offset.
  return standInMarks.test(text) && standInValue.test(text)
}

/** Copies of one record made one: `merged into one example`, `collapsed into a single event`, `kept once`. */
const mergedRepeats =
  /\b(?:merged|collapsed|folded)[^\S\n]+into[^\S\n]+(?:one|a[^\S\n]+single)\b|\b(?:kept|counted|counts)[^\S\n]+once\b/iu

/** How many copies there were: a number in digits or in words (`3–4 times`, `in 3 sizes`, `to all four tracks`). */
const copyCount = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|dozens?)\b/iu

/**
 * Whether a text merges a counted burst of copies into one (`mergedRepeats`, with `copyCount`): where the data is
 * prepared, copies of one record sent or made several times (`customers who send the same email 3–4 times → merged into
 * one example`) are an extreme weight on that record, and merging them handles it. Duplicates merged with no count
 * (`duplicate listings are merged into one`) are data cleaning.
 */
export function writesMergedRepeats(text: string): boolean {
  return mergedRepeats.test(text) && copyCount.test(text)
}

/**
 * A model named the way model names are written: a word with a capital inside it after a small letter (`DenseNet-121`,
 * `ConvNeXt-S`), two letters or more before a digit (`YOLOv8`, `ResNet50`), capitals joined by a hyphen (`XLM-R`), a
 * size (`13B`), or a noun that says it is a model (`code models`, `a large regressor`, `the transformer
 * architecture`). A bare run of capitals is an abbreviation of anything (`GPU`, `DS team`, `EU`), and a letter before
 * a number a quarter or a percentile (`Q3`, `p99`): neither names a model (a known name such as `BERT` or `GBDT` is
 * in the word lists).
 */
const modelName =
  /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*|\p{L}{2,}\p{N}[\p{L}\p{N}]*|\p{Lu}+-[\p{L}\p{N}]+|\p{N}+(?:\.\p{N}+)?[bBmM])(?![\p{L}\p{N}])|\b(?:models?|regressors?|classifiers?|encoders?|decoders?|networks?|architectures?|nets?)\b/u

/**
 * Whether a text names a model by how it is written (`modelName`): asked only where a label or heading already says the
 * text lists the candidates (`Candidates: an XLM-R large regressor ...`).
 */
export function writesModelName(text: string): boolean {
  return modelName.test(text)
}

/**
 * A share stated as a class's part of the whole: a verb of being or making up, a hedge if any, then a percentage of
 * something (`is 0.2% of payments`, `make up about 4% of impressions`), or `only` / `just` before it (`only 1.3% of
 * shown jobs`). A share that is done to the data (`hold out 20% of users`) is none.
 */
const classShare =
  /\b(?:(?:is|are|was|were|makes? up|accounts? for|represents?|forms?)(?:[^\S\n]+(?:only|just|about|around|roughly|approximately|approx\.|nearly|under|below|less than|over)){0,2}|only|just)[^\S\n]*(?:[~≈<][^\S\n]*)?\d+(?:[.,]\d+)?[^\S\n]*%[^\S\n]+of\b/iu

/** An outline's opening word, after a label of a word or two if any (`Regression: predict ...`): the label, the word. */
const openingWord = /^[\s>*_#-]*(?:(\p{L}+(?: \p{L}+)?)[*_]*(?::|\s[—–])\s+)?(\p{L}+)/u

/**
 * Whether a text opens with one of the words (`- predict offered calls`), also after a label that names a task family
 * (`Regression: predict delivery time`); after another label (`Baseline: predict the mean`) the word opens nothing.
 */
export function opensWith(
  text: string,
  openings: ReadonlySet<string> | undefined,
  families: Matcher<unknown>,
): boolean {
  const first = openings && openingWord.exec(text)
  if (!first || !openings) return false
  // The label's own first word may be the opening (`Forecast: daily riders per lift`).
  if (openings.has((first[1] ?? first[2]).split(' ')[0].toLowerCase())) return true
  return first[1] !== undefined && openings.has(first[2].toLowerCase()) && families.test(first[1])
}

/** Whether a text states a class's share of the whole (`fraud is 0.2% of payments`): the classes' imbalance. */
export function writesClassShare(text: string): boolean {
  return classShare.test(text) && !dataSplit.test(text)
}

/** A share that is done to the data or covers it, not a class's: held out, sampled, split off, labelled, covered. */
const dataSplit =
  /\b(?:held|hold|holds|holding)[^\S\n]+out\b|\b(?:sampled|split|labell?ed|annotated|covered|reserved|set aside)\b/iu

/**
 * What the data lacks: a word of scarcity before the data (`little history`, `only 8 months of sales`, `few labelled
 * examples`), or the data said to be scarce (`the data is limited`, `labels are scarce`). Keeping data for a period is
 * a retention, not a shortage (`we keep only 30 days of logs`).
 */
const dataShortage =
  /\b(?:limited|little|few|scarce|sparse|only|just)\b(?:[^\S\n]+[\p{L}\d~-]+){0,3}?[^\S\n]+(?:data|history|labels|labelled|labeled|examples|samples|(?:days|weeks|months|years)[^\S\n]+of)\b|\b(?:data|history|labels|examples|samples)[^\S\n]+(?:is|are)[^\S\n]+(?:(?:very|quite|rather|still)[^\S\n]+)?(?:limited|scarce|sparse|thin|small)\b/iu
const keeping = /\b(?:keep|keeps|kept|retain|retains|retained|retention|store|stores|stored|delete|deleted)\b/iu

/** Whether a text says what the data lacks (`the data is limited`, `only 8 months of sales`), not how long it is kept. */
export function writesDataShortage(text: string): boolean {
  return dataShortage.test(text) && !keeping.test(text)
}

/** Whether a text sets a lower bound with a sign (`> 50 opens a day`, `60+ shifts`): signs the scanner cannot see. */
export function writesSignedBound(text: string): boolean {
  return signedBound.test(text)
}

/**
 * Data held out from training, named as such: `the validation set`, `the evaluation month`, `a test split`, `held-out
 * weeks`, `a hold-out`.
 */
const heldOutData =
  /\b(?:validation|valid|val|evaluation|eval|test|testing|held[- ]?out|hold[- ]?out|dev|backtest)[^\S\n]+(?:sets?|splits?|data(?:set)?|samples?|folds?|slices?|months?|weeks?|days?|periods?|windows?)\b|\bhold[- ]?outs?\b/giu

/** A verb or noun that changes how many examples of each class a set holds: over-, under-, down-sampling, SMOTE. */
const resampling = /\b(?:(?:re|over|under|down|up|sub)-?)?sampl(?:e|es|ed|ing)\b|\bsmote\b/giu

/** Training named in a clause: then the clause's resampling may act on what the model learns from. */
const trainingWord = /\b(?:train|trains|trained|training|fit|fits|fitted|learns?|learned|learnt)\b/iu

/**
 * A joint between two actions: a resampling and held-out data on either side of it belong to different verbs. A comma
 * joins too when the held-out data comes after it ("downsample negatives, evaluate on the test month"); before the
 * resampling it closes an opening phrase ("for the validation set only, irrelevant pairs are upsampled").
 */
const joint = /\b(?:and|then|but|while|whereas|plus|before|after)\b|\(/iu

/** A clause of a sentence: what lies between `;`, a full stop, `!`, `?`, a line break or a spaced dash. */
const clauseBreak = /[;!?\n]|\.(?!\d)|[^\S\n][—–-][^\S\n]/u

/**
 * Whether every resampling in a text acts on held-out data only: in its clause, held-out data stands within six words of
 * it with no joint between ("when building the validation set we oversample the rare classes", "for the evaluation
 * month we oversample fraud orders with SMOTE", "validation set oversampled to 20% positives"), and the clause names no
 * training. Such a remedy makes the estimates stable; the model still learns from the skewed classes. Not "we
 * downsample negatives and evaluate on the untouched test month" (a joint between), nor "oversample in training; the
 * validation set keeps the natural mix" (another clause).
 */
export function resamplesHeldOutOnly(text: string): boolean {
  let found = false
  for (const clause of text.split(clauseBreak)) {
    const samples = [...clause.matchAll(resampling)]
    if (samples.length === 0) continue
    if (trainingWord.test(clause)) return false
    const held = [...clause.matchAll(heldOutData)]
    for (const sample of samples) {
      const start = sample.index ?? 0
      const end = start + sample[0].length
      const near = held.some((data) => {
        const from = data.index ?? 0
        const after = from >= end
        const between = after ? clause.slice(end, from) : clause.slice(from + data[0].length, start)
        return (
          between.split(/\s+/).filter(Boolean).length <= 6 && !joint.test(between) && !(after && between.includes(','))
        )
      })
      if (!near) return false
      found = true
    }
  }
  return found
}

/** The metric a threshold puts first, said as an order of priority: "precision first", "recall-first". */
const metricFirst = /\b(?:precision|recall)[\s-]+first\b/iu

/** "Recall" as the verb, its object right after: "recall first the requirements", "recall first how it ran". */
const recallVerb =
  /\brecall first (?:the|a|an|how|what|which|why|where|when|who|whether|that|this|these|those|our|your|their|its|all)\b/iu

/** The separators of a list of priorities: `,`, `;`, `:`, parentheses, "then". */
const listSeparator = /[,;:()]|\bthen\b/iu

/** An item of a list of priorities: a few words, then "first" ("data quality first"), the whole piece between separators. */
const firstItem = /^\s*(\p{L}[\p{L}-]*(?: [\p{L}-]+){0,4}) first\s*(?:\.\s*)?$/iu

/** Words of the two errors and their metrics: an item of them ranks the errors. */
const errorItem = /\b(?:precision|recall|false|miss\w*|errors?|fps?|fns?|alarms?)\b/iu

/**
 * Whether "precision first" or "recall first" is about something else than the metric a threshold favours: "recall"
 * as the verb ("recall first the requirements the clinic set"), or one item of a list of the project's priorities
 * whose other items are no errors ("privacy first, precision first in the dosage figures, speed later"). Not "->
 * precision first; 0.92 picked so that < 1% of closed tickets reopen", nor "false negatives first, recall first".
 */
export function prioritisesOtherThings(text: string): boolean {
  if (!metricFirst.test(text)) return false
  if (recallVerb.test(text)) return true
  for (const piece of text.split(listSeparator)) {
    const item = firstItem.exec(piece)
    if (item && !errorItem.test(item[1])) return true
  }
  return false
}

/**
 * A bucket that is a place, not a range of values: after a preposition and a determiner or a possessive, with at most
 * two words between and no number ("stored in the study bucket", "on the vendor's bucket", "in an S3 bucket", "in the
 * exploration bucket"). Not "by horizon bucket", "a page-position bucket", "into 5 buckets" (bucketing).
 */
const placeBucket =
  /\b(?:in|on|into|onto|to|from|inside|under)[^\S\n]+(?:the|a|an|our|their|its|this|that|\p{L}+['’]s)[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){0,2}?bucket\b(?![-'’]?\p{L})/giu

/**
 * A retraining named as the moment something else happens: the object of "after", "upon", "following", "on each" or
 * "on every", as a noun (after a determiner, or `retraining`), with at most three other words between and none a
 * subject or a number ("redrawn after every refit", "degradation after merges, rebuilds or PQ retraining", "repeated on
 * each retrain"). Not a trigger for it: "after drift is detected, retrain" (a comma before the verb), "after 10k new
 * labels retrain" (a number), "after each month we retrain" (a subject), "after the alert the retraining starts" (the
 * retraining does something).
 */
const retrainingEvent =
  /\b(?:after|upon|following|on(?=[^\S\n]+(?:each|every)\b))(?:[^\S\n]+(?:each|every|any|a|an|the|its|their)[^\S\n]+re-?(?:train|fit)s?|(?:[^\S\n]+(?!(?:we|they|you|i|it|he|she|someone|somebody|one)\b)\p{L}[\p{L}-]*,?(?:[^\S\n]+(?:or|and))?){0,3}?[^\S\n]+re-?(?:training|fitting))\b(?![^\S\n]+(?:is|are|was|were|will|would|should|must|can|runs?|starts?|kicks?|happens?|gets?|takes?)\b)/giu

/** The expressions of a cue's `topicAside` (`pastComparison` is the vocabulary's comparison with a past period). */
export function asideSpans(kinds: readonly TopicAside[], pastComparison: RegExp): RegExp[] {
  return kinds.map((kind) =>
    kind === 'past-comparison' ? pastComparison : kind === 'event' ? retrainingEvent : placeBucket,
  )
}

/** What follows a possessive: `'s` and the next two words ("'s audit figures"). */
const possessed = /^['’]s[^\S\n]+(\p{L}+)(?:[^\S\n]+(\p{L}+))?/u

const pastFigures = new Set(pastFigureNouns)

/**
 * Whether a span stands for something else where it stands: a past period in a possessive is what it owns ("last
 * year's scorecard" is a past system, a baseline), unless what it owns are figures ("the previous period's audit
 * figures", `pastFigureNouns`).
 */
function standsAside(text: string, span: RegExpMatchArray): boolean {
  const after = possessed.exec(text.slice((span.index ?? 0) + span[0].length))
  if (!after) return true
  return [after[1], after[2]].some((word) => word !== undefined && pastFigures.has(singular(word.toLowerCase())))
}

/**
 * Whether each of a cue's topic words in a text stands inside one of the spans (global expressions): a comparison
 * whose object is a past period ("compared with the previous period's audit figures", "vs the same week last year":
 * a time, not a system to beat), a bucket that is a place ("in the study bucket"). "Compared with the rules in
 * production, and with the previous week" keeps its other comparison, and "compared with last year's scorecard" a
 * past system.
 */
export function topicsOnlyWithin(text: string, topic: Matcher<true>, spans: readonly RegExp[]): boolean {
  // The spans first: most sentences hold none, and then the topic words need not be found again.
  const found = spans.flatMap((span) => [...text.matchAll(span)]).filter((span) => standsAside(text, span))
  if (found.length === 0) return false
  const topics = topic.all(text)
  if (topics.length === 0) return false
  return topics.every((word) =>
    found.some((span) => {
      const start = span.index ?? 0
      return word.start < start + span[0].length && start < word.end
    }),
  )
}

export class Phrases {
  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly scope: Scope,
  ) {}

  #text(sentence: number): string {
    const found = this.document.sentences[sentence]
    return this.document.prose.slice(found.start, found.end)
  }

  /**
   * "Online, the share of searches ending in a save" / "Once live, the number that matters is the gap between
   * forecast and delivered tonnage": a quantity the author measures on live traffic, in their own words. An
   * opening with "matters to <anything but , . ;>" before the measure is checked against the next `,` `.` `;`
   * for each opening (`(?: to [^,.;]+)?` in the expression would scan the rest of the text from every opening).
   */
  saysLiveMetric(sentence: number): boolean {
    const text = this.#text(sentence)
    const { liveMetric, liveMeasure, liveMattersTo, liveOpeningStart, liveMeasuring, measureNoun } =
      this.compiled.patterns
    if (liveMetric.test(text)) return true
    // A sentence that opens on live traffic and measures or weighs a measure after that, with words between: "Once
    // live, we compare the card-controls app against the other two: share of reviews answered within a day",
    // "Online, the measure that matters is the 30-day readmission rate". Not a comparison with the past ("with the
    // previous month"), which measures no live traffic against other live traffic. Linear tests, no nesting.
    const opening = liveOpeningStart.exec(text)
    if (opening) {
      const rest = text.slice(opening[0].length)
      const verb = liveMeasuring.exec(rest)
      const { pastComparison } = this.compiled.vocabulary.expressions
      if (verb && measureNoun.test(rest.slice(verb.index + verb[0].length)) && rest.search(pastComparison) < 0)
        return true
    }
    const measures: number[] = []
    liveMeasure.lastIndex = 0
    for (let match = liveMeasure.exec(text); match; match = liveMeasure.exec(text)) {
      measures.push(match.index)
      liveMeasure.lastIndex = match.index + 1
    }
    let next = 0
    let stop = -1
    liveMattersTo.lastIndex = 0
    for (let match = liveMattersTo.exec(text); match; match = liveMattersTo.exec(text)) {
      const from = match.index + match[0].length
      while (next < measures.length && measures[next] <= from) next++
      if (stop < from) {
        stop = from
        while (stop < text.length && !',.;'.includes(text[stop])) stop++
      }
      if (next < measures.length && measures[next] < stop) return true
    }
    return false
  }

  /**
   * Whether a sentence writes the objective as a probability: `P(x..)` or `Pr(x..)` with at least two characters
   * before the first `)` after `x` (found once for all openings: `[^)]{2,}\)` would be quadratic).
   */
  writesProbability(sentence: number): boolean {
    const text = this.#text(sentence)
    let close = -1
    probabilityOpening.lastIndex = 0
    for (let match = probabilityOpening.exec(text); match; match = probabilityOpening.exec(text)) {
      const from = match.index + match[0].length
      if (close < from) close = text.indexOf(')', from)
      if (close === -1) return false
      // Two characters: code points, as the expression has the `u` flag.
      if (close - from >= 4 || [...text.slice(from, close)].length >= 2) return true
    }
    return false
  }

  /** Whether a sentence states a cut-off on a score (`> 0.95`, `0.7-0.95`) that is no alert on the system's health. */
  statesScoreCutoff(sentence: number): boolean {
    const text = this.document.textOf(this.document.sentences[sentence])
    return this.compiled.patterns.scoreCutoff.test(text) && !this.compiled.patterns.systemSignal.test(text)
  }

  /** Whether a sentence can bound a value: a number, a bracket, a sign, a bound, a clamp or a cap. */
  mayBoundValue(sentence: number): boolean {
    return this.compiled.patterns.boundHint.test(this.#text(sentence))
  }

  /**
   * Labelled statements of the available data whose label names its labels (`Labels:`) and that commit to something:
   * a sentence that answers and is no option left unchosen.
   */
  labelStatements(): Statement[] {
    const { document } = this
    return document.statements.filter(
      (statement) =>
        statement.parts.includes('data-availability') &&
        this.compiled.patterns.labelName.test(statement.label) &&
        // A label over options nobody chose (`- labels: ??? options:`) says how the data could be labelled, not how it is.
        document.sentencesIn(statement).some((sentence) => document.answers(sentence) && this.scope.commits(sentence)),
    )
  }
}

/**
 * Whether a text sets two live groups side by side, as an online comparison needs ("half of the teams work the
 * ordered queue", "treated vs held back"); a comparison with the past ("with the previous month") sets none.
 */
export function setsLiveGroups(
  text: string,
  expressions: { liveComparisonGroups: RegExp; pastComparison: RegExp },
): boolean {
  return expressions.liveComparisonGroups.test(text.replace(expressions.pastComparison, ' '))
}
