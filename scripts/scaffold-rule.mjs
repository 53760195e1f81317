// Create the package files of a rule (package.json, tsconfig.json) if missing.
// Usage: node scripts/scaffold-rule.mjs ml-<id> "<what it checks that the document does>"
// e.g.   node scripts/scaffold-rule.mjs ml-scale "quantifies the scale: users, items or requests with a number"
// The summary becomes the package description, from which the README table is generated.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'

const [id, summary] = process.argv.slice(2)
if (!id || !/^ml-[a-z]+(?:-[a-z]+)*$/.test(id) || !summary) {
  console.error('Usage: node scripts/scaffold-rule.mjs ml-<id> "<what it checks that the document does>"')
  process.exit(1)
}
{
  const name = `remark-lint-${id}`
  const dir = new URL(`../packages/${name}/`, import.meta.url)
  mkdirSync(new URL('src/', dir), { recursive: true })
  const pkg = {
    name,
    version: '0.1.0',
    description: `remark-lint rule to check that an ML system design document ${summary}`,
    license: 'MIT',
    type: 'module',
    keywords: ['remark', 'lint', 'rule', 'remark-lint', 'remark-lint-rule', 'ml', 'machine-learning', 'design-doc', id],
    repository: { type: 'git', url: 'https://github.com/ml-design-lint/ml-design-lint', directory: `packages/${name}` },
    sideEffects: false,
    exports: { '.': { 'ml-design-source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' } },
    types: './dist/index.d.ts',
    files: ['dist/', '!dist/**/*.map'],
    publishConfig: {
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      types: './dist/index.d.ts',
    },
    engines: { node: '>=20' },
    dependencies: {
      'mdast-util-ml-design': 'workspace:*',
      'ml-design-lint-rule': 'workspace:*',
    },
  }
  if (!existsSync(new URL('package.json', dir)))
    writeFileSync(new URL('package.json', dir), `${JSON.stringify(pkg, null, 2)}\n`)
  const tsconfig = {
    extends: '../../tsconfig.base.json',
    compilerOptions: { rootDir: 'src', outDir: 'dist' },
    include: ['src'],
    references: [{ path: '../mdast-util-ml-design' }, { path: '../ml-design-lint-rule' }],
  }
  if (!existsSync(new URL('tsconfig.json', dir)))
    writeFileSync(new URL('tsconfig.json', dir), `${JSON.stringify(tsconfig, null, 2)}\n`)
}
