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

export class BusinessObjectives {
  // Memoised for the evidence they were read from: the evidence differs by the reading's judgement mode.
  #read?: { from: Evidence[]; value: BusinessObjective }
  #kinds?: { from: Evidence[]; value: Array<'business' | 'ml' | 'other'> }
  #own?: { from: Evidence[]; value: Evidence[] }
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

  #metricPurpose(item: Evidence): boolean {
    if (item.via !== 'statement') return false
    const { document } = this
    const { start, block } = document.sentences[item.sentence]
    const cell = document.statements.find(
      (statement) => statement.source === 'table-column' && statement.start <= start && start < statement.end,
    )
    const row = cell && tableRowOf(document.blocks, block)
    if (!cell || !row) return false
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
    const evidence = this.#evidence()
    const kinds = this.#goalKinds()
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
