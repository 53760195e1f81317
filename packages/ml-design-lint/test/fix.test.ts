/**
 * `ml-design-lint --fix`: stubs inserted at their place in framework order,
 * every other byte left as it was, idempotent, and the fixtures' incomplete
 * documents left with only messages asking for the stubs to be filled. And
 * the same stub as the message's `expected` (the editor's quick fix).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import { planStubs } from 'ml-design-lint-rule'
import { remark } from 'remark'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixText, type Linted, stubsFor } from '../src/fix.js'
import { stubs } from '../src/registry.js'
import { build, cleanup, lint, root, scratch } from './helpers.js'

interface JsonMessage {
  ruleId: string | null
  line: number | null
  reason: string
  fatal: boolean | null
}

/** The JSON report: all of stdout. */
function json(stdout: string): Array<{ path: string; messages: JsonMessage[] }> {
  return JSON.parse(stdout)
}

/** Lint a text with the preset, in this process. */
async function lintText(text: string, path = 'doc.md'): Promise<Linted & { file: VFile }> {
  const file = new VFile({ path, value: text })
  const processor = remark().use(remarkPresetLintMlDesign)
  const tree = processor.parse(file) as Root
  await processor.run(tree, file)
  return { reading: readDesign(tree, file), messages: file.messages, file }
}

/** The text with ranges removed. */
function without(text: string, ranges: Array<{ start: number; end: number }>): string {
  let result = ''
  let last = 0
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    result += text.slice(last, range.start)
    last = range.end
  }
  return result + text.slice(last)
}

/** What an inserted range may hold: stub sections (heading, blank line, TODO) and blank lines. */
const stubBlock = new RegExp(
  `^\\n*(?:#{1,6} (?:${stubs.map((stub) => stub.heading).join('|')})\\n\\n(?:${stubs
    .map((stub) => stub.todo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\n\\n*)+$`,
)

const incomplete = [
  'framing-missing.md',
  'template-half-filled.md',
  'ml-only-objective.md',
  'infra-rfc-feature-store.md',
]

beforeAll(() => build(), 180_000)
afterAll(cleanup)

describe('ml-design-lint --fix', { timeout: 60_000 }, () => {
  it('inserts stubs in framework order at the depth of the stage sections, and nothing else', () => {
    const original =
      '# Churn model\n\n## Business objective\n\nReduce monthly churn from 4% to 3.5% for 2M subscribers.\n\n## Evaluation\n\n| split | metric |\n|:--|--:|\n| last month | *PR-AUC* |\n'
    const directory = scratch({ 'doc.md': original }, 'fix-')
    const run = lint(['--fix', '--quiet', 'doc.md'], directory)
    // The stubs are placeholders: their messages remain, and fail the run as any message does.
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    const fixed = readFileSync(join(directory, 'doc.md'), 'utf8')
    const stub = (heading: string) => {
      const found = stubs.find((item) => item.heading === heading)
      if (!found) throw new Error(heading)
      return `## ${found.heading}\n\n${found.todo}\n`
    }
    // Requirements stubs after the business objective (a sibling: it names another part of the stage), the
    // online evaluation inside `## Evaluation` (it names the whole stage), later stages at the end.
    expect(fixed).toBe(
      [
        '# Churn model\n\n## Business objective\n\nReduce monthly churn from 4% to 3.5% for 2M subscribers.\n\n',
        [
          'Data availability',
          'Constraints',
          'Latency',
          'ML objective',
          'Input',
          'Output',
          'ML category',
          'Online metrics',
          'Feature engineering',
          'Missing data',
          'Outliers',
          'Model selection',
          'Baseline',
          'Interpretability',
          'Retraining',
        ]
          .map(stub)
          .join('\n'),
        '\n## Evaluation\n\n| split | metric |\n|:--|--:|\n| last month | *PR-AUC* |\n',
        `\n#${stub('Online evaluation')}`,
        ['Deployment', 'Monitoring'].map((heading) => `\n${stub(heading)}`).join(''),
      ].join(''),
    )
    expect(run.stderr).toMatch(/^doc\.md: inserted 18 stubs \(Data availability, Constraints, .*, Monitoring\)$/m)
    // The summary says the stubs are prompts, and why the report now asks for more.
    expect(run.stderr).toMatch(
      /^ml-design-lint --fix: inserted 18 stubs in 1 file: each is a TODO prompt to fill in, so the report below asks for them \(more messages than before --fix, until they are written\)$/m,
    )
    // The same document with CRLF line endings: the stubs are written with CRLF too, nothing else changes.
    const crlf = scratch({ 'doc.md': original.replace(/\n/g, '\r\n') }, 'fix-crlf-')
    expect(lint(['--fix', '--quiet', 'doc.md'], crlf).status).toBe(1)
    const fixedCrlf = readFileSync(join(crlf, 'doc.md'), 'utf8')
    expect(fixedCrlf).toBe(fixed.replace(/\n/g, '\r\n'))
    expect(fixedCrlf).not.toMatch(/[^\r]\n/)
    // And a second run finds nothing to insert.
    expect(lint(['--fix', '--quiet', 'doc.md'], crlf).stderr).toContain('ml-design-lint --fix: nothing to insert\n')
    expect(readFileSync(join(crlf, 'doc.md'), 'utf8')).toBe(fixedCrlf)
  })

  it('fixes the incomplete fixtures: only stubs are added, twice changes nothing, and only stub messages remain', async () => {
    const directory = scratch({}, 'fix-fixtures-')
    for (const name of incomplete) copyFileSync(join(root, 'fixtures', name), join(directory, name))

    const run = lint(['--fix', '--report', 'json', ...incomplete], directory)
    expect(run.status).toBe(1)
    const reports = new Map(json(run.stdout).map((file) => [file.path, file.messages]))

    for (const name of incomplete) {
      const original = readFileSync(join(root, 'fixtures', name), 'utf8')
      const fixed = readFileSync(join(directory, name), 'utf8')
      expect(fixed, name).not.toBe(original)
      // The same fix in this process gives the inserted ranges: without them, the file is byte for byte the original.
      const before = await lintText(original, name)
      const result = await fixText(original, (text) => lintText(text, name), before)
      expect(result.text, name).toBe(fixed)
      expect(result.inserted.length, name).toBeGreaterThan(0)
      expect(without(fixed, result.inserted), name).toBe(original)
      for (const range of result.inserted) expect(fixed.slice(range.start, range.end), name).toMatch(stubBlock)

      // Each stub heading, and the line it is on.
      const stubLines = new Map<string, number>()
      for (const range of result.inserted) {
        for (const heading of range.headings) {
          const offset = fixed.indexOf(`# ${heading}\n\nTODO — `, range.start)
          stubLines.set(heading, fixed.slice(0, offset).split('\n').length)
        }
      }
      const messages = reports.get(name) ?? []
      const previous = new Set(before.messages.map((message) => `${message.ruleId} ${message.reason}`))
      for (const message of messages) {
        // A requirement whose stub was inserted is reported at the stub (the JSON report has no message ids).
        const atOwnStub = stubs.some(
          (stub) => stub.rule === message.ruleId && stubLines.get(stub.heading) === message.line,
        )
        if (message.ruleId === 'ml-no-placeholders' || atOwnStub) continue
        // Anything else was there before the fix (a misfiled metric, an ML objective as the goal): never a new message.
        expect(previous, `${name}: ${message.ruleId} ${message.reason}`).toContain(
          `${message.ruleId} ${message.reason}`,
        )
      }
      // Every stub asks to be filled.
      const placeholderLines = new Set(
        messages.filter((message) => message.ruleId === 'ml-no-placeholders').map((message) => message.line),
      )
      for (const [heading, line] of stubLines) expect(placeholderLines, `${name}: ${heading}`).toContain(line)
    }

    // Fixing again changes no byte.
    const snapshot = incomplete.map((name) => readFileSync(join(directory, name), 'utf8'))
    const again = lint(['--fix', '--quiet', ...incomplete], directory)
    expect(again.status).toBe(1)
    expect(again.stderr).not.toMatch(/: inserted/)
    expect(again.stderr).toContain('ml-design-lint --fix: nothing to insert\n')
    expect(incomplete.map((name) => readFileSync(join(directory, name), 'utf8'))).toEqual(snapshot)
  })

  it('leaves a complete document as it is', () => {
    const complete = readFileSync(join(root, 'fixtures/complete-fraud-detection.md'), 'utf8')
    const directory = scratch({ 'doc.md': complete }, 'fix-complete-')
    expect(lint(['--fix', 'doc.md'], directory)).toEqual({
      status: 0,
      stdout: '',
      stderr: 'ml-design-lint --fix: nothing to insert\ndoc.md: no issues found\n',
    })
    expect(readFileSync(join(directory, 'doc.md'), 'utf8')).toBe(complete)
  })

  it('says what is wrong on bad input, and never crashes', () => {
    const directory = scratch({ 'doc.md': '# Doc\n' }, 'fix-bad-')
    expect(lint(['--fix'], directory, { input: '# Doc\n' })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'ml-design-lint: `--fix` needs files or folders to fix (not stdin), such as `ml-design-lint --fix docs/`\n',
    })
    expect(lint(['--fix', '--watch', 'doc.md'], directory)).toMatchObject({
      status: 2,
      stderr: 'ml-design-lint: `--fix` cannot be combined with `--watch`\n',
    })
    writeFileSync(join(directory, 'binary.md'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x0a, 0x23, 0x20, 0xc3]))
    const binary = lint(['--fix', 'missing.md', 'binary.md'], directory)
    expect(binary.status).toBe(2)
    expect(binary.stderr).toMatch(/^missing\.md\n.*error +No such file or folder$/m)
    expect(binary.stderr).not.toMatch(/^\s+at /m)
  })

  it('puts the stub of a missing section in its message: at the insertion, as `expected` (the quick fix)', async () => {
    const source =
      '# Churn\n\n## Business objective\n\nReduce churn from 4% to 3.5% for 2M users.\n\n## Monitoring\n\nDaily PSI of the top features pages the on-call.\n'
    const { reading, file } = await lintText(source)
    const latency = file.messages.find((message) => message.ruleId === 'ml-latency')
    expect(latency).toBeDefined()
    const [edit] = planStubs(reading, stubsFor([latency as (typeof file.messages)[number]]))
    expect(edit.offset).toBe(source.indexOf('## Monitoring'))
    expect(edit.text).toBe(
      '## Latency\n\nTODO — state the latency budget or choose real-time or batch prediction, such as `p99 under 100 ms per request`.\n\n',
    )
    // The language server replaces the message's range with `expected`: the range is the empty one at the offset.
    expect(latency?.place).toEqual({ line: 7, column: 1, offset: edit.offset })
    expect(latency?.expected).toEqual([edit.text])
    // Every message with an `expected` value is one `--fix` would insert, at the same place.
    const edits = planStubs(reading, stubsFor(file.messages))
    for (const message of file.messages.filter((item) => item.expected !== undefined)) {
      const offset = (message.place as { offset: number }).offset
      expect(edits.some((one) => one.offset === offset)).toBe(true)
      expect(planStubs(reading, stubsFor([message]))).toEqual([
        { offset, text: message.expected?.[0], stubs: expect.any(Array) },
      ])
    }
    // A message about a section that exists has no stub to insert.
    const filled = await lintText(readFileSync(join(root, 'fixtures/template-half-filled.md'), 'utf8'))
    const objective = filled.messages.filter((message) => message.ruleId === 'ml-objective-metrics')
    expect(objective[0]?.reason).toMatch(/^Unexpected missing ML objective/)
    expect(planStubs(filled.reading, stubsFor(objective.slice(0, 1)))).toEqual([])
    expect(objective[0]?.expected).toBeUndefined()
  })
})
