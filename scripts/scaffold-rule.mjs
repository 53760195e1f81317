// Create the package files of a rule (package.json, tsconfig.json) if missing.
// Usage: node scripts/scaffold-rule.mjs ml-category [...]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

const rules = JSON.parse(readFileSync(new URL('rules.json', import.meta.url), 'utf8'))

for (const id of process.argv.slice(2)) {
  const name = `remark-lint-${id}`
  const dir = new URL(`../packages/${name}/`, import.meta.url)
  mkdirSync(new URL('src/', dir), { recursive: true })
  const pkg = {
    name,
    version: '0.1.0',
    description: `remark-lint rule to check that an ML system design document ${rules.find((rule) => rule.id === id)?.summary ?? id}`,
    license: 'MIT',
    type: 'module',
    keywords: ['remark', 'lint', 'rule', 'remark-lint', 'remark-lint-rule', 'ml', 'machine-learning', 'design-doc', id],
    repository: { type: 'git', url: 'https://github.com/ml-design-lint/ml-design-lint', directory: `packages/${name}` },
    sideEffects: false,
    exports: { '.': { 'ml-design-source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' } },
    types: './dist/index.d.ts',
    files: ['dist/', 'src/'],
    engines: { node: '>=20' },
    dependencies: {
      '@types/mdast': '^4.0.4',
      'mdast-util-ml-design': 'workspace:*',
      'unified-lint-rule': '^3.0.1',
    },
  }
  if (!existsSync(new URL('package.json', dir)))
    writeFileSync(new URL('package.json', dir), `${JSON.stringify(pkg, null, 2)}\n`)
  const tsconfig = {
    extends: '../../tsconfig.base.json',
    compilerOptions: { rootDir: 'src', outDir: 'dist' },
    include: ['src'],
    references: [{ path: '../mdast-util-ml-design' }],
  }
  if (!existsSync(new URL('tsconfig.json', dir)))
    writeFileSync(new URL('tsconfig.json', dir), `${JSON.stringify(tsconfig, null, 2)}\n`)
}
