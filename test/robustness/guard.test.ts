/**
 * The guard the `ml-design-lint` command and the language server run before
 * parsing: a file beyond a size or nesting limit is skipped with a message
 * naming the limit and how to raise it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { guardOptions, processor as serverProcessor } from 'ml-design-language-server'
import {
  checkDocument,
  defaultMaxDepth,
  defaultMaxSize,
  nestingDepth,
  parse,
  remarkGuard,
  takeGuardFlags,
} from 'ml-design-lint'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin, build } from '../../packages/ml-design-lint/test/helpers.js'

const deepList = (depth: number) =>
  `# Design\n\n${Array.from({ length: depth }, (_, index) => `${'  '.repeat(index)}- level ${index}`).join('\n')}\n`

describe('nestingDepth', () => {
  it('counts list items by indentation and block quotes by their markers', () => {
    expect(nestingDepth('')).toEqual({ depth: 0, line: 1 })
    expect(nestingDepth('# Title\n\nText with - a dash.\n')).toEqual({ depth: 0, line: 1 })
    expect(nestingDepth('- a\n  - b\n    1. c\n')).toEqual({ depth: 3, line: 3 })
    expect(nestingDepth('> a\n> > b\n>>> c\n')).toEqual({ depth: 3, line: 3 })
    expect(nestingDepth('> - a\n>   - b\n')).toEqual({ depth: 3, line: 2 })
    expect(nestingDepth('\t\t- tabbed\n')).toEqual({ depth: 5, line: 1 })
    expect(nestingDepth(deepList(200)).depth).toBe(200)
    expect(nestingDepth(`${'>'.repeat(1000)} deep\r\n`)).toEqual({ depth: 1000, line: 1 })
  })

  it('does not count indented text that is not a list item', () => {
    expect(nestingDepth(`${' '.repeat(400)}code\n`).depth).toBe(0)
    expect(nestingDepth(`${' '.repeat(400)}-not-an-item\n`).depth).toBe(0)
  })
})

describe('checkDocument', () => {
  it('lets real documents through with the defaults', () => {
    expect(defaultMaxSize).toBe(1024 * 1024)
    expect(defaultMaxDepth).toBe(100)
    expect(checkDocument(deepList(100))).toBeUndefined()
    expect(checkDocument('x'.repeat(defaultMaxSize))).toBeUndefined()
  })

  it('skips a file over the size limit, in bytes, naming the flag that raises it', () => {
    expect(checkDocument('é'.repeat(6), { maxSize: 11 })).toEqual({
      limit: 'max-size',
      reason: 'Skipped: the file is 12 bytes, more than the limit of 11 bytes (raise it with `--max-size <bytes>`)',
    })
    expect(checkDocument(new Uint8Array(12), { maxSize: 12 })).toBeUndefined()
    expect(checkDocument('word '.repeat(1_000_000))?.limit).toBe('max-size')
  })

  it('skips a file nested too deep, naming the line and the flag that raises it', () => {
    expect(checkDocument(deepList(200))).toEqual({
      limit: 'max-depth',
      line: 202,
      reason:
        'Skipped: lists or block quotes nest 200 levels deep at line 202, more than the limit of 100 (raise it with `--max-depth <levels>`)',
    })
    expect(checkDocument(deepList(200), { maxDepth: 200 })).toBeUndefined()
  })

  it('rejects a limit that is not a positive whole number', () => {
    expect(() => checkDocument('', { maxSize: -1 })).toThrow(
      'Unexpected value `-1` for `max-size`, expected a positive whole number of bytes',
    )
    expect(() => checkDocument('', { maxDepth: 'lots' as unknown as number })).toThrow(
      'Unexpected value `"lots"` for `max-depth`, expected a positive whole number of levels',
    )
  })
})

describe('takeGuardFlags', () => {
  it('takes --max-size and --max-depth out of the command line', () => {
    expect(takeGuardFlags(['--max-size', '10', 'a.md', '--max-depth=5', '--frail'])).toEqual({
      argv: ['a.md', '--frail'],
      guard: { maxSize: 10, maxDepth: 5 },
    })
    expect(takeGuardFlags(['--', '--max-size=3'])).toEqual({ argv: ['--', '--max-size=3'], guard: {} })
    expect(() => takeGuardFlags(['--max-depth'])).toThrow('for `max-depth`, expected a positive whole number')
  })

  it('parse() keeps every other flag for unified-args', () => {
    const state = parse(['--max-depth', '7', '--frail', 'docs/'], { env: {} })
    expect(state.engine.frail).toBe(true)
    expect(state.engine.files).toEqual(['docs/'])
  })
})

describe('remarkGuard', () => {
  it('fails the file before parsing, with a rule id and source, so no rule runs', async () => {
    const file = new VFile({ path: 'deep.md', value: deepList(20) })
    await expect(
      unified().use(remarkParse).use(remarkStringify).use(remarkGuard, { maxDepth: 10 }).process(file),
    ).rejects.toThrow('Skipped: lists or block quotes nest 20 levels deep at line 22, more than the limit of 10')
    expect(file.messages.map((message) => [message.ruleId, message.source, message.fatal, message.line])).toEqual([
      ['max-depth', 'ml-design-lint', true, 22],
    ])
  })

  it('in the language server: one diagnostic naming its argument and environment variable', async () => {
    expect(guardOptions({ ML_DESIGN_LINT_MAX_SIZE: '100', ML_DESIGN_LINT_MAX_DEPTH: '' })).toEqual({
      maxSize: '100',
      maxDepth: undefined,
    })
    const file = new VFile({ path: 'deep.md', value: deepList(150) })
    await expect(serverProcessor.process(file)).rejects.toThrow(
      'Skipped: lists or block quotes nest 150 levels deep at line 152, more than the limit of 100 (raise it with `--max-depth=<levels>` or `ML_DESIGN_LINT_MAX_DEPTH`)',
    )
  })
})

describe('ml-design-lint --max-size / --max-depth', { timeout: 180_000 }, () => {
  let directory = ''
  beforeAll(() => {
    build()
    directory = mkdtempSync(join(tmpdir(), 'ml-design-guard-'))
    writeFileSync(join(directory, 'deep.md'), deepList(150))
    writeFileSync(join(directory, 'big.md'), `# Design\n\n${'word '.repeat(200)}\n`)
  })
  afterAll(() => rmSync(directory, { recursive: true, force: true }))

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [bin, '--no-color', ...args], { cwd: directory, encoding: 'utf8' })

  it('skips a file nested deeper than the default limit, exit 2, saying how to raise it', () => {
    const result = run('deep.md')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'deep.md\n152:1 error Skipped: lists or block quotes nest 150 levels deep at line 152, more than the limit of 100 (raise it with `--max-depth <levels>`) max-depth ml-design-lint\n\n✖ 1 error\n',
    )
  })

  it('lints it when the limit is raised, and skips a file over --max-size', () => {
    const raised = run('--max-depth', '200', 'deep.md')
    expect(raised.stderr).toContain('ml-business-objective')
    expect(raised.stderr).not.toContain('Skipped')
    const small = run('--max-size=100', 'big.md')
    expect(small.status).toBe(2)
    expect(small.stderr).toContain(
      'error Skipped: the file is 1011 bytes, more than the limit of 100 bytes (raise it with `--max-size <bytes>`)',
    )
  })

  it('rejects a bad limit with a clear message', () => {
    const result = run('--max-size', 'big', 'big.md')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      'ml-design-lint: Unexpected value `"big"` for `max-size`, expected a positive whole number of bytes\n',
    )
  })
})
