/**
 * `mdast-util-ml-design/judgement`: the features and the model that judge
 * whether a unit answers a requirement (see `gate.ts`). Training
 * (`scripts/train.ts`) imports the features from here.
 */
export { bothRules, defaultJudgement, eitherRules, modelRules } from './choice.js'
export { featureBits, featuresOf, fnv1a, sentenceFeatures, structureOf, words } from './features.js'
export { type Decision, type Judged, thresholds } from './gate.js'
export {
  commitmentModel,
  hasModel,
  type Judgement,
  judgements,
  type LinearModel,
  requirementParts,
  score,
  useWeights,
  type Weights,
} from './model.js'
