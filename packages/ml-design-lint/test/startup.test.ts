/**
 * What the command loads: `--help` and `--version` load no rule, no parser
 * and no engine; a lint loads the bundle (`dist/lint.bundle.js`) rather than
 * the engine's many modules one by one. Recorded with a module resolve hook,
 * not timed (start-up time is measured by `pnpm bench:startup`).
 */
import { readFileSync, writeFileSync } from 'node:fs'
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

  it('loads the bundle, not the engine module by module, to lint', () => {
    const urls = loaded(['doc.md'])
    expect(urls.some((url) => url.endsWith('/dist/lint.bundle.js'))).toBe(true)
    expect(urls.some((url) => url.endsWith('/ml-design-lint/dist/lint.js'))).toBe(false)
    expect(urls.filter((url) => /unified-engine|load-plugin|json5/.test(url))).toEqual([])
    // The rules are loaded: they stay outside the bundle.
    expect(urls.some((url) => url.includes('remark-lint-ml-scale'))).toBe(true)
  })
})
