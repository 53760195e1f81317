/**
 * What the command says about itself (name, version) and how it words an
 * error. Node's own modules only: `--version` and `--help` load nothing else.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

interface PackageJson {
  name: string
  version: string
  description: string
}

function readPackage(url: URL): PackageJson {
  return JSON.parse(readFileSync(url, 'utf8'))
}

/** This package's `package.json`. */
export const pack = readPackage(new URL('../package.json', import.meta.url))

/** `ml-design-lint: 0.1.0, remark: 15.0.1` (remark's version is read from its `package.json`, not imported). */
export function versionText(): string {
  const require = createRequire(import.meta.url)
  const remark = readPackage(new URL('package.json', pathToFileURL(require.resolve('remark'))))
  return `${pack.name}: ${pack.version}, remark: ${remark.version}`
}

/** An error as the command prints it: its message and causes, the stack only when `verbose`. */
export function describeError(error: unknown, verbose: boolean, name = pack.name): string {
  if (verbose && error instanceof Error && error.stack) return error.stack
  const lines: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    const text = current instanceof Error ? current.message : String(current)
    lines.push(depth === 0 ? (name ? `${name}: ${text}` : text) : `  [cause]: ${text}`)
    current = current instanceof Error ? current.cause : undefined
  }
  return lines.join('\n')
}
