#!/usr/bin/env node
/**
 * Start-up time of the command, as a commit hook pays it: `ml-design-lint`
 * against `remark-cli --use remark-preset-lint-recommended` on a three-line
 * document, in interleaved pairs (one of each, order alternating), so that
 * both see the same machine load. Prints the median wall time of each, the
 * median of the paired ratios, and the times of `--version` and `--help`.
 *
 *   node scripts/bench-startup.mjs [pairs]      (default 20; or PAIRS=...)
 *
 * Needs `pnpm build` first (`pnpm bench:startup` does it).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const root = new URL('..', import.meta.url).pathname
const pairs = Number(process.argv[2] ?? process.env.PAIRS ?? 20)
if (!Number.isSafeInteger(pairs) || pairs < 1) {
  console.error(`bench-startup: expected a positive whole number of pairs, not \`${process.argv[2]}\``)
  process.exit(2)
}

// A folder outside the repository (no .remarkrc of ours applies) that resolves our node_modules.
const directory = mkdtempSync(join(tmpdir(), 'ml-design-lint-startup-'))
symlinkSync(join(root, 'node_modules'), join(directory, 'node_modules'))
writeFileSync(join(directory, 'doc.md'), '# Churn model\n\nReduce monthly churn from 4% to 3.5%.\n')

const commands = {
  'ml-design-lint': [join(root, 'packages/ml-design-lint/bin/ml-design-lint.js'), '--no-frail', 'doc.md'],
  'remark-cli + recommended': [
    join(root, 'node_modules/remark-cli/cli.js'),
    '--use',
    'remark-preset-lint-recommended',
    'doc.md',
  ],
}

function time(args) {
  const start = performance.now()
  const run = spawnSync(process.execPath, args, { cwd: directory, encoding: 'utf8' })
  const elapsed = performance.now() - start
  if (run.status !== 0) throw new Error(`\`${args.join(' ')}\` exited ${run.status}:\n${run.stderr}`)
  return elapsed
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const [ours, theirs] = Object.keys(commands)
const times = { [ours]: [], [theirs]: [] }
const ratios = []
const other = { '--version': [], '--help': [] }
try {
  // One warm-up of each (file system cache), not counted.
  time(commands[ours])
  time(commands[theirs])
  for (let pair = 0; pair < pairs; pair++) {
    const order = pair % 2 ? [theirs, ours] : [ours, theirs]
    const result = {}
    for (const name of order) result[name] = time(commands[name])
    times[ours].push(result[ours])
    times[theirs].push(result[theirs])
    ratios.push(result[ours] / result[theirs])
    for (const flag of Object.keys(other)) other[flag].push(time([commands[ours][0], flag]))
  }
} finally {
  rmSync(directory, { recursive: true, force: true })
}

const ms = (value) => `${Math.round(value)} ms`
console.log(`start-up on a three-line document, ${pairs} interleaved pairs (node ${process.version})`)
for (const name of [ours, theirs]) {
  console.log(
    `  ${name.padEnd(26)} median ${ms(median(times[name]))} (min ${ms(Math.min(...times[name]))}, max ${ms(Math.max(...times[name]))})`,
  )
}
for (const [flag, values] of Object.entries(other)) {
  console.log(`  ${`ml-design-lint ${flag}`.padEnd(26)} median ${ms(median(values))}`)
}
const sortedRatios = [...ratios].sort((a, b) => a - b)
const quartile = (q) => sortedRatios[Math.min(sortedRatios.length - 1, Math.floor(q * sortedRatios.length))]
console.log(
  `  paired ratio ml-design-lint / remark-cli: median ${median(ratios).toFixed(2)}x (quartiles ${quartile(0.25).toFixed(2)}x-${quartile(0.75).toFixed(2)}x; goal <= 1.10x)`,
)
