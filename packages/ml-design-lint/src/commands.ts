/**
 * The command's verbs beyond linting: `init`, `report` and `--fix`.
 * Loaded by `cli()` only when one is asked for.
 */
import process from 'node:process'
import { Writable } from 'node:stream'
import { type Context, type Options as EngineOptions, engine } from 'unified-engine'
import type { VFile } from 'vfile'
import { UsageError } from './args.js'
import { type Fixed, remarkMlDesignFix } from './fix.js'
import { init } from './init.js'
import { lint, parse } from './lint.js'
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
        return 2
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
    return 2
  }
  const context = await runEngine(quietPass(rest, [remarkMlDesignApplicability]))
  const files: VFile[] = context?.files ?? []
  if (files.length === 0) {
    process.stderr.write('ml-design-lint report: no Markdown files found\n')
    return 2
  }
  process.stdout.write(format(scorecard(files), kind))
  return 0
}

/** The line after the fixed files: how many stubs, and that they are prompts the linter now asks to fill in. */
export function fixSummary(stubs: number, files: number): string {
  if (stubs === 0) return 'ml-design-lint --fix: nothing to insert\n'
  return `ml-design-lint --fix: inserted ${stubs} stub${stubs === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: each is a TODO prompt to fill in, so the report below asks for ${stubs === 1 ? 'it' : 'them'} (more messages than before --fix, until they are written)\n`
}

/** `--fix`: insert the stubs in each file, then lint the fixed files as usual (report and exit code). */
async function fix(argv: string[], fail: (error: unknown) => void): Promise<void> {
  const rest = argv.filter((arg) => arg !== '--fix')
  const state = parse(rest)
  if (state.args.watch) throw new UsageError('`--fix` cannot be combined with `--watch`')
  if ((state.engine.files ?? []).length === 0) {
    throw new UsageError('`--fix` needs files or folders to fix (not stdin), such as `ml-design-lint --fix docs/`')
  }
  const fixed: Array<{ path: string; fixed: Fixed }> = []
  await runEngine(
    quietPass(rest, [
      [remarkMlDesignFix, { onFixed: (path: string, result: Fixed) => fixed.push({ path, fixed: result }) }],
    ]),
  )
  let stubs = 0
  for (const item of fixed.sort((a, b) => a.path.localeCompare(b.path))) {
    const headings = item.fixed.inserted.flatMap((range) => range.headings)
    stubs += headings.length
    process.stderr.write(
      `${item.path}: inserted ${headings.length} stub${headings.length === 1 ? '' : 's'} (${headings.join(', ')})\n`,
    )
  }
  process.stderr.write(fixSummary(stubs, fixed.length))
  await lint(state, fail)
}

/** Run a verb: `init` and `report` set the exit code; `--fix` hands over to the linter after fixing. */
export async function run(
  command: 'init' | 'report' | 'fix',
  argv: string[],
  fail: (error: unknown) => void,
): Promise<void> {
  if (command === 'init') {
    const result = init(argv.slice(1), process.cwd())
    process.stdout.write(result.stdout)
    process.stderr.write(result.stderr)
    // init's own failures (a file that exists, a bad flag) are the command failing: 2.
    process.exitCode = result.code === 0 ? 0 : 2
  } else if (command === 'report') {
    process.exitCode = await report(argv.slice(1))
  } else {
    await fix(argv, fail)
  }
}
