#!/usr/bin/env node
// The `ml-design-lint` command: see ../src/cli.ts.
const entry = new URL('../dist/cli.js', import.meta.url)
let cli
try {
  ;({ cli } = await import(entry.href))
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(entry.pathname)) {
    process.stderr.write('ml-design-lint: not built yet (no dist/): run `pnpm build` in the repository first\n')
    process.exit(2)
  }
  throw error
}
await cli()
