/**
 * `pnpm ablation --pool`: the counts of earlier `--json` runs summed, and
 * each rule tested against its default (rule 2's test: verdict F1 up by
 * `minimumGain`, neither precision nor message F1 down), for `both` too.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const base = mkdtempSync(join(tmpdir(), 'ablation-pool-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

/** Counts (tp, fp, fn, tn) that stand for verdicts and messages alike. */
const tally = (counts: number[]) => ({ verdict: counts, message: counts })

/** One run's file: half of each total below, so that only the sum passes or fails. */
function runFile(name: string, withBoth: boolean): string {
  const words = [4, 1, 1, 4] // P 0.8, F1 0.8
  const same = { 'ml-missing-data': tally(words), 'ml-outliers': tally(words) }
  const run = {
    documents: 10,
    held: name,
    cues: same,
    model: same,
    either: { '0.9': same },
    // Missing data: one more right alarm, no more false ones (F1 0.91, P 0.83). Outliers: the same gain for two
    // more false alarms (P 0.71).
    ...(withBoth ? { both: { 'ml-missing-data': tally([5, 1, 0, 4]), 'ml-outliers': tally([5, 2, 0, 3]) } } : {}),
  }
  const file = join(base, `${name}.json`)
  writeFileSync(file, JSON.stringify(run))
  return file
}

const pool = (...files: string[]) =>
  spawnSync(
    process.execPath,
    [
      join('node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=ml-design-source',
      'scripts/ablation.ts',
      '--pool',
      ...files,
    ],
    { encoding: 'utf8' },
  )

describe('`pnpm ablation --pool`', () => {
  it('sums `both` and tests it against each rule’s default', () => {
    const run = pool(runFile('a', true), runFile('b', true))
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
