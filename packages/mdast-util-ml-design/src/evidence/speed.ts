/** How fast predictions must be: latency budgets and the choice of real-time or batch prediction. */
import type { DesignDocument } from '../document/document.js'
import { within } from '../document/ranges.js'
import type { Compiled } from '../match/compile.js'
import type { Part } from '../vocabulary/stages.js'
import type { Quantities } from './quantities.js'
import { questionAnswers } from './questions.js'
import type { Scope } from './scope.js'

/** Words that put a latency budget on answering a request. */
const perRequest =
  /\b(?:requests?|inference|quer(?:y|ies)|responses?|respond|calls?|end[- ]to[- ]end|round[- ]trip|page loads?|checkout|authori[sz]ation)\b/i

/** An answer that names a prediction mode, under a question about speed (`- batch, once a week`, `- online`). */
const modeAnswer = /\b(?:batch|online|offline|real[- ]?time|streaming|on request|on demand|precomputed|nightly)\b/i

const batchModes = 'batch|offline|nightly|pre-?computed'
const liveModes = 'online|near[- ]?real[- ]?time|real[- ]?time|streaming|on[- ]request|on[- ]demand|synchronous'

/**
 * Modes listed as alternatives, not chosen (`Serving pattern (batch, realtime, streaming)`, `online vs offline`,
 * `real-time or batch`): a run of mode words joined only by commas, slashes, `or` or `vs`, holding both a batch and a
 * live one. A run of one kind (`online/real-time scoring`) still chooses it.
 */
const alternativesRun = new RegExp(
  String.raw`\b(?:${liveModes}|${batchModes})(?:\s*(?:,|/|\||\bor\b|\bvs\.?|\bversus\b)\s*(?:${liveModes}|${batchModes})\b)+`,
  'giu',
)
const batchMode = new RegExp(String.raw`\b(?:${batchModes})\b`, 'iu')
const liveMode = new RegExp(String.raw`\b(?:${liveModes})\b`, 'iu')

/** The offsets, in the prose, of the runs of modes given as alternatives in a span of it. */
export function modeAlternatives(prose: string, start: number, end: number): Array<{ start: number; end: number }> {
  const text = prose.slice(start, end)
  const result: Array<{ start: number; end: number }> = []
  for (const match of text.matchAll(alternativesRun)) {
    if (batchMode.test(match[0]) && liveMode.test(match[0]))
      result.push({ start: start + match.index, end: start + match.index + match[0].length })
  }
  return result
}

/**
 * Parts whose cadences, modes and spans are about something else than serving predictions: `Retraining. Weekly on
 * the last 18 months`, `Pipeline: nightly Spark job ... the snapshot at query time`, `Explanations: SHAP on a daily
 * sample`. A sentence that stands only in such parts chooses no mode and sets no budget (a budget in milliseconds
 * still does). Not the data available: a `What we have to work with` section may state the requirements too.
 */
const elsewhereParts: ReadonlySet<Part> = new Set<Part>([
  'data-engineering',
  'feature-engineering',
  'missing-data',
  'class-imbalance',
  'outliers',
  'interpretability',
  'retraining',
  'monitoring',
])

/** A mode word opening a line as its label, before a comma or a colon: `Online, inside the search API: ...`. */
const modeOpening = /^[\s>*_-]*(?:online|offline|batch|real[- ]?time|streaming)[*_]*\s*[,:]\s/i

/** Words that name serving itself, wherever the sentence stands. */
const servingWords = /\b(?:deploy\w*|serv(?:e|es|ed|ing))\b/i

/**
 * Words after a cadence that make it the period a sum or a count is measured over (`estimated monthly costs`, `a
 * daily budget`, `monthly active users`): no schedule of predictions.
 */
const periodOfMeasure =
  /^[\s*_]*(?:(?:cloud|compute|infra(?:structure)?|running|hosting|inference|gpu|api)\s+)?(?:costs?|budgets?|spend(?:ing)?|bills?|billing|fees?|charges?|active\s+users?|actives)\b/i

/**
 * Words after a cadence, or anywhere in its sentence, that make it a rhythm of the data the model learns (`weekly and
 * yearly seasonality`, `daily and weekly patterns of demand`, `seasonalities (yearly, weekly)`): no schedule either.
 */
const rhythmAfter =
  /^[\s*_]*(?:(?:and|or|,)\s+\w+\s+)?(?:seasonalit(?:y|ies)|patterns?|cycles?|trends?|rhythms?|lags?)\b/i
const rhythmWord = /\bseasonalit(?:y|ies)\b/i

/**
 * Words after a cadence that make it the grain of a quantity (`Average Daily Rate`, `daily stock price data`,
 * `forecast daily sales per store`): how finely something is counted or predicted, no schedule of predictions.
 */
const cadenceAdjective = /^(?:hourly|daily|weekly|monthly|nightly)$/i
const grainAfter =
  /^[\s*_]*(?:(?:stock|closing|opening|average|mean|total|unit|store|item)\s+)?(?:rates?|data|stock|sales|demand|visits|volumes?|totals?|averages?|observations|readings|records|bars|candles|returns|series|granularity|resolution|level|values|counts|bookings|orders|transactions|consumption|temperatures?|(?:time\s+)?steps?)\b/i

/** A sentence that opens on a condition, not a choice. */
const conditional = /^[^\p{L}]*(?:for|if|when|should|once)\b/iu
/**
 * Mode words among the weak ones that are not a schedule (`batch`, `precomputed`, `each request`), and words of a
 * scheduled computation (`nightly airflow job`, `runs hourly`): beside a cadence they say how predictions are made.
 */
const modeWord =
  /\b(?:batch\w*|pre-?comput\w*|stream(?:ing|ed)|a?synchronous\w*|interactive|instantly|immediately|requests?|webhook|job|cron\w*|runs?|pipelines?)\b/i

export class Speed {
  #statements?: Array<{ sentence: number; kind: 'budget' | 'mode' }>
  #scheduled: number[] = []

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly quantities: Quantities,
    readonly scope: Scope,
  ) {}

  /** The first answering sentence of the labelled statement whose label holds an offset, if any. */
  #labelled(offset: number): number | undefined {
    const statement = this.document.statements.find((item) => within(item.labelRange, offset))
    if (!statement) return undefined
    return this.document.sentencesIn(statement).find((sentence) => this.document.answers(sentence))?.index
  }

  /** Whether a sentence states how fast something must be: a duration in milliseconds, or a latency word (`p99`). */
  statesLatency(sentence: number): boolean {
    return (
      this.document.sentencesMentioning(this.compiled.terms.latencyWords).has(sentence) ||
      this.quantities.sentencesWith('fast-duration').has(sentence)
    )
  }

  /**
   * Sentences, anywhere, that say how predictions are served strongly enough to stand outside the deployment
   * stage: a latency budget in milliseconds on answering a request (which implies predictions made on request), or an
   * explicit real-time or batch choice beside a word of producing predictions ("each payment is scored in real
   * time", "batch scoring"), not hedged as an option ("batch predictions instead of row-by-row") and not in an
   * aside, in the requirements or framing or outside any stage (in passing in the model, data or monitoring
   * sections it is no statement of how predictions are served). "Economic indicators are not available in real
   * time" is about data, and chooses nothing.
   */
  servingChoices(): number[] {
    const { document, compiled } = this
    const { terms } = compiled
    const context = document.sentencesMentioning(terms.predictionContext)
    const hedged = document.sentencesMentioning(terms.optionHedgeTerms)
    const fast = new Set(this.quantities.of('fast-duration').map((item) => item.sentence))
    const nonPrediction = document.sentencesMentioning(terms.nonPredictionTerms)
    const verbs = document.sentencesMentioning(terms.predictionVerbs)
    return this.statements()
      .filter(({ sentence, kind }) => {
        const found = document.sentences[sentence]
        // A question ("on-demand features at request time in v1, or defer them?"), a condition ("For real-time
        // predictions: pre-compute features", "If we need real time, ...") and an aside choose nothing.
        const text = document.textOf(found)
        if (document.inAside(found) || /\?\s*$/.test(text) || conditional.test(text)) return false
        // Where requirements are stated (or outside any stage), not in passing in the model, data or monitoring.
        const { stages } = document.sentenceScope(sentence)
        if (stages.length > 0 && !stages.some((stage) => stage === 'requirements' || stage === 'framing')) return false
        // A budget per request ("p99 under 80 ms per request", "100 ms end to end for the ranking service") implies
        // predictions made on request; a budget of something else ("a feature read must stay under 8 ms") does not.
        if (kind === 'budget') return fast.has(sentence) && perRequest.test(document.textOf(found))
        // "Features computed at request time" is about features, unless the sentence also makes predictions.
        if (nonPrediction.has(sentence) && !verbs.has(sentence)) return false
        return context.has(sentence) && !hedged.has(sentence)
      })
      .map((item) => item.sentence)
  }

  /**
   * Sentences under a serving heading that give only a delivery schedule (`every Monday subscribers get a digest of
   * ten jobs`, `each morning the buyers get a CSV of order suggestions`): they imply batch serving, but choose no
   * mode in words, so they are no statement of how fast predictions must be.
   */
  scheduledDeliveries(): number[] {
    this.statements()
    return this.#scheduled
  }

  /**
   * Sentences that say how fast predictions must be: a latency budget (a duration in
   * milliseconds, or in seconds or minutes beside a latency word or in a sentence about
   * producing predictions, not about training, rollbacks or alerts), or a choice of
   * real-time or batch prediction. Prompts, placeholders and undecided sentences never do, nor
   * do surveys, options nobody chose and pros/cons (`Option B: score each request in real time`).
   */
  statements(): Array<{ sentence: number; kind: 'budget' | 'mode' }> {
    this.#statements ??= this.#find()
    return this.#statements
  }

  #find(): Array<{ sentence: number; kind: 'budget' | 'mode' }> {
    const { document, compiled } = this
    const { terms } = compiled
    const latencyWords = document.sentencesMentioning(terms.latencyWords)
    const context = document.sentencesMentioning(terms.predictionContext)
    const notLatency = document.sentencesMentioning(terms.notLatencyTerms)
    const found = new Map<number, 'budget' | 'mode'>()
    const durations = new Set(
      [...this.quantities.of('fast-duration'), ...this.quantities.of('slow-duration')].map((item) => item.sentence),
    )
    // Under a `Latency` heading or label, the heading says what a duration or a cadence is about.
    const latencyRanges = document.partRanges('latency')
    // A lead-in's own sentence opens with its label (`- Latency: daily batch is fine`): it stands under the label
    // where its text ends inside the label's content.
    const underLatency = (sentence: number) => {
      const { start, end } = document.sentences[sentence]
      return latencyRanges.some((range) => within(range, start) || (range.start > start && range.start < end))
    }
    for (const item of this.quantities.of('fast-duration')) found.set(item.sentence, 'budget')
    // "2.5 yrs of lead deliveries w/ outcome (no response in 48 h)": a duration beside the history is the label's window.
    const history = this.quantities.sentencesWith('history')
    for (const item of this.quantities.of('slow-duration')) {
      const before = document.prose.slice(document.sentences[item.sentence].start, item.start)
      if (
        !history.has(item.sentence) &&
        compiled.patterns.latencyBoundBefore.test(before) &&
        (latencyWords.has(item.sentence) || context.has(item.sentence) || underLatency(item.sentence)) &&
        !notLatency.has(item.sentence)
      ) {
        found.set(item.sentence, 'budget')
      }
    }
    // "Real-time kitchen queue length", "real-time features": a mode word that describes an input chooses nothing.
    const { modeInputAfter } = compiled.patterns
    // Modes listed as alternatives choose none of them; memoised per sentence.
    const runs = new Map<number, Array<{ start: number; end: number }>>()
    const runsOf = (sentence: number) => {
      let found = runs.get(sentence)
      if (!found) {
        const { start, end } = document.sentences[sentence]
        found = modeAlternatives(document.prose, start, end)
        runs.set(sentence, found)
      }
      return found
    }
    const listed = (sentence: number, start: number, end: number) =>
      runsOf(sentence).some((run) => run.start <= start && end <= run.end)
    for (const match of document.mentionsOf(terms.predictionModeTerms)) {
      let sentence = document.sentenceAt(match.start)
      if (sentence < 0) continue
      if (modeInputAfter.test(document.prose.slice(match.end, match.end + 48))) continue
      if (listed(sentence, match.start, match.end)) continue
      // A label that names the mode (`**Batch Scoring** - score entire customer datasets`) chooses it for what
      // follows: the label alone reads as a heading or a bare topic, so its first sentence that says something
      // carries it.
      if (!document.answers(document.sentences[sentence])) sentence = this.#labelled(match.start) ?? sentence
      if (!found.has(sentence)) found.set(sentence, 'mode')
    }
    const nonPrediction = document.sentencesMentioning(terms.nonPredictionTerms)
    const verbs = document.sentencesMentioning(terms.predictionVerbs)
    const training = document.sentencesMentioning(terms.trainingTerms)
    // A sentence whose mode words all stand in a list of alternatives chooses no mode.
    const onlyListed = (sentence: number) => {
      const found = runsOf(sentence)
      if (found.length === 0) return false
      const { start, end } = document.sentences[sentence]
      let text = document.prose.slice(start, end)
      for (const run of found) {
        text = text.slice(0, run.start - start) + ' '.repeat(run.end - run.start) + text.slice(run.end - start)
      }
      return !modeAnswer.test(text) && !/\b(?:stream(?:ing|ed)|pre-?comput\w*)\b/i.test(text)
    }
    // Under a serving heading (`### Serving`, `Deployment`) or a lead-in label that opens the stage (`**deploy:**
    // nightly airflow job → writes fcst table`), the stage says the cadence is the predictions' ("nightly batch over
    // yesterday's calls, results land in the QA tool by 07:00").
    const servingLabels = document.stageStatements('deployment')
    const underServing = (sentence: number) => {
      // A lead-in's sentence opens with its label, before the statement's content starts.
      const { section } = document.sentences[sentence]
      return (
        (section >= 0 && document.sections[section].inStages.includes('deployment')) ||
        document.overlaps(servingLabels, document.sentences[sentence])
      )
    }
    // There a bare mode word that opens the line, as a label does (`- Online, inside the search API: query →
    // classifier → boosts`), chooses that mode for the line; not a live test (`Online: A/B test on 5% of traffic`).
    // A live test (the online evaluation's own words), which a mode word at the head of a line may introduce instead.
    const liveTest = compiled.cues['online-evaluation'].topic
    const liveTests = liveTest ? document.sentencesMentioning(liveTest) : new Set<number>()
    for (const range of document.stageContent('deployment')) {
      for (const sentence of document.sentencesIn(range)) {
        if (found.has(sentence.index) || sentence.heading) continue
        const text = document.textOf(sentence)
        if (modeOpening.test(text) && !liveTests.has(sentence.index)) found.set(sentence.index, 'mode')
      }
    }
    // Under a serving heading, a schedule with no word of predicting nor of a mode (`every Monday subscribers get a
    // digest of ten jobs`) is a product delivered on a schedule: it implies batch serving but chooses no mode.
    const scheduled = new Set<number>()
    // Sentences whose every cadence is a period of measure (`Share estimated monthly costs`).
    const cadences = new Map<number, boolean>()
    for (const match of document.mentionsOf(terms.predictionModeWeakTerms)) {
      const sentence = document.sentenceAt(match.start)
      const after = document.prose.slice(match.end, match.end + 40)
      const period =
        periodOfMeasure.test(after) ||
        rhythmAfter.test(after) ||
        (cadenceAdjective.test(document.prose.slice(match.start, match.end)) && grainAfter.test(after)) ||
        // Part of a name in code (`TIME_SERIES_DAILY`, `daily_sales`): an identifier, no schedule.
        document.prose[match.start - 1] === '_' ||
        document.prose[match.end] === '_' ||
        (sentence >= 0 && rhythmWord.test(document.textOf(document.sentences[sentence])))
      cadences.set(sentence, (cadences.get(sentence) ?? true) && period)
    }
    for (const sentence of document.sentencesMentioning(terms.predictionModeWeakTerms)) {
      if (found.has(sentence) || training.has(sentence) || onlyListed(sentence) || cadences.get(sentence)) continue
      if (!context.has(sentence) && !underLatency(sentence) && !underServing(sentence)) continue
      // A cadence in monitoring is how often something is watched; in the data stage, how often data arrives or a
      // pipeline runs ("Weather: hourly from the met service", "a nightly Spark job builds the sequences").
      const section = document.sentences[sentence].section
      if (
        section >= 0 &&
        document.sections[section].inStages.some((stage) => stage === 'monitoring' || stage === 'data')
      )
        continue
      // "Passage embeddings are computed in a nightly batch job" chooses nothing about predictions.
      if (nonPrediction.has(sentence) && !verbs.has(sentence)) continue
      if (
        !context.has(sentence) &&
        !underLatency(sentence) &&
        !modeWord.test(document.textOf(document.sentences[sentence]))
      )
        scheduled.add(sentence)
      else found.set(sentence, 'mode')
    }
    // `- Real-time or batch?` then `- batch, once a week`; `- Latency?` then `- within 5 s of creation`: the question
    // says what the answer's mode word or duration is about.
    const asked = new Set([
      ...latencyWords,
      ...document.sentencesMentioning(terms.predictionModeTerms),
      ...document.sentencesMentioning(terms.predictionModeWeakTerms),
    ])
    for (const range of questionAnswers(document, asked)) {
      for (const sentence of document.sentencesIn(range)) {
        if (found.has(sentence.index) || training.has(sentence.index)) continue
        if (durations.has(sentence.index)) found.set(sentence.index, 'budget')
        else if (modeAnswer.test(document.textOf(sentence))) found.set(sentence.index, 'mode')
      }
    }
    // "In-batch negatives", "batch size": batches of training choose no prediction mode.
    const notMode = compiled.cues['serving-mode'].not
    const batchesOfTraining = notMode ? document.sentencesMentioning(notMode) : new Set<number>()
    const fastBudgets = new Set(this.quantities.of('fast-duration').map((item) => item.sentence))
    const aboutElse = (sentence: number) => {
      const { parts } = document.sentenceScope(sentence)
      if (parts.length === 0 || !parts.every((part) => elsewhereParts.has(part)) || fastBudgets.has(sentence))
        return false
      // A sentence that names serving itself (`**Deployment** Real-time on the hub edge server`) is about serving.
      return !servingWords.test(document.textOf(document.sentences[sentence]))
    }
    this.#scheduled = [...scheduled]
      .filter(
        (sentence) =>
          !aboutElse(sentence) &&
          document.answers(document.sentences[sentence]) &&
          this.scope.commits(document.sentences[sentence]),
      )
      .sort((a, b) => a - b)
    return [...found]
      .filter(
        ([sentence, kind]) =>
          !aboutElse(sentence) &&
          document.answers(document.sentences[sentence]) &&
          this.scope.commits(document.sentences[sentence]) &&
          !(kind === 'mode' && batchesOfTraining.has(sentence)),
      )
      .sort((a, b) => a[0] - b[0])
      .map(([sentence, kind]) => ({ sentence, kind }))
  }
}
