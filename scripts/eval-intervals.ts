/**
 * The intervals `pnpm eval` prints beside each macro-F1, and `--compare-with
 * DIR`: the same evaluation run by another checkout of the project (a
 * worktree at the base commit), whose per-document verdicts reach this
 * process through a pipe and are never printed or written. Only the
 * difference and its interval are shown, so a held-out half or a sealed
 * set can be compared without anyone seeing which document moved.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  type DocumentOutcome,
  type Interval,
  intervalOf,
  minimumClusters,
  type PairedInterval,
  pairedInterval,
  resamples,
} from './bootstrap.js'

/** What a run hands over through the pipe: the rule order, then each set's documents. */
export interface PipedOutcomes {
  rules: string[]
  sets: Record<string, DocumentOutcome[]>
}

/** The environment variable that lets `--outcomes-pipe` print outcomes: set only by `--compare-with`. */
export const pipeVariable = 'ML_DESIGN_EVAL_PIPE'

/** Each set's macro-F1 with its interval; sets without documents are left out. */
export function setIntervals(sets: Record<string, DocumentOutcome[]>, rules: number): Record<string, Interval> {
  return Object.fromEntries(
    Object.entries(sets)
      .filter(([, documents]) => documents.length > 0)
      .map(([name, documents]) => [name, intervalOf(documents, rules)]),
  )
}

/** The arguments that choose what is scored, passed on to the other checkout with paths made absolute. */
export function forwardedArguments(args: string[]): string[] {
  const forwarded: string[] = []
  for (const flag of ['--public', '--public-labels', '--batch', '--judgement']) {
    const index = args.indexOf(flag)
    const value = index >= 0 ? args[index + 1] : undefined
    if (!value || value.startsWith('--')) continue
    forwarded.push(flag, flag === '--public' || flag === '--public-labels' ? resolve(value) : value)
  }
  return forwarded
}

/**
 * Run the evaluation in another checkout (`directory`, with its own `node_modules`) on the same documents and read
 * its outcomes from the pipe; an error says why there are none.
 */
export function outcomesOf(directory: string, args: string[]): PipedOutcomes | { error: string } {
  const script = join(directory, 'scripts', 'eval.ts')
  const tsx = join(directory, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  if (!existsSync(script) || !existsSync(tsx))
    return { error: `${directory} is no installed checkout of this project (no scripts/eval.ts or no tsx)` }
  const run = spawnSync(
    process.execPath,
    [tsx, '--conditions=ml-design-source', script, ...forwardedArguments(args), '--outcomes-pipe'],
    {
      cwd: directory,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, [pipeVariable]: '1' },
    },
  )
  if (run.status !== 0) {
    const why = (run.stderr || run.stdout || '').trim().split('\n').slice(-1)[0]
    return { error: `its pnpm eval failed (${why || `exit ${run.status}`})` }
  }
  try {
    const piped = JSON.parse(run.stdout) as PipedOutcomes
    if (!Array.isArray(piped.rules) || typeof piped.sets !== 'object') throw new Error('no outcomes')
    return piped
  } catch {
    return {
      error: 'its pnpm eval predates --compare-with (no outcomes on the pipe): copy this version of scripts/ there',
    }
  }
}

/** The difference from the other run for every set both have, on the rules both run. */
export function compareOutcomes(
  other: PipedOutcomes,
  rules: string[],
  sets: Record<string, DocumentOutcome[]>,
): Record<string, PairedInterval> | { error: string } {
  if (other.rules.join(',') !== rules.join(','))
    return { error: 'the other checkout runs another list of rules, so its verdicts cannot be paired rule by rule' }
  const found: Record<string, PairedInterval> = {}
  for (const [name, documents] of Object.entries(sets)) {
    const before = other.sets[name]
    if (!before || documents.length === 0) continue
    found[name] = pairedInterval(before, documents, rules.length)
  }
  return found
}

const three = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(3))
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${three(Math.abs(value))}`
const percent = (share: number) => `${Math.round(share * 100)}%`

/**
 * `macro-F1 0.891 (95% interval 0.862–0.917; 228 documents in 18 batches, 2000 resamples)`, or the macro-F1 alone
 * when there are too few clusters for the interval to mean anything.
 */
export function intervalLine(interval: Interval, clusterWord: string): string {
  const where = `${interval.documents} documents in ${interval.clusters} ${clusterWord}`
  if (interval.clusters < minimumClusters)
    return `macro-F1 ${three(interval.macroF1)} (${where}: too few for an interval, which needs ${minimumClusters})`
  return `macro-F1 ${three(interval.macroF1)} (95% interval ${three(interval.low)}–${three(interval.high)}; ${where}, ${resamples} resamples)`
}

/** The comparison with the other checkout, one line per set, or why there is none. */
export function comparisonLines(
  comparison: Record<string, PairedInterval> | { error: string },
  directory: string,
): string[] {
  if ('error' in comparison) return ['', `Compared with ${directory}: ${comparison.error}`]
  const lines = ['', `Compared with ${directory} (the same documents, the same resamples, this run minus that one):`]
  for (const [name, paired] of Object.entries(comparison)) {
    const where = `${paired.documents} documents in ${paired.clusters} clusters`
    if (paired.documents === 0) lines.push(`  ${name}: no documents in common`)
    else if (paired.clusters < minimumClusters)
      lines.push(`  ${name}: ${signed(paired.difference)} (${where}: too few for an interval)`)
    else
      lines.push(
        `  ${name}: ${signed(paired.difference)} (95% interval ${signed(paired.low)} to ${signed(paired.high)}; higher in ${percent(paired.higher)} of the resamples, lower in ${percent(paired.lower)}; ${where})`,
      )
  }
  if (Object.keys(comparison).length === 0) lines.push('  no set in common')
  return lines
}
