/** Metric mentions, where the author files metrics by kind, and whether the document commits to each. */
import type { DesignDocument } from '../document/document.js'
import { lastAtOrBefore, within } from '../document/ranges.js'
import { tableRowOf } from '../document/rows.js'
import type { Compiled } from '../match/compile.js'
import type { TermMatch } from '../match/matcher.js'
import type { MetricEntry } from '../vocabulary/metrics.js'
import { endsWithValueAt, rejectedBefore, toleranceAfter } from './metric-words.js'
import type { Scope } from './scope.js'
import type { MetricFiling, MetricMention } from './types.js'

/** Words before `accuracy` that say which accuracy of the model it is, not what else is accurate. */
const modelAccuracyWords = new Set(
  'the our its model models test testing validation val train training holdout held-out overall top-1 top-5 top-k balanced classification prediction predictive offline mean average avg per-class class weighted exact subset pixel token word sentence character label intent and or with'.split(
    ' ',
  ),
)

/** A value just after a metric: "accuracy ~85%", "precision of 0.9", "accuracy: ≈ 0.93". */
const valueAfter = /^[\s:=(]*(?:(?:of|at|is|was|above|below|over|under|around|>=|<=|[≥≤<>~≈])[\s~≈]*)?\d/i

/**
 * A kind label inside a sentence, after a `;`, `,` or `(`: "offline: PR-AUC, log loss; online: regretted attrition
 * rate", "metrics: precision at the cut-off; online = open tickets at 9am". Fixed words around one optional noun:
 * linear time.
 */
const inlineKindLabel = /[;,(]\s{0,3}(online|offline)(?:\s{1,3}(?:metrics?|kpis?))?\s{0,3}(?::|=(?!=))\s/gi

/** Stages where a model's metric is at home: a metric word there is never only a description of the data. */
const modelStages = new Set(['framing', 'model', 'evaluation'])

/** Parts that hold metrics, wherever they stand. */
const metricParts = new Set(['metrics', 'online-metrics', 'offline-metrics', 'offline-evaluation', 'online-evaluation'])

/** A column header that explains its row's metric rather than naming one (`What it measures`, `Why it matters`, `Notes`). */
const noteHeader =
  /\b(?:what|why|how|purpose|notes?|descriptions?|meaning|definition|rationale|comments?|explanation|reason)\b/i

export class Metrics {
  /** Whether a line of the document opens with `R1` or `R3` as a requirement's number (`#requirementNumber`). */
  #numberedRequirements?: boolean
  #filings?: MetricFiling[]
  #mentions?: MetricMention[]
  #bySentence?: Map<number, MetricMention[]>
  #measuring?: Set<number>

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly scope: Scope,
  ) {}

  /** Where the author files metrics by kind: `Online metrics` sections and lead-ins, `Offline:` rows, with their content. */
  get filings(): MetricFiling[] {
    if (this.#filings) return this.#filings
    const regions: MetricFiling[] = []
    for (const section of this.document.sections) {
      const kind = section.parts.includes('online-metrics')
        ? 'online'
        : section.parts.includes('offline-metrics')
          ? 'offline'
          : this.compiled.metricKindLabels[section.normalized]
      if (kind) regions.push({ ...this.document.content(section), kind, at: this.document.headingOf(section) })
    }
    for (const statement of this.document.statements) {
      if (!statement.kind) continue
      // A table row filed by an `offline` cell files the metric before it; the cells after it are notes ("| NDCG@10 |
      // offline | it tracked click-through rate well |").
      const notesAfter = statement.source === 'table-row' && statement.labelRange.start > statement.start
      const end = notesAfter ? statement.labelRange.end : statement.end
      regions.push({ start: statement.start, end, kind: statement.kind, at: statement.labelRange })
    }
    regions.push(...this.#inlineFilings())
    regions.sort((a, b) => a.start - b.start)
    this.#filings = regions
    return regions
  }

  /**
   * The kind labels inside a sentence (`inlineKindLabel`): each files the rest of its sentence, up to the next such
   * label. One pass over the prose.
   */
  #inlineFilings(): MetricFiling[] {
    const { document } = this
    const found: MetricFiling[] = []
    inlineKindLabel.lastIndex = 0
    for (let match = inlineKindLabel.exec(document.prose); match; match = inlineKindLabel.exec(document.prose)) {
      const at = { start: match.index + match[0].indexOf(match[1]), end: match.index + match[0].length }
      const sentence = document.sentenceAt(at.start)
      if (sentence < 0 || document.sentences[sentence].heading) continue
      const previous = found[found.length - 1]
      if (previous && previous.end > at.start) previous.end = at.start
      const kind = match[1].toLowerCase() === 'online' ? 'online' : 'offline'
      found.push({ start: at.end, end: document.sentences[sentence].end, kind, at })
    }
    return found
  }

  /** Every metric mention, with the kind its author filed it under. */
  get mentions(): MetricMention[] {
    if (this.#mentions) return this.#mentions
    const { document } = this
    const { countBeforeMetric, historyBeforeMetric } = this.compiled.patterns
    const regions = this.filings
    const { metricCutoffOperatingPointAfter } = this.compiled.vocabulary.expressions
    const plain = new Map(this.compiled.vocabulary.metrics.map((entry) => [entry.name, entry]))
    const all = document.mentionsOf(this.compiled.metrics).map((match: TermMatch<MetricEntry>) => {
      // The innermost filing region wins: regions are sorted by start, so it is the nearest one before that holds it.
      let filed: MetricFiling | undefined
      for (let index = lastAtOrBefore(regions, match.start); index >= 0; index--) {
        if (within(regions[index], match.start)) {
          filed = regions[index]
          break
        }
      }
      const sentence = document.sentenceAt(match.start)
      const from = sentence >= 0 ? Math.max(document.sentences[sentence].start, match.start - 16) : match.start
      const before = document.prose.slice(from, match.start)
      // "Recall at 1 alert per 40 transactions": the number is an operating point, and the metric plain recall.
      let metric = match.value
      if (
        /\sat\s+\d+$/i.test(match.text) &&
        metricCutoffOperatingPointAfter.test(document.prose.slice(match.end, match.end + 40))
      ) {
        metric = plain.get(match.text.trim().split(/\s/)[0].toLowerCase()) ?? metric
      }
      // "Online metrics: ETA accuracy on completed trips", "Offline: accuracy within ±15%": filed, an everyday word
      // made a value's closeness (a tolerance after it, or the quantity before it under the other kind's filing)
      // names a metric of that filing in the author's words, which fits any task family: not the classification
      // metric, nor a misfiled one. Under its own kind's filing, "forecast accuracy" alone still is the metric.
      if (filed && metric.everyday && this.#closeness(match, sentence, filed.kind !== metric.kind)) {
        metric = { ...metric, name: `${metric.name} of a value`, kind: filed.kind, fits: undefined, everyday: false }
      }
      return {
        start: match.start,
        end: match.end,
        text: match.text,
        metric,
        filedAs: filed?.kind,
        filedAt: filed?.at,
        // A number before it (`50M DAU`), or a span of history (`six months of sales`): data, not a metric.
        quantity: countBeforeMetric.test(before.trimEnd()) || historyBeforeMetric.test(before),
        sentence,
      }
    })
    // "Live or die on ETA accuracy", "potential for higher accuracy": an everyday word, not the metric.
    // Counted by metric: the same word twice ("high accuracy ... won't affect model accuracy") is no other metric.
    const names = new Map<number, Set<string>>()
    for (const mention of all)
      names.set(mention.sentence, (names.get(mention.sentence) ?? new Set()).add(mention.metric.name))
    const perSentence = new Map([...names].map(([sentence, set]) => [sentence, set.size]))
    const everyday = this.#everydaySense(perSentence)
    const note = this.#noteOnMetric()
    this.#mentions = all.filter((mention) => !everyday(mention) && !note(mention) && !this.#requirementNumber(mention))
    return this.#mentions
  }

  /**
   * Whether `R2` opens its line as the number of a requirement, words after it and no value: `- R2: answer only from
   * the retrieved text` where a line opens with `R1:` or `R3:` too, not `R2: 0.81` nor `R2 on the held-out year`.
   */
  #requirementNumber(mention: MetricMention): boolean {
    if (!/^r2$/i.test(mention.text)) return false
    const { prose } = this.document
    // Only among other numbered requirements: alone, `- R2: share of variance explained` names the metric.
    this.#numberedRequirements ??= /^[ \t>*+\-\d.)#|]*R[13]\**[ \t]*[:.)\]–—-]/m.test(prose)
    if (!this.#numberedRequirements) return false
    const lineStart = prose.lastIndexOf('\n', mention.start - 1) + 1
    return (
      /^[\s>*+\-\d.)#|]*$/.test(prose.slice(lineStart, mention.start)) &&
      /^\**\s*[:.)\]–—-][\s*]*\p{L}/u.test(prose.slice(mention.end, mention.end + 8))
    )
  }

  /**
   * Whether a mention stands in a note on its row's metric: a table cell after the first, in a table whose first
   * column's header names metrics, under a column whose header names none and says it explains (`| Metric | What it
   * measures | Why it matters |`, then `| Reviewer agreement | how often reviewers agree | a calibration signal |`).
   * It explains the metric beside it; the author names no other there. A cell under a metric column (`| AUC | CTR |`
   * under `| Offline metric | Online metric |`) still names its own, so does a cell under any other header (`|
   * Metric | Target | Guardrail |`: the guardrail is a metric of its own), and so does any cell of a table led by
   * something else (`| signal | source | action |`).
   */
  #noteOnMetric(): (mention: MetricMention) => boolean {
    const { document } = this
    const { blocks, sentences, prose } = document
    let metricColumns: Set<number> | undefined
    return (mention) => {
      if (mention.sentence < 0) return false
      const index = sentences[mention.sentence].block
      const block = blocks[index]
      if (block?.kind !== 'cell') return false
      const row = tableRowOf(blocks, index)
      if (!row || row.cells[0] === index) return false
      metricColumns ??= new Set(
        document.statements
          .filter(
            (statement) => statement.source === 'table-column' && statement.parts.some((part) => metricParts.has(part)),
          )
          .map((statement) => statement.start),
      )
      if (!metricColumns.has(blocks[row.cells[0]].start) || metricColumns.has(block.start)) return false
      const header = row.header[row.cells.indexOf(index)]
      return header !== undefined && noteHeader.test(prose.slice(blocks[header].start, blocks[header].end))
    }
  }

  /**
   * Whether the words around a metric make it a value's closeness: a tolerance after it ("accuracy within ±15%"), or,
   * filed under the other kind (`otherKind`), the quantity before it ("ETA accuracy").
   */
  #closeness(match: { start: number; end: number }, sentence: number, otherKind: boolean): boolean {
    const { document } = this
    if (sentence < 0) return false
    const found = document.sentences[sentence]
    const before = document.prose.slice(Math.max(found.start, match.start - 24), match.start).replace(/\*+/g, '')
    const after = document.prose.slice(match.end, Math.min(found.end, match.end + 24))
    const { metricEverydayBefore } = this.compiled.vocabulary.expressions
    const quantityBefore =
      metricEverydayBefore.test(before) && !/\b(?:higher|better|greater|improved)[\s-]+$/i.test(before)
    return (otherKind && (quantityBefore || this.#ownerBefore(before))) || toleranceAfter.test(after)
  }

  /**
   * Whether the word right before an everyday metric word names what is accurate (`Inventory record accuracy`,
   * `Surge pricing accuracy`), not which accuracy of the model (`model`, `test`, `top-1`, `balanced`).
   */
  #ownerBefore(before: string): boolean {
    if (!/\s$/.test(before)) return false
    const text = before.trimEnd()
    const word = text.slice(text.lastIndexOf(' ') + 1).toLowerCase()
    return word.length > 2 && /^[\p{L}-]+$/u.test(word) && !modelAccuracyWords.has(word)
  }

  /**
   * Whether an everyday metric word (`accuracy`, `precision`) stands in its everyday sense. Filed under a
   * metrics label it never does; elsewhere it does after a word that makes it a plain quality ("forecast
   * accuracy"), or outside any metric statement: not in a metrics or evaluation section, beside no value and
   * no other metric, in a sentence that neither reports, measures nor evaluates.
   */
  #everydaySense(perSentence: Map<number, number>): (mention: MetricMention) => boolean {
    const { document, compiled } = this
    const statementWords = compiled.cues['metric-statement'].topic
    const measuring = statementWords ? document.sentencesMentioning(statementWords) : new Set<number>()
    const { metricEverydayBefore } = compiled.vocabulary.expressions
    return (mention) => {
      if (!mention.metric.everyday || mention.sentence < 0) return false
      const found = document.sentences[mention.sentence]
      const before = document.prose.slice(Math.max(found.start, mention.start - 24), mention.start)
      // Filed under a metrics label, the author's own word names the metric ("Offline metric: forecast accuracy").
      if (mention.filedAs) return false
      if (metricEverydayBefore.test(before)) return true
      if (measuring.has(mention.sentence)) return false
      const after = document.prose.slice(mention.end, Math.min(found.end, mention.end + 16))
      if (/\d$/.test(before.trimEnd().replace(/%$/, '').trimEnd()) || valueAfter.test(after)) return false
      const { stages, parts } = document.sentenceScope(mention.sentence)
      if (stages.includes('evaluation') || parts.some((part) => metricParts.has(part))) return false
      return (perSentence.get(mention.sentence) ?? 0) < 2
    }
  }

  /** The metric mentions of one sentence (indexed once). */
  in(sentence: number): MetricMention[] {
    if (!this.#bySentence) {
      this.#bySentence = new Map()
      for (const mention of this.mentions) {
        const list = this.#bySentence.get(mention.sentence)
        if (list) list.push(mention)
        else this.#bySentence.set(mention.sentence, [mention])
      }
    }
    return this.#bySentence.get(sentence) ?? []
  }

  /**
   * Whether the document commits to a metric it mentions: the sentence says
   * something, stands outside rejected alternatives, surveys, options nobody
   * chose and pros/cons, and does not reject the metric ("PR-AUC rather than
   * accuracy", "accuracy would be misleading").
   */
  uses(mention: MetricMention): boolean {
    const { document } = this
    if (mention.quantity || mention.sentence < 0) return false
    const sentence = document.sentences[mention.sentence]
    if (!document.answers(sentence) || document.inAside(sentence) || !this.scope.commits(sentence)) return false
    if (this.#describesData(mention) || this.scope.rejectedRow(mention.start)) return false
    const before = document.prose.slice(sentence.start, mention.start).replace(/\s+/g, ' ')
    const after = document.prose.slice(mention.end, sentence.end).replace(/\s+/g, ' ')
    const { metricRejectedBefore, metricRejectedAfter, metricFalseFriendAfter, metricVerbForm } =
      this.compiled.vocabulary.expressions
    if (metricVerbForm.test(mention.text) && this.#verb(before, after)) return false
    // "our engagement and accuracy metrics", "accuracy metrics (MAE, RMSE)": a class of metrics, not accuracy itself.
    if (mention.metric.name === 'accuracy' && /^\s*metrics\b/i.test(after)) return false
    if (this.#labelsOthers(mention, document.prose.slice(mention.end, sentence.end))) return false
    return (
      !rejectedBefore(before, metricRejectedBefore) &&
      !metricRejectedAfter.test(after) &&
      !metricFalseFriendAfter.test(after)
    )
  }

  /**
   * Whether an everyday metric word names what the metrics after it in its sentence measure, not a metric of its own:
   * it labels them (a colon or a parenthesis after it or after one or two words: "Prediction accuracy: RMSE under 5",
   * "Accuracy acceptance: must beat 0.75 R²"; or the first cell of a table row whose next cell names them), or a
   * passive verb says they measure it ("Model accuracy is evaluated with standard metrics (RMSE, MAE)"). Not where a
   * value follows the label at once ("Accuracy: 91%, F1 0.88").
   */
  #labelsOthers(mention: MetricMention, after: string): boolean {
    if (!mention.metric.everyday) return false
    const { prose, blocks, sentences } = this.document
    const block = sentences[mention.sentence].block
    const row = tableRowOf(blocks, block)
    if (row && row.cells[0] === block && row.cells.length > 1 && !row.header.includes(block)) {
      const cell = blocks[row.cells[1]]
      let next: MetricMention | undefined
      for (let index = lastAtOrBefore(this.mentions, cell.end - 1); index >= 0; index--) {
        const other = this.mentions[index]
        if (other.start < cell.start) break
        if (other.metric.name !== mention.metric.name) next = other
      }
      if (next && !/^[\s*_~≈<>≥≤=|]*\d/.test(prose.slice(cell.start, next.start))) return true
    }
    const opener =
      /^(?:\s{1,2}[\p{L}-]+){0,2}[\s*_]{0,4}[:(]|^\s+(?:is|are|was|will\s+be)\s+(?:[\p{L}-]+\s+)?(?:measured|evaluated|assessed|tracked|computed|quantified|reported)\b/iu.exec(
        after,
      )
    if (!opener) return false
    const from = mention.end + opener[0].length
    const next = this.in(mention.sentence).find(
      (other) => other.start >= from && other.metric.name !== mention.metric.name,
    )
    return next !== undefined && !/^[\s*_~≈<>≥≤=]*\d/.test(prose.slice(from, next.start))
  }

  /** Whether a count word that is also a verb stands as the verb: after its subject or before its object. */
  #verb(before: string, after: string): boolean {
    const { metricVerbBefore, metricVerbAfter } = this.compiled.vocabulary.expressions
    return metricVerbBefore.test(before) || metricVerbAfter.test(after)
  }

  /**
   * Whether a metric word stands in the data stage, or under the model's input or features, as part of what the data
   * is: a feature ("payer diversity, distinct payers in 7 days", "last-20 win rate"), a step that aligns annotations
   * ("matched by time overlap, IoU > 0.5"). Not where the author
   * files it under a metrics label, and not in a sentence that reports, measures or evaluates.
   */
  #describesData(mention: MetricMention): boolean {
    if (mention.filedAs) return false
    const { stages, parts } = this.document.sentenceScope(mention.sentence)
    // Under the model's input or its features, in any stage, a metric word names a feature ("Inputs" > "last-20 win
    // rate", "Features: the seller's historical CTR").
    const describesInput = parts.some((part) => part === 'input' || part === 'feature-engineering')
    if (!describesInput && (!stages.includes('data') || stages.some((stage) => modelStages.has(stage)))) return false
    if (parts.some((part) => metricParts.has(part))) return false
    this.#measuring ??= (() => {
      const words = this.compiled.cues['metric-statement'].topic
      return words ? this.document.sentencesMentioning(words) : new Set<number>()
    })()
    return !this.#measuring.has(mention.sentence)
  }

  /**
   * Whether a metric the document uses is one its evaluation reports offline: not a view of the errors that scores
   * nothing (a confusion matrix, a calibration plot), not one its author files as an online metric ("Online
   * metrics: AUC on the live pushes"), not the criterion training stops on ("early stop on validation log loss"),
   * and not a signal watched in production ("weekly recall on matured labels" under monitoring) unless the author
   * files it as an offline metric.
   */
  reported(mention: MetricMention): boolean {
    if (mention.metric.view || mention.filedAs === 'online') return false
    if (this.criterion(mention)) return false
    return mention.filedAs === 'offline' || !this.document.sentenceScope(mention.sentence).stages.includes('monitoring')
  }

  /**
   * Whether a metric word names what training minimises or stops on, not a metric the evaluation reports: the
   * criterion training stops on ("early stop on validation log loss"), or the loss ("Loss function: mean squared
   * error", "MSE reconstruction loss").
   */
  criterion(mention: MetricMention): boolean {
    if (mention.sentence < 0) return false
    const { prose, sentences } = this.document
    const sentence = sentences[mention.sentence]
    const before = prose.slice(Math.max(sentence.start, mention.start - 48), mention.start)
    const { metricTrainingCriterionBefore, metricLossLabelBefore, metricLossAfter } =
      this.compiled.vocabulary.expressions
    if (metricLossLabelBefore.test(before)) return true
    if (metricLossAfter.test(prose.slice(mention.end, Math.min(sentence.end, mention.end + 40)))) return true
    // Only the clause the metric stands in: "early stop on validation log loss", not "..., early stop; AUC".
    const whole = prose.slice(sentence.start, mention.start)
    const clause = whole.slice(
      Math.max(
        whole.lastIndexOf(','),
        whole.lastIndexOf(';'),
        whole.lastIndexOf(':'),
        whole.lastIndexOf('('),
        whole.lastIndexOf(')'),
      ) + 1,
    )
    return metricTrainingCriterionBefore.test(clause)
  }

  /**
   * Whether a mention stands filed under the other kind of metric, as its
   * author wrote it: not a word inside a parenthesis that explains another
   * metric ("bias (signed error over mean sales)"), not a part of a metric of
   * the filed kind ("the entropy of the background CTR" after log loss, "MAE
   * between predicted and actual acceptance rate"), not the operating point
   * two models are compared at ("at the same approval rate"), not one filed
   * under a business or product title (`Business metrics`, `Key product
   * metrics`), and not one whose kind the author names after the filing ("Online: an A/B
   * test, once the model beats the baseline's AUC offline").
   */
  misfiled(mention: MetricMention): boolean {
    const { document } = this
    if (!mention.filedAs || mention.filedAs === mention.metric.kind || mention.sentence < 0) return false
    // "Business metrics: recall, ROC-AUC": a business or product title names what the business watches, not the
    // online kind: what stands there is filed under no kind, as under `Success metrics`.
    const { metricBusinessFiling } = this.compiled.vocabulary.expressions
    if (mention.filedAt && metricBusinessFiling.test(document.prose.slice(mention.filedAt.start, mention.filedAt.end)))
      return false
    const sentence = document.sentences[mention.sentence]
    const before = document.prose.slice(sentence.start, mention.start)
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) return false
    const filedAs = mention.filedAs
    const { metricPartOfBefore, metricOperatingPointBefore } = this.compiled.vocabulary.expressions
    if (metricOperatingPointBefore.test(before) || endsWithValueAt(before)) return false
    if (
      metricPartOfBefore.test(before) &&
      this.in(mention.sentence).some((other) => other.start < mention.start && other.metric.kind === filedAs)
    )
      return false
    const after = document.prose.slice(Math.max(sentence.start, mention.filedAt?.end ?? 0), sentence.end)
    return !new RegExp(`\\b${mention.metric.kind}\\b`, 'i').test(after)
  }
}
