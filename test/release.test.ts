/**
 * The release process (RELEASING.md): `pnpm release:dry` lists every
 * publishable workspace package with the version it would publish, and the
 * packages move in step (one fixed changesets group).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
// @ts-expect-error: a plain ESM script, without types.
import { releasePlan } from '../scripts/release-dry.mjs'

interface Entry {
  name: string
  current: string
  next: string
  changelog: boolean
}

const root = new URL('..', import.meta.url).pathname

/** The publishable packages, found from pnpm-workspace.yaml's globs (`dir/*`) on disk. */
function packagesOnDisk(): Map<string, string> {
  const found = new Map<string, string>()
  const globs: string[] = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')).packages
  for (const glob of globs) {
    expect(glob, 'a workspace glob this test can expand').toMatch(/^[\w-]+\/\*$/)
    const folder = glob.slice(0, -2)
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const manifest = JSON.parse(readFileSync(join(root, folder, entry.name, 'package.json'), 'utf8'))
      if (!manifest.private) found.set(manifest.name, manifest.version)
    }
  }
  return found
}

describe('pnpm release:dry', { timeout: 60_000 }, () => {
  it('lists every workspace package, each at the version it would publish, all in step', () => {
    const onDisk = packagesOnDisk()
    expect(onDisk.size).toBeGreaterThanOrEqual(27)
    const plan: Entry[] = releasePlan()
    expect(plan.map((entry) => entry.name).sort()).toEqual([...onDisk.keys()].sort())
    for (const entry of plan) expect(entry.current).toBe(onDisk.get(entry.name))
    expect(new Set(plan.map((entry) => entry.next)).size).toBe(1)
  })

  it('moves every package to the same version, with a CHANGELOG, when one package has a changeset', () => {
    const rule = 'remark-lint-ml-scale'
    const before: Entry[] = releasePlan()
    const after: Entry[] = releasePlan({ 'a-test-change.md': `---\n"${rule}": minor\n---\n\nCount stores as scale.\n` })
    const [major, minor] = before
      .find((entry) => entry.name === rule)!
      .next.split('.')
      .map(Number)
    const bumped = `${major}.${minor + 1}.0`
    expect(after.length).toBe(before.length)
    for (const entry of after) {
      expect(entry, entry.name).toMatchObject({ next: bumped, changelog: true })
    }
  })
})
