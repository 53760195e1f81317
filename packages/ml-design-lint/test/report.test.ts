/**
 * `--report sarif` and `--report json` from the command line, as CI runs
 * them (`ml-design-lint --report sarif docs/ > out.sarif`): the report is all
 * of stdout, the SARIF file written from the fixtures validates against the
 * SARIF 2.1.0 schema (vendored in vfile-reporter-sarif), a failure keeps its
 * cause, and remark-cli loads the reporter by name too.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sarifErrors } from '../../vfile-reporter-sarif/test/validate.js'
import { bin, build, cleanup, exec, remarkCli, root, scratch } from './helpers.js'

describe('--report sarif from the command line', { timeout: 60_000 }, () => {
  beforeAll(() => build(), 180_000)
  afterAll(cleanup)

  it('writes a valid SARIF file from the fixtures (fixtures/*.md) with ml-design-lint', () => {
    const directory = scratch({}, 'sarif-')
    const out = join(directory, 'ml-design-lint.sarif')
    const run = exec(
      'bash',
      ['-c', `node packages/ml-design-lint/bin/ml-design-lint.js --frail --report sarif 'fixtures/*.md' > '${out}'`],
      {
        cwd: root,
      },
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('')
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

  it('writes a JSON report to stdout, one entry per file', () => {
    const directory = scratch({}, 'json-')
    const out = join(directory, 'ml-design-lint.json')
    const run = exec(
      'bash',
      [
        '-c',
        `node packages/ml-design-lint/bin/ml-design-lint.js --report json fixtures/framing-missing.md fixtures/complete-fraud-detection.md > '${out}'`,
      ],
      { cwd: root },
    )
    expect(run).toEqual({ status: 1, stdout: '', stderr: '' })
    const files: Array<{ path: string; messages: Array<{ ruleId: string; fatal: boolean; line: number }> }> =
      JSON.parse(readFileSync(out, 'utf8'))
    expect(files.map((file) => file.path)).toEqual([
      'fixtures/complete-fraud-detection.md',
      'fixtures/framing-missing.md',
    ])
    expect(files[0].messages).toEqual([])
    expect(files[1].messages.map((message) => message.ruleId)).toContain('ml-category')
    expect(files[1].messages.every((message) => message.fatal === false && message.line > 0)).toBe(true)
  })

  it('keeps the cause of a failure in SARIF and JSON, and exits 2', () => {
    const directory = scratch({ '.remarkrc.json': '{"plugins": [', 'doc.md': '# Doc\n' }, 'sarif-broken-')
    const sarif = exec(process.execPath, [bin, '--report', 'sarif', 'doc.md'], { cwd: directory })
    expect(sarif.status).toBe(2)
    expect(sarif.stderr).toBe('')
    const log = JSON.parse(sarif.stdout) as Log
    expect(sarifErrors(log)).toEqual([])
    const [result] = log.runs[0].results ?? []
    expect(result.level).toBe('error')
    expect(result.message.text).toMatch(
      /^Cannot process file: Cannot parse file `\.remarkrc\.json`: Unexpected end of JSON input/,
    )
    const json = exec(process.execPath, [bin, '--report', 'json', 'doc.md'], { cwd: directory })
    expect(json.status).toBe(2)
    expect(JSON.parse(json.stdout)[0].messages[0]).toMatchObject({
      fatal: true,
      reason: expect.stringMatching(/^Cannot process file: Cannot parse file `\.remarkrc\.json`: /),
    })
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
