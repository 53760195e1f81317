/**
 * `pnpm train` is deterministic: training on the committed unit labels
 * gives the shipped weights byte for byte (a clean clone regenerates them).
 */
import { readFileSync } from 'node:fs'
import { commitmentModel, score } from 'mdast-util-ml-design/judgement'
import { describe, expect, it } from 'vitest'
import { readLabels } from '../scripts/corpus.js'
import {
  batchOf,
  type Example,
  examplesOf,
  freshBatches,
  readUnitLabels,
  trainingDocuments,
  waitingBatches,
} from '../scripts/judgement-data.js'
import { weightsFile, weightsModule } from '../scripts/train.js'
import { trainConverged } from '../scripts/train-converged.js'
import { shippedSeed, train, trainOne } from '../scripts/train-model.js'
import { minimise } from '../scripts/train-optimise.js'

/** A small synthetic training set: units of a few made-up documents, a part's words making it answer. */
function synthetic(): Example[] {
  let state = 7
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 2 ** 32
  }
  const examples: Example[] = []
  for (let doc = 0; doc < 12; doc++) {
    for (let sentence = 0; sentence < 25; sentence++) {
      const features = new Set<number>([0])
      while (features.size < 12) features.add(1 + Math.floor(next() * 400))
      const sorted = [...features].sort((a, b) => a - b)
      // Feature 0 is in every unit (a bias feature); 1 to 39 make a candidate, 381 to 400 a baseline.
      const answers = sorted.some((feature) => feature > 0 && feature < 40)
        ? ['candidates']
        : sorted.some((feature) => feature > 380)
          ? ['baseline']
          : []
      examples.push({ doc: `d${doc}.md`, sentence, features: sorted, answers, commitment: next() < 0.6 })
    }
  }
  return examples
}

describe('pnpm train', () => {
  it('trains on every unit-labelled corpus batch except the fresh held-out ones and those that wait', () => {
    const docs = trainingDocuments()
    const kept = [...freshBatches, ...waitingBatches]
    expect(docs.some((doc) => kept.includes(batchOf(doc)))).toBe(false)
    // A waiting batch has unit labels, yet none of its documents trains.
    const labelled = [...readUnitLabels().keys()]
    for (const batch of waitingBatches) expect(labelled.some((doc) => batchOf(doc) === batch)).toBe(true)
    // The old held-out half of the earlier batches trains now, wherever it has unit labels (a batch that joined the
    // corpus after it was measured, such as r, has none yet and cannot train).
    const oldHeldout = readLabels()
      .filter((label) => label.split === 'heldout' && !kept.includes(batchOf(label.file)))
      .map((label) => `fixtures/corpus/${label.file}`)
      .filter((doc) => labelled.includes(doc))
    expect(oldHeldout.length).toBeGreaterThan(0)
    expect(oldHeldout.every((doc) => docs.includes(doc))).toBe(true)
  })

  it('shuffles with the shipped seed unless told otherwise (`pnpm train --seed N`)', () => {
    const labels = readUnitLabels()
    const examples = examplesOf(trainingDocuments(labels).slice(0, 4), labels)
    const candidates = (example: { answers: string[] }) => example.answers.includes('candidates')
    expect(trainOne(examples, candidates)).toEqual(trainOne(examples, candidates, shippedSeed))
    // Another order of the same examples gives other weights: the seed is a real choice.
    expect(trainOne(examples, candidates, 3)).not.toEqual(trainOne(examples, candidates))
    // `train` hands its seed to every model, the commitment model included.
    const commitment = (seed?: number) => train(examples, seed).models[commitmentModel]
    expect(commitment(3)).not.toEqual(commitment())
    expect(commitment(shippedSeed)).toEqual(commitment())
  })

  it('converged: gives the same weights byte for byte whatever the order of the examples', () => {
    const examples = synthetic()
    const reversed = [...examples].reverse()
    // Interleaved: every third example first, then the rest.
    const interleaved = [...examples.filter((_, at) => at % 3 === 0), ...examples.filter((_, at) => at % 3 !== 0)]
    const text = weightsModule(trainConverged(examples))
    expect(weightsModule(trainConverged(reversed))).toBe(text)
    expect(weightsModule(trainConverged(interleaved))).toBe(text)
    // The shipped trainer's shuffle starts from the order it is given: there, the order shows.
    expect(weightsModule(train(reversed))).not.toBe(weightsModule(train(examples)))
    // The models learned something: the candidates model weighs the features that make a candidate.
    const weights = trainConverged(examples)
    expect(weights.models.candidates.value.length).toBeGreaterThan(10)
    expect(score('candidates', [0, 5, 200], weights)).toBeGreaterThan(score('candidates', [0, 200, 201], weights) ?? 1)
  })

  it('converged: L-BFGS finds the minimum of a known function', () => {
    // (x - 3)² + 10 (y + 1)² + (x - y)², minimal where its gradient vanishes.
    const objective = (point: Float64Array, gradient: Float64Array) => {
      const [x, y] = point
      gradient[0] = 2 * (x - 3) + 2 * (x - y)
      gradient[1] = 20 * (y + 1) - 2 * (x - y)
      return (x - 3) ** 2 + 10 * (y + 1) ** 2 + (x - y) ** 2
    }
    const [x, y] = minimise(objective, new Float64Array(2), { tolerance: 1e-10 })
    // The gradient is zero where 2x - y = 3 and -x + 11y = -10: x = 23 / 21, y = -17 / 21.
    expect(y).toBeCloseTo(-17 / 21, 9)
    expect(x).toBeCloseTo(23 / 21, 9)
  })

  it('converged: L-BFGS throws where no step lowers the objective short of the tolerance, and on a NaN', () => {
    // A gradient that points the wrong way: every step along its descent direction goes up.
    const lying = (point: Float64Array, gradient: Float64Array) => {
      gradient[0] = -2 * (point[0] - 3)
      return (point[0] - 3) ** 2
    }
    expect(() => minimise(lying, new Float64Array(1), { tolerance: 1e-8 })).toThrow(
      /stalled with the gradient norm at 6/,
    )
    const broken = (_point: Float64Array, gradient: Float64Array) => {
      gradient[0] = 1
      return Number.NaN
    }
    expect(() => minimise(broken, new Float64Array(1), { tolerance: 1e-8 })).toThrow(/stalled/)
  })

  it('regenerates the shipped weights byte for byte', { timeout: 300_000 }, () => {
    const labels = readUnitLabels()
    const text = weightsModule(train(examplesOf(trainingDocuments(labels), labels)))
    expect(text === readFileSync(weightsFile, 'utf8')).toBe(true)
  })
})
