#!/usr/bin/env node
/**
 * Where the preset's time per document goes, and what it costs in CPU time.
 *
 *   node scripts/bench-profile.mjs cpu [rounds] [--size BYTES]
 *       parse only against parse + the preset, in interleaved rounds (the
 *       order alternates), each timed with `process.cpuUsage` (user + system
 *       time of this process, which other processes' load stretches less
 *       than wall time); prints the median of each and the median and
 *       quartiles of the paired ratios. On the corpus, or on one generated
 *       document of about BYTES bytes (as `pnpm bench` generates them; below
 *       500 KB it is linted several times per sample, about 500 KB in all).
 *   node --cpu-prof --cpu-prof-dir=DIR scripts/bench-profile.mjs run [rounds] [--size BYTES]
 *       lint the corpus (or the generated document) `rounds` times with the
 *       preset, for a CPU profile.
 *   node scripts/bench-profile.mjs expressions [rounds]
 *       the reader's quantity expressions over the prose of the corpus, each
 *       timed (CPU ms per pass, median of the rounds) as compiled and without
 *       the ASCII lookbehind that leads `notAfterWord`, interleaved, with the
 *       check that both find the same matches.
 *   node scripts/bench-profile.mjs top FILE.cpuprofile [count]
 *       the profile's top functions by self time and by inclusive time
 *       (time in the function and what it calls; a recursive function counted
 *       once per sample), each with its share of all samples.
 *
 * Needs `pnpm build` first.
 */
import { readFileSync } from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { corpus, generate } from './bench-documents.mjs'

const root = new URL('..', import.meta.url).pathname
const [command = 'cpu', ...rest] = process.argv.slice(2)
const sizeIndex = rest.indexOf('--size')
const size = sizeIndex >= 0 ? Number(rest[sizeIndex + 1]) : undefined
const positional = sizeIndex < 0 ? rest : rest.filter((_, index) => index !== sizeIndex && index !== sizeIndex + 1)

function fail(message) {
  console.error(`bench-profile: ${message}`)
  process.exit(2)
}

function count(value, fallback) {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < 1) fail(`expected a positive whole number, not \`${value}\``)
  return number
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low)
}

// ------------------------------------------------------------------ top

if (command === 'top') {
  const [path, limit] = positional
  if (!path) fail('`top` needs a .cpuprofile file')
  let profile
  try {
    profile = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    fail(`cannot read the profile \`${path}\`: ${error.message}`)
  }
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const nameOf = (node) => {
    const { functionName, url, lineNumber } = node.callFrame
    const file = url.replace(/^file:\/\//, '').replace(root, '')
    const short = file.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
    return `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim()
  }
  const self = new Map()
  const inclusive = new Map()
  const total = profile.samples.length
  for (const id of profile.samples) {
    const leaf = nodes.get(id)
    self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + 1)
    const seen = new Set()
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const name = nameOf(nodes.get(at))
      if (seen.has(name)) continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + 1)
    }
  }
  const show = (title, map) => {
    console.log(`\n${title} (${total} samples)`)
    for (const [name, samples] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count(limit, 25)))
      console.log(`${((samples / total) * 100).toFixed(1).padStart(6)}%  ${name}`)
  }
  show('self time', self)
  show('inclusive time', inclusive)
  process.exit(0)
}

// ------------------------------------------------------------------ expressions

if (command === 'expressions') {
  const { compile } = await import('../packages/mdast-util-ml-design/dist/match/compile.js')
  const { defaultVocabulary } = await import('../packages/mdast-util-ml-design/dist/vocabulary/index.js')
  const { readDesign } = await import('mdast-util-ml-design')
  const rounds = count(positional[0], 7)
  const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
  const proses = corpus.map((value) => {
    const file = new VFile({ value })
    return readDesign(parser.parse(file), file).prose
  })
  const { patterns } = compile(defaultVocabulary)
  const pass = (expression) => {
    const found = []
    const start = process.cpuUsage()
    for (const prose of proses) for (const match of prose.matchAll(expression)) found.push(match.index, match[0])
    const { user, system } = process.cpuUsage(start)
    return { ms: (user + system) / 1e3, found: found.join('\0') }
  }
  let total = [0, 0]
  for (const [name, expression] of Object.entries(patterns)) {
    if (!(expression instanceof RegExp) || !expression.global) continue
    const without = new RegExp(expression.source.replaceAll('(?<![a-zA-Z0-9])', ''), expression.flags)
    const times = [[], []]
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? [without, expression] : [expression, without]
      const results = order.map(pass)
      if (results[0].found !== results[1].found) fail(`\`${name}\` matches differently without the ASCII lookbehind`)
      times[round % 2 ? 1 : 0].push(results[0].ms)
      times[round % 2 ? 0 : 1].push(results[1].ms)
    }
    const [withMs, withoutMs] = times.map((values) => quantile(values, 0.5))
    total = [total[0] + withMs, total[1] + withoutMs]
    console.log(
      `${name.padEnd(16)} ${withoutMs.toFixed(1).padStart(6)} ms without, ${withMs.toFixed(1).padStart(6)} ms with`,
    )
  }
  console.log(
    `all, per pass over the corpus prose (${(proses.reduce((sum, prose) => sum + prose.length, 0) / 1e3).toFixed(0)} k characters): ${total[1].toFixed(1)} ms without, ${total[0].toFixed(1)} ms with; same matches`,
  )
  process.exit(0)
}

if (size !== undefined && !(size > 0)) fail('`--size` needs a number of bytes')
// A small generated document is linted several times per sample, so that each sample is long enough to time.
const documents = size === undefined ? corpus : Array(Math.max(1, Math.round(500e3 / size))).fill(generate(size))
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
const linter = unified().use(remarkParse).use(remarkPresetLintMlDesign).freeze()
const parse = (value) => parser.parse(new VFile({ value }))
const lint = (value) => {
  const file = new VFile({ value })
  linter.runSync(linter.parse(file), file)
}

/** CPU milliseconds (user + system) of running `run` over every document once. */
function cpu(run) {
  const start = process.cpuUsage()
  for (const document of documents) run(document)
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1e3
}

if (command === 'run') {
  const rounds = count(positional[0], 20)
  for (let round = 0; round < rounds; round++) for (const document of documents) lint(document)
} else if (command === 'cpu') {
  const rounds = count(positional[0], 15)
  cpu(parse)
  cpu(lint)
  const parsed = []
  const linted = []
  const ratios = []
  for (let round = 0; round < rounds; round++) {
    const [first, second] = round % 2 ? [lint, parse] : [parse, lint]
    const a = cpu(first)
    const b = cpu(second)
    const [p, l] = round % 2 ? [b, a] : [a, b]
    parsed.push(p)
    linted.push(l)
    ratios.push(l / p)
  }
  const what = size === undefined ? `corpus (${corpus.length} documents)` : `${Math.round(size / 1e3)} KB`
  console.log(
    `${what}, ${rounds} interleaved rounds, CPU ms: parse ${quantile(parsed, 0.5).toFixed(1)}, parse + preset ${quantile(linted, 0.5).toFixed(1)}; paired ratio ${quantile(ratios, 0.5).toFixed(2)}x (quartiles ${quantile(ratios, 0.25).toFixed(2)}-${quantile(ratios, 0.75).toFixed(2)})`,
  )
} else {
  fail(`unknown command \`${command}\` (cpu, run, expressions or top)`)
}
