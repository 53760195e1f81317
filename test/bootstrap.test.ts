/**
 * The intervals `pnpm eval` prints beside a macro-F1: documents resampled by
 * cluster, seeded, and two runs compared on the same draws.
 */
import { describe, expect, it } from 'vitest'
import { clusterOf, type DocumentOutcome, intervalOf, outcomeCode, pairedInterval } from '../scripts/bootstrap.js'

const document = (name: string, codes: string): DocumentOutcome => ({ document: name, cluster: clusterOf(name), codes })

/** Twenty repositories, one document each, two rules: the first always right, the second wrong in every fourth. */
const mixed = Array.from({ length: 20 }, (_, index) =>
  document(`owner${index}/repo:doc.md`, `t${index % 4 === 0 ? 'f' : index % 2 === 0 ? 't' : 'n'}`),
)

describe('outcomes and clusters', () => {
  it('codes a verdict by what the rule did against the label', () => {
    expect([
      outcomeCode(true, true),
      outcomeCode(true, false),
      outcomeCode(false, true),
      outcomeCode(false, false),
    ]).toEqual(['t', 'f', 'm', 'n'])
  })

  it('draws a public document with its repository and a corpus document with its batch', () => {
    expect(clusterOf('acme/designs:docs/a.md')).toBe('acme/designs')
    expect(clusterOf('h-gym-churn-survey.md')).toBe('h')
    expect(clusterOf('complete.md')).toBe('complete.md')
  })
})

describe('intervalOf', () => {
  it('gives the macro-F1 of the documents as `pnpm eval` scores them, inside its interval', () => {
    const interval = intervalOf(mixed, 2)
    // Rule 1: 20 right firings (F1 1); rule 2: 5 right, 5 false alarms (F1 2·5/(10+5) = 0.667).
    expect(interval.macroF1).toBeCloseTo((1 + 10 / 15) / 2, 6)
    expect(interval.low).toBeLessThan(interval.macroF1)
    expect(interval.high).toBeGreaterThan(interval.macroF1)
    expect([interval.documents, interval.clusters]).toEqual([20, 20])
  })

  it('is the same on every run (the generator is seeded)', () => {
    expect(intervalOf(mixed, 2)).toEqual(intervalOf(mixed, 2))
  })

  it('resamples with replacement: a draw may leave a cluster out or take it twice', () => {
    // One repository wrote every false alarm of rule 2: a draw without it scores 1, one with it twice much less.
    const skewed = mixed.map((item, index) => ({ ...item, cluster: index % 4 === 0 ? 'a/one' : item.cluster }))
    const interval = intervalOf(skewed, 2)
    expect(interval.high).toBe(1)
    expect(interval.low).toBeLessThan(0.8)
  })

  it('draws the documents of one cluster together, so that one author cannot pass for many', () => {
    // The same twenty outcomes, held by two repositories instead of twenty (one of them wrote every false alarm):
    // the interval is wider.
    const two = mixed.map((item, index) => ({ ...item, cluster: index % 4 === 0 ? 'a/one' : 'b/two' }))
    const many = intervalOf(mixed, 2)
    const few = intervalOf(two, 2)
    expect(few.clusters).toBe(2)
    expect(few.high - few.low).toBeGreaterThan(many.high - many.low)
  })
})

describe('pairedInterval', () => {
  it('finds no difference between a run and itself: every resample a tie', () => {
    expect(pairedInterval(mixed, mixed, 2)).toMatchObject({
      difference: 0,
      low: 0,
      high: 0,
      higher: 0,
      lower: 0,
      documents: 20,
    })
  })

  it('says so when the runs have no document in common, instead of a difference of nothing', () => {
    const other = mixed.map((item) => ({ ...item, document: `other/${item.document}` }))
    const paired = pairedInterval(mixed, other, 2)
    expect(paired.documents).toBe(0)
    expect(Number.isNaN(paired.difference)).toBe(true)
  })

  it('finds a change that fixes false alarms, on the documents both runs hold', () => {
    const fixed = mixed.map((item, index) => (index === 0 || index === 4 ? { ...item, codes: 'tn' } : item))
    const paired = pairedInterval(mixed, [...fixed, document('new/repo:x.md', 'tt')], 2)
    expect(paired.documents).toBe(20)
    expect(paired.difference).toBeGreaterThan(0)
    expect(paired.low).toBeGreaterThanOrEqual(0)
    expect(paired.higher).toBeGreaterThan(0.5)
    expect(paired.higher + paired.lower).toBeLessThanOrEqual(1)
  })
})
