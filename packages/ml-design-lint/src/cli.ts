/**
 * `ml-design-lint`'s entry: parse the command line, answer `--help` and
 * `--version` from this module alone, and load the linter (the engine,
 * remark, the rules) only when there is something to lint.
 */
import { statSync } from 'node:fs'
import process from 'node:process'
import { helpText, parseCommandLine, UsageError } from './args.js'
import { describeError, versionText } from './meta.js'

const description = 'Review ML system design documents (Markdown) with remark-lint and the ML design rules'

/** Exit code when the command could not do its job: a bad flag or configuration, a missing plugin, an unreadable file. */
export const failureCode = 2

/**
 * Exit at once when stdout or stderr is closed under us (`ml-design-lint
 * docs/ 2>&1 | head -1`): nothing more can be reported, and writing on would
 * only raise the same error again.
 */
function exitOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    // EPIPE, or any other error of the stream: either way the report cannot be written.
    stream.on('error', () => process.exit(failureCode))
  }
}

type Linter = typeof import('./lint.js')

/**
 * The linter: `lint.bundle.js` (lint.js and its dependencies in one file,
 * made by `scripts/bundle.mjs` at `pnpm build`, which starts faster) when it
 * is at least as new as `lint.js`; else `lint.js` (after a `tsc -b` alone,
 * or when running from the TypeScript sources).
 */
async function loadLinter(): Promise<Linter> {
  const bundle = new URL('./lint.bundle.js', import.meta.url)
  try {
    if (statSync(bundle).mtimeMs >= statSync(new URL('./lint.js', import.meta.url)).mtimeMs) {
      return (await import(bundle.href)) as Linter
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  return import('./lint.js')
}

/**
 * Run the command (it takes over the process: exit code, stdout, stderr,
 * SIGINT in `--watch`). Exit codes: 0 no messages, 1 messages that fail the
 * run, 2 the command could not do its job.
 */
export async function cli(argv: string[] = process.argv.slice(2)): Promise<void> {
  exitOnClosedPipe()
  const verbose = argv.includes('--verbose')
  const fail = (error: unknown) => {
    process.exitCode = failureCode
    process.stderr.write(`${describeError(error, verbose)}\n`)
  }
  process.on('uncaughtException', fail)
  try {
    // `init` and `report` take their own flags (src/commands.ts).
    if (argv[0] === 'init' || argv[0] === 'report') {
      const { run } = await import('./commands.js')
      await run(argv[0], argv, fail)
      return
    }
    const values = parseCommandLine(argv).values
    if (values.help) {
      process.stdout.write(helpText(description))
      return
    }
    if (values.version) {
      process.stdout.write(`${versionText()}\n`)
      return
    }
    if (values.fix) {
      const { run } = await import('./commands.js')
      await run('fix', argv, fail)
      return
    }
    const { lint, parse } = await loadLinter()
    await lint(parse(argv), fail)
  } catch (error) {
    fail(error)
  }
}

export { UsageError }
