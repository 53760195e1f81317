/**
 * What the server makes of the client's answer for its `mlDesign` settings
 * section, and which folder a document is linted from.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Linter, readSettings } from '../src/lint.js'

describe('readSettings', () => {
  it('takes `null`, a missing section or anything but an object as the defaults', () => {
    for (const answer of [null, undefined, [], 'mlDesign', 3]) {
      expect(readSettings(answer)).toEqual({ requireConfig: false })
    }
  })

  it('reads the settings it knows and drops wrong values', () => {
    expect(readSettings({ requireConfig: true, ignorePath: '.docsignore', ignorePathResolveFrom: 'cwd' })).toEqual({
      requireConfig: true,
      ignorePath: '.docsignore',
      ignorePathResolveFrom: 'cwd',
    })
    expect(readSettings({ requireConfig: 'yes', ignorePath: 7, ignorePathResolveFrom: 'home', other: 1 })).toEqual({
      requireConfig: false,
      ignorePath: undefined,
      ignorePathResolveFrom: undefined,
    })
  })
})

describe('Linter#folderOf', () => {
  const linter = new Linter(
    {
      processorName: 'none',
      processorSpecifier: 'default',
      defaultProcessor: () => {
        throw new Error('not used')
      },
      ignoreName: '.remarkignore',
      packageField: 'remarkConfig',
      pluginPrefix: 'remark',
      rcName: '.remarkrc',
    } as never,
    () => {},
  )

  it('is the deepest workspace folder holding the document, or none', async () => {
    const outer = pathToFileURL('/work/docs').href
    const inner = pathToFileURL('/work/docs/design/').href
    const remote = 'vscode-vfs://github/org/repo'
    expect(await linter.folderOf('/work/docs/design/churn.md', [outer, inner, remote])).toBe('/work/docs/design')
    expect(await linter.folderOf('/work/docs/churn.md', [outer, inner])).toBe('/work/docs')
    expect(await linter.folderOf('/work/docs-old/churn.md', [outer])).toBeUndefined()
  })

  it('without workspace folders, is the nearest folder with a package.json or .git, else the document’s own', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ml-design-folder-'))
    try {
      mkdirSync(join(directory, 'project/docs/design'), { recursive: true })
      writeFileSync(join(directory, 'project/package.json'), '{}')
      expect(await linter.folderOf(join(directory, 'project/docs/design/churn.md'), [])).toBe(
        join(directory, 'project'),
      )
      mkdirSync(join(directory, 'loose'))
      // Above the scratch folder there may be a package.json or .git (the
      // temporary folder's parents): the answer is that folder or the document's own.
      const loose = await linter.folderOf(join(directory, 'loose/churn.md'), [])
      expect(loose === join(directory, 'loose') || !loose?.startsWith(directory)).toBe(true)
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  })
})
