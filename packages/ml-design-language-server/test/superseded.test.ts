/**
 * A lint whose document was edited again during its parse stops before the
 * rules (`remarkStopIfSuperseded`): nothing it would have found is
 * published anyway, so the rules' half of the lint is not spent on it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { processor, SupersededError, serverOptions } from '../src/index.js'
import { Linter } from '../src/lint.js'

const missingDoc = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'

/** The rule ids of the messages a run of the server's processor leaves on the file, and how the run ended. */
async function lint(superseded?: () => boolean): Promise<{ rules: string[]; error?: unknown }> {
  const file = new VFile({ path: 'doc.md', value: missingDoc })
  if (superseded) file.data.superseded = superseded
  const frozen = processor()
  let error: unknown
  try {
    await frozen.run(frozen.parse(file), file)
  } catch (caught) {
    error = caught
  }
  return { rules: file.messages.map((message) => String(message.ruleId)), error }
}

describe('remarkStopIfSuperseded', () => {
  it('lints as usual when the document was not edited, or when nothing asks', async () => {
    const plain = await lint()
    expect(plain.rules).toContain('ml-business-objective')
    expect(await lint(() => false)).toEqual(plain)
  })

  it('stops before the rules when a newer version arrived', async () => {
    const stopped = await lint(() => true)
    expect(stopped.error).toBeInstanceOf(SupersededError)
    expect(stopped.rules).toEqual([])
  })

  it('lets the edits received during the parse through before it asks', async () => {
    let edited = false
    // An edit already waiting when the parse ends: the stop sees it.
    setImmediate(() => {
      edited = true
    })
    const stopped = await lint(() => edited)
    expect(edited).toBe(true)
    expect(stopped.error).toBeInstanceOf(SupersededError)
    expect(stopped.rules).toEqual([])
  })
})

describe('Linter.lint with `superseded`', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'superseded-'))
  writeFileSync(join(workspace, 'package.json'), '{"private": true}\n')
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))
  const linter = new Linter(serverOptions, () => {})
  const path = join(workspace, 'doc.md')

  it('gives one fatal message saying why instead of the rules’ messages', async () => {
    const file = await linter.lint(path, missingDoc, workspace, { requireConfig: false }, () => true)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0].fatal).toBe(true)
    expect(file.messages[0].cause).toBeInstanceOf(SupersededError)
  })

  it('gives the rules’ messages when the document is current', async () => {
    const file = await linter.lint(path, missingDoc, workspace, { requireConfig: false }, () => false)
    expect(file.messages.map((message) => message.ruleId)).toContain('ml-business-objective')
    expect(file.messages.some((message) => message.fatal)).toBe(false)
  })
})
