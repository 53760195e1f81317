/**
 * Logistic regression, made deterministic: a fixed seed for the one
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

const epochs = 12
const rate = 0.2
const l2 = 1e-4
/** Weights smaller than this (after rounding) are dropped, and each model keeps at most `keep` of the largest. */
const floor = 0.03
const keep = 2500
const seed = 14

/** A small seeded generator (mulberry32). */
function random(state: number): () => number {
  let value = state >>> 0
  return () => {
    value = (value + 0x6d2b79f5) >>> 0
    let mixed = value
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/** The examples in one fixed pseudo-random order (Fisher–Yates with the fixed seed). */
function shuffled<T>(items: readonly T[]): T[] {
  const next = random(seed)
  const result = [...items]
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[result[index], result[other]] = [result[other], result[index]]
  }
  return result
}

const round = (value: number) => Math.round(value * 1000) / 1000

/** Train one model: stochastic gradient descent on the log loss with L2, positives weighted to balance the classes. */
export function trainOne(examples: readonly Example[], positive: (example: Example) => boolean): LinearModel {
  const weights = new Float64Array(1 << featureBits)
  let bias = 0
  const order = shuffled(examples)
  const positives = order.filter(positive).length
  // Rare parts get their positives weighted up, at most tenfold.
  const lift = positives === 0 ? 1 : Math.min(10, Math.max(1, (order.length - positives) / positives / 2))
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate / (1 + epoch)
    for (const example of order) {
      const target = positive(example) ? 1 : 0
      let sum = bias
      for (const feature of example.features) sum += weights[feature]
      const gradient = (1 / (1 + Math.exp(-sum)) - target) * (target === 1 ? lift : 1)
      for (const feature of example.features) {
        weights[feature] -= step * (gradient + l2 * weights[feature])
      }
      bias -= step * gradient
    }
  }
  const kept: Array<{ bucket: number; value: number }> = []
  for (let bucket = 0; bucket < weights.length; bucket++) {
    const value = round(weights[bucket])
    if (Math.abs(value) >= floor) kept.push({ bucket, value })
  }
  // The largest weights by size, ties by bucket; then in bucket order, the index stored as gaps.
  kept.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.bucket - b.bucket)
  const chosen = kept.slice(0, keep).sort((a, b) => a.bucket - b.bucket)
  return {
    bias: round(bias),
    index: chosen.map((entry, at) => entry.bucket - (at === 0 ? 0 : chosen[at - 1].bucket)),
    value: chosen.map((entry) => entry.value),
  }
}

/** The names of the models: every requirement part, sorted, then the commitment model. */
export function modelNames(): string[] {
  return [...new Set(Object.values(requirementParts) as string[])].sort()
}

/** Train every model on the examples. */
export function train(examples: readonly Example[]): Weights {
  const models: Record<string, LinearModel> = {}
  for (const name of modelNames()) models[name] = trainOne(examples, (example) => example.answers.includes(name))
  models[commitmentModel] = trainOne(examples, (example) => example.commitment)
  return { bits: featureBits, models }
}
