/**
 * Commit hooks, for real, in throwaway git repositories (in the system's
 * temporary folder, never inside this checkout):
 *
 * * pre-commit (Debian's `pre-commit`), `language: node`, from an empty
 *   `PRE_COMMIT_HOME` and with no `ml-design-lint` on the PATH:
 *   `pre-commit try-repo` on a bad and a good design document, then
 *   `pre-commit install` with the `.pre-commit-config.yaml` of the README
 *   and real `git commit`s;
 * * husky + lint-staged: the README's recipe (`npx husky init`, the
 *   `lint-staged` block of `package.json`), then real `git commit`s.
 *
 * The hook repository is a fresh git repository holding, as they are on
 * disk, the files of this checkout that pre-commit installs the hook from:
 * `.pre-commit-hooks.yaml`, the root `package.json` and `hook/` (try-repo on
 * this checkout would take its last commit, not the files under test).
 * pre-commit installs it with npm (from the npm registry, preferring npm's
 * cache). For lint-staged, `ml-design-lint` is the built bin of this
 * checkout in the project's `node_modules`, as a user's install puts it.
 * Skipped, saying why, only when git or pre-commit is missing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { build, exec, has, type Run, root, snippet, write } from './helpers.js'

const hasGit = has('git')
const hasPreCommit = has('pre-commit')
if (!hasGit) console.warn('hooks.test.ts: skipping every hook test: `git` is not installed')
else if (!hasPreCommit) {
  console.warn(
    'hooks.test.ts: skipping the pre-commit tests: `pre-commit` is not installed (apt-get install -y pre-commit)',
  )
}

const readme = readFileSync(join(root, 'packages/ml-design-lint/README.md'), 'utf8')
const bad = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
const good = readFileSync(join(root, 'fixtures/complete-fraud-detection.md'), 'utf8')
const missingObjective = 'Unexpected missing business objective'

const temporary: string[] = []
function folder(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), `ml-design-lint-${prefix}-`))
  temporary.push(directory)
  return directory
}

/** An environment that reaches no user or system git configuration and no outer repository. */
function environment(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(GIT_|PRE_COMMIT|HUSKY|VITEST|FORCE_COLOR$|NO_COLOR$|NODE_ENV$|TEST$|npm_)/i.test(key)) env[key] = value
  }
  // Nothing of this checkout on the PATH (`pnpm test` puts its node_modules/.bin there): no global install.
  const path = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.includes('node_modules'))
    .join(delimiter)
  return {
    ...env,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_CEILING_DIRECTORIES: tmpdir(),
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    PRE_COMMIT_HOME: join(home, 'pre-commit-cache'),
    PATH: path,
    // pre-commit's `npm install`s download from the registry into npm's usual cache, and reuse it.
    npm_config_cache: process.env.npm_config_cache ?? join(homedir(), '.npm'),
    npm_config_prefer_offline: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  }
}

/** A git repository in a fresh temporary folder, with these files committed. */
function repository(prefix: string, files: Record<string, string>, env: NodeJS.ProcessEnv): string {
  const directory = folder(prefix)
  const git = (...args: string[]) => exec('git', args, { cwd: directory, env })
  expect(git('init', '-q', '-b', 'main').status).toBe(0)
  // Guard: every git command below must act on this repository, never an outer one.
  expect(git('rev-parse', '--show-toplevel').stdout.trim()).toBe(directory)
  write(directory, files)
  expect(git('add', '-A').status).toBe(0)
  expect(git('commit', '-q', '-m', 'initial').status).toBe(0)
  return directory
}

/** The files pre-commit installs the hook from, as they are on disk. */
function hookFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  const names = ['.pre-commit-hooks.yaml', 'package.json', '.npmrc', 'LICENSE', 'README.md']
  for (const name of readdirSync(join(root, 'hook'), { recursive: true, withFileTypes: true })) {
    if (name.isFile()) names.push(join(name.parentPath, name.name).slice(root.length + 1))
  }
  for (const name of names) files[name] = readFileSync(join(root, name), 'utf8')
  return files
}

/** A hook repository: this checkout's hook files, as they are on disk, committed. */
function hookRepository(env: NodeJS.ProcessEnv): string {
  return repository('hooks', hookFiles(), env)
}

function commits(directory: string, env: NodeJS.ProcessEnv): number {
  return Number(exec('git', ['rev-list', '--count', 'HEAD'], { cwd: directory, env }).stdout.trim())
}

/** Output without ANSI colour sequences (lint-staged asks its tasks for colour). */
function plain(run: Run): string {
  return `${run.stdout}${run.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, 'g'), '')
}

/** `git add` these files, then `git commit` (the hooks run). */
function commit(directory: string, env: NodeJS.ProcessEnv, files: Record<string, string>, message: string): Run {
  write(directory, files)
  expect(exec('git', ['add', ...Object.keys(files)], { cwd: directory, env }).status).toBe(0)
  return exec('git', ['commit', '-m', message], { cwd: directory, env })
}

beforeAll(() => {
  if (hasGit) build()
}, 180_000)

afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true })
})

describe('the hook package (the repository root, as npm installs it)', () => {
  it('is up to date with the sources: `hook/` and the root dependencies are what `pnpm build:hook` writes', () => {
    const check = exec(process.execPath, [join(root, 'scripts/build-hook.mjs'), '--check'], { cwd: root })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it('has only registry ranges, which npm can install: no `workspace:` dependency', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const ranges = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
    expect(ranges.length).toBeGreaterThan(0)
    expect(ranges.filter(([, range]) => !/^[\^~]?\d/.test(String(range)))).toEqual([])
    expect(manifest.bin).toEqual({ 'ml-design-lint': 'hook/bin/ml-design-lint.js' })
  })
})

describe.skipIf(!hasGit || !hasPreCommit)('pre-commit hook `ml-design-lint`', { timeout: 240_000 }, () => {
  it('is declared in .pre-commit-hooks.yaml as documented', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'))
    expect(hooks).toEqual([
      {
        id: 'ml-design-lint',
        name: 'ml-design-lint',
        description: expect.any(String),
        entry: 'ml-design-lint --frail --quiet --silently-ignore',
        language: 'node',
        files: '\\.(md|markdown)$',
      },
    ])
  })

  it('fails `pre-commit try-repo` on a bad document and passes on a good one', () => {
    const home = folder('home')
    const env = environment(home)
    const hooks = hookRepository(env)
    const project = repository('project', { 'bad.md': bad, 'good.md': good }, env)
    // Nothing installed globally: the command exists only in the environment pre-commit makes.
    expect(exec('sh', ['-c', 'command -v ml-design-lint'], { cwd: project, env }).status).not.toBe(0)
    const tryRepo = (file: string) =>
      exec('pre-commit', ['try-repo', hooks, 'ml-design-lint', '--files', file], { cwd: project, env })

    const failed = tryRepo('bad.md')
    expect(failed.status).toBe(1)
    expect(failed.stdout).toMatch(/^ml-design-lint\.+Failed$/m)
    expect(failed.stdout).toContain('- hook id: ml-design-lint')
    expect(failed.stdout).toMatch(
      new RegExp(`^bad\\.md\\n3:1 +warning +${missingObjective}.* ml-business-objective +remark-lint$`, 'm'),
    )

    const passed = tryRepo('good.md')
    expect(passed.stdout).toMatch(/^ml-design-lint\.+Passed$/m)
    expect(passed.status).toBe(0)
  })

  it('blocks a commit of a bad design document with the README config, and lets a good one through', () => {
    const home = folder('home')
    const env = environment(home)
    const hooks = hookRepository(env)
    const sha = exec('git', ['rev-parse', 'HEAD'], { cwd: hooks, env }).stdout.trim()

    // The README's config, pointed at the local hook repository.
    const config = snippet(readme, 'pre-commit-config')
      .replace('https://github.com/ml-design-lint/ml-design-lint', hooks)
      .replace('v0.1.0', sha)
    expect(config).toContain(`repo: ${hooks}`)
    const project = repository('project', { '.pre-commit-config.yaml': config, 'README.md': 'Notes.\n' }, env)
    const install = exec('pre-commit', ['install'], { cwd: project, env })
    expect(install.status).toBe(0)
    const before = commits(project, env)

    const blocked = commit(project, env, { 'docs/design/churn.md': bad }, 'Add churn design')
    expect(blocked.status).toBe(1)
    expect(plain(blocked)).toMatch(/ml-design-lint\.+Failed/)
    expect(plain(blocked)).toContain(missingObjective)
    expect(commits(project, env)).toBe(before)

    // A Markdown file outside docs/design/ is not a design document: not linted.
    const notes = commit(project, env, { 'NOTES.md': bad, 'docs/design/churn.md': good }, 'Complete the design')
    expect(plain(notes)).toMatch(/ml-design-lint\.+Passed/)
    expect(notes.status).toBe(0)
    expect(commits(project, env)).toBe(before + 1)

    // pre-commit used the node and npm on the PATH (no download of Node.js), and installed the root
    // package (its bin, the bundle) with only its runtime dependencies.
    const store = String(env.PRE_COMMIT_HOME)
    const environments = readdirSync(store, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(join(store, entry.name)).map((name) => join(store, entry.name, name)))
      .filter((path) => /\/node_env-[^/]+$/.test(path))
    expect(environments.map((path) => path.replace(/.*\//, ''))).toEqual(['node_env-system'])
    const installed = join(environments[0], 'lib/node_modules/ml-design-lint-monorepo')
    expect(readdirSync(join(installed, 'hook/bin'))).toEqual(['ml-design-lint.js'])
    const dependencies = readdirSync(join(installed, 'node_modules'))
    expect(dependencies).toContain('unified-engine')
    expect(dependencies.filter((name) => ['typescript', 'vitest', '@biomejs', 'esbuild'].includes(name))).toEqual([])
  })
})

describe.skipIf(!hasGit)('husky + lint-staged recipe', { timeout: 60_000 }, () => {
  it('blocks a commit of a bad design document and lets a good one through', () => {
    const home = folder('home')
    const env = environment(home)
    const pack = JSON.parse(snippet(readme, 'lint-staged-config'))
    const project = repository(
      'lint-staged',
      {
        'package.json': `${JSON.stringify({ name: 'design-docs', private: true, ...pack }, undefined, 2)}\n`,
        '.gitignore': 'node_modules\n',
      },
      env,
    )
    // `npm install --save-dev ml-design-lint husky lint-staged`, without the network:
    // this checkout's node_modules has all three (and ml-design-lint is the built bin of this checkout).
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'))
    const steps = snippet(readme, 'lint-staged-install')
      .split('\n')
      .filter((line) => !line.startsWith('npm install'))
    expect(steps).toEqual(['npx husky init', 'echo "npx lint-staged" > .husky/pre-commit'])
    for (const step of steps) {
      const run = exec('sh', ['-ec', step], { cwd: project, env })
      expect(run.status, `${step}\n${run.stdout}${run.stderr}`).toBe(0)
    }
    expect(exec('git', ['config', 'core.hooksPath'], { cwd: project, env }).stdout.trim()).toBe('.husky/_')
    const before = commits(project, env)

    const blocked = commit(project, env, { 'docs/design/churn.md': bad }, 'Add churn design')
    expect(blocked.status).toBe(1)
    const output = plain(blocked)
    expect(output).toContain('ml-design-lint --frail --quiet --silently-ignore')
    expect(output).toMatch(
      new RegExp(`docs/design/churn\\.md\\n3:1 +warning +${missingObjective}.* ml-business-objective +remark-lint`),
    )
    expect(commits(project, env)).toBe(before)
    // lint-staged leaves the file as it was.
    expect(readFileSync(join(project, 'docs/design/churn.md'), 'utf8')).toBe(bad)

    const passed = commit(project, env, { 'docs/design/churn.md': good, 'NOTES.md': bad }, 'Complete the design')
    expect(passed.status, `${passed.stdout}${passed.stderr}`).toBe(0)
    expect(commits(project, env)).toBe(before + 1)
  })
})
