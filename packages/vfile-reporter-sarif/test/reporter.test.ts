/**
 * The SARIF reporter: exact output for each kind of message and place, and
 * every log it writes (from hand-made files and from the fixtures) valid
 * against the SARIF 2.1.0 schema. The command-line runs (`ml-design-lint
 * --report sarif`, `remark --report sarif`) are in
 * `packages/ml-design-lint/test/report.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { remark } from 'remark'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import type { Log } from 'sarif'
import { VFile } from 'vfile'
import reporterJson from 'vfile-reporter-json'
import reporterSarif, { toSarif } from 'vfile-reporter-sarif'
import { describe, expect, it } from 'vitest'
import { sarifErrors } from './validate.js'

const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '')

const url = 'https://example.com/rules/heading-style#readme'

function sample(): VFile[] {
  const file = new VFile({ path: 'docs/design doc.md', cwd: '/project', value: '# Title\n' })
  const warning = file.message('Unexpected heading style, expected ATX', {
    place: { start: { line: 1, column: 1 }, end: { line: 1, column: 8 } },
    ruleId: 'heading-style',
    source: 'remark-lint',
  })
  warning.url = url
  warning.expected = ['Title\n=====']
  const error = file.message('Unexpected missing objective', {
    place: { line: 3, column: 5 },
    ruleId: 'objective',
    source: 'remark-lint',
  })
  error.fatal = true
  error.expected = ['## Objective\n\nTODO\n']
  file.info('Consider a summary', { ruleId: 'heading-style', source: 'remark-lint' })
  file.message('Something without a rule')
  const stdin = new VFile({ cwd: '/project', value: 'x' })
  stdin.message('From stdin', { ruleId: 'objective', source: 'remark-lint' })
  const clean = new VFile({ path: 'docs/clean.md', cwd: '/project', value: '# Clean\n' })
  return [file, stdin, clean]
}

describe('vfile-reporter-sarif on hand-made files', () => {
  it('writes each message as a result, each rule once, with levels and regions', () => {
    const log = toSarif(sample())
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'remark-lint',
              rules: [
                { id: 'heading-style', shortDescription: { text: 'remark-lint rule heading-style' }, helpUri: url },
                { id: 'objective', shortDescription: { text: 'remark-lint rule objective' } },
              ],
            },
          },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'heading-style',
              ruleIndex: 0,
              level: 'warning',
              message: { text: 'Unexpected heading style, expected ATX' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'docs/design%20doc.md', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 8 },
                  },
                },
              ],
              fixes: [
                {
                  description: { text: 'Replace it with `Title` ...' },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: 'docs/design%20doc.md', uriBaseId: '%SRCROOT%' },
                      replacements: [
                        {
                          deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 8 },
                          insertedContent: { text: 'Title\n=====' },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              ruleId: 'objective',
              ruleIndex: 1,
              level: 'error',
              message: { text: 'Unexpected missing objective' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'docs/design%20doc.md', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 3, startColumn: 5 },
                  },
                },
              ],
              // A point: an insertion, so the replaced region is empty.
              fixes: [
                {
                  description: { text: 'Insert `## Objective` ...' },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: 'docs/design%20doc.md', uriBaseId: '%SRCROOT%' },
                      replacements: [
                        {
                          deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 5 },
                          insertedContent: { text: '## Objective\n\nTODO\n' },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              ruleId: 'heading-style',
              ruleIndex: 0,
              level: 'note',
              message: { text: 'Consider a summary' },
              locations: [
                { physicalLocation: { artifactLocation: { uri: 'docs/design%20doc.md', uriBaseId: '%SRCROOT%' } } },
              ],
            },
            {
              level: 'warning',
              message: { text: 'Something without a rule' },
              locations: [
                { physicalLocation: { artifactLocation: { uri: 'docs/design%20doc.md', uriBaseId: '%SRCROOT%' } } },
              ],
            },
            { ruleId: 'objective', ruleIndex: 1, level: 'warning', message: { text: 'From stdin' } },
          ],
          originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///project/' } },
        },
      ],
    })
    expect(sarifErrors(log)).toEqual([])
  })

  it('is the default export, a string reporter like vfile-reporter-json (pretty by default)', () => {
    const text = reporterSarif(sample())
    expect(JSON.parse(text)).toEqual(toSarif(sample()))
    expect(text.split('\n')[1]).toBe('  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",')
    expect(reporterSarif(sample(), { pretty: false })).not.toContain('\n')
    expect(reporterSarif(sample(), { pretty: 4 }).split('\n')[1]).toMatch(/^ {4}"\$schema"/)
  })

  it('takes a tool name, version, home page, rule metadata, a base folder and --silent', () => {
    const log = toSarif(sample(), {
      name: 'ml-design-lint',
      version: '1.2.3',
      informationUri: 'https://example.com/tool',
      rules: { objective: { shortDescription: 'States the objective', fullDescription: 'More.', helpUri: url } },
      cwd: '/',
      silent: true,
    })
    const run = log.runs[0]
    expect(run.tool.driver).toEqual({
      name: 'ml-design-lint',
      version: '1.2.3',
      informationUri: 'https://example.com/tool',
      rules: [
        {
          id: 'objective',
          shortDescription: { text: 'States the objective' },
          fullDescription: { text: 'More.' },
          helpUri: url,
        },
      ],
    })
    // Only the fatal message is left; URIs are relative to the base folder.
    expect(run.results).toHaveLength(1)
    expect(run.results?.[0].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('project/docs/design%20doc.md')
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///' } })
    expect(sarifErrors(log)).toEqual([])
  })

  it('describes a rule with the description of its package when it is installed', () => {
    const file = new VFile({ path: 'doc.md', cwd: root, value: '' })
    file.message('Unexpected missing business objective', {
      ruleId: 'ml-business-objective',
      source: 'remark-lint',
    })
    const description = JSON.parse(
      readFileSync(join(root, 'packages/remark-lint-ml-business-objective/package.json'), 'utf8'),
    ).description
    expect(toSarif([file]).runs[0].tool.driver.rules?.[0].shortDescription).toEqual({ text: description })
  })

  it('writes a valid log when there is nothing to report', () => {
    const log = toSarif([new VFile({ path: 'a.md', cwd: '/project' })])
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].tool.driver.rules).toEqual([])
    expect(sarifErrors(log)).toEqual([])
  })

  it('has a schema check that rejects broken logs', () => {
    const log = toSarif(sample()) as Log & { runs: Array<Record<string, unknown>> }
    expect(sarifErrors({ ...log, version: '2.0.0' })).toEqual(['/version must be equal to one of the allowed values'])
    const broken = structuredClone(log)
    const region = broken.runs[0].results?.[0].locations?.[0].physicalLocation?.region as Record<string, unknown>
    region.startLine = 0
    ;(broken.runs[0].results?.[1] as unknown as Record<string, unknown>).level = 'fatal'
    delete (broken.runs[0].tool.driver as Partial<(typeof broken.runs)[0]['tool']['driver']>).name
    expect(sarifErrors(broken)).toEqual(
      expect.arrayContaining([
        "/runs/0/tool/driver must have required property 'name'",
        '/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1',
        '/runs/0/results/1/level must be equal to one of the allowed values',
      ]),
    )
  })
})

describe('vfile-reporter-sarif on the fixtures', () => {
  const paths = readdirSync(join(root, 'fixtures'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `fixtures/${name}`)
    .sort()

  async function lintFixtures(): Promise<VFile[]> {
    return Promise.all(
      paths.map(async (path) => {
        const file = new VFile({ path, cwd: root, value: readFileSync(join(root, path)) })
        await remark().use(remarkPresetLintMlDesign).process(file)
        return file
      }),
    )
  }

  it('maps every message of the preset to a result with its rule, level, text and region', async () => {
    const files = await lintFixtures()
    const log = toSarif(files)
    expect(sarifErrors(log)).toEqual([])
    const run = log.runs[0]
    const messages = files.flatMap((file) => file.messages.map((message) => ({ file, message })))
    expect(messages.length).toBeGreaterThan(0)
    expect(run.results).toHaveLength(messages.length)
    let fixed = 0
    messages.forEach(({ file, message }, index) => {
      const result = run.results?.[index]
      const place = message.place && 'start' in message.place ? message.place : undefined
      // A missing section's stub: inserted at the message's point.
      if (message.expected) {
        fixed++
        expect(place).toBeUndefined()
        expect(result?.fixes?.[0].artifactChanges[0].replacements[0]).toEqual({
          deletedRegion: {
            startLine: message.line,
            startColumn: message.column,
            endLine: message.line,
            endColumn: message.column,
          },
          insertedContent: { text: message.expected[0] },
        })
      }
      expect({ ...result, fixes: undefined }).toEqual({
        ruleId: message.ruleId,
        ruleIndex: run.tool.driver.rules?.findIndex((rule) => rule.id === message.ruleId),
        level: 'warning',
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.path, uriBaseId: '%SRCROOT%' },
              region: place
                ? {
                    startLine: place.start.line,
                    startColumn: place.start.column,
                    endLine: place.end.line,
                    endColumn: place.end.column,
                  }
                : { startLine: message.line, startColumn: message.column },
            },
          },
        ],
        fixes: undefined,
      })
    })
    expect(fixed).toBeGreaterThan(0)
    for (const rule of run.tool.driver.rules ?? []) {
      expect(rule.id).toMatch(/^ml-/)
      expect(rule.helpUri).toBe(
        `https://github.com/ml-design-lint/ml-design-lint/tree/main/packages/remark-lint-${rule.id}#readme`,
      )
      expect(rule.shortDescription?.text).toMatch(/^remark-lint rule /)
    }
    // The same messages as the JSON reporter.
    const json = JSON.parse(reporterJson(files)) as Array<{ messages: unknown[] }>
    expect(json.flatMap((file) => file.messages)).toHaveLength(messages.length)
  })
})
