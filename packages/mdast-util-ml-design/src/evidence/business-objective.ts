/**
 * The business objective the document states: which statements of it give a business goal, and whether the only
 * objective given is an ML one (what `ml-business-objective` judges).
 */
import type { DesignDocument } from '../document/document.js'
import { tableRowOf } from '../document/rows.js'
import type { Evidence } from '../document/types.js'
import type { Goals } from './goals.js'

/** What the document gives as its business objective. */
export interface BusinessObjective {
  /** Statements that state a business goal, in document order (empty when none does). */
  accepted: Evidence[]
  /** When none does: the first statement of the objective that states only an ML objective, if any. */
  mlOnly: Evidence | undefined
  /** Whether the author's own goal heading or label states an ML objective (`Purpose: accurately extract the fields`). */
  givesMlObjective: boolean
}

/** Parts whose column may say what the business gains: the objective's own, and the metrics that track it. */
const goalOrMetricParts = new Set<string>(['business-objective', 'metrics', 'online-metrics', 'offline-metrics'])

/**
 * A column header or a heading that names a design decision (`| Decision | Option A | Our choice | Why |`,
 * `### Decision 2 - 2025-11-08`, `Trade-offs discussed`): a goal-named cell or label beside it says why that choice
 * was made or what it changes, not what the business gains.
 */
const decisionName =
  /^(?:(?:our|final|key|design|the)\s+)?(?:decisions?|choices?|chosen|options?|alternatives?|trade-?offs?)\b/i

/** Headers of a column that explains its row (`Why it matters`, `Purpose`, `Impact`, `Rationale`). */
const whyName = /^(?:why\b.*|purpose|impact|rationale|motivation|reason(?:ing)?)$/i

/**
 * Headers that name the goal itself, or a metric (left to `#metricPurpose`): a why-column beside one may give what
 * the business gains.
 */
const goalName = /\b(?:goals?|objectives?|outcomes?|kpis?|business|metrics?)\b/i

/** A first column header that names the row's metric. */
const metricHeader = /^(?:(?:online|offline|business|product|ml|model|guardrail|success)\s+)?(?:metrics?|kpis?)$/i

/** A metric's purpose that makes it the business's own measure of success. */
const businessMetric = /\b(?:business|north[- ]star)\b/i

export class BusinessObjectives {
  // Memoised for the evidence they were read from: the evidence differs by the reading's judgement mode.
  #read?: { from: Evidence[]; value: BusinessObjective }
  #kinds?: { from: Evidence[]; value: Array<'business' | 'ml' | 'other'> }
  #own?: { from: Evidence[]; value: Evidence[] }
  #goal?: { from: Evidence[]; value: Evidence[] }
  /** Where each cell under a column of a design part starts, sorted (`#besidePart`). */
  #partCells?: number[]

  constructor(
    readonly document: DesignDocument,
    readonly goals: Goals,
    readonly evidence: () => Evidence[],
    readonly opensDocument: (sentence: number) => boolean,
  ) {}

  /**
   * The statements of the objective, less the cells of a goal-named column (`Purpose`, `Why`) in a row that names a
   * metric (`| AUC-ROC | Ranking quality | >= 0.78 |`): each says what its row's metric is for, not what the
   * business gains.
   */
  #evidence(): Evidence[] {
    const evidence = this.evidence()
    if (this.#own?.from !== evidence)
      this.#own = { from: evidence, value: evidence.filter((item) => !this.#metricPurpose(item)) }
    return this.#own.value
  }

  /**
   * The statements that may give the business goal: less those that explain something else (`#explainsOther`).
   * Whether the goal labels give an ML objective is still read from all of them (`givesMlObjective`).
   */
  #goalEvidence(): Evidence[] {
    const evidence = this.#evidence()
    if (this.#goal?.from !== evidence) {
      const kinds = this.#goalKinds()
      const value = evidence.filter((item, index) => !this.#explainsOther(item, kinds[index] === 'business'))
      this.#goal = { from: evidence, value }
    }
    return this.#goal.value
  }

  /**
   * Whether a goal-named cell, label or section explains something else than the goal: a cell of a why-column
   * explains its row's subject (`| Under-prediction rate | ... | Why it matters |`, `| Question | Why it matters |`,
   * `| Graph approach | ... | Our choice | Why |`) unless that subject is the goal itself, or the cell states a
   * business gain in full beside a subject that is no metric or decision (`| Marketplace | raise revenue per search
   * by 8% |`); a label or section under a heading that names a decision record (`Decision 1` > `Impact:`) says what
   * the decision changes. A sentence with no such label is left to the goal reading.
   */
  #explainsOther(item: Evidence, business: boolean): boolean {
    if (item.via === 'sentence') return false
    const { document } = this
    const { block } = document.sentences[item.sentence]
    const row = tableRowOf(document.blocks, block)
    if (row && row.cells !== row.header) {
      const column = row.cells.indexOf(block)
      const before = row.header.slice(0, Math.max(column, 0)).map((cell) => this.#cellText(cell))
      // Under a `Metric` header the first cell names a metric, known to the vocabulary or not (`Proactive detection
      // rate`): the rest of the row says what it is for, as `#metricPurpose` reads it.
      if (
        column > 0 &&
        metricHeader.test(before[0]) &&
        !businessMetric.test(document.textOf(document.sentences[item.sentence]))
      )
        return true
      if (
        column > 0 &&
        !business &&
        whyName.test(this.#cellText(row.header[column] ?? -1)) &&
        !before.some((text) => goalName.test(text))
      )
        return true
      if (before.some((text) => decisionName.test(text))) return true
    }
    for (let index = document.sectionAt(item.start); index >= 0; index = document.sections[index].parent) {
      const section = document.sections[index]
      if (!section.title && decisionName.test(section.normalized)) return true
    }
    return false
  }

  /** A cell's text without its emphasis. */
  #cellText(block: number): string {
    if (block < 0) return ''
    const { start, end } = this.document.blocks[block]
    return this.document.source
      .slice(start, end)
      .replace(/[|*_`]/g, ' ')
      .trim()
  }

  #metricPurpose(item: Evidence): boolean {
    if (item.via !== 'statement') return false
    const { document } = this
    const { start, block } = document.sentences[item.sentence]
    const cell = document.statements.find(
      (statement) => statement.source === 'table-column' && statement.start <= start && start < statement.end,
    )
    const row = cell && tableRowOf(document.blocks, block)
    // A metric's purpose is the goal where it calls the metric the business's own (`the primary business metric`).
    if (!cell || !row || businessMetric.test(document.textOf(cell))) return false
    const rowStart = document.blocks[row.cells[0]].start
    return (
      this.goals.metrics.mentions.some((mention) => mention.start >= rowStart && mention.end <= cell.start) ||
      this.#besidePart(rowStart, cell.start)
    )
  }

  /**
   * Whether an earlier cell of the row stands under a column whose header names a part of the design itself (`|
   * Feature | Window | Purpose |`, `| Store | Technology | Purpose |`): the goal-named cell then says what that
   * feature or store is for, never what the business gains. A metric's purpose may be the business goal it tracks
   * (`| Revenue per visit | the primary business metric |`), so a metric column is left to the reading above.
   */
  #besidePart(rowStart: number, cellStart: number): boolean {
    this.#partCells ??= this.document.statements
      .filter(
        (statement) =>
          statement.source === 'table-column' &&
          statement.parts.length > 0 &&
          statement.parts.every((part) => !goalOrMetricParts.has(part)),
      )
      .map((statement) => statement.start)
      .sort((a, b) => a - b)
    const cells = this.#partCells
    // The first such cell at or after the row's start, found by halving.
    let low = 0
    let high = cells.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (cells[middle] < rowStart) low = middle + 1
      else high = middle
    }
    return low < cells.length && cells[low] < cellStart
  }

  /** Whether a goal heading or label states an ML objective (without reading the opening, as `read` may). */
  givesMlObjective(): boolean {
    const kinds = this.#goalKinds()
    return this.#evidence().some((item, index) => item.via !== 'sentence' && kinds[index] === 'ml')
  }

  /** The kind of goal each statement of the objective states. */
  #goalKinds(): Array<'business' | 'ml' | 'other'> {
    const evidence = this.#evidence()
    if (this.#kinds?.from !== evidence)
      this.#kinds = { from: evidence, value: evidence.map((item) => this.goals.kind(item.sentence)) }
    return this.#kinds.value
  }

  read(): BusinessObjective {
    const evidence = this.evidence()
    if (this.#read?.from !== evidence) this.#read = { from: evidence, value: this.#compute() }
    return this.#read.value
  }

  #compute(): BusinessObjective {
    const all = this.#evidence()
    const allKinds = this.#goalKinds()
    const evidence = this.#goalEvidence()
    const kinds = evidence.map((item) => allKinds[all.indexOf(item)])
    const givesMlObjective = this.givesMlObjective()
    // Under a named heading any statement not only about the model counts, but beside an ML objective only a
    // business goal (a direction and something the business cares about): the context around an ML objective (who
    // uses it, what is done today, its metrics) is no goal. A goal sentence elsewhere needs a direction and
    // something the business cares about, or a target.
    const accepted = evidence.filter(
      (item, index) =>
        kinds[index] === 'business' ||
        (kinds[index] === 'other' &&
          (item.via === 'sentence' ? this.goals.hasTarget(item.sentence) : !givesMlObjective)),
    )
    // Where the document opens (before any heading, the title, the requirements, or an unstaged section before the
    // first staged one), a stated business gain counts without a goal word, unless the author's own goal heading or
    // label states an ML objective: that is the goal they give, and a gain read from the context ("~3.2M line
    // items, ~5% cut") does not stand in for it.
    if (accepted.length === 0 && !givesMlObjective) {
      for (const sentence of this.document.sentences) {
        if (
          this.opensDocument(sentence.index) &&
          this.document.answers(sentence) &&
          this.goals.kind(sentence.index) === 'business'
        ) {
          accepted.push({ via: 'sentence', start: sentence.start, end: sentence.end, sentence: sentence.index })
          break
        }
      }
    }
    const mlOnly = accepted.length === 0 ? evidence.find((_, index) => kinds[index] === 'ml') : undefined
    return { accepted, mlOnly, givesMlObjective }
  }
}
