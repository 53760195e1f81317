/**
 * The converged trainer (`pnpm train --converged`), not the shipped one:
 * logistic regression fitted to convergence, so that the weights are a
 * function of the examples and not of their order: each model minimises the
 * class-weighted log loss plus an L2 penalty over the whole training set at
 * once (full-batch L-BFGS, run until the gradient says the weights are
 * within `tolerance` of the optimum), is pruned to its largest weights and
 * fitted again on those alone, then rounded to three decimals and stored in
 * ascending bucket order. The examples are put in one canonical order first
 * (by document and sentence), so that even the rounding of the sums cannot
 * depend on the order they came in: two orders give the same bytes.
 *
 * It does not ship: on the eighth round's `--hold` runs (rule 5 in
 * `ablation.ts`) `ml-model-selection` lost verdict F1 with it at the gate's
 * thresholds, which were set for the shipped trainer's scores
 * (docs/accuracy.md, *Eighth round: a trainer that converges*).
 */
import { commitmentModel, featureBits, type LinearModel, type Weights } from 'mdast-util-ml-design/judgement'
import type { Example } from './judgement-data.js'
import { largestBuckets, modelNames, positiveLift, storedModel } from './train-model.js'
import { minimise } from './train-optimise.js'

/**
 * The L2 strength: the penalty is `l2 / 2` times the sum of the squared weights (the bias is free), against a loss
 * summed over the examples. Chosen by `pnpm train --converged --cv --l2 …` (docs/accuracy.md, eighth round).
 */
export const convergedL2 = 10
/**
 * The examples' features as a sparse binary matrix (compressed rows). Its columns are the buckets that occur, most
 * frequent first (`buckets[column]`): a dense vector over them is a fraction of the hash space and the hot weights
 * share cache lines, which makes a pass over the data about three times faster than over raw buckets.
 */
interface Matrix {
  offsets: Int32Array
  columns: Int32Array
  width: number
}

/** Everything the models of one training run share: the examples in canonical order and their matrix. */
export interface Design {
  examples: Example[]
  matrix: Matrix
  buckets: Int32Array
}

function matrixOf(examples: readonly Example[], columnOf: Int32Array, width: number): Matrix {
  const offsets = new Int32Array(examples.length + 1)
  const columns: number[] = []
  examples.forEach((example, row) => {
    for (const feature of example.features) if (columnOf[feature] >= 0) columns.push(columnOf[feature])
    offsets[row + 1] = columns.length
  })
  return { offsets, columns: Int32Array.from(columns), width }
}

/** The design of a set of examples, whatever their order. */
export function designOf(examples: readonly Example[]): Design {
  const ordered = canonical(examples)
  const counts = new Int32Array(1 << featureBits)
  for (const example of ordered) for (const feature of example.features) counts[feature]++
  const buckets = Int32Array.from(
    [...counts.keys()].filter((bucket) => counts[bucket] > 0).sort((a, b) => counts[b] - counts[a] || a - b),
  )
  const columnOf = new Int32Array(1 << featureBits).fill(-1)
  buckets.forEach((bucket, column) => {
    columnOf[bucket] = column
  })
  return { examples: ordered, matrix: matrixOf(ordered, columnOf, buckets.length), buckets }
}

/**
 * Fit one model on a matrix: minimise the sum of the log loss (positives weighted by `lift`) plus `l2 / 2 · |w|²`,
 * the bias (the last coordinate) free. The penalty makes the objective `l2`-strongly convex in the weights, so a
 * gradient of norm `g` puts them within `g / l2` of the optimum: `precision` is that distance.
 */
function solve(
  matrix: Matrix,
  targets: Uint8Array,
  lift: number,
  l2: number,
  precision: number,
): { weights: Float64Array; bias: number } {
  const { offsets, columns, width } = matrix
  const rows = targets.length
  const objective = (point: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0)
    let loss = 0
    const bias = point[width]
    for (let row = 0; row < rows; row++) {
      const end = offsets[row + 1]
      let sum = bias
      for (let at = offsets[row]; at < end; at++) sum += point[columns[at]]
      const weight = targets[row] === 1 ? lift : 1
      // log(1 + e^-s) for a positive, log(1 + e^s) for a negative, computed without overflow.
      const signed = targets[row] === 1 ? -sum : sum
      loss += weight * (signed > 0 ? signed + Math.log1p(Math.exp(-signed)) : Math.log1p(Math.exp(signed)))
      const residual = weight * (1 / (1 + Math.exp(-sum)) - targets[row])
      for (let at = offsets[row]; at < end; at++) gradient[columns[at]] += residual
      gradient[width] += residual
    }
    for (let column = 0; column < width; column++) {
      loss += (l2 / 2) * point[column] * point[column]
      gradient[column] += l2 * point[column]
    }
    return loss
  }
  const point = minimise(objective, new Float64Array(width + 1), { tolerance: precision * l2 })
  return { weights: point.subarray(0, width), bias: point[width] }
}

/** Train one model: fit every bucket, keep the largest weights, then fit again on the kept buckets alone. */
export function trainOneConverged(
  examples: readonly Example[] | Design,
  positive: (example: Example) => boolean,
  l2 = convergedL2,
): LinearModel {
  const design = 'matrix' in examples ? examples : designOf(examples)
  const { examples: ordered, matrix, buckets } = design
  const targets = Uint8Array.from(ordered, (example) => (positive(example) ? 1 : 0))
  const positives = targets.reduce((sum, target) => sum + target, 0)
  const lift = positiveLift(ordered.length, positives)
  // The first fit only ranks the buckets: within 1e-3 of the optimum is enough; the kept weights get 1e-4.
  const first = solve(matrix, targets, lift, l2, 1e-3)
  const kept = largestBuckets(buckets, first.weights)
  const columnOf = new Int32Array(1 << featureBits).fill(-1)
  kept.forEach((bucket, column) => {
    columnOf[bucket] = column
  })
  const second = solve(matrixOf(ordered, columnOf, kept.length), targets, lift, l2, 1e-4)
  return storedModel(kept, second.weights, second.bias)
}

/** The examples in one order whatever order they came in: by document, then sentence, then features. */
export function canonical(examples: readonly Example[]): Example[] {
  return [...examples].sort((a, b) => {
    if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1
    if (a.sentence !== b.sentence) return a.sentence - b.sentence
    const length = Math.min(a.features.length, b.features.length)
    for (let at = 0; at < length; at++) if (a.features[at] !== b.features[at]) return a.features[at] - b.features[at]
    if (a.features.length !== b.features.length) return a.features.length - b.features.length
    const answers = a.answers.join() < b.answers.join() ? -1 : a.answers.join() > b.answers.join() ? 1 : 0
    return answers || Number(a.commitment) - Number(b.commitment)
  })
}

/** Train every model (or only those named) on the examples (their order does not matter). */
export function trainConverged(
  examples: readonly Example[],
  l2 = convergedL2,
  names: readonly string[] = [...modelNames(), commitmentModel],
): Weights {
  const design = designOf(examples)
  const models: Record<string, LinearModel> = {}
  for (const name of names) {
    const positive =
      name === commitmentModel
        ? (example: Example) => example.commitment
        : (example: Example) => example.answers.includes(name)
    models[name] = trainOneConverged(design, positive, l2)
  }
  return { bits: featureBits, models }
}
