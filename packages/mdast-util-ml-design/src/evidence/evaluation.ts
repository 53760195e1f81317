/**
 * Where and whether the document plans its evaluation: the sections and lead-ins that open the evaluation stage, and
 * whether each half (offline on held-out data, online in a live comparison) is planned with its kind of metric.
 *
 * The evaluation may also be planned outside its own stage: a deployment section whose heading names the testing
 * ("Online testing and deployment", "A/B test and rollout") holds the live comparison. A plain rollout's canary
 * watches the system's health, and plans no online evaluation.
 */
import type { DesignDocument } from '../document/document.js'
import type { Range, Section, StageOpening } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Metrics } from './metrics.js'
import { setsLiveGroups } from './phrases.js'
import type { Evidence, MetricMention } from './types.js'

/** The evaluation stage as the document plans it. */
export interface EvaluationPlan {
  /**
   * What opens the evaluation stage, in document order: its sections and lead-ins, and the sections of a part shared
   * with other stages (`Metrics`) that plan a held-out evaluation or a live comparison.
   */
  openings: StageOpening[]
  /** The first opening with substantive content; none when the stage is missing or only a placeholder. */
  stage?: StageOpening
  /** Whether an offline metric is named with the held-out data it is computed on; false when there is no stage. */
  offlinePlanned: boolean
  /** Whether a live comparison is planned with an online metric; false when there is no stage. */
  onlinePlanned: boolean
  /**
   * Where each half belongs when it is missing: a section of the stage titled for it (`Offline`, `Live test`), for
   * the online half a deployment section titled for the testing (`Online testing and deployment`), else the first
   * section that opens the stage as a whole (not `Costs of mistakes`); none when there is no stage.
   */
  homes: { offline?: EvaluationHome; online?: EvaluationHome }
}

/** Where a missing half of the evaluation belongs. */
export interface EvaluationHome {
  /** The heading or label. */
  at: Range
  /** Whether the section's title names the half or its live test: the author left the place for it there. */
  titled: boolean
}

type Half = 'offline-evaluation' | 'online-evaluation'

/** A sentence that opens the online half in prose: "Online, half of the partner feeds are coded by the new model". */
const onlineOpening = /^\s*(?:online|live)\s*[,:—–-]\s/i

/** Section titles that name one half of the evaluation. */
const onlineHomeTitle = /\b(?:online|live|a\/b|ab test|experiments?|interleaving|canary|shadow)\b/
const offlineHomeTitle = /\b(?:offline|backtests?|backtesting|held[- ]out|holdout|hold-out|test set)\b/

/** Parts a section may name and still open the evaluation stage as a whole. */
const stageWideParts = new Set<string>(['metrics', 'offline-evaluation', 'online-evaluation'])

/**
 * Whether a comparison goes on to say what it compares, in two words or more: "compare night-time critical
 * turnaround". Read on words, no pattern.
 */
function comparesWhat(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
  return words.some((word, index) => {
    if (!/^(?:compar|measur|track)/.test(word)) return false
    const rest = words.slice(index + 1, index + 4).filter((next) => next !== 'the')
    return rest.length >= 2
  })
}

export class Evaluation {
  #testing?: Section[]

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly metrics: Metrics,
    /** The evidence for a requirement, judged the way the reading currently judges (not memoised here for that). */
    readonly evidence: (id: RequirementId) => Evidence[],
    /** Whether any evidence for a requirement passes a test (any at all without one), read only as far as the first. */
    readonly has: (id: RequirementId, test?: (item: Evidence) => boolean) => boolean,
  ) {}

  /** The deployment sections whose heading names online testing. */
  onlineTesting(): Section[] {
    if (this.#testing) return this.#testing
    const words = new Set(this.compiled.vocabulary.onlineTestingWords)
    this.#testing = this.document.stageSections('deployment').filter((section) =>
      section.text
        .toLowerCase()
        .split(/[^\p{L}/]+/u)
        .some((word) => words.has(word)),
    )
    return this.#testing
  }

  /** The stage's openings, and whether each half is planned (checked only once a stage exists). */
  plan(): EvaluationPlan {
    const openings = this.#openings()
    const stage = openings.find((opening) => opening.substantive)
    if (!stage) return { openings, stage, offlinePlanned: false, onlinePlanned: false, homes: {} }
    return {
      openings,
      stage,
      offlinePlanned: this.#offlinePlanned(openings),
      onlinePlanned: this.#halfPlanned(openings, 'online-evaluation', 'online'),
      homes: { offline: this.#home(openings, 'offline'), online: this.#home(openings, 'online') },
    }
  }

  /** Where a missing half belongs (see `EvaluationPlan.homes`). */
  #home(openings: StageOpening[], kind: 'online' | 'offline'): EvaluationHome | undefined {
    const document = this.document
    const words = kind === 'online' ? onlineHomeTitle : offlineHomeTitle
    const titled =
      document.sections.find(
        (section) =>
          section.inStages.includes('evaluation') && !document.outsideFlow(section) && words.test(section.normalized),
      ) ?? (kind === 'online' ? this.onlineTesting()[0] : undefined)
    if (titled) return { at: document.headingOf(titled), titled: true }
    const whole = openings.find(
      (opening) =>
        opening.substantive &&
        opening.section !== undefined &&
        document.sections[opening.section].parts.every((part) => stageWideParts.has(part)),
    )
    return whole && { at: whole.at, titled: false }
  }

  /** The stage's own openings, plus the `Metrics` sections that plan a held-out evaluation or a live comparison. */
  #openings(): StageOpening[] {
    const document = this.document
    const own = document.stageOpenings('evaluation')
    const plans = (range: Range) =>
      (['offline-evaluation', 'online-evaluation'] as const).some((id) =>
        this.has(id, (item) => document.holds([range], document.sentences[item.sentence].start)),
      )
    const metricSections = document
      .stageSections('evaluation')
      .filter((section) => !own.some((opening) => opening.section === section.index))
      .map((section) => ({
        at: document.headingOf(section),
        content: document.content(section),
        substantive: true,
        section: section.index,
      }))
      .filter((opening) => plans(opening.content))
    return [...own, ...metricSections].sort((a, b) => a.at.start - b.at.start)
  }

  /** The metrics of a kind named in sentences that answer (not quantities, not in headings or prompts). */
  #named(kind: 'online' | 'offline'): MetricMention[] {
    return this.metrics.mentions.filter(
      (mention) =>
        mention.metric.kind === kind &&
        !mention.quantity &&
        mention.sentence >= 0 &&
        this.document.answers(this.document.sentences[mention.sentence]),
    )
  }

  /** The held-out data with an offline metric in its section, or a split described with the data and an offline metric in the stage. */
  #offlinePlanned(openings: StageOpening[]): boolean {
    const inStage = (offset: number) => openings.some((opening) => this.document.holds([opening.content], offset))
    return (
      this.#halfPlanned(openings, 'offline-evaluation', 'offline') ||
      (this.has('offline-evaluation') && this.#named('offline').some((mention) => inStage(mention.start)))
    )
  }

  /**
   * The online half written under its own label in the evaluation stage, in words no list of experiments knows: an
   * `Online:` label or a paragraph opening with "Online," whose content compares what it measures ("Online: the
   * intake is split by recruiter team ...; compare time-to-first-response"). The label names the live comparison;
   * the comparison needs two live groups (`liveComparisonGroups`: not "compared with the previous period") and a
   * known measure or online metric, or else a verb that says what it compares.
   */
  #labelledComparison(
    inStage: (offset: number) => boolean,
    verbs: Set<number>,
    measured: (range: Range) => boolean,
  ): boolean {
    const document = this.document
    const ranges: Range[] = this.metrics.filings.filter((filing) => filing.kind === 'online' && inStage(filing.start))
    for (const sentence of document.sentences) {
      if (!inStage(sentence.start) || !onlineOpening.test(document.textOf(sentence))) continue
      const block = document.sentences.filter((other) => other.block === sentence.block)
      ranges.push({ start: sentence.start, end: block[block.length - 1].end })
    }
    const { expressions } = this.compiled.vocabulary
    return ranges.some((range) => {
      if (!setsLiveGroups(document.textOf(range), expressions)) return false
      const known = measured(range)
      // With a known measure the groups compare it without a verb ("relist rate treated vs held back"); without one,
      // a verb says what it compares: "compare night-time critical turnaround".
      return document
        .sentencesIn(range)
        .some(
          (sentence) =>
            document.answers(sentence) &&
            !sentence.heading &&
            (known || (verbs.has(sentence.index) && comparesWhat(document.textOf(sentence)))),
        )
    })
  }

  /**
   * Whether the evaluation stage, under an `Online` label or in a paragraph opening with "Online,", compares two live
   * groups on what it measures: the online metric in the author's words (`ml-objective-metrics` counts it too).
   */
  comparesLive(): boolean {
    const openings = this.#openings()
    if (!openings.some((opening) => opening.substantive)) return false
    return this.#comparesLive((offset) =>
      this.document.holds(
        openings.map((opening) => opening.content),
        offset,
      ),
    )
  }

  #comparesLive(inStage: (offset: number) => boolean): boolean {
    const document = this.document
    const measures = this.evidence('online-measure')
    const verbs = new Set(this.evidence('measure-verb').map((item) => item.sentence))
    return this.#labelledComparison(inStage, verbs, (range) =>
      [...this.#named('online'), ...measures].some((item) => document.holds([range], item.start)),
    )
  }

  /** Whether a half counts: its kind of metric in the same section as the held-out data or the comparison. */
  #halfPlanned(openings: StageOpening[], id: Half, kind: 'online' | 'offline'): boolean {
    const document = this.document
    const inside = (scope: Range, offset: number) => document.holds([scope], offset)
    const inStage = (offset: number) => openings.some((opening) => inside(opening.content, offset))
    // Within the evaluation stage, a plan may measure what no metric list names ("hit rate", "£ per investigator hour").
    const measures = this.evidence('online-measure')
    const verbs = new Set(this.evidence('measure-verb').map((item) => item.sentence))
    if (kind === 'online' && this.#comparesLive(inStage)) return true
    // A live comparison may be planned under a deployment heading that names the testing ("Online testing and
    // deployment": "10 pilot sites with alerts vs 10 without"); a plain rollout's canary watches the system's health.
    const testing = this.onlineTesting().map((section) => document.content(section))
    const inOnlineStage = (offset: number) => inStage(offset) || document.holds(testing, offset)
    const metrics = this.#named(kind)
    // An `Online` label or table row of the stage files the live comparison under the online half: it compares the
    // online metrics the document names outside that filing (`- Online: A/B by reader, 3 weeks, 20% per arm` after
    // the framing's online metrics, in the author's words too, as `ml-objective-metrics` reads them). Not without such
    // a metric, and not a bare stub (no evidence then).
    const stageFilings =
      kind === 'online'
        ? this.metrics.filings.filter((filing) => filing.kind === 'online' && inStage(filing.start))
        : []
    const elsewhere = (range: Range) => !document.overlaps(stageFilings, range)
    const filed =
      stageFilings.length > 0 &&
      (metrics.some(elsewhere) ||
        this.evidence('online-metric').some((item) => elsewhere(document.sentences[item.sentence] ?? item)))
        ? stageFilings
        : []
    return this.evidence(id).some((item) => {
      const scope = document.scopeOf(item)
      if (metrics.some((mention) => inside(scope, mention.start))) return true
      const sentence = document.sentences[item.sentence]
      if (!inStage(item.start) && !(kind === 'online' && inOnlineStage(sentence.start))) return false
      // The sentence may open with the label itself (`Online: A/B ...`): it counts where it reaches into the filing.
      if (document.overlaps(filed, sentence)) return true
      if (measures.some((measure) => inside(scope, measure.start))) return true
      // "an A/B test ..., comparing takedown requests and opt-outs": what follows the comparison names it, in its
      // paragraph or the next two sentences of its section (an outline's sibling bullet: "- compare violations
      // per 1k worker-hours").
      if (kind === 'offline') return false
      return document.sentences.some(
        (other) =>
          other.index >= sentence.index &&
          (other.block === sentence.block ||
            // A sibling bullet that compares offline metrics on live scores ("compare AUROC and PPV on the live
            // scores") names no online metric.
            (other.index <= sentence.index + 2 &&
              inside(scope, other.start) &&
              !this.metrics.in(other.index).some((mention) => mention.metric.kind === 'offline'))) &&
          verbs.has(other.index),
      )
    })
  }
}
