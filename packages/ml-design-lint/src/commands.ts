/**
 * The command's verbs beyond linting: `init`, `report` and `--fix`.
 * Loaded by `cli()` only when one is asked for.
 */
import process from 'node:process'
import { Writable } from 'node:stream'
import { type Context, type Options as EngineOptions, engine } from 'unified-engine'
import type { VFile } from 'vfile'
import { parse } from './args.js'
import { type Fixed, remarkMlDesignFix } from './fix.js'
import { init } from './init.js'
import { type Format, format, formats, remarkMlDesignApplicability, scorecard } from './scorecard.js'

/** A stream that drops what it is given: the first pass of `--fix` and `report` print no lint report. */
function sink(): NodeJS.WritableStream {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback()
    },
  })
}

function runEngine(options: EngineOptions): Promise<Context | undefined> {
  return new Promise((resolve, reject) => {
    engine(options, (error, _code, context) => (error ? reject(error) : resolve(context)))
  })
}

/** `--use` plugins as unified-args gives them (a record of specifier to options) or a list, as a list. */
function given(plugins: EngineOptions['plugins']): unknown[] {
  if (!plugins) return []
  if (Array.isArray(plugins)) return plugins
  return Object.entries(plugins).map(([specifier, settings]) => [specifier, settings])
}

/** Engine options for a pass that only collects: no report, no output, the given extra plugin last. */
function quietPass(argv: string[], plugins: unknown[]): EngineOptions {
  const options = parse(argv).engine
  return {
    ...options,
    plugins: [...given(options.plugins), ...plugins] as EngineOptions['plugins'],
    reporter: () => '',
    streamError: sink(),
    out: false,
    output: false,
    frail: false,
  }
}

export const reportUsage = `Usage: ml-design-lint report [--format text|md|html] [options] <path | glob ...>

  A scorecard of the documents x the framework's requirements (one column per
  rule): pass, fail or n/a (the task family does not call for the rule), with
  a coverage score per document and per requirement, on stdout.

  --format text  a table for the terminal (the default)
  --format md    GitHub Markdown, for a pull-request comment or a job summary
  --format html  a self-contained HTML page with a heatmap

  Other options are the linter's (--ignore-pattern, --rc-path, --ext, ...).
`

async function report(argv: string[]): Promise<number> {
  let kind: Format = 'text'
  const rest: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(reportUsage)
      return 0
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++index]
      if (!formats.includes(value as Format)) {
        process.stderr.write(
          `ml-design-lint report: Unexpected format \`${value ?? ''}\`, expected \`text\`, \`md\` or \`html\`\n`,
        )
        return 1
      }
      kind = value as Format
      continue
    }
    rest.push(arg)
  }
  if (!rest.some((arg) => !arg.startsWith('-'))) {
    process.stderr.write(
      'ml-design-lint report: expected a file, folder or glob, such as `ml-design-lint report docs/`\n',
    )
    return 1
  }
  const context = await runEngine(quietPass(rest, [remarkMlDesignApplicability]))
  const files: VFile[] = context?.files ?? []
  if (files.length === 0) {
    process.stderr.write('ml-design-lint report: no Markdown files found\n')
    return 1
  }
  process.stdout.write(format(scorecard(files), kind))
  return 0
}

/** `--fix`: insert the stubs in each file, then lint the fixed files as usual (report and exit code). */
async function fix(argv: string[], lint: (argv: string[]) => void): Promise<void> {
  const rest = argv.filter((arg) => arg !== '--fix')
  if (rest.includes('--watch') || rest.includes('-w')) {
    throw new Error('`--fix` cannot be combined with `--watch`')
  }
  const state = parse(rest)
  if (state.args.help || state.args.version) {
    lint(rest)
    return
  }
  if ((state.engine.files ?? []).length === 0) {
    throw new Error('`--fix` needs files or folders to fix, such as `ml-design-lint --fix docs/`')
  }
  const fixed: Array<{ path: string; fixed: Fixed }> = []
  await runEngine(
    quietPass(rest, [
      [remarkMlDesignFix, { onFixed: (path: string, result: Fixed) => fixed.push({ path, fixed: result }) }],
    ]),
  )
  for (const item of fixed.sort((a, b) => a.path.localeCompare(b.path))) {
    const headings = item.fixed.inserted.flatMap((range) => range.headings)
    process.stderr.write(
      `${item.path}: inserted ${headings.length} stub${headings.length === 1 ? '' : 's'} (${headings.join(', ')})\n`,
    )
  }
  lint(rest)
}

/**
 * Run a verb: `init` and `report` set the exit code; `--fix` hands over to
 * the linter (`lint`, the command itself: passed in, so that this module
 * does not import the one that loads it) after fixing.
 */
export async function run(
  command: 'init' | 'report' | 'fix',
  argv: string[],
  lint: (argv: string[]) => void,
): Promise<void> {
  if (command === 'init') {
    const result = init(argv.slice(1), process.cwd())
    process.stdout.write(result.stdout)
    process.stderr.write(result.stderr)
    process.exitCode = result.code
  } else if (command === 'report') {
    process.exitCode = await report(argv.slice(1))
  } else {
    await fix(argv, lint)
  }
}
