#!/usr/bin/env node
/**
 * Bundle the linting half of the command (`dist/lint.js` with unified-engine,
 * remark, load-plugin, json5, vfile-reporter, the preset, its rules and
 * `mdast-util-ml-design`) into one file, `dist/lint.bundle.js`, which
 * `cli.js` loads when it is at least as new as `dist/lint.js`. Resolving and
 * loading several hundred small modules one by one is most of the command's
 * module loading (docs/performance.md has the figures). A `.remarkrc` that
 * names the preset or a rule gets the bundle's copies (src/config.ts), so
 * nothing is loaded twice. `string-width` 8 replaces vfile-reporter's
 * `string-width` 6, which compiles a regular expression per character
 * (about 1 ms per report line).
 *
 * Run after `tsc -b` (the root `pnpm build` does both).
 */
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = new URL('..', import.meta.url).pathname

await build({
  entryPoints: [`${here}dist/lint.js`],
  outfile: `${here}dist/lint.bundle.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['chokidar'],
  alias: { 'string-width': fileURLToPath(import.meta.resolve('string-width')) },
  // CommonJS dependencies in an ES module bundle need a `require`.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  legalComments: 'none',
  // No comments in the bundle: a type comment such as `import('ignore')` must
  // not read as an import to tools that scan the shipped code.
  minifyWhitespace: true,
  logLevel: 'warning',
})
