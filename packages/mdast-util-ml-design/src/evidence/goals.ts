/** What kind of goal a sentence states, and whether it is measurable. */
import type { DesignDocument } from '../document/document.js'
import { tableRowOf } from '../document/rows.js'
import type { Range, Sentence } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { Metrics } from './metrics.js'

/**
 * A target on one error rate written with a sign or its words (`precision ≥ 0.4`, `recall > 90%`, `FPR &lt; 1%`, as a
 * label and its value, `Recall: ≥ 0.8`, and with up to four words saying of what, `recall of target events > 95%`,
 * `recall (fraud class) at least 0.85`): it sets the operating point by that error, and the word scanner sees no
 * signs. Fixed words, then a bounded gap: linear time.
 */
const errorTarget =
  /\b(?:precision|recall|sensitivity|specificity|fpr|fnr|tpr|(?:false[- ](?:positive|negative|alarm|decline)|miss)[- ]rate)(?:[^\S\n]{1,3}\(?[\p{L}-]+\)?){0,4}?[^\S\n]{0,3}(?::[^\S\n]{0,3})?(?:[≥≤><]=?|&[gl]t;=?|(?:of[^\S\n]+)?at[^\S\n]+(?:least|most)|no[^\S\n]+(?:less|more)[^\S\n]+than)[^\S\n]{0,3}\d/iu

/**
 * The same bound in words (`the false positive rate below 1%`, `FPR stays under 0.1%`), a target only where the sentence
 * holds it or sets it (`keep`, `stays`, `must`, `target`, `so that`): "recall above 0.9 on the test month" reports one.
 */
const errorBoundInWords =
  /\b(?:precision|recall|sensitivity|specificity|fpr|fnr|tpr|(?:false[- ](?:positive|negative|alarm|decline)|miss)[- ]rate)(?:[^\S\n]{1,3}\(?[\p{L}-]+\)?){0,4}?[^\S\n]{1,3}(?:below|under|above|over|(?:less|more|greater|lower|higher)[^\S\n]+than)[^\S\n]{1,3}\d/iu
const holdsBound =
  /\b(?:keeps?|kept|keeping|stays?|staying|remains?|must|should|targets?|targeting|requires?|required|so that|cap|capped)\b/i

/** Whether a text sets a target on one error rate with a sign (the `error-costs` cue's `signedTargets`). */
export function writesErrorTarget(text: string): boolean {
  return errorTarget.test(text) || (errorBoundInWords.test(text) && holdsBound.test(text))
}

/**
 * Whether a sentence sets a target on one error rate with a sign, in its own words or as a table row that names the
 * rate in one cell and its bound in another (`| Recall | ≥ 0.90 | test set |`).
 */
export function setsErrorTarget(document: DesignDocument, sentence: Sentence): boolean {
  if (writesErrorTarget(document.textOf(sentence))) return true
  const row = tableRowOf(document.blocks, sentence.block)
  if (!row || row.cells === row.header) return false
  const cells = row.cells.map((cell) => document.source.slice(document.blocks[cell].start, document.blocks[cell].end))
  return errorTarget.test(cells.join(' ').replace(/[\s|*_`]+/g, ' '))
}

/** A branch between outcomes: "send if ...", "else inspection". */
const branch = /\b(?:if|else|otherwise|unless)\b/i

/**
 * Where the items past a cut-off go: an arrow or a verb that routes them ("dishes under 0.6 confidence go to the
 * cashier screen", "> 0.95 → hold"). With a cut-off on a score it is a branch, as "if" is.
 */
const routing = /→|->|\b(?:go|goes|sent|routed|passed|handed|moved)[^\S\n]+(?:straight[^\S\n]+)?to\b/i

/**
 * The model's output withheld: a withholding verb, or a suggestion said not to be made (`no macro is suggested`,
 * `nothing is shown`, `the label is not pre-filled`). With a cut-off on a score it is a branch, as "if" is: below the
 * cut-off the output is blocked (`when the top probability is below 0.6, no macro is suggested`).
 */
const withholding =
  /\b(?:withh(?:old|olds|olding|eld)|abstains?|abstained|abstaining)\b|\b(?:(?:no|nothing)\b(?:[^\S\n]+[\p{L}-]+){0,3}?[^\S\n]+(?:is|are|gets?)|(?:is|are)[^\S\n]+not)[^\S\n]+(?:suggested|shown|offered|displayed|returned|surfaced|proposed|pre-?filled)\b/iu

/**
 * A cut-off on a probability written as a percentage after a sign, in a sentence that branches: "skip the push if the
 * best p(open) < 2%". Only asked where a branch is written: a percentage alone is as often a share.
 */
const percentCutoff = /(?:[<>≤≥]=?|&[gl]t;=?)[^\S\n]{0,3}\d{1,2}(?:\.\d+)?[^\S\n]{0,2}%/

/**
 * A budgeted top-k, the cut-off of selecting whom to act on: the top N (or N%) per period, with at most four words
 * between ("top 150 each Monday", "top 900 / week", "the top 5% of dormant sellers each month").
 */
const budget =
  /\btop[- ]?\d[\d,.]*(?:k\b|[^\S\n]?%)?(?:[^\S\n]+[\p{L}\p{N}'’-]+){0,4}?[^\S\n]*(?:\/|\b(?:each|every|per|a)\b)[^\S\n]*(?:day|week|month|quarter|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|shift|run)s?\b/iu

/** A cut-off named rather than given (`above the user's threshold`, `exceed their posting thresholds`). */
const namedCutoff =
  /\b(?:above|below|over|under|exceeds?|exceeding|crosses)\s+(?:(?:the|a|its|their|our)\s+)?(?:[a-z'’-]+\s+){0,2}?(?:threshold|cut-?off)s?\b/i

/**
 * What follows "more" when it asks for inputs rather than moves an outcome: "another modelling iteration or more
 * data", "more labelled examples". A fixed word list after at most one word: linear time.
 */
const moreInputs =
  /^[^\S\n]+(?:[\p{L}-]+[^\S\n]+)?(?:data|training|labels?|labell?ed|annotations?|features?|examples|samples|history|compute|gpus?|modell?ing|iterations?|epochs|parameters)(?![\p{L}-])/iu

export class Goals {
  #directions?: Set<number>

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly metrics: Metrics,
  ) {}

  /**
   * What kind of goal a sentence states: `business` (a direction and
   * something the business cares about: "cut fraud losses by 25%"), `ml`
   * (only what a model predicts or how well: "maximise AUC", "accurately
   * predict churn"), or `other`.
   */
  kind(sentence: number): 'business' | 'ml' | 'other' {
    const { document, compiled } = this
    const mentions = this.metrics.in(sentence).filter((mention) => !mention.quantity)
    const online = mentions.some((mention) => mention.metric.kind === 'online')
    const offline = mentions.some((mention) => mention.metric.kind === 'offline')
    const text = document.textOf(document.sentences[sentence])
    // "Help farmers detect crop disease early", "so that nurses spend their time where it matters": what the goal does
    // for the people served is a direction and a care of its own, whatever the party then does.
    const beneficiary = compiled.vocabulary.expressions.beneficiary.test(text)
    const cares =
      document.sentencesMentioning(compiled.terms.businessNouns).has(sentence) ||
      compiled.vocabulary.expressions.partyGood.test(text)
    const businessNoun = beneficiary || cares
    // "Maximise the AUC of the churn model": a model metric is the goal.
    if (offline && !online && !businessNoun) return 'ml'
    const start = document.sentences[sentence].start
    const metricAsGoal = compiled.vocabulary.expressions.metricAsGoal
    const goalMetric = mentions.find(
      (mention) => mention.metric.kind === 'offline' && metricAsGoal.test(document.prose.slice(start, mention.start)),
    )
    if (goalMetric && (!online || !this.#caresOutside(sentence, goalMetric))) return 'ml'
    const directed = this.#directed().has(sentence)
    const direction = beneficiary || directed
    // "Predict the arrival time within ±15 minutes for 80% of stops": a goal whose subject is the model's prediction
    // is an ML objective unless it also moves something the business cares about ("... so that we cut churn"); a party
    // it serves is no such move ("detect each lesion so that the dentist reviews it").
    if (compiled.vocabulary.expressions.mlTaskGoal.test(text)) {
      if (directed && (online || cares)) return 'business'
      // "Build a recommendation system that increases average order value by 5%": the deliverable comes with a
      // measured outcome, which is the business goal, known care word or not.
      const measuredDeliverable =
        direction &&
        compiled.vocabulary.expressions.deliverableGoal.test(text) &&
        this.hasTarget(sentence) &&
        !compiled.vocabulary.expressions.modelErrorGoal.test(text)
      return measuredDeliverable ? 'business' : 'ml'
    }
    if (direction && (online || businessNoun)) return 'business'
    if (direction && this.hasTarget(sentence)) {
      // A target on the model's own error ("keep hallucinated columns under 2% of generated queries") is an ML one.
      return compiled.vocabulary.expressions.modelErrorGoal.test(text) ? 'ml' : 'business'
    }
    if (offline) return 'ml'
    // "This system solves that problem by classifying each notification": the model is the means to a problem stated
    // beside it, not the goal.
    if (compiled.vocabulary.expressions.solvesProblem.test(text)) return 'other'
    return document.sentencesMentioning(compiled.terms.mlOnlyTerms).has(sentence) ? 'ml' : 'other'
  }

  /** The sentences with a direction word, less "more" that asks for inputs ("or whether they need more data"). */
  #directed(): Set<number> {
    if (this.#directions) return this.#directions
    const { document } = this
    const found = new Set<number>()
    for (const match of document.mentionsOf(this.compiled.terms.directionTerms)) {
      if (match.text.toLowerCase() === 'more' && moreInputs.test(document.prose.slice(match.end, match.end + 40)))
        continue
      const index = document.sentenceAt(match.start)
      if (index >= 0) found.add(index)
    }
    this.#directions = found
    return found
  }

  /**
   * Whether a sentence whose goal is a model metric names a business care outside that metric's own clause: in
   * "maximise recall of chats that end with CSAT ≤ 2, at precision ≥ 0.4" CSAT says which chats the recall counts,
   * while "maximise recall, so that fraud losses fall" moves a loss.
   */
  #caresOutside(sentence: number, goal: Range): boolean {
    const { document, compiled } = this
    const { start, end } = document.sentences[sentence]
    const rest = document.prose.slice(goal.end, end)
    const clause =
      /[,;:(]|\b(?:so that|so as to|in order to|which|to (?:cut|reduce|raise|increase|grow|keep|save|lower))\b/i.exec(
        rest,
      )
    const clauseEnd = clause ? goal.end + clause.index : end
    const outside = (offset: number) => offset < goal.start || offset >= clauseEnd
    if (this.metrics.in(sentence).some((mention) => mention.metric.kind === 'online' && outside(mention.start))) {
      return true
    }
    return compiled.terms.businessNouns.test(
      `${document.prose.slice(start, goal.start)} ${document.prose.slice(clauseEnd, end)}`,
    )
  }

  /**
   * Whether a sentence names something the business cares about: a business
   * noun (losses, customers, agents), an online metric or a target. Naming
   * it is not stating a goal: "the revenue protection team uses the scores"
   * names revenue and moves nothing (`kind` wants a direction too).
   */
  namesBusinessCare(sentence: number): boolean {
    return (
      this.document.sentencesMentioning(this.compiled.terms.businessNouns).has(sentence) ||
      this.metrics.in(sentence).some((mention) => !mention.quantity && mention.metric.kind === 'online') ||
      this.hasTarget(sentence)
    )
  }

  /**
   * Whether a sentence chooses between outcomes by a cut-off on a score (`offer the grade if its prob ≥ 0.7, else
   * "needs inspection"`, `send if above the user's threshold`, `skip the push if p(open) < 2%`, `dishes under 0.6
   * confidence go to the cashier`, `below 0.6 confidence no macro is suggested`): the branch, the route or the
   * withheld output is the action, whatever its verb. A budgeted top-k
   * (`top 150 each Monday`) selects whom to act on by a cut-off too. A cut-off on the system's health is none.
   */
  choosesByCutoff(sentence: number): boolean {
    // An HTML list writes its signs as references (`if the top-1 probability &lt; 0.6, ...`): read them as signs.
    const text = this.document
      .textOf(this.document.sentences[sentence])
      .replace(/&(lt|gt);/g, (_, name) => (name === 'lt' ? '<' : '>'))
    const { patterns } = this.compiled
    if (patterns.systemSignal.test(text)) return false
    if (budget.test(text)) return true
    if (branch.test(text) || withholding.test(text)) {
      return patterns.scoreCutoff.test(text) || namedCutoff.test(text) || percentCutoff.test(text)
    }
    return routing.test(text) && patterns.scoreCutoff.test(text)
  }

  /**
   * Whether a sentence speaks of a decision threshold on the model's output (`clinicians can move the threshold`,
   * `the cut-off is set with the fraud team`): a threshold word, in a sentence about no parameter of a metric or a
   * matcher (`IoU threshold`), no retraining trigger, alert, acceptance bar, budget, count or cut-off date, no signal
   * of the system's health, and not a table column's header.
   */
  speaksOfThreshold(sentence: number): boolean {
    const { document } = this
    const found = document.sentences[sentence]
    // A `Threshold` column's header names what its cells hold (`| Metric | Baseline | Threshold |`), no threshold.
    const row = tableRowOf(document.blocks, found.block)
    if (row && row.cells === row.header) return false
    const text = document.textOf(found)
    const { patterns } = this.compiled
    return (
      patterns.namedThreshold.test(text) && !patterns.parameterThreshold.test(text) && !patterns.systemSignal.test(text)
    )
  }

  /** Whether a sentence gives a measurable target: a number, a percentage, money. */
  hasTarget(sentence: number): boolean {
    return this.compiled.vocabulary.expressions.target.test(this.document.textOf(this.document.sentences[sentence]))
  }

  /** Whether a goal is measurable: a target, or "increase"/"reduce" with a quantity the business tracks. */
  isMeasurable(sentence: number): boolean {
    if (this.hasTarget(sentence)) return true
    const { document, compiled } = this
    return (
      document.sentencesMentioning(compiled.terms.measurableDirectionTerms).has(sentence) &&
      (document.sentencesMentioning(compiled.terms.businessNouns).has(sentence) ||
        this.metrics.in(sentence).some((mention) => mention.metric.kind === 'online'))
    )
  }
}
