/**
 * The command line, exactly as users type it: `remark --use <preset>`, a
 * `.remarkrc.json`, a rule reconfigured after the preset, and
 * `<!-- lint disable -->` comments. remark-cli loads plugins by name with
 * Node's resolution, so it runs the built packages: the tests build first
 * (`tsc -b`, incremental).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const cli = join(root, 'node_modules/remark-cli/cli.js')

interface Report {
  messages: Array<{ ruleId: string; line: number; column: number; reason: string; fatal: boolean | null }>
}

function remark(args: string[], cwd = root) {
  const run = spawnSync(process.execPath, [cli, '--no-color', '--report', 'json', ...args], { cwd, encoding: 'utf8' })
  const last = run.stderr.trim().split('\n').pop() ?? '[]'
  let reports: Report[] = []
  try {
    reports = JSON.parse(last)
  } catch {
    throw new Error(`remark printed no report:\n${run.stderr}`)
  }
  return { status: run.status, messages: reports.flatMap((report) => report.messages), stderr: run.stderr }
}

/** A scratch folder inside the repository (git-ignored), so packages resolve as they do for a user. */
function scratch(files: Record<string, string>): string {
  mkdirSync(join(root, '.scratch'), { recursive: true })
  const directory = mkdtempSync(join(root, '.scratch', 'cli-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content)
  return directory
}

const framingMissing = `# Seller payouts

## Data

We have two years of payout logs.
`

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b'], {
    cwd: root,
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`tsc -b failed:\n${build.stdout}${build.stderr}`)
}, 120_000)

describe('remark-cli with the preset', { timeout: 60_000 }, () => {
  it('exits 0 with no message on a complete design document', () => {
    const run = remark([
      '--frail',
      '--quiet',
      '--use',
      'remark-preset-lint-ml-design',
      'fixtures/complete-fraud-detection.md',
    ])
    expect(run.messages).toEqual([])
    expect(run.status).toBe(0)
  })

  it('exits 1 under --frail when a rule fires, with rule id and position', () => {
    const directory = scratch({ 'doc.md': framingMissing })
    const run = remark(['--frail', '--use', 'remark-preset-lint-ml-design', 'doc.md'], directory)
    expect(run.status).toBe(1)
    const business = run.messages.find((message) => message.ruleId === 'ml-business-objective')
    // Where the missing section belongs: its stub goes before `## Data`.
    expect(business).toMatchObject({ line: 3, column: 1 })
    expect(business?.reason).toMatch(/^Unexpected missing business objective/)
  })

  it('reads a .remarkrc.json that lists the preset', () => {
    const directory = scratch({
      '.remarkrc.json': JSON.stringify({ plugins: ['remark-preset-lint-ml-design'] }),
      'doc.md': framingMissing,
    })
    const run = remark(['--frail', 'doc.md'], directory)
    expect(run.status).toBe(1)
    expect(run.messages.map((message) => message.ruleId)).toContain('ml-business-objective')
  })

  it('lets a rule listed after the preset be reconfigured', () => {
    const directory = scratch({
      '.remarkrc.json': JSON.stringify({
        plugins: [
          'remark-preset-lint-ml-design',
          ['remark-lint-ml-business-objective', ['error', { requireTarget: true }]],
        ],
      }),
      'doc.md': '# Search\n\n## Goals\n\nHelp shoppers find what they came for.\n',
    })
    const run = remark(['doc.md'], directory)
    const message = run.messages.find((item) => item.ruleId === 'ml-business-objective')
    expect(message?.reason).toMatch(/without a target/)
    expect(message?.fatal).toBe(true)
    expect(run.status).toBe(1)
  })

  it('turns a rule off with `lint disable`', () => {
    const directory = scratch({
      'on.md': framingMissing,
      'off.md': `<!-- lint disable ml-business-objective -->\n\n${framingMissing}`,
    })
    const on = remark(['--use', 'remark-preset-lint-ml-design', 'on.md'], directory)
    const off = remark(['--use', 'remark-preset-lint-ml-design', 'off.md'], directory)
    expect(on.messages.map((message) => message.ruleId)).toContain('ml-business-objective')
    expect(off.messages.map((message) => message.ruleId)).not.toContain('ml-business-objective')
    expect(off.messages.filter((message) => message.fatal)).toEqual([])
  })

  it('fails on a wrong option with the rule, the option and what was expected', () => {
    const directory = scratch({
      '.remarkrc.json': JSON.stringify({
        plugins: ['remark-preset-lint-ml-design', ['remark-lint-ml-business-objective', { requireTarget: 'yes' }]],
      }),
      'doc.md': framingMissing,
    })
    // The default reporter prints the error's cause, as a user sees it.
    const run = spawnSync(process.execPath, [cli, '--no-color', 'doc.md'], { cwd: directory, encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      'Unexpected value `"yes"` for option `requireTarget` of `ml-business-objective`, expected `true` or `false`',
    )
  })
})
