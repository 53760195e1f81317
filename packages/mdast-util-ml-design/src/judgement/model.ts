/**
 * The judgement model: one logistic regression per requirement part and one
 * for "a commitment, not an option, question, survey or background". The
 * weights are data (`weights.ts`, written by `pnpm train`); scoring a unit
 * is a sparse dot product over its hashed features.
 */
import type { RequirementId } from '../vocabulary/cues.js'
import { featureBits } from './features.js'
import type { LinearModel, Weights } from './types.js'
import { weights } from './weights.js'

export type { LinearModel, Weights } from './types.js'

/**
 * How a rule decides that a unit answers a requirement: the word lists
 * alone (`cues`); the word lists with the model able to refuse their units
 * and add home-section ones (`model`); the word lists with the model only
 * able to add units, from anywhere in the document, where they found none
 * (`either`: a unit counts when the word lists or the model find it, and
 * the model's must pass the word lists' tests of where an answer may stand
 * and what it must say); or the word lists with the model only able to
 * refuse their units (`both`: a unit counts when the word lists pick it and
 * the model accepts it; nothing is added). See `gate.ts`.
 */
export type Judgement = 'cues' | 'model' | 'either' | 'both'
export const judgements: readonly Judgement[] = ['cues', 'model', 'either', 'both']

/** The part a requirement's answers are labelled with (`fixtures/units/*.jsonl`); requirements not here are not judged. */
export const requirementParts: Partial<Record<RequirementId, string>> = {
  'business-objective': 'business-objective',
  'data-source': 'data-source',
  'data-labels': 'labels',
  constraints: 'constraint',
  'ml-objective': 'ml-objective',
  'online-metric': 'online-metric',
  input: 'input',
  output: 'output',
  features: 'features',
  'missing-data': 'missing-data',
  'class-imbalance': 'imbalance',
  outliers: 'outliers',
  'candidate-models': 'candidates',
  baseline: 'baseline',
  interpretability: 'interpretability',
  retraining: 'retraining',
  'offline-evaluation': 'offline-evaluation',
  'online-evaluation': 'online-evaluation',
  'error-costs': 'error-costs',
  'serving-mode': 'serving',
  'monitored-signal': 'monitoring-signal',
}

/** The name of the commitment model. */
export const commitmentModel = 'commitment'

interface Lookup {
  /** A bit per feature bucket: set where the model has a weight (a few thousand of the 2^18 buckets). */
  held: Uint8Array
  weight: Map<number, number>
}

const lookups = new WeakMap<LinearModel, Lookup>()

function lookup(model: LinearModel): Lookup {
  let found = lookups.get(model)
  if (!found) {
    found = { held: new Uint8Array(1 << (featureBits - 3)), weight: new Map() }
    let bucket = 0
    for (let at = 0; at < model.index.length; at++) {
      bucket += model.index[at]
      found.weight.set(bucket, model.value[at])
      found.held[bucket >>> 3] |= 1 << (bucket & 7)
    }
    lookups.set(model, found)
  }
  return found
}

let active: Weights = weights

/**
 * Score with other weights than the shipped ones (`undefined` restores
 * them). For the training tools' cross-validation only.
 */
export function useWeights(other?: Weights): void {
  active = other ?? weights
}

/** Whether the weights in use hold a model of this name. */
export function hasModel(name: string): boolean {
  return Object.hasOwn(active.models, name)
}

/**
 * A model's probability for a unit's features: a sparse dot product.
 * `undefined` when there is no such model. `from` defaults to the weights
 * in use (the shipped ones).
 */
export function score(name: string, features: readonly number[], from: Weights = active): number | undefined {
  const model = Object.hasOwn(from.models, name) ? from.models[name] : undefined
  if (!model) return undefined
  const { held, weight } = lookup(model)
  let sum = model.bias
  // Most of a unit's features have no weight: the bit says so without a map lookup (adding 0 changed no sum).
  for (const feature of features) if (held[feature >>> 3] & (1 << (feature & 7))) sum += weight.get(feature) ?? 0
  return 1 / (1 + Math.exp(-sum))
}
