/**
 * `pnpm train` is deterministic: training on the committed unit labels
 * gives the shipped weights byte for byte (a clean clone regenerates them).
 */
import { readFileSync } from 'node:fs'
import { commitmentModel } from 'mdast-util-ml-design/judgement'
import { describe, expect, it } from 'vitest'
import { readLabels } from '../scripts/corpus.js'
import {
  batchOf,
  examplesOf,
  freshBatches,
  readUnitLabels,
  trainingDocuments,
  waitingBatches,
} from '../scripts/judgement-data.js'
import { weightsFile, weightsModule } from '../scripts/train.js'
import { shippedSeed, train, trainOne } from '../scripts/train-model.js'

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

  it('regenerates the shipped weights byte for byte', { timeout: 300_000 }, () => {
    const labels = readUnitLabels()
    const text = weightsModule(train(examplesOf(trainingDocuments(labels), labels)))
    expect(text === readFileSync(weightsFile, 'utf8')).toBe(true)
  })
})
