/**
 * The packages as a new user gets them: `pnpm -r pack` (after the build),
 * then each tarball's contents, then `npm install` of all the tarballs into
 * an empty project in the system's temporary folder (outside this checkout,
 * so nothing of the monorepo resolves) and the command, the ESM embed and
 * the types used from there.
 *
 * The install needs the npm registry for the packages' own dependencies
 * (npm's cache first): without it, those tests are skipped, saying so.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../packages/ml-design-lint/test/helpers.js'
// @ts-expect-error: a plain ESM script, without types.
import { workspacePackages } from '../scripts/release-dry.mjs'

interface Listed {
  name: string
  version: string
  dir: string
}

const root = new URL('..', import.meta.url).pathname
const packages: Listed[] = workspacePackages()
const reachable = spawnSync('npm', ['ping'], { encoding: 'utf8', timeout: 20_000 }).status === 0
if (!reachable) console.warn('pack.test.ts: skipping the npm install of the tarballs: the npm registry is unreachable')

const work = mkdtempSync(join(tmpdir(), 'ml-design-lint-pack-'))
const tarballs = join(work, 'tarballs')
const unpacked = join(work, 'unpacked')
const project = join(work, 'project')

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  if (result.error) throw result.error
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

function tarball(name: string, version: string): string {
  return join(tarballs, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`)
}

/** Every file in a folder, relative to it. */
function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort()
}

/** The packages a file imports (static, dynamic, `require`), by package name; not Node's built-ins. */
function imports(code: string): string[] {
  const found = new Set<string>()
  const statements =
    /^\s*(?:import|export)\b[^'"`]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire(?:\.resolve)?\(\s*['"]([^'"]+)['"]\s*\)/gm
  for (const match of code.matchAll(statements)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4]
    if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue
    const parts = specifier.split('/')
    found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0])
  }
  return [...found]
}

beforeAll(() => {
  // The language server too: `tsc -b` of the whole workspace.
  build('.')
  mkdirSync(tarballs, { recursive: true })
  const pack = run('pnpm', ['-r', 'pack', '--pack-destination', tarballs], root)
  expect(pack.status, pack.output).toBe(0)
  for (const { name, version } of packages) {
    const folder = join(unpacked, name)
    mkdirSync(folder, { recursive: true })
    const untar = run('tar', ['-xzf', tarball(name, version), '-C', folder, '--strip-components=1'], root)
    expect(untar.status, untar.output).toBe(0)
  }
}, 240_000)

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

describe('the tarballs of `pnpm -r pack`', () => {
  it('are one per workspace package (every one, derived from pnpm, not listed here)', () => {
    expect(packages.length).toBeGreaterThanOrEqual(27)
    const packed = new Set(readdirSync(tarballs))
    for (const { name, version } of packages)
      expect(packed.has(tarball(name, version).slice(tarballs.length + 1))).toBe(true)
  })

  it('hold LICENSE, README and `dist` with types, and no TypeScript sources', () => {
    for (const { name } of packages) {
      const inside = files(join(unpacked, name))
      expect(inside, name).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js']))
      expect(inside, name).toContain('dist/index.d.ts')
      expect(
        inside.filter((file) => /\.(ts|tsx|mts|cts)$/.test(file) && !/\.d\.[mc]?ts$/.test(file)),
        name,
      ).toEqual([])
      expect(
        inside.filter((file) => file.startsWith('src/') || file.endsWith('.map')),
        name,
      ).toEqual([])
      expect(readFileSync(join(unpacked, name, 'LICENSE'), 'utf8'), name).toMatch(/^MIT License\n/)
    }
  })

  it('export only `dist` (no `ml-design-source` condition) and depend on versions, not `workspace:`', () => {
    for (const { name, version } of packages) {
      const manifest = JSON.parse(readFileSync(join(unpacked, name, 'package.json'), 'utf8'))
      expect(JSON.stringify(manifest), name).not.toMatch(/ml-design-source|\.\/src\/|workspace:/)
      expect(manifest.types, name).toBe('./dist/index.d.ts')
      for (const target of Object.values<Record<string, string>>(manifest.exports)) {
        expect(Object.keys(target), name).toEqual(['types', 'default'])
        for (const file of Object.values(target)) expect(files(join(unpacked, name)), name).toContain(file.slice(2))
      }
      for (const [dependency, range] of Object.entries<string>(manifest.dependencies ?? {})) {
        if (packages.some((listed) => listed.name === dependency))
          expect(range, `${name} → ${dependency}`).toBe(version)
      }
    }
  })

  it('list exactly the dependencies their shipped code imports (or names, for packages loaded by name)', () => {
    for (const { name } of packages) {
      const folder = join(unpacked, name)
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
      const declared = Object.keys(manifest.dependencies ?? {})
      const code = files(folder)
        .filter((file) => /\.(js|d\.ts)$/.test(file))
        .map((file) => readFileSync(join(folder, file), 'utf8'))
        .join('\n')
      const used = new Set(imports(code).filter((used) => used !== name))
      // A type-only import of `mdast` is served by `@types/mdast`.
      const provides = (dependency: string) => dependency.replace(/^@types\//, '')
      expect(
        [...used].filter((used) => !declared.some((dependency) => provides(dependency) === used)),
        `${name} imports what it does not list`,
      ).toEqual([])
      expect(
        declared.filter((dependency) => !used.has(provides(dependency)) && !code.includes(`'${dependency}'`)),
        `${name} lists what it never uses`,
      ).toEqual([])
    }
  })
})

describe.skipIf(!reachable)('the tarballs installed with npm in an empty project', { timeout: 240_000 }, () => {
  beforeAll(() => {
    mkdirSync(project, { recursive: true })
    writeFileSync(join(project, 'package.json'), '{ "name": "design-docs", "private": true, "type": "module" }\n')
    const install = run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--save-dev',
        ...packages.map(({ name, version }) => tarball(name, version)),
        'unified@11',
        'remark-parse@11',
        'vfile@6',
      ],
      project,
    )
    expect(install.status, install.output).toBe(0)
    writeFileSync(join(project, 'good.md'), readFileSync(join(root, 'fixtures/complete-fraud-detection.md')))
    writeFileSync(join(project, 'poor.md'), '# Churn model\n\n## Data\n\nTwo years of billing events.\n')
  }, 240_000)

  it('runs `npx ml-design-lint`: exit 0 on a good document, 1 on a poor one, with the rules’ messages', () => {
    const good = run('npx', ['--no-install', 'ml-design-lint', 'good.md'], project)
    expect(good.status, good.output).toBe(0)
    const poor = run('npx', ['--no-install', 'ml-design-lint', 'poor.md'], project)
    expect(poor.status).toBe(1)
    expect(poor.output).toMatch(/^3:1 +warning +Unexpected missing business objective.* ml-business-objective /m)
  })

  it('installs every bin a package declares, each answering `--version` with its package’s version', () => {
    const bins = packages.flatMap(({ name, version }) => {
      const manifest = JSON.parse(readFileSync(join(unpacked, name, 'package.json'), 'utf8'))
      return Object.keys(manifest.bin ?? {}).map((bin) => ({ bin, version }))
    })
    expect(bins.map(({ bin }) => bin).sort()).toEqual(['ml-design-language-server', 'ml-design-lint'])
    for (const { bin, version } of bins) {
      const answer = run('npx', ['--no-install', bin, '--version'], project)
      expect(answer.status, `${bin}: ${answer.output}`).toBe(0)
      expect(answer.output, bin).toContain(version)
    }
  })

  it('embeds as ESM: unified().use(remarkParse).use(presetMlDesign)', () => {
    writeFileSync(
      join(project, 'embed.js'),
      [
        "import { readFileSync } from 'node:fs'",
        "import remarkParse from 'remark-parse'",
        "import presetMlDesign from 'remark-preset-lint-ml-design'",
        "import { unified } from 'unified'",
        "import { VFile } from 'vfile'",
        'const processor = unified().use(remarkParse).use(presetMlDesign)',
        "for (const path of ['good.md', 'poor.md']) {",
        "  const file = new VFile({ path, value: readFileSync(path, 'utf8') })",
        '  await processor.run(processor.parse(file), file)',
        '  const rules = [...new Set(file.messages.map((message) => message.ruleId))].sort()',
        "  console.log(path + ': ' + rules.join(' '))",
        '}',
      ].join('\n'),
    )
    const embed = run('node', ['embed.js'], project)
    expect(embed.status, embed.output).toBe(0)
    expect(embed.output).toMatch(/^good\.md: $/m)
    expect(embed.output).toMatch(/^poor\.md: .*\bml-business-objective\b.*\bml-monitoring\b/m)
  })

  it('type-checks a TypeScript user of the preset and a rule against the shipped `.d.ts`', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['check.ts'],
      }),
    )
    writeFileSync(
      join(project, 'check.ts'),
      [
        "import remarkParse from 'remark-parse'",
        "import remarkLintMlScale from 'remark-lint-ml-scale'",
        "import presetMlDesign from 'remark-preset-lint-ml-design'",
        "import { unified } from 'unified'",
        'export const processor = unified().use(remarkParse).use(presetMlDesign).use(remarkLintMlScale)',
        "export const configured = unified().use(remarkLintMlScale, ['warn', { onlineMetrics: ['bookings per search'] }])",
        '// A wrong option is a type error in the shipped types too.',
        '// @ts-expect-error',
        "export const wrong = unified().use(remarkLintMlScale, { onlineMetrics: 'CTR' })",
      ].join('\n'),
    )
    const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project)
    expect(tsc.output).toBe('')
    expect(tsc.status).toBe(0)
  })
})
