/**
 * `pnpm train` is deterministic: training on the committed unit labels
 * gives the shipped weights byte for byte (a clean clone regenerates them).
 */
import { readFileSync } from 'node:fs'
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
import { train } from '../scripts/train-model.js'

describe('pnpm train', () => {
  it('trains on every unit-labelled corpus batch except the fresh held-out ones and those that wait', () => {
    const docs = trainingDocuments()
    const kept = [...freshBatches, ...waitingBatches]
    expect(docs.some((doc) => kept.includes(batchOf(doc)))).toBe(false)
    // A waiting batch has unit labels, yet none of its documents trains.
    const labelled = [...readUnitLabels().keys()]
    for (const batch of waitingBatches) expect(labelled.some((doc) => batchOf(doc) === batch)).toBe(true)
    // The old held-out half of the earlier batches trains now.
    const oldHeldout = readLabels()
      .filter((label) => label.split === 'heldout' && !kept.includes(batchOf(label.file)))
      .map((label) => `fixtures/corpus/${label.file}`)
    expect(oldHeldout.length).toBeGreaterThan(0)
    expect(oldHeldout.every((doc) => docs.includes(doc))).toBe(true)
  })

  it('regenerates the shipped weights byte for byte', { timeout: 300_000 }, () => {
    const labels = readUnitLabels()
    const text = weightsModule(train(examplesOf(trainingDocuments(labels), labels)))
    expect(text === readFileSync(weightsFile, 'utf8')).toBe(true)
  })
})
