/**
 * `mdast-util-ml-design/judgement`: the features and the model that judge
 * whether a unit answers a requirement (see `gate.ts`). Training
 * (`scripts/train.ts`) imports the features from here.
 */
export { defaultJudgement, modelRules } from './choice.js'
export { featureBits, featuresOf, fnv1a, sentenceFeatures, structureOf, words } from './features.js'
export { type Decision, thresholds } from './gate.js'
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
