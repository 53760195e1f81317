#!/usr/bin/env node
/**
 * The language server's work per lint, without the protocol: what one
 * lint of the typing benchmark's 16 KB document costs in the server, against
 * the same processor run directly on it.
 *
 *   node scripts/bench-lint.mjs [lints]
 *       after a warm-up, `lints` lints (default 40) through the server's
 *       `Linter` (what it runs for each version of a document) and as many
 *       parse-and-run calls of the preset alone (no compiling back to Markdown,
 *       as the server does not), alternating;
 *       prints the median and mean CPU ms of each (`process.cpuUsage`), the
 *       median of the paired differences, and the engine's own work: the
 *       same `Linter` with a processor that parses nothing (looking up the
 *       configuration and ignore files, building and freezing a processor).
 *   node --cpu-prof --cpu-prof-dir=DIR scripts/bench-lint.mjs [lints] --server-only
 *       only the server's lints, for a CPU profile (`bench-profile.mjs top`
 *       reads it).
 *   node scripts/bench-lint.mjs [lints] --young 0,16,32,64 [--rounds R]
 *       the server's lints with V8's young generation as it comes (0) and
 *       with `--max-semi-space-size` of each size given (MB), each in a
 *       fresh process with `--server-only`, the order rotating each round
 *       (default 4 rounds): CPU per lint (median of each process, then of
 *       the rounds), resident size at the end, and each size against the
 *       first, paired by round. (The lint worker of docs/performance.md's
 *       fourth round, measured with `wN` entries, is at commit d84551a.)
 *   node scripts/bench-lint.mjs --young 0,32,64 --cli [--rounds R]
 *       the command line instead: `ml-design-lint` over fixtures/corpus
 *       with each semi-space size (CPU time and peak resident size of each
 *       run, from /usr/bin/time).
 *
 * Needs `pnpm build` first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { remark } from 'remark'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { typingDocument } from './bench-documents.mjs'

const root = new URL('..', import.meta.url).pathname
const { Linter } = await import(join(root, 'packages/ml-design-language-server/dist/lint.js'))
const { serverOptions } = await import(join(root, 'packages/ml-design-language-server/dist/index.js'))

const args = process.argv.slice(2)
/** The value after `--name`, or `undefined`. */
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const serverOnly = args.includes('--server-only')
const json = args.includes('--json')
const valued = new Set([option('--young'), option('--rounds')])
const lints = Number(args.find((arg) => !arg.startsWith('--') && !valued.has(arg)) ?? 40)
if (!Number.isSafeInteger(lints) || lints < 1) {
  console.error('bench-lint: the number of lints must be a positive whole number')
  process.exit(2)
}
if (args.includes('--young') && args.includes('--cli')) {
  const { compareCli } = await import('./bench-lint-young.mjs')
  await compareCli(new URL('..', import.meta.url).pathname, option('--young'), option('--rounds'))
  process.exit(0)
}
if (args.includes('--young')) {
  const { compareYoung } = await import('./bench-lint-young.mjs')
  await compareYoung(new URL(import.meta.url).pathname, lints, option('--young'), option('--rounds'))
  process.exit(0)
}

const document = typingDocument()
const workspace = mkdtempSync(join(tmpdir(), 'bench-lint-'))
writeFileSync(join(workspace, 'package.json'), '{"private": true}\n')
writeFileSync(join(workspace, 'doc.md'), document)
const path = join(workspace, 'doc.md')

const linter = new Linter(serverOptions, () => {})
// The engine around a processor that does nothing: what each lint costs besides parsing and the rules.
const nothing = unified().use(function () {
  this.parser = () => ({ type: 'root', children: [] })
  this.compiler = () => ''
})
const engineOnly = new Linter(
  { ...serverOptions, processorName: 'bench-lint-no-such-package', defaultProcessor: nothing },
  () => {},
)
const settings = { requireConfig: false }
const direct = remark().use(remarkPresetLintMlDesign).freeze()
// Each lint of a slightly different text, as while typing.
let edits = 0
const text = () => `${document}${'x'.repeat(edits++ % 7)}\n`

async function cpu(run) {
  const start = process.cpuUsage()
  await run()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1e3
}
const server = async () => {
  const file = await linter.lint(path, text(), workspace, settings)
  if (file.messages.some((message) => message.fatal)) throw new Error(String(file.messages[0]))
}
const engine = async () => {
  await engineOnly.lint(path, text(), workspace, settings)
}
const alone = async () => {
  const file = new VFile({ path, value: text() })
  await direct.run(direct.parse(file), file)
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length
try {
  for (let warm = 0; warm < 10; warm++) {
    await server()
    if (!serverOnly) await alone()
  }
  const times = { server: [], alone: [], engine: [] }
  for (let lint = 0; lint < lints; lint++) {
    times.server.push(await cpu(server))
    if (serverOnly) continue
    times.alone.push(await cpu(alone))
    // Ten at a time: one takes about a millisecond, near the clock's step.
    times.engine.push(
      (await cpu(async () => {
        for (let again = 0; again < 10; again++) await engine()
      })) / 10,
    )
  }
  if (json) {
    console.log(
      JSON.stringify({
        median: median(times.server),
        mean: mean(times.server),
        rssMb: process.memoryUsage().rss / 2 ** 20,
      }),
    )
    process.exit(0)
  }
  const line = (name, values) =>
    `${name}: median ${median(values).toFixed(1)} ms, mean ${mean(values).toFixed(1)} ms of CPU per lint`
  console.log(`${(Buffer.byteLength(document) / 1024).toFixed(1)} KB document, ${lints} lints after 10 warm-up lints`)
  console.log(line('server (Linter.lint)', times.server))
  if (!serverOnly) {
    console.log(line('parse + run of the preset alone', times.alone))
    const differences = times.server.map((value, index) => value - times.alone[index])
    console.log(`server minus alone, paired: median ${median(differences).toFixed(1)} ms`)
    console.log(line('the engine around a processor that does nothing', times.engine))
  }
} finally {
  rmSync(workspace, { recursive: true, force: true })
}
