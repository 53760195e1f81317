/**
 * What the command loads: `--help` and `--version` load no rule, no parser
 * and no engine; a lint loads the bundle (`dist/lint.bundle.js`) rather than
 * the engine's, the preset's and the rules' many modules one by one, also
 * for a `.remarkrc` that names the preset and rules. Recorded with a module resolve hook,
 * not timed (start-up time is measured by `pnpm bench:startup`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin, build, cleanup, exec, scratch } from './helpers.js'

let directory: string

/** Run the command with a hook that writes every module URL it resolves; those URLs. */
function loaded(args: string[]): string[] {
  const log = join(directory, `${args.join('_').replace(/\W/g, '') || 'none'}.log`)
  writeFileSync(log, '')
  const run = exec(process.execPath, ['--import', pathToFileURL(join(directory, 'register.mjs')).href, bin, ...args], {
    cwd: directory,
    env: { ...process.env, MODULE_LOG: log },
  })
  expect(run.status, run.stderr).toBeLessThan(2)
  return readFileSync(log, 'utf8').split('\n').filter(Boolean)
}

beforeAll(() => {
  build()
  directory = scratch(
    {
      'doc.md': '# Churn model\n\nReduce monthly churn from 4% to 3.5%.\n',
      'hooks.mjs': [
        "import { appendFileSync } from 'node:fs'",
        'export async function resolve(specifier, context, next) {',
        '  const result = await next(specifier, context)',
        "  appendFileSync(process.env.MODULE_LOG, result.url + '\\n')",
        '  return result',
        '}',
        '',
      ].join('\n'),
      'register.mjs': "import { register } from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n",
    },
    'startup-',
  )
}, 180_000)
afterAll(cleanup)

const heavy = /remark-lint-ml-|mdast-util-ml-design|unified-engine|\/remark\/|micromark|json5|load-plugin/

describe('start-up', { timeout: 60_000 }, () => {
  it('loads only the command line for --help and --version', () => {
    for (const flag of ['--help', '--version']) {
      const urls = loaded([flag])
      expect(
        urls.some((url) => url.endsWith('/dist/cli.js')),
        flag,
      ).toBe(true)
      expect(
        urls.filter((url) => heavy.test(url)),
        flag,
      ).toEqual([])
      expect(
        urls.some((url) => url.endsWith('/dist/lint.bundle.js') || url.endsWith('/dist/lint.js')),
        flag,
      ).toBe(false)
    }
  })

  it('loads the bundle, not the engine, the preset and the rules module by module, to lint', () => {
    const urls = loaded(['doc.md'])
    expect(urls.some((url) => url.endsWith('/dist/lint.bundle.js'))).toBe(true)
    // Nothing else but the command line's own modules and Node's.
    const others = urls.filter(
      (url) =>
        !url.startsWith('node:') && !/\/(?:bin\/ml-design-lint|dist\/(?:cli|args|meta|lint\.bundle))\.js$/.test(url),
    )
    expect(others.filter((url) => !url.endsWith('/register.mjs') && !url.endsWith('/hooks.mjs'))).toEqual([])
  })

  it('uses its own preset and rules for a .remarkrc that names them, installed next to it or not', () => {
    // A folder without node_modules: what a global install meets in a project that installs nothing.
    const bare = mkdtempSync(join(tmpdir(), 'ml-design-lint-bare-'))
    try {
      writeFileSync(
        join(bare, '.remarkrc.json'),
        JSON.stringify({
          plugins: [
            'remark-preset-lint-ml-design',
            ['remark-lint-ml-business-objective', false],
            ['lint-ml-scale', ['error']],
          ],
        }),
      )
      writeFileSync(join(bare, 'doc.md'), '# Churn model\n\n## Data\n\nTwo years of billing events.\n')
      const run = exec(process.execPath, [bin, '--report', 'json', 'doc.md'], { cwd: bare })
      expect(run.status).toBe(1)
      const [file] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; fatal: boolean }> }>
      const rules = new Map(file.messages.map((message) => [message.ruleId, message.fatal]))
      expect(rules.has('ml-business-objective')).toBe(false)
      expect(rules.get('ml-scale')).toBe(true)
      expect(rules.get('ml-latency')).toBe(false)
    } finally {
      rmSync(bare, { recursive: true, force: true })
    }
  })
})
