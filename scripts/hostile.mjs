// Hostile inputs: how much time the rules add to parsing on each.
//
//   pnpm build && node scripts/hostile.mjs [--quick]
//
// For each hostile input, at a size n and 2n: the time to parse (remark-parse
// + GFM + front matter, with their transforms) and the time of the preset's
// rules over the parsed tree (the reading and every rule), the ratio
// rules/parse, and how the rules' time grows from n to 2n (about 2 is
// linear, about 4 quadratic). Median of a few runs, one warm process.
// The 5 MB line is given as a tree (remark takes 15-20 s to parse it; the
// command's guard skips such a file), and the rules' time is measured alone.
import { performance } from 'node:perf_hooks'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { unified } from 'unified'
import { VFile } from 'vfile'

const quick = process.argv.includes('--quick')
const runs = quick ? 1 : 3

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
const linter = unified().use(remarkParse).use(remarkPresetLintMlDesign).freeze()

const inputs = {
  'headings (n)': (n) => Array.from({ length: n }, (_, i) => `## Note ${i}\n\nTBD\n`).join('\n'),
  'table rows (n)': (n) =>
    `# Design\n\n| Kind | Metric |\n| - | - |\n${Array.from({ length: n }, (_, i) => `| m${i} | TBD |`).join('\n')}\n`,
  'list nesting (n)': (n) =>
    `# Design\n\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
  'block quote nesting (n)': (n) => `# Design\n\n${'>'.repeat(n)} TBD\n`,
  'one line, n KB': (n) => `# Design\n\n${'The model is scored on AUC. '.repeat(Math.ceil((n * 1024) / 28))}\n`,
  'CRLF sections (n)': (n) =>
    Array.from({ length: n }, (_, i) => `## Monitoring ${i}\r\n\r\nWe alert on PSI > 0.2.\r\n`).join('\r\n'),
  'NUL bytes, n KB': (n) => `# Design\n\n${'a\0b TBD\0 '.repeat(Math.ceil((n * 1024) / 9))}\n`,
}
const sizes = quick
  ? { 'list nesting (n)': 50, 'block quote nesting (n)': 250, 'one line, n KB': 50 }
  : { 'list nesting (n)': 100, 'block quote nesting (n)': 500, 'one line, n KB': 250 }
const defaultSize = quick ? 1000 : 5000

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function time(value) {
  const parse = []
  const rules = []
  for (let run = 0; run < runs; run++) {
    let start = performance.now()
    parser.runSync(parser.parse(value))
    parse.push(performance.now() - start)
    const file = new VFile({ value })
    const tree = linter.parse(file)
    start = performance.now()
    linter.runSync(tree, file)
    rules.push(performance.now() - start)
  }
  return { parse: median(parse), rules: median(rules) }
}

const rows = []
for (const [name, make] of Object.entries(inputs)) {
  const n = sizes[name] ?? defaultSize
  const small = time(make(n))
  const large = time(make(2 * n))
  rows.push({
    input: name.replace(/\(n\)|\bn\b/, String(n)),
    'parse n (ms)': small.parse.toFixed(0),
    'rules n (ms)': small.rules.toFixed(0),
    'parse 2n (ms)': large.parse.toFixed(0),
    'rules 2n (ms)': large.rules.toFixed(0),
    'rules/parse at 2n': (large.rules / large.parse).toFixed(2),
    'rules growth 2n/n': (large.rules / Math.max(small.rules, 0.01)).toFixed(2),
  })
}

// A 5 MB line, as the tree remark makes of it, rules only.
{
  const sentence = 'The model is scored on AUC. '
  const make = (length) => {
    const text = sentence.repeat(Math.ceil(length / sentence.length)).trim()
    const value = `# Design\n\n${text}\n`
    const span = (l, c, el, ec, o, eo) => ({
      start: { line: l, column: c, offset: o },
      end: { line: el, column: ec, offset: eo },
    })
    const tree = {
      type: 'root',
      children: [
        {
          type: 'heading',
          depth: 1,
          children: [{ type: 'text', value: 'Design', position: span(1, 3, 1, 9, 2, 8) }],
          position: span(1, 1, 1, 9, 0, 8),
        },
        {
          type: 'paragraph',
          children: [{ type: 'text', value: text, position: span(3, 1, 3, text.length + 1, 10, 10 + text.length) }],
          position: span(3, 1, 3, text.length + 1, 10, 10 + text.length),
        },
      ],
      position: span(1, 1, 4, 1, 0, value.length),
    }
    const start = performance.now()
    linter.runSync(tree, new VFile({ value }))
    return performance.now() - start
  }
  const n = quick ? 1_000_000 : 2_500_000
  const small = median(Array.from({ length: runs }, () => make(n)))
  const large = median(Array.from({ length: runs }, () => make(2 * n)))
  rows.push({
    input: `one line of ${(2 * n) / 1e6} MB, pre-parsed`,
    'parse n (ms)': '-',
    'rules n (ms)': small.toFixed(0),
    'parse 2n (ms)': '-',
    'rules 2n (ms)': large.toFixed(0),
    'rules/parse at 2n': '-',
    'rules growth 2n/n': (large / small).toFixed(2),
  })
}

console.table(rows)
