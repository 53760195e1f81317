#!/usr/bin/env node
/**
 * `pnpm release:dry`: every package the release would publish and the
 * version it would publish, without publishing or changing anything here.
 *
 * It applies the pending changesets (`.changeset/*.md`) with
 * `changeset version` to a copy of the workspace's manifests in a temporary
 * folder, then reads the versions back. All packages are one fixed group
 * (`.changeset/config.json`), so they move together. The package list comes
 * from pnpm (`pnpm ls -r`), never from a list kept here.
 *
 * Output: one line per package, `name@next (now current)`, then a summary.
 * `--json`: the same as JSON, `[{ name, current, next, changelog }]`.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  if (result.error) throw result.error
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (exit ${result.status}):\n${result.stdout}${result.stderr}`,
    )
  }
  return result.stdout
}

/** The publishable workspace packages: `{ name, version, dir }`, dir relative to the root. */
export function workspacePackages() {
  const listed = JSON.parse(run('pnpm', ['ls', '--recursive', '--depth=-1', '--json'], root))
  return listed
    .filter((entry) => !entry.private)
    .map((entry) => ({ name: entry.name, version: entry.version, dir: relative(root, entry.path) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * What `changeset version` would make of the pending changesets, and of
 * `extra` ones (`{ 'file.md': content }`, added to the copy only: for tests).
 */
export function releasePlan(extra = {}) {
  const packages = workspacePackages()
  const copy = mkdtempSync(join(tmpdir(), 'ml-design-lint-release-'))
  try {
    for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(copy, file))
    cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true })
    for (const [file, content] of Object.entries(extra)) writeFileSync(join(copy, '.changeset', file), content)
    for (const { dir } of packages) {
      mkdirSync(join(copy, dir), { recursive: true })
      cpSync(join(root, dir, 'package.json'), join(copy, dir, 'package.json'))
    }
    // The changelog generator named in the config resolves from the copy, as from the root.
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
    run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], copy)
    return packages.map(({ name, version, dir }) => ({
      name,
      current: version,
      next: JSON.parse(readFileSync(join(copy, dir, 'package.json'), 'utf8')).version,
      changelog: existsSync(join(copy, dir, 'CHANGELOG.md')),
    }))
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const plan = releasePlan()
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(plan, undefined, 2))
  } else {
    for (const { name, current, next } of plan) console.log(`${name}@${next} (now ${current})`)
    const versions = [...new Set(plan.map((entry) => entry.next))]
    const pending = plan.some((entry) => entry.next !== entry.current)
    console.log(
      `\n${plan.length} packages would be published at ${versions.join(', ')}` +
        (pending ? ' (after `pnpm release:version`)' : ' (no pending changesets: the versions as they are)') +
        '; nothing was published.',
    )
  }
}
