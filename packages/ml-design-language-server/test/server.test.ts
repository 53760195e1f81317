/**
 * The language server as an editor runs it: the built bin spawned over
 * stdio, spoken to in JSON-RPC with Content-Length framing (the
 * `vscode-languageserver-protocol` client side), with the capabilities an
 * editor announces (`./session.ts`). The tests build first (`tsc -b`,
 * incremental): the bin runs from `dist/`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CodeActionRequest,
  DidOpenTextDocumentNotification,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js'
import { bin, buildServer, manifest, ofRule, Session, scratch, uriOf, within } from './session.js'

const businessObjective = {
  code: 'ml-business-objective',
  source: 'remark-lint',
  codeDescription: {
    href: 'https://github.com/ml-design-lint/ml-design-lint/tree/main/packages/remark-lint-ml-business-objective#readme',
  },
}
const missingBusinessObjective =
  'Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`'

const missingDoc = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
// The stub the rule offers for it, and where it goes: `3:1`, before `## Data` (0-based, an empty range).
const businessStub =
  '## Business objective\n\nTODO — state the business objective, such as `Reduce monthly churn from 4% to 3.5%`.\n\n'
const stubRange = { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }
// A section left to fill: the message points at its heading and offers nothing to insert.
const emptySectionDoc = '# Churn model\n\n## Business objective\n\nTBD\n\n## Data\n\nTwo years of billing events.\n'
const fixedDoc =
  '# Churn model\n\n## Business objective\n\nReduce monthly subscriber churn from 4% to 3.5% by calling the right customers.\n\n## Data\n\nTwo years of billing events.\n'
const mlOnlyDoc = '# Churn model\n\n## Goals\n\nMaximise the AUC of the churn model.\n'

/** Apply an LSP edit to a text (edits of one document, non-overlapping). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n')
  const offset = (position: { line: number; character: number }) =>
    lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce(
      (result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)),
      text,
    )
}

/** A tiny rule that knows its fix: a lowercase `##` heading, with the capitalised heading as `expected`. */
const capitalRule = `export default function headingCapital() {
  return (tree, file) => {
    for (const node of tree.children) {
      if (node.type !== 'heading' || node.depth !== 2) continue
      const text = node.children[0]
      if (!text || text.type !== 'text' || !/^[a-z]/.test(text.value)) continue
      const expected = text.value[0].toUpperCase() + text.value.slice(1)
      const message = file.message('Unexpected lowercase heading \`' + text.value + '\`, expected \`' + expected + '\`', {
        place: text.position,
        ruleId: 'heading-capital',
        source: 'test',
      })
      message.expected = [expected]
    }
  }
}
`

beforeAll(buildServer, 120_000)

describe('ml-design-language-server over stdio, in a workspace', { timeout: 20_000 }, () => {
  let session: Session
  let workspace: string
  let capabilities: InitializeResult['capabilities']

  beforeAll(async () => {
    workspace = scratch({
      'plain/doc.md': missingDoc,
      'strict/.remarkrc.json': JSON.stringify({
        plugins: ['remark-preset-lint-ml-design', ['remark-lint-ml-business-objective', ['error']]],
      }),
      'strict/doc.md': missingDoc,
      'other/.remarkrc.json': JSON.stringify({ plugins: ['remark-gfm'] }),
      'other/doc.md': missingDoc,
      'fix/.remarkrc.json': JSON.stringify({ plugins: ['./heading-capital.mjs'] }),
      'fix/heading-capital.mjs': capitalRule,
      'broken/.remarkrc.json': JSON.stringify({
        plugins: ['remark-preset-lint-ml-design', ['remark-lint-ml-business-objective', { requireTarget: 'yes' }]],
      }),
      'broken/doc.md': missingDoc,
      'unparsable/.remarkrc.json': '{"plugins": [',
      'unparsable/doc.md': missingDoc,
    })
    session = new Session(['--stdio'])
    capabilities = (await session.initialize(workspace)).capabilities
  }, 20_000)

  afterAll(async () => {
    if (session) expect(await session.close()).toBe(0)
  })

  it('announces incremental document sync and quick fixes, and no formatting', () => {
    expect(capabilities.textDocumentSync).toBe(2)
    // Quick fixes carry their edit: nothing to resolve.
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] })
    // Format on save must not rewrite a design document.
    expect(capabilities.documentFormattingProvider).toBeUndefined()
    expect(capabilities.documentRangeFormattingProvider).toBeUndefined()
    expect(capabilities.documentOnTypeFormattingProvider).toBeUndefined()
  })

  it('without a remark config, lints with the preset: rule id, docs link, warning, exact range', async () => {
    const uri = uriOf(join(workspace, 'plain/doc.md'))
    const opened = await session.open(uri, missingDoc)
    expect(ofRule(opened, 'ml-business-objective')).toEqual([
      {
        ...businessObjective,
        severity: 2,
        message: missingBusinessObjective,
        // Where the missing section belongs, with its stub as the fix.
        range: stubRange,
        data: { expected: [businessStub] },
      },
    ])

    // The ML objective filed as the business one: the message points at its sentence (`5:1-5:37`).
    const mlOnly = await session.change(uri, mlOnlyDoc)
    expect(ofRule(mlOnly, 'ml-business-objective')).toEqual([
      {
        ...businessObjective,
        severity: 2,
        message:
          'Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`',
        range: { start: { line: 4, character: 0 }, end: { line: 4, character: 36 } },
      },
    ])

    // Fixed: the message goes away with the new version.
    const fixed = await session.change(uri, fixedDoc)
    expect(ofRule(fixed, 'ml-business-objective')).toEqual([])
    expect(fixed.filter((diagnostic) => diagnostic.severity === 1)).toEqual([])
  })

  it('takes the severity from a rule configured `["error"]` in .remarkrc.json, once', async () => {
    const uri = uriOf(join(workspace, 'strict/doc.md'))
    const opened = await session.open(uri, missingDoc)
    expect(ofRule(opened, 'ml-business-objective')).toEqual([
      {
        ...businessObjective,
        severity: 1,
        message: missingBusinessObjective,
        range: stubRange,
        data: { expected: [businessStub] },
      },
    ])
    const fixed = await session.change(uri, fixedDoc)
    expect(ofRule(fixed, 'ml-business-objective')).toEqual([])
  })

  it('uses a remark config that does not list the preset as it is', async () => {
    const uri = uriOf(join(workspace, 'other/doc.md'))
    expect(await session.open(uri, missingDoc)).toEqual([])
  })

  it('offers the `expected` value of a message as a quick fix, which fixes it', async () => {
    const uri = uriOf(join(workspace, 'fix/doc.md'))
    const text = '# Churn model\n\n## business objective\n\nReduce monthly churn from 4% to 3.5%.\n'
    const opened = await session.open(uri, text)
    const range = { start: { line: 2, character: 3 }, end: { line: 2, character: 21 } }
    expect(opened).toEqual([
      {
        range,
        message: 'Unexpected lowercase heading `business objective`, expected `Business objective`',
        severity: 2,
        code: 'heading-capital',
        source: 'test',
        data: { expected: ['Business objective'] },
      },
    ])

    const actions = await within(
      session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range,
        context: { diagnostics: opened, only: ['quickfix'] },
      }),
      'textDocument/codeAction',
      session.crashed,
    )
    const edit = { range, newText: 'Business objective' }
    expect(actions).toEqual([
      {
        title: 'Replace `business objective` with `Business objective`',
        edit: { changes: { [uri]: [edit] } },
        kind: 'quickfix',
        isPreferred: true,
      },
    ])

    // The editor applies the edit and sends the new text: the message is gone.
    const fixed = applyEdits(text, [edit])
    expect(fixed).toBe('# Churn model\n\n## Business objective\n\nReduce monthly churn from 4% to 3.5%.\n')
    expect(await session.change(uri, fixed)).toEqual([])
  })

  it('offers a missing section as a quick fix that inserts its stub where it belongs', async () => {
    const uri = uriOf(join(workspace, 'plain/doc.md'))
    const diagnostics = ofRule(await session.change(uri, missingDoc), 'ml-business-objective')
    expect(diagnostics.map((diagnostic) => diagnostic.range)).toEqual([stubRange])
    const actions = await within(
      session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: stubRange,
        context: { diagnostics, only: ['quickfix'] },
      }),
      'textDocument/codeAction',
      session.crashed,
    )
    const edit = { range: stubRange, newText: businessStub }
    expect(actions).toEqual([
      {
        title: `Insert \`${businessStub}\``,
        edit: { changes: { [uri]: [edit] } },
        kind: 'quickfix',
        isPreferred: true,
      },
    ])

    // Applied: the same text `ml-design-lint --fix` inserts, every other byte kept.
    const fixed = applyEdits(missingDoc, [edit])
    expect(fixed).toBe(`# Churn model\n\n${businessStub}## Data\n\nTwo years of billing events.\n`)
    // The stub is a placeholder: the rule now asks for it to be filled, at its heading, with nothing more to insert.
    const after = await session.change(uri, fixed)
    expect(ofRule(after, 'ml-business-objective')).toEqual([
      {
        ...businessObjective,
        severity: 2,
        message: missingBusinessObjective,
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 21 } },
      },
    ])
    expect(ofRule(after, 'ml-no-placeholders')).toHaveLength(1)
  })

  it('offers no quick fix for a message without `expected`', async () => {
    const uri = uriOf(join(workspace, 'plain/doc.md'))
    const diagnostics = ofRule(await session.change(uri, emptySectionDoc), 'ml-business-objective')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0].data).toBeUndefined()
    const actions = await within(
      session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostics[0].range,
        context: { diagnostics },
      }),
      'textDocument/codeAction',
      session.crashed,
    )
    expect(actions).toEqual([])
  })

  it('reports a wrong rule option as an error on the document, and keeps serving', async () => {
    const uri = uriOf(join(workspace, 'broken/doc.md'))
    const diagnostics = await session.open(uri, missingDoc)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0].severity).toBe(1)
    // unified-language-server adds the error's stack after these lines.
    expect(diagnostics[0].message.split('\n').slice(0, 2)).toEqual([
      'Cannot process file',
      'Error: Unexpected value `"yes"` for option `requireTarget` of `ml-business-objective`, expected `true` or `false`',
    ])
    expect(diagnostics[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })
  })

  it('reports a .remarkrc.json that does not parse as an error on the document', async () => {
    const uri = uriOf(join(workspace, 'unparsable/doc.md'))
    const diagnostics = await session.open(uri, missingDoc)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0].severity).toBe(1)
    expect(diagnostics[0].message.split('\n').slice(0, 2)).toEqual([
      'Cannot process file',
      'Error: Cannot parse file `unparsable/.remarkrc.json`',
    ])
    // Still alive: another document is linted.
    const other = await session.change(uriOf(join(workspace, 'plain/doc.md')), mlOnlyDoc)
    expect(ofRule(other, 'ml-business-objective')).toHaveLength(1)
  })
})

describe('ml-design-language-server with no workspace folder', { timeout: 20_000 }, () => {
  let session: Session

  beforeAll(async () => {
    // No transport argument: stdio is the default.
    session = new Session([])
    await session.initialize(undefined)
  }, 20_000)

  afterAll(async () => {
    if (session) expect(await session.close()).toBe(0)
  })

  it('survives an unsaved (`untitled:`) document and lints a file of a folder without this package', async () => {
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: missingDoc },
    })
    // Outside the repository: nothing to load from the folder, the server's own processor is used.
    const directory = mkdtempSync(join(tmpdir(), 'ml-design-lsp-'))
    writeFileSync(join(directory, 'package.json'), '{"private": true}\n')
    writeFileSync(join(directory, 'doc.md'), missingDoc)
    const diagnostics = await session.open(uriOf(join(directory, 'doc.md')), missingDoc)
    expect(ofRule(diagnostics, 'ml-business-objective')).toEqual([
      expect.objectContaining({
        severity: 2,
        range: stubRange,
      }),
    ])
    expect(session.child.exitCode).toBe(null)
    // The failure on the unsaved document is logged to the editor.
    expect(session.logs.some((message) => message.startsWith('ml-design-language-server: '))).toBe(true)
    expect(
      session.logs.some((message) =>
        message.startsWith('Cannot find `ml-design-language-server` locally but using `defaultProcessor`'),
      ),
    ).toBe(true)
    rmSync(directory, { recursive: true, force: true })
  })
})

describe('ml-design-language-server on the command line', () => {
  it('prints its version and usage', () => {
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })
    expect(version.status).toBe(0)
    expect(version.stdout).toBe(`${manifest.version}\n`)
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: ml-design-language-server \[--stdio/)
  })
})
