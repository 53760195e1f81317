/**
 * `mdast-util-ml-design`: read an ML system design document once and share
 * the reading between every rule. The face: `readDesign`, the types rules
 * need, and the framework's ids and names. The word lists are on the
 * `mdast-util-ml-design/vocabulary` subpath.
 */

export type { Decision } from './judgement/gate.js'
export { type Judgement, judgements } from './judgement/model.js'
export { readDesign } from './read.js'
export type {
  BusinessObjective,
  CategoryChoice,
  DesignReading,
  EvaluationPlan,
  Evidence,
  FamilyMention,
  FrontMatter,
  MetricFiling,
  MetricMention,
  ModelSide,
  ObjectiveAndMetrics,
  ParadigmMention,
  QuantityKind,
  QuantityMention,
  Range,
  Section,
  Sentence,
  StageOpening,
  Statement,
} from './reading.js'
export type { RequirementId } from './vocabulary/cues.js'
export {
  type ClassificationKind,
  type Family,
  families,
  familyNames,
  type Paradigm,
  paradigms,
  thresholdFamilies,
} from './vocabulary/families.js'
export { requirementIds, type VocabularyOptions } from './vocabulary/index.js'
export { familyMetricExamples, type MetricEntry, type MetricKind } from './vocabulary/metrics.js'
export { type Part, parts, type Stage, stageNames, stages } from './vocabulary/stages.js'
