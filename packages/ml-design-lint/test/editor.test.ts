/**
 * The command and the editor agree on a configuration that names no rule:
 * the language server's processor and configuration files, run through
 * `unified-engine` as `unified-language-server` runs them, give the same
 * messages as `ml-design-lint` for a `.remarkrc.json` with only settings
 * (and with none). The language server's own stdio tests are in its package.
 */
import { Writable } from 'node:stream'
import { processor, serverOptions } from 'ml-design-language-server'
import { engine } from 'unified-engine'
import type { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, cleanup, lint, scratch } from './helpers.js'

const poor = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'

/** What the editor reports for a file: its processor, with the configuration files the server reads. */
function editor(cwd: string, path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor,
        cwd,
        files: [path],
        rcName: serverOptions.rcName,
        packageField: serverOptions.packageField,
        pluginPrefix: serverOptions.pluginPrefix,
        ignoreName: serverOptions.ignoreName,
        out: false,
        reporter: () => '',
        streamError: new Writable({ write: (_chunk, _encoding, callback) => callback() }),
      },
      (error, _code, context) => {
        if (error) reject(error)
        else resolve(messagesOf(context?.files[0]))
      },
    )
  })
}

function messagesOf(file: VFile | undefined): string[] {
  return (file?.messages ?? []).map(
    (message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`,
  )
}

function command(cwd: string, path: string): string[] {
  const run = lint(['--report', 'json', path], cwd)
  const [file] = JSON.parse(run.stdout) as Array<{
    messages: Array<{ line: number; column: number; ruleId: string; reason: string }>
  }>
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
}

beforeAll(() => build(), 180_000)
afterAll(cleanup)

describe('the command and the editor', () => {
  it('give the same messages for a .remarkrc.json with only settings, and for none', async () => {
    const directory = scratch(
      {
        'settings/.remarkrc.json': JSON.stringify({ settings: { bullet: '*' } }),
        'settings/doc.md': poor,
        'none/doc.md': poor,
      },
      'editor-',
    )
    for (const path of ['settings/doc.md', 'none/doc.md']) {
      const fromCommand = command(directory, path)
      expect(fromCommand.length, path).toBeGreaterThan(10)
      expect(await editor(directory, path), path).toEqual(fromCommand)
    }
  })
})
