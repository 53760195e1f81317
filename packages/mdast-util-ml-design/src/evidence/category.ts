/**
 * The ML category the document chooses: the task families it commits to once the framings still under discussion
 * are left out, and what a chosen family leaves unstated (a classification's kind, a regression's output range).
 * Rules report; this says what is chosen and where it is named.
 */
import type { DesignDocument } from '../document/document.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Families } from './families.js'
import type { Phrases } from './phrases.js'
import type { Evidence, FamilyMention } from './types.js'

/** The category as the document chooses it. */
export interface CategoryChoice {
  /** The task families chosen: while framings are still options, neither those options nor a task implied by the goal or the ML objective. */
  families: FamilyMention[]
  /** Task families named only as options still under discussion. */
  options: FamilyMention[]
  /** Where a chosen classification is named when no mention gives its kind (binary, multi-class, multi-label). */
  unkinded?: FamilyMention
  /** Where a chosen regression or forecast is named when the document states no range for its output. */
  unranged?: FamilyMention
}

export class Category {
  constructor(
    readonly document: DesignDocument,
    readonly families: Families,
    readonly phrases: Phrases,
    /** The evidence for a requirement, judged the way the reading currently judges (not memoised here for that). */
    readonly evidence: (id: RequirementId) => Evidence[],
  ) {}

  /** The category the document chooses (computed on each call: the output range follows the current judgement). */
  choice(): CategoryChoice {
    const document = this.document
    const options = this.families.options
    // While framings are still options, a task implied by the goal ("predict which subscribers will churn") or by
    // the ML objective ("decide whether a new article reports the same story") is no choice, and a mention in the
    // sentence that lists the options is one of them.
    const implied = [...document.stageContent('requirements'), ...document.partContent('ml-objective')]
    const optionStarts = new Set(options.map((mention) => mention.start))
    const families =
      options.length > 0
        ? this.families.committed.filter(
            (mention) => !optionStarts.has(mention.start) && !document.holds(implied, mention.start),
          )
        : this.families.committed
    const choice: CategoryChoice = { families, options }
    if (families.length === 0) return choice
    const classification = families.filter((mention) => mention.family === 'classification')
    if (classification.length > 0 && !classification.some((mention) => mention.kind)) {
      choice.unkinded = this.#first(classification)
    }
    const regression = families.filter((mention) => mention.family === 'regression' || mention.family === 'forecasting')
    if (regression.length > 0 && !this.#ranged()) choice.unranged = this.#first(regression)
    return choice
  }

  /** Whether the output's range is stated: a range that bounds a value, not a cap on the training target in the data stage. */
  #ranged(): boolean {
    const data = this.document.stageContent('data')
    return this.evidence('output-range').some(
      (item) =>
        // "The gap between forecast and delivered tonnage" compares two things: a range bounds a value.
        this.phrases.mayBoundValue(item.sentence) &&
        !this.document.overlaps(data, this.document.sentences[item.sentence]),
    )
  }

  /** The mention to point at: in the framing, preferring one that names the family ("forecasting" over "weeks ahead"). */
  #first(mentions: FamilyMention[]): FamilyMention {
    const framing = this.document.stageContent('framing')
    const framed = mentions.filter((mention) => this.document.holds(framing, mention.start))
    const named = (mention: FamilyMention) => mention.text.toLowerCase().includes(mention.family.slice(0, 7))
    return framed.find(named) ?? framed[0] ?? mentions.find(named) ?? mentions[0]
  }
}
