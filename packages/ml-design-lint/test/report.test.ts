/**
 * `--report sarif` from the command line, as CI runs it (`--report json`
 * is in cli.test.ts): the SARIF file written from the fixtures validates against the
 * SARIF 2.1.0 schema (vendored in vfile-reporter-sarif), and remark-cli
 * loads the reporter by name too.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sarifErrors } from '../../vfile-reporter-sarif/test/validate.js'
import { build, cleanup, exec, remarkCli, root, scratch } from './helpers.js'

describe('--report sarif from the command line', { timeout: 60_000 }, () => {
  beforeAll(() => build(), 180_000)
  afterAll(cleanup)

  it('writes a valid SARIF file from the fixtures (fixtures/*.md) with ml-design-lint', () => {
    const directory = scratch({}, 'sarif-')
    const out = join(directory, 'ml-design-lint.sarif')
    const run = exec(
      'bash',
      ['-c', `node packages/ml-design-lint/bin/ml-design-lint.js --frail --report sarif 'fixtures/*.md' 2> '${out}'`],
      {
        cwd: root,
      },
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    const log = JSON.parse(readFileSync(out, 'utf8')) as Log
    expect(sarifErrors(log)).toEqual([])
    const driver = log.runs[0].tool.driver
    expect(driver.name).toBe('ml-design-lint')
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(driver.rules?.length).toBeGreaterThan(0)
    const uris = new Set(
      log.runs[0].results?.map((result) => result.locations?.[0].physicalLocation?.artifactLocation?.uri),
    )
    expect([...uris].every((uri) => uri?.startsWith('fixtures/'))).toBe(true)
    expect(uris).toContain('fixtures/framing-missing.md')
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${root}/` } })
  })

  it('is loaded by remark-cli as `--report sarif`', () => {
    const run = exec(
      process.execPath,
      [
        remarkCli,
        '--no-stdout',
        '--report',
        'sarif',
        '--use',
        'remark-preset-lint-ml-design',
        'fixtures/framing-missing.md',
      ],
      { cwd: root },
    )
    const log = JSON.parse(run.stderr) as Log
    expect(sarifErrors(log)).toEqual([])
    expect(log.runs[0].tool.driver.name).toBe('remark-lint')
    expect(log.runs[0].results?.length).toBeGreaterThan(0)
    expect(log.runs[0].results?.map((result) => result.ruleId)).toContain('ml-business-objective')
  })
})
