/**
 * Helpers for tests that run the real `ml-design-lint` command: build the
 * packages it runs (`tsc -b`, once at a time across test files), make
 * scratch folders and spawn the bin.
 */
import { type SpawnSyncOptions, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export const root = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '')
export const bin = join(root, 'packages/ml-design-lint/bin/ml-design-lint.js')
export const remarkCli = join(root, 'node_modules/remark-cli/cli.js')

/** Packages whose build errors fail these tests (others' are reported, not fatal: their `dist/` is still written). */
const ours = /packages\/(ml-design-lint|vfile-reporter-sarif)\//

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * `tsc -b packages/ml-design-lint` (which builds the preset, the rules and the SARIF reporter), or
 * `tsc -b` of another project (`.`: the whole workspace), one test file at a time.
 */
export function build(project = 'packages/ml-design-lint'): void {
  mkdirSync(join(root, '.scratch'), { recursive: true })
  const lock = join(root, '.scratch', '.build-lock')
  const deadline = Date.now() + 180_000
  while (true) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // A lock left by a killed run is stale after 3 minutes.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true })
      } catch {}
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${lock}`)
      sleep(200)
    }
  }
  try {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', project], {
      cwd: root,
      encoding: 'utf8',
    })
    const output = `${run.stdout}${run.stderr}`
    if (run.status !== 0) {
      if (ours.test(output) || /error TS5|error TS6/.test(output)) throw new Error(`tsc -b failed:\n${output}`)
      console.warn(`tsc -b reported errors outside ml-design-lint and vfile-reporter-sarif:\n${output}`)
    }
    // The bundle the command loads (`pnpm build` makes it too): see scripts/bundle.mjs.
    const bundle = spawnSync(process.execPath, [join(root, 'packages/ml-design-lint/scripts/bundle.mjs')], {
      cwd: root,
      encoding: 'utf8',
    })
    if (bundle.status !== 0) throw new Error(`bundling failed:\n${bundle.stdout}${bundle.stderr}`)
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

const scratches: string[] = []

/**
 * A scratch folder in the system's temporary folder with these files (paths
 * may have folders) and a `node_modules` link to this checkout's, so that
 * packages named in a `.remarkrc` resolve as they do in a user's project and
 * no configuration of this checkout applies. Removed by `cleanup()`.
 */
export function scratch(files: Record<string, string>, prefix = 'lint-'): string {
  const directory = mkdtempSync(join(tmpdir(), `ml-design-lint-${prefix}`))
  scratches.push(directory)
  symlinkSync(join(root, 'node_modules'), join(directory, 'node_modules'))
  write(directory, files)
  return directory
}

/** Remove the scratch folders (call in `afterAll`). */
export function cleanup(): void {
  for (const directory of scratches.splice(0)) rmSync(directory, { recursive: true, force: true })
}

export function write(directory: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, name)), { recursive: true })
    writeFileSync(join(directory, name), content)
  }
}

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Run `ml-design-lint` with these arguments, stdout and stderr piped (not a terminal). */
export function lint(args: string[], cwd = root, options: SpawnSyncOptions = {}): Run {
  // Colour depends on these: start from neither, then take the test's.
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.FORCE_COLOR
  delete env.NO_COLOR
  Object.assign(env, options.env)
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', ...options, env })
  return { status: run.status, stdout: String(run.stdout), stderr: String(run.stderr) }
}

/** Run a command, resolving when it exits (for long-lived commands, use `spawn`). */
export function exec(command: string, args: string[], options: SpawnSyncOptions = {}): Run {
  const run = spawnSync(command, args, { encoding: 'utf8', ...options })
  if (run.error) throw run.error
  return { status: run.status, stdout: String(run.stdout), stderr: String(run.stderr) }
}

export { spawn }

/** Whether a command is on the PATH. */
export function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0
}

/** The fenced code block right after `<!-- test: name -->` in a Markdown document. */
export function snippet(markdown: string, name: string): string {
  const match = new RegExp(`<!-- test: ${name} -->\\s*\\n(\`{3,}|~{3,})[^\\n]*\\n([\\s\\S]*?)\\n\\1`).exec(markdown)
  if (!match) throw new Error(`no code block after <!-- test: ${name} -->`)
  return match[2]
}
