/**
 * Configuration read afresh for every lint: a `.remarkrc*` file, a
 * `remarkConfig` field in `package.json` or a `.remarkignore` written,
 * changed or removed between two edits applies to the next lint, without
 * the client telling the server (many clients never send
 * `workspace/didChangeWatchedFiles`). The server keeps no configuration
 * between lints: docs/performance.md ("third round") measured what keeping
 * it would save, about 1 to 2.5 ms of a 55 ms lint.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer, ofRule, Session, scratch, uriOf } from './session.js'

const missingDoc = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
const strict = {
  plugins: ['remark-preset-lint-ml-design', ['remark-lint-ml-business-objective', ['error']]],
}

beforeAll(buildServer, 120_000)

describe('ml-design-language-server when configuration files change between lints', { timeout: 30_000 }, () => {
  let session: Session
  let workspace: string

  beforeAll(async () => {
    workspace = scratch({ 'rc/doc.md': missingDoc, 'pkg/doc.md': missingDoc, 'ignored/doc.md': missingDoc })
    session = new Session(['--stdio'])
    await session.initialize(workspace)
  }, 20_000)

  afterAll(async () => {
    if (session) expect(await session.close()).toBe(0)
  })

  /** The severities of `ml-business-objective` in the diagnostics of the document's next version. */
  const severities = async (uri: string, text: string) =>
    ofRule(await session.change(uri, text), 'ml-business-objective').map((diagnostic) => diagnostic.severity)

  it('applies a .remarkrc.json written, changed and removed since the last lint', async () => {
    const uri = uriOf(join(workspace, 'rc/doc.md'))
    expect(ofRule(await session.open(uri, missingDoc), 'ml-business-objective').map((d) => d.severity)).toEqual([2])
    writeFileSync(join(workspace, 'rc/.remarkrc.json'), JSON.stringify(strict))
    expect(await severities(uri, `${missingDoc}\n`)).toEqual([1])
    // A configuration without the preset: the rule is off.
    writeFileSync(join(workspace, 'rc/.remarkrc.json'), JSON.stringify({ plugins: ['remark-gfm'] }))
    expect(await severities(uri, missingDoc)).toEqual([])
    rmSync(join(workspace, 'rc/.remarkrc.json'))
    expect(await severities(uri, `${missingDoc}\n`)).toEqual([2])
  })

  it('applies a `remarkConfig` field added to package.json', async () => {
    const uri = uriOf(join(workspace, 'pkg/doc.md'))
    expect(ofRule(await session.open(uri, missingDoc), 'ml-business-objective')).toHaveLength(1)
    writeFileSync(join(workspace, 'pkg/package.json'), JSON.stringify({ private: true, remarkConfig: strict }))
    expect(await severities(uri, `${missingDoc}\n`)).toEqual([1])
  })

  it('applies a .remarkignore written and removed since the last lint', async () => {
    const uri = uriOf(join(workspace, 'ignored/doc.md'))
    expect(ofRule(await session.open(uri, missingDoc), 'ml-business-objective')).toHaveLength(1)
    writeFileSync(join(workspace, 'ignored/.remarkignore'), 'doc.md\n')
    expect(await session.change(uri, `${missingDoc}\n`)).toEqual([])
    rmSync(join(workspace, 'ignored/.remarkignore'))
    expect(await severities(uri, missingDoc)).toEqual([2])
  })
})
