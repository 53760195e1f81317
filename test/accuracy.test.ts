/**
 * Accuracy cannot silently regress: every rule's F1 on the held-out part of
 * the labelled corpus, and its precision, stay at or above the thresholds
 * in fixtures/corpus/thresholds.json (set from `pnpm eval`; raise them as
 * the rules improve).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CorpusResult, corpusDirectory, runCorpus } from '../scripts/corpus.js'

const thresholds: Record<string, { heldoutF1: number; precision: number }> = JSON.parse(
  readFileSync(join(corpusDirectory, 'thresholds.json'), 'utf8'),
).rules

let result: CorpusResult

beforeAll(async () => {
  result = await runCorpus()
}, 120_000)

describe('accuracy on the labelled corpus', () => {
  for (const [id, threshold] of Object.entries(thresholds)) {
    it(`${id}: held-out F1 ≥ ${threshold.heldoutF1}, precision ≥ ${threshold.precision}`, () => {
      const measures = result.rules[id]
      expect(measures, `${id} is not in the preset`).toBeDefined()
      expect(measures.heldout.f1).toBeGreaterThanOrEqual(threshold.heldoutF1)
      const tp = measures.tune.tp + measures.heldout.tp
      const fp = measures.tune.fp + measures.heldout.fp
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
      expect(precision).toBeGreaterThanOrEqual(threshold.precision)
    })
  }
})
