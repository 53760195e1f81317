#!/usr/bin/env node
/**
 * `ml-design-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]`
 *
 * Starts the language server; with no transport it speaks over stdio, as
 * most editors expect.
 */
import { readFileSync } from 'node:fs'

const transports = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/
const args = process.argv.slice(2)

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    [
      'Usage: ml-design-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]',
      '',
      'Language server that reviews ML system design documents (Markdown) with',
      'remark-preset-lint-ml-design, or with the workspace .remarkrc* when it lists plugins.',
      'Speaks LSP over stdio when no transport is given.',
      '',
      'Documents larger than --max-size=<bytes> (default 1 MiB) or with lists or block quotes',
      'nested deeper than --max-depth=<levels> (default 100) are not parsed; the diagnostic says so.',
      '',
    ].join('\n'),
  )
} else if (args.includes('--version') || args.includes('-v')) {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  process.stdout.write(`${manifest.version}\n`)
} else {
  // `--max-size=<bytes>` and `--max-depth=<levels>`: documents beyond them are not parsed.
  for (const arg of args) {
    const limit = /^--max-(size|depth)=(.*)$/.exec(arg)
    if (limit) process.env[`ML_DESIGN_LINT_MAX_${limit[1].toUpperCase()}`] = limit[2]
  }
  if (!args.some((arg) => transports.test(arg))) process.argv.push('--stdio')
  // A failure on one document (a configuration that cannot be loaded, a
  // document that is not a file) is logged; the server keeps serving the others.
  process.on('unhandledRejection', (reason) => {
    console.error(`ml-design-language-server: ${reason instanceof Error ? reason.stack : String(reason)}`)
  })
  // Loaded only to serve: `--help` and `--version` answer at once.
  const { createMlDesignLanguageServer } = await import('./index.js')
  createMlDesignLanguageServer()
}
