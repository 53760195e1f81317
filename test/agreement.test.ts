/**
 * `pnpm agreement`: two labellings of the same pinned documents compared rule by rule (counts, agreement, kappa,
 * the second's F1 against the first).
 */
import { describe, expect, it } from 'vitest'
import { compareLabels, kappa } from '../scripts/agreement.js'
import type { PublicLabel } from '../scripts/public.js'
import { runScript } from './run-script.js'

const doc = (path: string, fires: string[]): PublicLabel => ({
  repo: 'someone/designs',
  commit: 'a'.repeat(40),
  path,
  fires: Object.fromEntries(fires.map((rule) => [rule, 'missing'])),
})

describe('compareLabels', () => {
  it('counts, per rule, where the two labellings fire together, alone or not at all', () => {
    const first = [doc('a.md', ['ml-latency', 'ml-scale']), doc('b.md', ['ml-latency']), doc('c.md', [])]
    const second = [doc('a.md', ['ml-latency']), doc('b.md', ['ml-latency', 'ml-scale']), doc('z.md', ['ml-scale'])]
    const result = compareLabels(first, second)
    // Only a.md and b.md are in both files.
    expect(result.documents).toBe(2)
    expect(result.rules['ml-latency']).toMatchObject({ tp: 2, fp: 0, fn: 0, tn: 0, f1: 1, agreement: 1 })
    expect(result.rules['ml-scale']).toMatchObject({ tp: 0, fp: 1, fn: 1, tn: 0, f1: 0, agreement: 0 })
    // 22 rules on 2 documents, all agreeing but ml-scale's two verdicts.
    expect(result.agreement).toBeCloseTo(42 / 44)
    expect(result.macroF1).toBeCloseTo(21 / 22)
  })

  it('fails on a rule id the contract does not have, naming it', () => {
    expect(() => compareLabels([doc('a.md', ['ml-latencies'])], [])).toThrow('`ml-latencies` is not a rule id')
  })
})

describe('kappa', () => {
  it('is 1 for full agreement, 0 for agreement by chance, below 0 for less', () => {
    expect(kappa(5, 0, 0, 5)).toBe(1)
    expect(kappa(1, 1, 1, 1)).toBe(0)
    expect(kappa(0, 5, 5, 0)).toBe(-1)
  })
})

describe('`pnpm agreement`', () => {
  const run = (...args: string[]) => runScript('agreement.ts', ...args)

  it('finds a labelling in full agreement with itself', () => {
    const result = run('fixtures/public/labels.yaml', 'fixtures/public/labels.yaml')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(
      /^\d+ documents in both; verdicts agree on 100\.0%; macro F1 of the second against the first 1\.00/,
    )
  })

  it('says how to call it when a file is missing', () => {
    const result = run('fixtures/public/labels.yaml')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('usage: pnpm agreement REFERENCE.yaml SECOND.yaml')
  })
})
