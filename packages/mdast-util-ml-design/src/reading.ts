/**
 * The reading of a design document: built once per tree and shared by every
 * rule. The structure (`document/`) is read when it is built; the evidence
 * (`evidence/`) is derived on first use and memoised. This class is the
 * face rules see: the structure's queries plus one member per fact.
 */
import { DesignDocument } from './document/document.js'
import { headingHoldsContent, listsHeadings } from './document/heading-lines.js'
import type { Section, Sentence, Statement } from './document/types.js'
import { type BusinessObjective, BusinessObjectives } from './evidence/business-objective.js'
import { Category, type CategoryChoice } from './evidence/category.js'
import { Evaluation, type EvaluationPlan } from './evidence/evaluation.js'
import { Families } from './evidence/families.js'
import { Goals } from './evidence/goals.js'
import { Metrics } from './evidence/metrics.js'
import { ModelIO } from './evidence/model-io.js'
import { type ObjectiveAndMetrics, ObjectiveMetrics } from './evidence/objective-metrics.js'
import { Phrases } from './evidence/phrases.js'
import { Quantities } from './evidence/quantities.js'
import { Requirements } from './evidence/requirements.js'
import { Scope } from './evidence/scope.js'
import { Speed } from './evidence/speed.js'
import type {
  Evidence,
  FamilyMention,
  MetricFiling,
  MetricMention,
  ModelSide,
  ParadigmMention,
  QuantityKind,
  QuantityMention,
} from './evidence/types.js'
import { type Decision, Gate } from './judgement/gate.js'
import type { Judgement } from './judgement/model.js'
import type { RequirementId } from './vocabulary/cues.js'
import type { Family } from './vocabulary/families.js'
import { nothingRunsInSection, nothingRunsOpening } from './vocabulary/prose.js'

export type { FrontMatter, Range, Section, Sentence, StageOpening, Statement } from './document/types.js'
export type { BusinessObjective } from './evidence/business-objective.js'
export type { CategoryChoice } from './evidence/category.js'
export type { EvaluationPlan } from './evidence/evaluation.js'
export type { ObjectiveAndMetrics } from './evidence/objective-metrics.js'
export type * from './evidence/types.js'

/** The evidence passes of one reading: each computes on first use and memoises. */
interface Facts {
  scope: Scope
  requirements: Requirements
  gate: Gate
  metrics: Metrics
  modelIO: ModelIO
  evaluation: Evaluation
  objectiveMetrics: ObjectiveMetrics
  goals: Goals
  businessObjective: BusinessObjectives
  families: Families
  category: Category
  quantities: Quantities
  speed: Speed
  phrases: Phrases
}

export class DesignReading extends DesignDocument {
  #facts?: Facts
  /** The first section past the title that opens a stage (-1 when none), found on first use. */
  #firstStaged?: number
  /** How `evidence` judges units (`cues`, `model`, `either`, `both`: `judgement/gate.ts`); set by the rule kit. */
  judgement: Judgement = 'cues'

  get #f(): Facts {
    if (!this.#facts) {
      // Where evidence stands (surveys, options nobody chose, pros/cons): shared by the passes that weigh it.
      const scope = new Scope(this, this.compiled)
      const metrics = new Metrics(this, this.compiled, scope)
      const quantities = new Quantities(this, this.compiled, scope)
      const gate = new Gate(this)
      const families = new Families(this, this.compiled, scope)
      const phrases = new Phrases(this, this.compiled, scope)
      const requirements = new Requirements(this, this.compiled, gate, scope)
      const has = (id: RequirementId, test?: (item: Evidence) => boolean) => this.hasEvidence(id, test)
      const goals = new Goals(this, this.compiled, metrics)
      this.#facts = {
        scope,
        requirements,
        gate,
        metrics,
        modelIO: new ModelIO(this, (id) => this.evidence(id), has, this.compiled, scope),
        evaluation: new Evaluation(this, this.compiled, metrics, (id) => this.evidence(id), has),
        objectiveMetrics: new ObjectiveMetrics(
          this,
          metrics,
          phrases,
          requirements,
          (id) => this.evidence(id),
          has,
          () => this.#f.evaluation.comparesLive(),
          // A goal heading or label whose content is an ML objective ("Objective: maximise execution accuracy").
          () => this.#f.businessObjective.givesMlObjective(),
          () => this.#f.modelIO.labelsOutput(),
          () => families.committed,
          () => this.#f.modelIO.leftOpen('ml-objective'),
          (sentence) =>
            quantities.sentencesWith('fast-duration').has(sentence) || quantities.sentencesWith('scale').has(sentence),
        ),
        goals,
        businessObjective: new BusinessObjectives(
          this,
          goals,
          () => this.evidence('business-objective'),
          (sentence) => this.opensDocument(sentence),
        ),
        families,
        category: new Category(this, families, phrases, (id) => this.evidence(id)),
        quantities,
        speed: new Speed(this, this.compiled, quantities, scope),
        phrases,
      }
    }
    return this.#facts
  }

  // ------------------------------------------------------- requirements

  /**
   * Evidence that the document answers a requirement (see `vocabulary/cues.ts`): named sections and labelled
   * statements with substantive content, and sentences anywhere that carry both a topic and an answer word.
   */
  evidence(id: RequirementId): Evidence[] {
    return this.#f.requirements.judged(id, this.judgement)
  }

  /** Whether some evidence for a requirement passes a test: `evidence(id).some(test)`, read only as far as needed. */
  hasEvidence(id: RequirementId, test?: (item: Evidence) => boolean): boolean {
    return this.#f.requirements.judgedSome(id, this.judgement, test)
  }

  /**
   * What the model decided on a requirement's units under the current judgement, once `evidence` ran with it
   * (`model`, `both`: every unit it counted or refused; `either`: the units it added, from anywhere in the document).
   */
  decisions(id: RequirementId): Decision[] {
    return this.judgement === 'cues' ? [] : this.#f.gate.decisions(id, this.judgement)
  }

  /** The sentences a requirement's cue picks out by its `topic`, `answer` or `none` words, or its `not` phrases. */
  cueSentences(id: RequirementId, cue: 'topic' | 'answer' | 'none' | 'not' | 'sure'): Set<number> {
    return this.#f.requirements.cueSentences(id, cue)
  }

  // ------------------------------------------------------------ metrics

  /** Where the author files metrics by kind: `Online metrics` sections and lead-ins, `Offline:` rows, with their content. */
  get metricFilings(): MetricFiling[] {
    return this.#f.metrics.filings
  }

  /** Every metric mention, with the kind its author filed it under. */
  get metrics(): MetricMention[] {
    return this.#f.metrics.mentions
  }

  /** The metric mentions of one sentence. */
  metricsIn(sentence: number): MetricMention[] {
    return this.#f.metrics.in(sentence)
  }

  /** Whether the document commits to a metric it mentions (not rejected, not in an aside, not a quantity). */
  usesMetric(mention: MetricMention): boolean {
    return this.#f.metrics.uses(mention)
  }

  /** Whether a mention stands filed under the other kind of metric (see `Metrics.misfiled`). */
  misfiled(mention: MetricMention): boolean {
    return this.#f.metrics.misfiled(mention)
  }

  /** Whether a metric word names what training minimises or stops on (a loss, an early-stopping criterion). */
  trainingCriterion(mention: MetricMention): boolean {
    return this.#f.metrics.criterion(mention)
  }

  /** Whether the evaluation reports a used metric: no view of the errors, production signal, loss or error-cost side. */
  reportsMetric(mention: MetricMention): boolean {
    if (!this.#f.metrics.reported(mention)) return false
    // Asked of every metric mention: the error-cost sentences as a set, once per list of evidence (one per judgement).
    const costs = this.evidence('error-costs')
    let sentences = this.#evidenceSentences.get(costs)
    if (!sentences) {
      sentences = new Set(costs.map((item) => item.sentence))
      this.#evidenceSentences.set(costs, sentences)
    }
    return !sentences.has(mention.sentence)
  }

  readonly #evidenceSentences = new WeakMap<Evidence[], Set<number>>()

  /** The deployment sections whose heading names online testing: the live comparison may stand there. */
  onlineTesting(): Section[] {
    return this.#f.evaluation.onlineTesting()
  }

  /**
   * What opens the evaluation stage (its sections and lead-ins, and `Metrics` sections that plan a held-out evaluation
   * or a live comparison), the first substantive one, and whether the offline and the online halves are each planned
   * with a metric of their kind in the same section. The halves are judged only once a stage exists.
   */
  evaluationPlan(): EvaluationPlan {
    return this.#f.evaluation.plan()
  }

  /**
   * The framing as an ML task: whether the ML objective is stated, the online and offline metrics named (an online
   * word where it is filed or measured, not in a goal), whether an online metric is stated at all (also in the
   * author's own words), the metrics filed under the other kind, and the part a missing metric belongs to.
   */
  objectiveAndMetrics(): ObjectiveAndMetrics {
    return this.#f.objectiveMetrics.read()
  }

  // ------------------------------------------------------ input, output

  /** Whether the document designs a model: an ML objective, candidate models, or a filled-in `Input` or `Output`. */
  designsModel(): boolean {
    return this.#f.modelIO.designsModel()
  }

  /** Whether a sentence of the deployment or monitoring stage describes the serving pipeline rather than the model's input. */
  describesPipeline(sentence: number): boolean {
    return this.#f.modelIO.describesPipeline(sentence)
  }

  /** Whether the document defines its model's input or output (see `evidence/model-io.ts`). */
  definesModel(side: ModelSide): boolean {
    return this.#f.modelIO.defines(side)
  }

  // -------------------------------------------------------------- goals

  /**
   * The business objective the document gives: the statements that state a business goal (under a goal heading or
   * label, a goal sentence, or a business gain where the document opens), and when none does, a statement that
   * gives only an ML objective (`maximise AUC`) in its place.
   */
  businessObjective(): BusinessObjective {
    return this.#f.businessObjective.read()
  }

  /** What kind of goal a sentence states: `business`, `ml` or `other`. */
  goalKind(sentence: number): 'business' | 'ml' | 'other' {
    return this.#f.goals.kind(sentence)
  }

  /** Whether a sentence names something the business cares about: a business noun, an online metric or a target. */
  namesBusinessCare(sentence: number): boolean {
    return this.#f.goals.namesBusinessCare(sentence)
  }

  /** Whether a sentence speaks of a decision threshold on the model's output, no parameter, trigger or alert's. */
  speaksOfThreshold(sentence: number): boolean {
    return this.#f.goals.speaksOfThreshold(sentence)
  }

  /** Whether a sentence gives a measurable target: a number, a percentage, money. */
  hasTarget(sentence: number): boolean {
    return this.#f.goals.hasTarget(sentence)
  }

  /** Whether a sentence chooses between outcomes by a cut-off on a score (`if its prob ≥ 0.7, else ...`). */
  choosesByCutoff(sentence: number): boolean {
    return this.#f.goals.choosesByCutoff(sentence)
  }

  /** Whether a sentence commits the design: not in a survey, an option nobody chose, or a list of pros and cons. */
  commits(sentence: number): boolean {
    return this.#f.scope.commits(this.sentences[sentence])
  }

  /**
   * Whether a sentence stands where a document opens, as its title does: before any heading, under the title, in
   * the requirements, or in a section that names no stage before the first that does (`Why this project exists`,
   * `Vision`) where it commits (a survey of the field before the design does not open it).
   */
  opensDocument(sentence: number): boolean {
    const { section: index } = this.sentences[sentence]
    if (index < 0) return true
    const section = this.sections[index]
    if (section.title || section.inStages.includes('requirements')) return true
    if (section.inStages.length > 0) return false
    this.#firstStaged ??= this.sections.findIndex((item) => !item.title && item.inStages.length > 0)
    return (this.#firstStaged < 0 || index < this.#firstStaged) && this.commits(sentence)
  }

  /** Whether a goal is measurable: a target, or "increase"/"reduce" with a quantity the business tracks. */
  isMeasurable(sentence: number): boolean {
    return this.#f.goals.isMeasurable(sentence)
  }

  // ------------------------------------------------ families, paradigms

  /** Task families the document commits to (hedged options and rejected alternatives left out). */
  get families(): FamilyMention[] {
    return this.#f.families.committed
  }

  /** Task families named only as options still under discussion ("option B is a survival model"). */
  get familyOptions(): FamilyMention[] {
    return this.#f.families.options
  }

  /**
   * The ML category the document chooses: its task families (while framings are still options, neither the options
   * nor a task implied by the goal or the ML objective), the options, and where a chosen classification is named
   * without its kind or a chosen regression without its output range (see `evidence/category.ts`).
   */
  categoryChoice(): CategoryChoice {
    return this.#f.category.choice()
  }

  /** Learning paradigms the document commits to. */
  get paradigms(): ParadigmMention[] {
    return this.#f.families.paradigms
  }

  /**
   * Whether the document only forecasts (every committed family is forecasting or regression, and one is
   * forecasting): the series' own future values are its labels, so its history labels the data.
   */
  get onlyForecasts(): boolean {
    const families = this.#f.families.committed
    return (
      families.some((item) => item.family === 'forecasting') &&
      families.every((item) => item.family === 'forecasting' || item.family === 'regression')
    )
  }

  /**
   * Whether every committed family is regression or forecasting (one at least): the target is a value the records
   * measure (a trip's minutes, a week's sales), so the history the model learns from labels itself.
   */
  get onlyRegresses(): boolean {
    const families = this.#f.families.committed
    return (
      families.length > 0 && families.every((item) => item.family === 'forecasting' || item.family === 'regression')
    )
  }

  /** The set of families named (forecasting also counts as regression), less those named only in passing. */
  get familySet(): Set<Family> {
    return this.#f.families.set
  }

  /** The set of families named, those named only in passing too (one sentence, outside the framing). */
  get mentionedFamilySet(): Set<Family> {
    return this.#f.families.mentionedSet
  }

  // -------------------------------------------------- quantities, speed

  /** Quantities of one kind, outside headings, prompts and placeholders (see `evidence/quantities.ts`). */
  quantities(kind: QuantityKind): QuantityMention[] {
    return this.#f.quantities.of(kind)
  }

  /** Whether a sentence states how fast something must be: a duration in milliseconds, or a latency word (`p99`). */
  statesLatency(sentence: number): boolean {
    return this.#f.speed.statesLatency(sentence)
  }

  /** Sentences that state a latency budget or choose real-time or batch prediction. */
  speedStatements(): Array<{ sentence: number; kind: 'budget' | 'mode' }> {
    return this.#f.speed.statements()
  }

  /** Sentences anywhere that state how predictions are served: a budget in milliseconds, or a real-time or batch choice about predicting. */
  servingChoices(): number[] {
    return this.#f.speed.servingChoices()
  }

  /**
   * Whether a range opens with a reasoned "none" for a stage of the running system (`None: the model runs once`), or,
   * given the stage whose section it is, holds a reasoned "none" that names that stage or the whole system in any
   * sentence (`Nothing is deployed: the model runs once ...`; see `nothingRunsInSection`).
   */
  statesNothingRuns(range: { start: number; end: number }, stage?: 'deployment' | 'monitoring'): boolean {
    const sentences = this.sentencesIn(range).filter((sentence) => !sentence.heading)
    if (sentences.length > 0 && nothingRunsOpening.test(this.textOf(sentences[0]))) return true
    return stage !== undefined && sentences.some((sentence) => nothingRunsInSection[stage].test(this.textOf(sentence)))
  }

  /** Sentences under a serving heading that give only a delivery schedule (`every Monday subscribers get a digest`). */
  scheduledDeliveries(): number[] {
    return this.#f.speed.scheduledDeliveries()
  }

  // ------------------------------------------------------------ phrases

  /** Whether a sentence names a measure on live traffic in the author's words ("Online, the share of ..."). */
  saysLiveMetric(sentence: number): boolean {
    return this.#f.phrases.saysLiveMetric(sentence)
  }

  /** Whether a sentence writes an objective as a probability (`P(account is fake)`). */
  writesProbability(sentence: number): boolean {
    return this.#f.phrases.writesProbability(sentence)
  }

  /** Whether a sentence states a cut-off on a score (`> 0.95 → suspend`) that is no alert on the system's health. */
  statesScoreCutoff(sentence: number): boolean {
    return this.#f.phrases.statesScoreCutoff(sentence)
  }

  /** Whether a sentence can bound a value: a number, a bracket, a sign, a bound, a clamp or a cap. */
  mayBoundValue(sentence: number): boolean {
    return this.#f.phrases.mayBoundValue(sentence)
  }

  /** Labelled statements of the available data whose label names its labels (`Labels:`) and that say something. */
  labelStatements(): Statement[] {
    return this.#f.phrases.labelStatements()
  }

  /** Whether a heading holds its section's content: a value after a label, a link, a statement turned heading. */
  headingHoldsContent(section: Section): boolean {
    const heading = this.sentencesIn(this.headingOf(section)).filter((sentence) => sentence.heading)
    return headingHoldsContent(this.compiled, section, heading)
  }

  /** Whether a section's own content is a table of contents without links: a list of the document's headings. */
  listsHeadings(section: Section): boolean {
    const items = this.sentencesIn(this.ownContent(section)).filter((sentence) => !sentence.heading)
    return listsHeadings(this.sections, section, items, (item) => this.textOf(item))
  }

  /** The sentences of an evidence list, in order. */
  sentencesOf(evidence: Evidence[]): Sentence[] {
    return evidence.map((item) => this.sentences[item.sentence])
  }
}
