/**
 * The framing of the problem as an ML task: whether the document states what the model predicts or optimises, which
 * metrics it names online (on live traffic) and offline (on held-out data), and which metrics stand filed under the
 * wrong kind. Rules report; this says what is stated and where a missing metric belongs.
 */
import type { DesignDocument } from '../document/document.js'
import { titleCandidates } from '../match/normalize.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Part } from '../vocabulary/stages.js'
import type { Metrics } from './metrics.js'
import type { Phrases } from './phrases.js'
import type { Requirements } from './requirements.js'
import type { Evidence, FamilyMention, MetricMention } from './types.js'

/**
 * A task family named by what it predicts: a target before `prediction` (`churn prediction`, `ETA prediction`; not
 * `binary prediction`), or the probability of an event (`probability of early delinquency`, `probability that`).
 */
const targetNamed = /(?<!binary)\sprediction$|^(?:probability|likelihood)\s+(?:of|that)$/i

/** What follows `probability of` when it is a value, not an event: `a dropout probability of 0.2`. */
const valueAfter = /^\s*[\d.,%~≈<>≤≥]/

/** The ML objective and its metrics as the document states them. */
export interface ObjectiveAndMetrics {
  /** Whether the ML objective is stated: evidence for it, or a probability written in a sentence that answers (`P(account is fake)`). */
  objectiveStated: boolean
  /** The online-metric mentions the author names where they are filed or measured (not in a goal, not rejected). */
  online: MetricMention[]
  /**
   * Whether an online metric is stated: a mention in `online`, the author's own words under an `Online metrics`
   * label (more than misfiled offline metrics), or a sentence that measures something on live traffic.
   */
  onlineStated: boolean
  /** The offline metrics named (not rejected), and live-traffic words filed offline and measured on held-out data. */
  offline: MetricMention[]
  /** The named metrics filed under the other kind, in document order (a live word measured on held-out data is not). */
  misfiled: MetricMention[]
  /**
   * The part a missing metric of each kind belongs to: its own (`online-metrics`, `offline-metrics`) when the
   * document has a section or statement for it, else `metrics`.
   */
  homes: { online: Part; offline: Part }
}

export class ObjectiveMetrics {
  constructor(
    readonly document: DesignDocument,
    readonly metrics: Metrics,
    readonly phrases: Phrases,
    readonly requirements: Requirements,
    /** The evidence for a requirement, judged the way the reading currently judges (not memoised here for that). */
    readonly evidence: (id: RequirementId) => Evidence[],
    /** Whether any evidence for a requirement passes a test (any at all without one), read only as far as the first. */
    readonly has: (id: RequirementId, test?: (item: Evidence) => boolean) => boolean,
    /** Whether the evaluation compares two live groups on what it measures, under an `Online` label or opening. */
    readonly liveComparison: () => boolean,
    /** Whether a heading or label of the business objective states an ML objective instead (`Goals.kind`). */
    readonly goalStatesObjective: () => boolean,
    /** Whether an `Output` heading or label states what the model emits (`ModelIO.labelsOutput`). */
    readonly outputLabelled: () => boolean = () => false,
    /** The task families the document commits to (`Families.committed`). */
    readonly families: () => FamilyMention[] = () => [],
    /** Whether the author left an `ML objective` heading or label open (`ModelIO.leftOpen`). */
    readonly objectiveLeftOpen: () => boolean = () => false,
    /** Whether a sentence states a speed or a size (a latency, a throughput, a scale): no online metric. */
    readonly speedOrSize: (sentence: number) => boolean = () => false,
  ) {}

  /** The objective and its metrics (computed on each call: the evidence follows the current judgement). */
  read(): ObjectiveAndMetrics {
    const { metrics } = this
    // A metric the document names, not one it rejects ("ML metrics instead of revenue or CTR").
    const named = metrics.mentions.filter((mention) => metrics.uses(mention))
    // An online word ("sales", "retention") is a metric where the author measures it, not where a goal mentions it.
    const measuring = new Set(this.evidence('online-metric').map((item) => item.sentence))
    const online = named.filter(
      (mention) =>
        mention.metric.kind === 'online' && (mention.filedAs !== undefined || measuring.has(mention.sentence)),
    )
    // "Offline: grasp success rate on the 2,800 held-out SKUs": a live-traffic word measured on held-out data is an
    // offline metric, filed where it belongs. The held-out data may be named anywhere in its offline filing (`-
    // Offline` > `- test months Apr–Aug` > `- revenue simulation ...`): the filing says what it is measured on.
    const heldOut = this.requirements.cueSentences('offline-evaluation', 'answer')
    const heldOutFilings = new Set(
      metrics.filings
        .filter(
          (filing) =>
            filing.kind === 'offline' &&
            this.document.sentencesIn(filing).some((sentence) => heldOut.has(sentence.index)),
        )
        .map((filing) => filing.at.start),
    )
    const measuredOffline = (mention: MetricMention) =>
      mention.metric.kind === 'online' &&
      mention.filedAs === 'offline' &&
      (heldOut.has(mention.sentence) || (mention.filedAt !== undefined && heldOutFilings.has(mention.filedAt.start)))
    const offline = named.filter((mention) => mention.metric.kind === 'offline' || measuredOffline(mention))
    return {
      objectiveStated:
        this.has('ml-objective') ||
        this.#saidInSentence('probability') ||
        this.goalStatesObjective() ||
        // `Output: class probabilities per slope` says what the model predicts.
        this.outputLabelled() ||
        this.#namesTarget(),
      online,
      onlineStated:
        online.length > 0 ||
        this.#filedOnlineInOwnWords(named) ||
        this.#liveTitledInOwnWords(named) ||
        this.#saidInSentence('live') ||
        this.liveComparison(),
      offline,
      misfiled: named.filter((mention) => metrics.misfiled(mention) && !measuredOffline(mention)),
      homes: { online: this.#home('online-metrics'), offline: this.#home('offline-metrics') },
    }
  }

  /**
   * Whether a sentence that answers, outside asides, writes the objective as a probability ("binary clf: P(account is
   * fake)") or names a quantity measured on live traffic in the author's words ("Online, the share of searches ending
   * in a save", "Once live, the number that matters is the gap between forecast and delivered tonnage").
   */
  #saidInSentence(what: 'probability' | 'live'): boolean {
    const { document, phrases } = this
    const says =
      what === 'probability'
        ? (index: number) => phrases.writesProbability(index)
        : (index: number) => phrases.saysLiveMetric(index)
    return document.sentences.some(
      (sentence) => says(sentence.index) && document.answers(sentence) && !document.inAside(sentence),
    )
  }

  /**
   * Whether a task family the document commits to is named by what it predicts ("Training models: churn prediction",
   * "the probability of the edit being in each category"), unless the author left the ML objective open (`TBD`).
   */
  #namesTarget(): boolean {
    const { prose } = this.document
    return (
      this.families().some(
        (mention) => targetNamed.test(mention.text) && !valueAfter.test(prose.slice(mention.end, mention.end + 8)),
      ) && !this.objectiveLeftOpen()
    )
  }

  /**
   * Whether, under an `Online metrics` label, the author's own words name an online metric: a sentence that answers
   * holds two words or more of three letters once the offline metrics in it are blanked out.
   */
  #filedOnlineInOwnWords(named: MetricMention[]): boolean {
    const { document } = this
    return this.metrics.filings.some(
      (filing) =>
        filing.kind === 'online' &&
        document.sentencesIn(filing).some((sentence) => {
          if (!document.answers(sentence)) return false
          const from = Math.max(sentence.start, filing.start)
          const to = Math.min(sentence.end, filing.end)
          let text = document.prose.slice(from, to)
          for (const mention of named) {
            if (mention.metric.kind !== 'offline' || mention.start < from || mention.end > to) continue
            text =
              text.slice(0, mention.start - from) +
              ' '.repeat(mention.end - mention.start) +
              text.slice(mention.end - from)
          }
          return (text.match(/\p{L}{3,}/gu) ?? []).length >= 2
        }),
    )
  }

  /**
   * Whether a heading or label of metrics in general that the business measures on the running system (`Success
   * metrics`, `KPIs`: `liveMetricTitles`; not a joint title) holds a measure in the author's words: a sentence that
   * answers, outside asides, names no offline metric, no speed and no size, does not only introduce what follows
   * (`Detection performance:`), names a share, a rate or a count or a change in one (`liveMeasureWords`: "Appeal
   * overturn rate: at most 15% of flagged posts", "Labor hours saved: 13 a week"), and names no held-out data,
   * training, model size or labelled set (`liveMeasureRefusingWords`: "Error rate under 5% on the held-out welds").
   */
  #liveTitledInOwnWords(named: MetricMention[]): boolean {
    const { document } = this
    const titles = this.metrics.compiled.liveMetricTitles
    const live = (title: string, parts: readonly string[]) =>
      parts.length === 1 && parts[0] === 'metrics' && titleCandidates(title).some((title) => titles.has(title))
    const regions = [
      ...document.sections
        .filter((section) => live(section.text, section.parts))
        .map((section) => document.content(section)),
      ...document.statements.filter(
        (statement) => statement.source !== 'front-matter' && live(statement.label, statement.parts),
      ),
    ]
    if (regions.length === 0) return false
    const offline = new Set(
      named
        .filter((mention) => mention.metric.kind === 'offline' || mention.filedAs === 'offline')
        .map((mention) => mention.sentence),
    )
    return regions.some((region) =>
      document.sentencesIn(region).some((sentence) => {
        if (sentence.heading || !document.answers(sentence) || document.inAside(sentence)) return false
        if (offline.has(sentence.index) || this.speedOrSize(sentence.index)) return false
        const text = document.prose.slice(sentence.start, sentence.end).trim()
        const { liveMeasureWord, liveMeasureRefusing } = this.metrics.compiled.patterns
        return !text.endsWith(':') && liveMeasureWord.test(text) && !liveMeasureRefusing.test(text)
      }),
    )
  }

  /** A missing metric's part: its own when a section or statement stands for it, else the metrics in general. */
  #home(part: 'online-metrics' | 'offline-metrics'): Part {
    const { document } = this
    return document.sectionsFor(part).length > 0 || document.statementsFor(part).length > 0 ? part : 'metrics'
  }
}
