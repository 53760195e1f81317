/**
 * `pnpm ablation --pool`: the counts of earlier `--json` runs summed, and
 * each rule tested against its default (rule 2's test: verdict F1 up by
 * `minimumGain`, neither precision nor message F1 down), for `both` too.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runScript } from './run-script.js'

const base = mkdtempSync(join(tmpdir(), 'ablation-pool-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

/** Counts (tp, fp, fn, tn) that stand for verdicts and messages alike. */
const tally = (counts: number[]) => ({ verdict: counts, message: counts })

/**
 * One run's file. `ml-missing-data` is built so that only the sum passes: in `a`, `both` raises verdict F1 (0.57 to
 * 0.91) at lower precision (1.00 to 0.83); in `b`, it raises precision (0.83 to 1.00) at lower F1 (0.91 to 0.89);
 * summed, F1 0.83 to 0.90 and precision 0.86 to 0.93. `ml-outliers` gains F1 in both for two more false alarms.
 */
const runs: Record<string, { cues: number[]; both: number[] }> = {
  a: { cues: [2, 0, 3, 5], both: [5, 1, 0, 4] },
  b: { cues: [10, 2, 0, 8], both: [8, 0, 2, 10] },
}

function runFile(name: string, withBoth: boolean, counts = runs.a): string {
  const outliers = [4, 1, 1, 4]
  const same = { 'ml-missing-data': tally(counts.cues), 'ml-outliers': tally(outliers) }
  const run = {
    documents: 10,
    held: name,
    cues: same,
    model: same,
    either: { '0.9': same },
    ...(withBoth ? { both: { 'ml-missing-data': tally(counts.both), 'ml-outliers': tally([5, 2, 0, 3]) } } : {}),
  }
  const file = join(base, `${name}.json`)
  writeFileSync(file, JSON.stringify(run))
  return file
}

const pool = (...files: string[]) => runScript('ablation.ts', '--pool', ...files)

describe('`pnpm ablation --pool`', () => {
  it('sums `both` and tests it against each rule’s default', () => {
    for (const name of ['a', 'b']) {
      const alone = pool(runFile(name, true, runs[name]))
      expect(alone.status).toBe(0)
      expect(alone.stdout).toContain('Rules where `both` passes against their default: none')
    }
    const run = pool(runFile('a', true, runs.a), runFile('b', true, runs.b))
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('20 documents')
    expect(run.stdout).toContain('| both passes |')
    expect(run.stdout).toContain('Rules where `both` passes against their default: `ml-missing-data`\n')
    expect(run.stdout).toContain('Rules where `either` (at 0.9) passes against their default: none')
  })

  it('leaves `both` out when a file was written before it existed', () => {
    const run = pool(runFile('c', true), runFile('d', false))
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`No \`both\` counts in ${join(base, 'd.json')}`)
    expect(run.stdout).not.toContain('both passes')
  })
})
