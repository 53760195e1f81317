/**
 * `bench-lint.mjs --young`: the server's lints under different sizes of
 * V8's young generation, each size in its own process, interleaved.
 */
import { execFileSync } from 'node:child_process'
import { loadavg } from 'node:os'

const name = (size) => (size === '0' ? 'default young generation' : `--max-semi-space-size=${size}`)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return [sorted[Math.floor((sorted.length - 1) / 4)], sorted[Math.ceil(((sorted.length - 1) * 3) / 4)]]
}

/**
 * @param script bench-lint.mjs itself
 * @param lints lints per process
 * @param sizes comma-separated semi-space sizes in MB, 0 for V8's default
 * @param roundsText number of rounds (default 4)
 */
export async function compareYoung(script, lints, sizes = '0,16,32,64', roundsText = '4') {
  const semi = sizes.split(',')
  const rounds = Number(roundsText)
  if (semi.some((size) => !/^\d+$/.test(size)) || !Number.isInteger(rounds) || rounds < 1) {
    console.error(
      'bench-lint: `--young` takes sizes in MB separated by commas (0: the default), `--rounds` a whole number',
    )
    process.exit(2)
  }
  const results = new Map(semi.map((size) => [size, []]))
  console.log(
    `CPU per lint by semi-space size, ${lints} lints per process, ${rounds} rounds; load ${loadavg()[0].toFixed(1)}`,
  )
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round: whatever else loads the machine falls on every size in turn.
    const order = semi.map((_, index) => semi[(index + round) % semi.length])
    for (const size of order) {
      const flags = size !== '0' ? [`--max-semi-space-size=${size}`] : []
      const out = execFileSync(process.execPath, [...flags, script, String(lints), '--server-only', '--json'], {
        encoding: 'utf8',
      })
      results.get(size).push(JSON.parse(out.trim().split('\n').pop()))
    }
  }
  const base = results.get(semi[0])
  for (const [size, runs] of results) {
    const medians = runs.map((run) => run.median)
    const ratios = runs.map((run, round) => run.median / base[round].median)
    const [low, high] = quartiles(ratios)
    console.log(
      `${name(size)}: median ${median(medians).toFixed(1)} ms per lint (rounds ${medians.map((value) => value.toFixed(1)).join(', ')}); resident at the end ${median(runs.map((run) => run.rssMb)).toFixed(0)} MB; against ${name(semi[0])}, paired: ${median(ratios).toFixed(2)}x (${low.toFixed(2)}-${high.toFixed(2)})`,
    )
  }
  console.log(`load average at the end: ${loadavg()[0].toFixed(1)}`)
}

/**
 * `bench-lint.mjs --young SIZES --cli [--rounds R]`: `ml-design-lint` over
 * fixtures/corpus with each semi-space size, interleaved, the order
 * rotating; CPU time (user + system) and peak resident size of each run
 * from `/usr/bin/time`.
 */
export async function compareCli(root, sizes = '0,32,64', roundsText = '4') {
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { tmpdir } = await import('node:os')
  const semi = sizes.split(',')
  const rounds = Number(roundsText)
  if (semi.some((size) => !/^\d+$/.test(size)) || !Number.isInteger(rounds) || rounds < 1) {
    console.error('bench-lint: `--cli` takes `--young` sizes in MB separated by commas (0: the default)')
    process.exit(2)
  }
  const scratch = mkdtempSync(join(tmpdir(), 'bench-cli-young-'))
  const report = join(scratch, 'time')
  const bin = join(root, 'packages/ml-design-lint/bin/ml-design-lint.js')
  const results = new Map(semi.map((size) => [size, []]))
  console.log(`ml-design-lint --quiet --no-frail fixtures/corpus, ${rounds} rounds; load ${loadavg()[0].toFixed(1)}`)
  try {
    for (let round = 0; round < rounds; round++) {
      for (const size of semi.map((_, index) => semi[(index + round) % semi.length])) {
        const flags = size === '0' ? [] : [`--max-semi-space-size=${size}`]
        const args = ['-o', report, '-f', '%U %S %M', process.execPath, ...flags, bin, '--quiet', '--no-frail']
        execFileSync('/usr/bin/time', [...args, 'fixtures/corpus'], { cwd: root, stdio: 'ignore' })
        const [user, system, peakKb] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number)
        results.get(size).push({ cpu: (user + system) * 1000, peakMb: peakKb / 1024 })
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  const base = results.get(semi[0])
  for (const [size, runs] of results) {
    const ratios = runs.map((run, round) => run.cpu / base[round].cpu)
    const [low, high] = quartiles(ratios)
    console.log(
      `${size === '0' ? 'default' : `--max-semi-space-size=${size}`}: CPU median ${median(runs.map((run) => run.cpu)).toFixed(0)} ms (${runs.map((run) => run.cpu.toFixed(0)).join(', ')}); peak resident ${median(runs.map((run) => run.peakMb)).toFixed(0)} MB; against the first, paired: ${median(ratios).toFixed(2)}x (${low.toFixed(2)}-${high.toFixed(2)})`,
    )
  }
  console.log(`load average at the end: ${loadavg()[0].toFixed(1)}`)
}
