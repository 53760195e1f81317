/**
 * Exit codes (0 no messages, 1 messages, 2 the command could not do its
 * job) and a closed pipe (`ml-design-lint docs/ 2>&1 | head -1`), with the
 * built command.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin, build, cleanup, lint, root, scratch, spawn } from './helpers.js'

const poor = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
const complete = readFileSync(join(root, 'fixtures/complete-fraud-detection.md'), 'utf8')
const rc = (plugins: unknown[]) => JSON.stringify({ plugins })

beforeAll(() => build(), 180_000)
afterAll(cleanup)

describe('exit codes', { timeout: 60_000 }, () => {
  it('is 0 with no message, 1 with messages (warnings unless --no-frail, errors always)', () => {
    const directory = scratch({
      'good.md': complete,
      'bad.md': poor,
      'strict/.remarkrc.json': rc(['remark-preset-lint-ml-design', ['remark-lint-ml-business-objective', ['error']]]),
      'strict/doc.md': poor,
    })
    expect(lint(['good.md'], directory).status).toBe(0)
    expect(lint(['bad.md'], directory).status).toBe(1)
    expect(lint(['--no-frail', 'bad.md'], directory).status).toBe(0)
    expect(lint(['--no-frail', 'strict/doc.md'], directory).status).toBe(1)
  })

  it('is 2 when the command could not do its job, whatever else it found', () => {
    const directory = scratch({
      'bad.md': poor,
      'missing-plugin/.remarkrc.json': rc(['remark-preset-lint-ml-design', 'remark-lint-no-such-rule']),
      'missing-plugin/doc.md': poor,
      'broken/.remarkrc.json': '{"plugins": [',
      'broken/doc.md': poor,
      'wrong-option/.remarkrc.json': rc([
        'remark-preset-lint-ml-design',
        ['remark-lint-ml-business-objective', ['warn', { requireTarget: 'yes' }]],
      ]),
      'wrong-option/doc.md': poor,
    })
    const cases: Array<[string[], RegExp]> = [
      [['--nope', 'bad.md'], /^ml-design-lint: Unknown option `--nope`/],
      [['--report', 'nope', 'bad.md'], /^ml-design-lint: Cannot find reporter `nope`/],
      [['--max-size', 'big', 'bad.md'], /^ml-design-lint: Unexpected value `"big"` for `max-size`/],
      [['--output', 'bad.md'], /is not an option of ml-design-lint/],
      [['bad.md', 'missing.md'], /^missing\.md\n.*error +No such file or folder$/m],
      [['missing-plugin/doc.md'], /Cannot find package `remark-lint-no-such-rule`|remark-lint-no-such-rule/],
      [['broken/doc.md'], /Cannot parse file `broken\/\.remarkrc\.json`/],
      [['wrong-option/doc.md'], /for option `requireTarget` of `ml-business-objective`/],
      [['--max-size', '10', 'bad.md'], /Skipped: the file is \d+ bytes, more than the limit of 10 bytes/],
    ]
    for (const [args, message] of cases) {
      const run = lint(args, directory)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stdout, args.join(' ')).toBe('')
      expect(run.stderr, args.join(' ')).toMatch(message)
    }
    // The files that could be linted are still reported.
    expect(lint(['bad.md', 'missing.md'], directory).stderr).toMatch(/^bad\.md\n.*ml-business-objective/m)
  })
})

describe('a closed pipe', { timeout: 60_000 }, () => {
  it('exits when the reader of its report goes away (`2>&1 | head -1`)', async () => {
    // Enough documents for a report far bigger than a pipe's buffer.
    const files: Record<string, string> = {}
    for (let index = 0; index < 60; index++) files[`docs/doc-${index}.md`] = poor
    const directory = scratch(files, 'pipe-')
    const child = spawn(process.execPath, [bin, 'docs/'], { cwd: directory, stdio: ['ignore', 'pipe', 'pipe'] })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // Read the first line of the report, then close both pipes, as `head -1` does.
    await new Promise<void>((resolve) => {
      let seen = ''
      child.stderr.on('data', (chunk) => {
        seen += chunk
        if (seen.includes('\n')) resolve()
      })
      child.on('exit', () => resolve())
    })
    child.stderr.destroy()
    child.stdout.destroy()
    // A generous bound: the point is that it exits at all (it used to spin until killed).
    const timeout = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 20_000))
    const result = await Promise.race([exited, timeout])
    if (result === 'still running') child.kill('SIGKILL')
    // 2: the report could not be written.
    expect(result).toBe(2)
  })
})
