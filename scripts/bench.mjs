// Benchmark: how close the preset stays to parsing alone.
//
//   pnpm bench            table (runs `pnpm build` first)
//   pnpm bench --json F   also write the results as JSON to F
//   pnpm bench --quick    fewer repetitions, sizes up to 1 MB (a smoke run)
//
// One process, warm, interleaved (every mode once per round), median of the
// rounds. Modes: parse only (remark-parse + GFM + front matter); parse +
// remark-preset-lint-recommended; parse + remark-preset-lint-ml-design;
// markdownlint's default rules. Documents: the labelled corpus, and
// generated documents of 10 KB to 10 MB made from the corpus documents,
// renumbered and varied. Also: per-rule time with the reading shared, peak
// memory (child processes), the log-log slope of time against size, and the
// command-line start-up time.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { lint as markdownlint } from 'markdownlint/sync'
import { readDesign } from 'mdast-util-ml-design'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import remarkPresetLintRecommended from 'remark-preset-lint-recommended'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { corpus, generate } from './bench-documents.mjs'

const root = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined
const childMode = args.includes('--child') ? args[args.indexOf('--child') + 1] : undefined

// ---------------------------------------------------------------------- modes

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
const recommended = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkPresetLintRecommended)
  .freeze()
const ml = unified().use(remarkParse).use(remarkPresetLintMlDesign).freeze()

const modes = {
  parse: (value) => parser.parse(new VFile({ value })),
  recommended: (value) => {
    const file = new VFile({ value })
    recommended.runSync(recommended.parse(file), file)
  },
  'ml-design': (value) => {
    const file = new VFile({ value })
    ml.runSync(ml.parse(file), file)
  },
  markdownlint: (value) => markdownlint({ strings: { document: value } }),
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Median time of each mode on a list of documents, interleaved rounds after a warm-up. */
function measure(documents, rounds) {
  const times = Object.fromEntries(Object.keys(modes).map((mode) => [mode, []]))
  for (let round = -1; round < rounds; round++) {
    for (const [mode, run] of Object.entries(modes)) {
      const start = performance.now()
      for (const document of documents) run(document)
      const elapsed = performance.now() - start
      if (round >= 0) times[mode].push(elapsed)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([mode, list]) => [mode, median(list)]))
}

// ------------------------------------------------------ child: peak memory

if (childMode) {
  const [mode, bytes] = childMode.split(':')
  const value = generate(Number(bytes))
  const before = process.resourceUsage().maxRSS
  modes[mode](value)
  process.stdout.write(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, before }))
  process.exit(0)
}

// ----------------------------------------------------------------------- run

const sizes = quick ? [10e3, 100e3, 1e6] : [10e3, 100e3, 1e6, 10e6]
const results = { machine: {}, corpus: {}, sizes: [], rules: [], memory: {}, slope: {}, startup: {} }
results.machine = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
}

const corpusBytes = corpus.reduce((sum, document) => sum + Buffer.byteLength(document), 0)
results.corpus = { documents: corpus.length, bytes: corpusBytes, ms: measure(corpus, quick ? 5 : 15) }

for (const bytes of sizes) {
  const document = generate(bytes)
  const rounds = bytes >= 10e6 ? 3 : bytes >= 1e6 ? 5 : quick ? 7 : 15
  results.sizes.push({ bytes: Buffer.byteLength(document), ms: measure([document], rounds) })
}

// Slope of log(time) against log(size), per mode.
for (const mode of Object.keys(modes)) {
  const points = results.sizes.map((size) => [Math.log(size.bytes), Math.log(size.ms[mode])])
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length
  const numerator = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0)
  const denominator = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0)
  results.slope[mode] = numerator / denominator
}

// Per rule: the shared reading once, then each rule's judgement with the reading warm (1 MB document).
{
  const value = generate(1e6)
  const rounds = quick ? 3 : 7
  const shares = new Map()
  const rules = remarkPresetLintMlDesign.plugins.filter(
    (plugin) => typeof plugin === 'function' && plugin.name.startsWith('remark-lint:'),
  )
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
  for (let round = -1; round < rounds; round++) {
    const file = new VFile({ value })
    const tree = processor.parse(file)
    let start = performance.now()
    readDesign(tree, file)
    const readingTime = performance.now() - start
    if (round >= 0) shares.set('(shared reading)', [...(shares.get('(shared reading)') ?? []), readingTime])
    for (const rule of rules) {
      const transformer = rule.call(processor)
      start = performance.now()
      transformer(tree, file, () => {})
      const elapsed = performance.now() - start
      if (round >= 0) shares.set(rule.name, [...(shares.get(rule.name) ?? []), elapsed])
    }
  }
  const parseMs = median(
    Array.from({ length: rounds }, () => {
      const start = performance.now()
      processor.parse(new VFile({ value }))
      return performance.now() - start
    }),
  )
  results.rules = [...shares].map(([name, list]) => ({
    rule: name.replace('remark-lint:', ''),
    ms: median(list),
    ofParse: median(list) / parseMs,
  }))
  results.rules.sort((a, b) => b.ms - a.ms)
}

// Peak memory on the largest document: parse alone against the preset, each in a fresh process.
{
  const bytes = sizes[sizes.length - 1]
  for (const mode of ['parse', 'ml-design']) {
    const run = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', `${mode}:${bytes}`], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    })
    results.memory[mode] = run.status === 0 ? JSON.parse(run.stdout).maxRSS / 1024 : null
  }
  results.memory.bytes = bytes
}

// Command-line start-up: `remark --use <preset>` against `remark` with no plugins, on one small document.
{
  const small = join(tmpdir(), 'ml-design-bench-small.md')
  writeFileSync(small, corpus[0])
  const cli = join(root, 'node_modules/remark-cli/cli.js')
  const time = (extra) =>
    median(
      Array.from({ length: quick ? 3 : 9 }, () => {
        const start = performance.now()
        spawnSync(process.execPath, [cli, '--quiet', '--no-color', '--no-config', ...extra, small], { cwd: root })
        return performance.now() - start
      }),
    )
  results.startup = { remark: time([]), 'remark + ml-design': time(['--use', 'remark-preset-lint-ml-design']) }
}

// -------------------------------------------------------------------- report

const mb = (bytes, ms) => (bytes / 1e6 / (ms / 1e3)).toFixed(2)
const pad = (value, width) => String(value).padStart(width)
const rows = [
  ['corpus', results.corpus.bytes, results.corpus.ms],
  ...results.sizes.map((size) => [
    `${size.bytes >= 1e6 ? `${Math.round(size.bytes / 1e6)} MB` : `${Math.round(size.bytes / 1e3)} KB`}`,
    size.bytes,
    size.ms,
  ]),
]
console.log(
  `machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ${results.machine.date}`,
)
console.log('\nmedian ms (MB/s) and ratio to parse only')
console.log(
  `${'document'.padEnd(10)} ${Object.keys(modes)
    .map((mode) => pad(mode, 24))
    .join('')}`,
)
for (const [name, bytes, ms] of rows) {
  console.log(
    `${name.padEnd(10)} ${Object.keys(modes)
      .map((mode) => pad(`${ms[mode].toFixed(1)} (${mb(bytes, ms[mode])}) ${(ms[mode] / ms.parse).toFixed(2)}x`, 24))
      .join('')}`,
  )
}
console.log(
  `\nslope of log time against log size: ${Object.entries(results.slope)
    .map(([mode, slope]) => `${mode} ${slope.toFixed(2)}`)
    .join(', ')}`,
)
console.log(
  `peak memory on ${Math.round(results.memory.bytes / 1e6)} MB: parse ${results.memory.parse?.toFixed(0)} MB, ml-design ${results.memory['ml-design']?.toFixed(0)} MB (${(results.memory['ml-design'] / results.memory.parse).toFixed(2)}x)`,
)
console.log('\nper rule on 1 MB (reading shared), ms and share of parse time')
for (const rule of results.rules)
  console.log(`  ${rule.rule.padEnd(24)} ${pad(rule.ms.toFixed(2), 9)}  ${(rule.ofParse * 100).toFixed(1)}%`)
console.log(
  `\ncommand-line start-up, one small document: remark ${results.startup.remark.toFixed(0)} ms, remark --use remark-preset-lint-ml-design ${results.startup['remark + ml-design'].toFixed(0)} ms`,
)
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`)
