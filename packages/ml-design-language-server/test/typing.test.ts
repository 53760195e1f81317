/**
 * The server with the clients editors really are, and under typing: a
 * client that answers `null` for its settings (vscode-languageclient,
 * eglot) or `{}`, or settings; edits sent faster than lints run.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node.js'
import { buildServer, ofRule, root, Session, scratch, uriOf } from './session.js'

const missingDoc = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
const fixedDoc =
  '# Churn model\n\n## Business objective\n\nReduce monthly subscriber churn from 4% to 3.5% by calling the right customers.\n\n## Data\n\nTwo years of billing events.\n'

/** A long design document (about 16 KB, over 40 messages): corpus documents one after another. */
function longDocument(): string {
  const directory = join(root, 'fixtures/corpus')
  let text = ''
  for (const name of readdirSync(directory).sort()) {
    if (text.length >= 16_000) break
    if (name.endsWith('.md')) text += `${readFileSync(join(directory, name), 'utf8')}\n`
  }
  return text
}

beforeAll(buildServer, 120_000)

describe.each([
  ['`null`, as vscode-languageclient and eglot do', null],
  ['`{}`', {}],
  ['settings with an ignore file that leaves the document in', { ignorePath: '.docsignore' }],
])('ml-design-language-server with a client that answers %s for its settings', (_, settings) => {
  let session: Session
  let workspace: string

  beforeAll(async () => {
    workspace = scratch({ 'doc.md': missingDoc, '.docsignore': 'drafts/\n' })
    session = new Session(['--stdio'], settings)
    await session.initialize(workspace)
  }, 20_000)

  afterAll(async () => {
    if (session) expect(await session.close()).toBe(0)
  })

  it('publishes the diagnostics, with the preset', async () => {
    const uri = uriOf(join(workspace, 'doc.md'))
    const diagnostics = await session.open(uri, missingDoc)
    expect(ofRule(diagnostics, 'ml-business-objective')).toEqual([
      expect.objectContaining({
        severity: 2,
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      }),
    ])
    expect(ofRule(await session.change(uri, fixedDoc), 'ml-business-objective')).toEqual([])
    expect(session.stderr).toBe('')
  })
})

describe('ml-design-language-server with `requireConfig: true`', () => {
  it('leaves a document without a remark configuration unlinted', async () => {
    const workspace = scratch({ 'doc.md': missingDoc })
    const session = new Session(['--stdio'], { requireConfig: true })
    try {
      await session.initialize(workspace)
      expect(await session.open(uriOf(join(workspace, 'doc.md')), missingDoc)).toEqual([])
    } finally {
      expect(await session.close()).toBe(0)
    }
  }, 20_000)
})

describe('ml-design-language-server while the user types', { timeout: 30_000 }, () => {
  let session: Session
  let workspace: string

  beforeAll(async () => {
    workspace = scratch({})
    session = new Session(['--stdio'])
    await session.initialize(workspace)
  }, 20_000)

  afterAll(async () => {
    if (session) expect(await session.close()).toBe(0)
  })

  it('applies edits of a range (incremental sync) and lints the text they make', async () => {
    const uri = uriOf(join(workspace, 'ranged.md'))
    expect(ofRule(await session.open(uri, missingDoc), 'ml-business-objective')).toHaveLength(1)
    const section = fixedDoc.slice(fixedDoc.indexOf('## Business'), fixedDoc.indexOf('## Data'))
    const at = { line: 2, character: 0 }
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: section }],
    })
    const inserted = await session.diagnostics(uri, 2)
    expect(ofRule(inserted, 'ml-business-objective')).toEqual([])
    // The same as the whole fixed text gives.
    expect(inserted).toEqual(await session.open(uriOf(join(workspace, 'whole.md')), fixedDoc))
    // Removing the section again, one range: the message is back.
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: at, end: { line: 6, character: 0 } }, text: '' }],
    })
    expect(ofRule(await session.diagnostics(uri, 3), 'ml-business-objective')).toHaveLength(1)
  })

  it('skips the versions edited during a lint and never publishes an older version than one it published', async () => {
    const uri = uriOf(join(workspace, 'typed.md'))
    const base = longDocument()
    await session.open(uri, base)
    // 80 edits sent at once, far faster than a 16 KB document lints: a
    // sentence typed one character at a time into the document's first
    // section, then the business objective added at the top.
    const sentence = 'Alert when the weekly churn rate rises by a point. '
    const at = base.indexOf('\n\n') + 2
    const versions: string[] = [base]
    for (let typed = 1; typed < 80; typed++) {
      versions.push(`${base.slice(0, at)}${sentence.repeat(2).slice(0, typed)}${base.slice(at)}`)
    }
    const last = versions[versions.length - 1]
    versions.push(`${last.slice(0, at)}${fixedDoc.slice(fixedDoc.indexOf('## Business'))}\n${last.slice(at)}`)
    for (const [index, text] of versions.entries()) {
      if (index === 0) continue
      void session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: index + 1 },
        contentChanges: [{ text }],
      })
    }
    const final = await session.diagnostics(uri, versions.length)

    const published = session.published.filter((item) => item.uri === uri).map((item) => item.version ?? 0)
    // In order, the final version last, and far fewer lints than versions.
    expect(published).toEqual([...published].sort((a, b) => a - b))
    expect(published[published.length - 1]).toBe(versions.length)
    expect(published.length).toBeLessThan(versions.length / 2)

    // The diagnostics are those of the final text: the same as for that text opened afresh.
    const fresh = await session.open(uriOf(join(workspace, 'fresh.md')), versions[versions.length - 1])
    expect(final).toEqual(fresh)
    expect(final.length).toBeGreaterThan(40)
    expect(ofRule(final, 'ml-business-objective').some((item) => item.range.start.line === 2)).toBe(false)
  })
})
