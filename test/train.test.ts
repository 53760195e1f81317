/**
 * `pnpm train` is deterministic: training on the committed unit labels
 * gives the shipped weights byte for byte (a clean clone regenerates them).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { examplesOf, readUnitLabels } from '../scripts/judgement-data.js'
import { trainingDocuments, weightsFile, weightsModule } from '../scripts/train.js'
import { train } from '../scripts/train-model.js'

describe('pnpm train', () => {
  it('regenerates the shipped weights byte for byte', { timeout: 300_000 }, () => {
    const labels = readUnitLabels()
    const text = weightsModule(train(examplesOf(trainingDocuments(labels), labels)))
    expect(text === readFileSync(weightsFile, 'utf8')).toBe(true)
  })
})
