#!/usr/bin/env node
/**
 * Bundle the linting half of the command (`dist/lint.js`: unified-engine,
 * remark, load-plugin, json5, vfile-reporter) into one file,
 * `dist/lint.bundle.js`, which `cli.js` loads when it is at least as new as
 * `dist/lint.js`. One file saves resolving and loading hundreds of small
 * modules at every start (about 100 ms of the command's start-up, see
 * docs/performance.md). The preset and its rules stay outside the bundle:
 * a `.remarkrc` that names them loads the same modules. `string-width` 8
 * replaces vfile-reporter's `string-width` 6, which takes about 1 ms per
 * report line (it compiles a regular expression per character).
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
  external: ['remark-preset-lint-ml-design', 'chokidar'],
  alias: { 'string-width': fileURLToPath(import.meta.resolve('string-width')) },
  // CommonJS dependencies in an ES module bundle need a `require`.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
})
