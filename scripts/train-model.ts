/**
 * Logistic regression, made deterministic: a fixed seed (`shippedSeed`) for the one
 * shuffle of the examples, the same order of updates on every run, plain
 * numbers, weights rounded to three decimals and pruned below a floor, in
 * ascending bucket order.
 */
import {
  commitmentModel,
  featureBits,
  type LinearModel,
  requirementParts,
  type Weights,
} from 'mdast-util-ml-design/judgement'
import type { Example } from './judgement-data.js'
import { seededRandom } from './random.js'

const epochs = 5
const rate = 0.05
const l2 = 1e-3
/** The shuffle seed of the shipped weights; `pnpm train --seed N` tries another (docs/accuracy.md, seventh round). */
export const shippedSeed = 14

/** The examples in one fixed pseudo-random order (Fisher–Yates with the seed). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = seededRandom(seed)
  const result = [...items]
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[result[index], result[other]] = [result[other], result[index]]
  }
  return result
}

const round = (value: number) => Math.round(value * 1000) / 1000

/** Weights smaller than this (after rounding) are dropped, and each model keeps at most `keep` of the largest. */
const floor = 0.03
const keep = 2500

// What both trainers (this one and `train-converged.ts`) share, so that a comparison of the two compares fits alone:
// how much a positive weighs, which buckets a first fit keeps, how a fitted model is stored.

/** Rare parts get their positives weighted up, at most threefold. */
export function positiveLift(examples: number, positives: number): number {
  return positives === 0 ? 1 : Math.min(3, Math.max(1, (examples - positives) / positives / 2))
}

/**
 * The buckets a first fit ranks highest, in ascending order: rounded weights of size at least `floor`, at most
 * `keep` of the largest, ties to the lower bucket. `weights[at]` is the weight of `buckets[at]`.
 */
export function largestBuckets(buckets: ArrayLike<number>, weights: ArrayLike<number>): number[] {
  const candidates: Array<{ bucket: number; size: number }> = []
  for (let at = 0; at < buckets.length; at++) {
    const size = Math.abs(round(weights[at]))
    if (size >= floor) candidates.push({ bucket: buckets[at], size })
  }
  candidates.sort((a, b) => b.size - a.size || a.bucket - b.bucket)
  return candidates
    .slice(0, keep)
    .map(({ bucket }) => bucket)
    .sort((a, b) => a - b)
}

/** A fitted model as stored: weights rounded to three decimals, zeros dropped, in bucket order, the index as gaps. */
export function storedModel(buckets: readonly number[], weights: ArrayLike<number>, bias: number): LinearModel {
  const chosen: Array<{ bucket: number; value: number }> = []
  buckets.forEach((bucket, at) => {
    const value = round(weights[at])
    if (value !== 0) chosen.push({ bucket, value })
  })
  return {
    bias: round(bias),
    index: chosen.map((entry, at) => entry.bucket - (at === 0 ? 0 : chosen[at - 1].bucket)),
    value: chosen.map((entry) => entry.value),
  }
}

/** Stochastic gradient descent on the log loss with L2, positives weighted to balance the classes; `allowed` limits the buckets that learn. */
function descend(
  order: readonly Example[],
  positive: (example: Example) => boolean,
  allowed?: Uint8Array,
): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(1 << featureBits)
  let bias = 0
  const positives = order.filter(positive).length
  const lift = positiveLift(order.length, positives)
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate / (1 + epoch)
    for (const example of order) {
      const target = positive(example) ? 1 : 0
      let sum = bias
      for (const feature of example.features) sum += weights[feature]
      const gradient = (1 / (1 + Math.exp(-sum)) - target) * (target === 1 ? lift : 1)
      for (const feature of example.features) {
        if (allowed && allowed[feature] === 0) continue
        weights[feature] -= step * (gradient + l2 * weights[feature])
      }
      bias -= step * gradient
    }
  }
  return { weights, bias }
}

/**
 * Train one model: fit every bucket, keep the largest weights, then fit
 * again on the kept buckets alone, so that the pruned model is calibrated.
 */
export function trainOne(
  examples: readonly Example[],
  positive: (example: Example) => boolean,
  seed = shippedSeed,
): LinearModel {
  const order = shuffled(examples, seed)
  const first = descend(order, positive)
  const all = new Int32Array(first.weights.length)
  for (let bucket = 0; bucket < all.length; bucket++) all[bucket] = bucket
  const kept = largestBuckets(all, first.weights)
  const allowed = new Uint8Array(1 << featureBits)
  for (const bucket of kept) allowed[bucket] = 1
  const second = descend(order, positive, allowed)
  return storedModel(
    kept,
    kept.map((bucket) => second.weights[bucket]),
    second.bias,
  )
}

/** The names of the models: every requirement part, sorted, then the commitment model. */
export function modelNames(): string[] {
  return [...new Set(Object.values(requirementParts) as string[])].sort()
}

/** Train every model on the examples, shuffled with `seed`. */
export function train(examples: readonly Example[], seed = shippedSeed): Weights {
  const models: Record<string, LinearModel> = {}
  for (const name of modelNames()) models[name] = trainOne(examples, (example) => example.answers.includes(name), seed)
  models[commitmentModel] = trainOne(examples, (example) => example.commitment, seed)
  return { bits: featureBits, models }
}
