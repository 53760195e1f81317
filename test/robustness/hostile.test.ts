/**
 * Hostile and odd inputs, each checked for what the linter does with it
 * (not how fast: `node scripts/hostile.mjs` times them against parsing).
 */
import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { describeAll, lintWith, presetProcessor } from './harness.js'

const fixture = readFileSync(new URL('../../fixtures/template-half-filled.md', import.meta.url), 'utf8')

async function lint(value: string | Uint8Array) {
  return lintWith(presetProcessor, value)
}

/** The rule ids of a file's messages, once each, sorted. */
function ruleIds(file: VFile): string[] {
  return [...new Set(file.messages.map((message) => message.ruleId ?? ''))].sort()
}

/** Rules that report a requirement missing from a document with nothing in it. */
const missingEverything = [
  'ml-business-objective',
  'ml-category',
  'ml-constraints',
  'ml-data-availability',
  'ml-data-preparation',
  'ml-deployment',
  'ml-evaluation',
  'ml-input-output',
  'ml-interpretability',
  'ml-latency',
  'ml-missing-data',
  'ml-model-selection',
  'ml-monitoring',
  'ml-objective-metrics',
  'ml-outliers',
  'ml-retraining',
  'ml-scale',
]

const badYaml = '---\ntitle: x\n  bad: [\n---\n\n# Fraud scoring\n\n## Monitoring\n\nTBD\n'

const aliasBomb = [
  '---',
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((name, index) => {
    const previous = 'abcdefghi'[index]
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`
  }),
  '---',
  '',
  '# Fraud scoring',
  '',
].join('\n')

describe('hostile and odd inputs', { timeout: 60_000 }, () => {
  it('an empty file: every requirement is reported missing, at 1:1, and nothing else', async () => {
    const file = await lint('')
    expect(ruleIds(file)).toEqual(missingEverything)
    for (const message of file.messages) {
      expect(message.reason).toMatch(/^Unexpected missing /)
      expect([message.line, message.column]).toEqual([1, 1])
    }
  })

  it('only front matter: read, no front-matter message, the requirements it does not state are missing', async () => {
    const file = await lint('---\ntitle: Fraud scoring\nstatus: draft\n---\n')
    expect(ruleIds(file)).toEqual(missingEverything)
    // Each where its stub goes, after the front matter (the end of the file), the stub as its fix.
    for (const message of file.messages) {
      expect([message.line, message.column]).toEqual([5, 1])
      expect(message.expected?.[0]).toMatch(/^\n# .+\n\nTODO — /)
    }
  })

  it('front matter that is not valid YAML: one message saying so and where; every rule still runs', async () => {
    const file = await lint(badYaml)
    const frontMatter = file.messages.filter((message) => message.ruleId === 'front-matter')
    expect(frontMatter.map((message) => [message.line, message.column, message.source, message.reason])).toEqual([
      [
        2,
        8,
        'ml-design-lint',
        'Unexpected invalid YAML front matter: Nested mappings are not allowed in compact mappings',
      ],
    ])
    expect(frontMatter[0].fatal).toBe(false)
    // The rules report exactly what they report for the same document with valid front matter.
    const valid = await lint(badYaml.replace('  bad: [', 'bad: x'))
    expect(describeAll(file).filter((line) => !line.includes(':front-matter '))).toEqual(describeAll(valid))
    expect(valid.messages.some((message) => message.ruleId === 'front-matter')).toBe(false)
    expect(ruleIds(valid)).toContain('ml-no-placeholders')
  })

  it('YAML with __proto__ and constructor keys pollutes no prototype', async () => {
    const value =
      '---\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\ntoString: 1\n---\n\n# T\n'
    const file = await lint(value)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
    expect(file.messages.some((message) => message.ruleId === 'front-matter')).toBe(false)
    const tree = presetProcessor.parse(new VFile(value)) as Root
    const reading = readDesign(tree, new VFile(value))
    const front = reading.frontMatter.value as Record<string, unknown>
    expect(Object.getPrototypeOf(front)).toBe(Object.prototype)
    expect(Object.getOwnPropertyNames(front).sort()).toEqual(['__proto__', 'constructor', 'toString'])
  })

  it('a YAML alias bomb (9^9 nodes if expanded) is refused with a message, not expanded', async () => {
    const file = await lint(aliasBomb)
    expect(
      file.messages.filter((message) => message.ruleId === 'front-matter').map((message) => message.reason),
    ).toEqual(['Unexpected invalid YAML front matter: Excessive alias count indicates a resource exhaustion attack'])
    expect(ruleIds(file)).toContain('ml-business-objective')
  })

  it('CRLF line endings: the same messages at the same places as LF', async () => {
    const lf = describeAll(await lint(fixture))
    expect(lf.length).toBeGreaterThan(10)
    expect(describeAll(await lint(fixture.replace(/\n/g, '\r\n')))).toEqual(lf)
  })

  it('a byte order mark: the same messages at the same places as without it (string or bytes)', async () => {
    const plain = describeAll(await lint(fixture))
    expect(describeAll(await lint(`\uFEFF${fixture}`))).toEqual(plain)
    expect(describeAll(await lint(new TextEncoder().encode(`\uFEFF${fixture}`)))).toEqual(plain)
    expect(describeAll(await lint(`\uFEFF${fixture.replace(/\n/g, '\r\n')}`))).toEqual(plain)
  })

  it('NUL bytes: read as U+FFFD, as the parser reads them', async () => {
    const value = '# Fraud\0scoring\n\n## Monitoring\n\nTBD\0\n'
    const file = await lint(value)
    expect(describeAll(file)).toEqual(describeAll(await lint(value.replaceAll('\0', '\uFFFD'))))
    expect(file.messages.some((message) => message.reason.includes('\0'))).toBe(false)
    expect(file.messages.find((message) => message.ruleId === 'ml-no-placeholders')?.reason).toMatch(
      /^Unexpected placeholder `TBD\uFFFD` as the only content of the `Monitoring` section/,
    )
  })

  it('invalid UTF-8: decoded with U+FFFD, the same messages as the decoded text', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('# Fraud '),
      0xff,
      0xfe,
      0xc3,
      0x28,
      ...new TextEncoder().encode('\n\n## Monitoring\n\nTBD\n'),
    ])
    const file = await lint(bytes)
    expect(describeAll(file)).toEqual(describeAll(await lint(new TextDecoder().decode(bytes))))
    // At the heading of the section the placeholder is under.
    expect(file.messages.find((message) => message.ruleId === 'ml-no-placeholders')?.line).toBe(3)
  })

  it('10,000 headings: one placeholder message per empty section, in order', async () => {
    const value = Array.from({ length: 10_000 }, (_, index) => `## Note ${index}\n\nTBD\n`).join('\n')
    const file = await lint(value)
    const placeholders = file.messages.filter((message) => message.ruleId === 'ml-no-placeholders')
    expect(placeholders).toHaveLength(10_000)
    expect(placeholders.map((message) => message.line)).toEqual(
      Array.from({ length: 10_000 }, (_, index) => 1 + 4 * index),
    )
    expect(placeholders[9_999].reason).toMatch(
      /^Unexpected placeholder `TBD` as the only content of the `Note 9999` section/,
    )
  })

  it('a list nested 200 deep is read to the bottom', async () => {
    const list = Array.from({ length: 200 }, (_, index) => `${'  '.repeat(index)}- level ${index}`).join('\n')
    const value = `# Design\n\n${list}\n`
    const file = await lint(value)
    expect(ruleIds(file)).toEqual(missingEverything)
    // Each where its stub goes: after the list, at the end of the file.
    expect(file.messages.every((message) => message.line === 203 && message.column === 1)).toBe(true)
    const tree = presetProcessor.parse(value) as Root
    const reading = readDesign(tree, new VFile(value))
    expect(reading.sentences.map((sentence) => reading.textOf(sentence))).toContain('level 199')
  })

  it('block quotes nested 1,000 deep are read to the bottom', async () => {
    const file = await lint(`# Design\n\n${'>'.repeat(1000)} TBD\n`)
    const placeholders = file.messages.filter((message) => message.ruleId === 'ml-no-placeholders')
    expect(placeholders).toHaveLength(1)
    expect(placeholders[0].line).toBe(1)
    expect(placeholders[0].reason).toMatch(/^Unexpected placeholder `TBD` as the only content of the `Design` section/)
  })

  it('a 10,000-row table is read to its last row', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      index === 9_998 ? '| Online metric | Click-through rate |' : `| m${index} | TBD |`,
    )
    const value = `# Design\n\n## Metrics\n\n| Kind | Metric |\n| - | - |\n${rows.join('\n')}\n`
    const without = await lint(value.replace('| Online metric | Click-through rate |', '| m9998 | TBD |'))
    const file = await lint(value)
    const online = (f: VFile) =>
      f.messages.filter((message) => message.reason.startsWith('Unexpected missing online metric')).length
    expect(online(without)).toBe(1)
    expect(online(file)).toBe(0)
  })

  it('a single 5 MB line, on the parsed tree: read to its end, the same messages as a short line', async () => {
    // Parsing a 5 MB line takes remark 15-20 s (the guard skips such files);
    // the rules run here over the tree the parser makes of it.
    const sentence = 'The model is scored on AUC. '
    const heading = '# Design'
    const treeOf = (text: string): Root => ({
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
      position: span(1, 1, 4, 1, 0, 11 + text.length),
    })
    const short = sentence.repeat(10).trim()
    // The hand-made tree is the parser's.
    const parsed = presetProcessor.parse(`${heading}\n\n${short}\n`)
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(treeOf(short))

    async function run(text: string) {
      const file = new VFile({ path: 'design.md', value: `${heading}\n\n${text}\n` })
      await presetProcessor.run(treeOf(text), file)
      return file
    }
    const long = sentence.repeat(Math.ceil(5_000_000 / sentence.length)).trim()
    expect(long.length).toBeGreaterThan(5_000_000)
    const expected = describeAll(await run(short))
    expect(describeAll(await run(long))).toEqual(expected)
  })
})

function span(line: number, column: number, endLine: number, endColumn: number, offset: number, endOffset: number) {
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } }
}
