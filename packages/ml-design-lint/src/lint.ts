/**
 * The linting half of the command: a parsed command line (see args.ts) made
 * into `unified-engine` options with the command's defaults, the engine run,
 * its report and its exit code. `cli()` loads this module only when there is
 * something to lint.
 */
import process from 'node:process'
import { Readable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { FSWatcher } from 'chokidar'
import JSON5 from 'json5'
import { loadPlugin } from 'load-plugin'
import markdownExtensions from 'markdown-extensions'
import { remark } from 'remark'
import { type Callback, type Context, type Options as EngineOptions, engine } from 'unified-engine'
import type { VFile } from 'vfile'
import { reporter as defaultReporter, type Options as ReporterOptions } from 'vfile-reporter'
import { type Args, parseCommandLine, UsageError } from './args.js'
import { defaultConfig, ownPlugins, transformConfig } from './config.js'
import { type GuardOptions, limitOf, remarkGuard } from './guard.js'
import { describeError, pack } from './meta.js'

/** What the command makes of a command line: its own switches, and the engine's options. */
export interface ArgsState {
  args: { help: boolean; version: boolean; watch: boolean; fix: boolean }
  engine: EngineOptions
}

export interface Environment {
  cwd?: string
  env?: Record<string, string | undefined>
  /** Whether the report goes to a terminal (default: `process.stderr.isTTY`). */
  isTTY?: boolean
}

/** A loaded reporter. */
type Reporter = Exclude<EngineOptions['reporter'], string | undefined>

/** Reporters this package brings, for `--report json` and `--report sarif`; their reports go to stdout. */
const machineReporters = new Set(['json', 'sarif', 'vfile-reporter-json', 'vfile-reporter-sarif'])

/** Parse `key: value, ...` (JSON5 without braces), as remark-cli's `--use`, `--setting` and `--report` take. */
function parseJson5(value: string, flag: string): Record<string, unknown> {
  try {
    return JSON5.parse(`{${value}}`)
  } catch (error) {
    throw new UsageError(`Cannot parse \`${value}\` (for \`${flag}\`) as JSON5`, { cause: error })
  }
}

/** `name=options` as a name and its options. */
function withOptions(value: string, flag: string): [string, Record<string, unknown> | undefined] {
  const index = value.indexOf('=')
  return index === -1 ? [value, undefined] : [value.slice(0, index), parseJson5(value.slice(index + 1), flag)]
}

/** Comma-separated values of a repeatable flag, as one list. */
function commaList(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
}

/** Whether a run is coloured: a flag wins, then `NO_COLOR`, then `FORCE_COLOR` (as supports-color reads it), then a terminal. */
function colorOf(flag: boolean | undefined, environment: Environment): boolean {
  if (flag !== undefined) return flag
  const env = environment.env ?? process.env
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return environment.isTTY ?? Boolean(process.stderr.isTTY)
}

/** The engine's options for a parsed command line. Throws a `UsageError` on a bad value. */
export function engineOptions(args: Args, environment: Environment = {}): EngineOptions {
  const values = args.values
  const guard: GuardOptions = {}
  // `limitOf` throws on anything but a positive whole number.
  try {
    if (values['max-size'] !== undefined) guard.maxSize = limitOf('maxSize', values['max-size'], 0)
    if (values['max-depth'] !== undefined) guard.maxDepth = limitOf('maxDepth', values['max-depth'], 0)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const resolveFrom = values['ignore-path-resolve-from']
  if (resolveFrom !== undefined && resolveFrom !== 'cwd' && resolveFrom !== 'dir') {
    throw new UsageError(
      `Unexpected \`${resolveFrom}\` for \`--ignore-path-resolve-from\`, expected \`cwd\` or \`dir\``,
    )
  }
  const settings: Record<string, unknown> = {}
  for (const value of values.setting ?? []) Object.assign(settings, parseJson5(value, '--setting'))
  const plugins = (values.use ?? []).map((value) => {
    const [name, options] = withOptions(value, '--use')
    return options === undefined ? name : [name, options]
  })
  const [reporter, reporterOptions] = values.report ? withOptions(values.report, '--report') : [undefined, undefined]
  const machine = reporter !== undefined && machineReporters.has(reporter)
  const extensions = commaList(values.ext)
  return {
    processor: remark().use(remarkGuard, guard),
    cwd: environment.cwd,
    files: args.files,
    extensions: extensions.length > 0 ? extensions : markdownExtensions,
    filePath: values['file-path'],
    detectConfig: values.config ?? true,
    rcName: '.remarkrc',
    packageField: 'remarkConfig',
    rcPath: values['rc-path'],
    defaultConfig,
    configTransform: transformConfig,
    detectIgnore: values.ignore ?? true,
    ignoreName: '.remarkignore',
    ignorePath: values['ignore-path'],
    ignorePathResolveFrom: resolveFrom,
    ignorePatterns: commaList(values['ignore-pattern']),
    silentlyIgnore: values['silently-ignore'] ?? false,
    pluginPrefix: 'remark',
    plugins: ownPlugins(plugins) as EngineOptions['plugins'],
    settings,
    reporter,
    reporterOptions:
      reporter === 'sarif' || reporter === 'vfile-reporter-sarif'
        ? {
            name: pack.name,
            version: pack.version,
            informationUri: 'https://github.com/ml-design-lint/ml-design-lint',
            ...reporterOptions,
          }
        : reporterOptions,
    // JSON and SARIF are for machines: stdout (the command never writes Markdown there). Other reports: stderr.
    streamError: machine ? process.stdout : process.stderr,
    color: machine ? false : colorOf(values.color, environment),
    // A gate by default: the rules are warnings, and a warning fails the run unless `--no-frail`.
    frail: values.frail ?? true,
    quiet: values.quiet ?? false,
    silent: values.silent ?? false,
    verbose: values.verbose ?? false,
    // Never Markdown out, never a tree.
    out: false,
    output: false,
    tree: false,
    treeIn: false,
    treeOut: false,
    inspect: false,
  }
}

/**
 * Parse a command line into the command's switches and the engine's options,
 * with the command's defaults. Throws a `UsageError` on a bad flag.
 */
export function parse(argv: string[], environment: Environment = {}): ArgsState {
  const args = parseCommandLine(argv)
  const values = args.values
  return {
    args: {
      help: values.help ?? false,
      version: values.version ?? false,
      watch: values.watch ?? false,
      fix: values.fix ?? false,
    },
    engine: engineOptions(args, environment),
  }
}

/** Load a reporter by name from the project (as remark-cli does), else from this package. */
export async function loadReporter(name: string, cwd: string): Promise<Reporter> {
  const from = [`${pathToFileURL(cwd).href}/`]
  if (machineReporters.has(name)) from.push(import.meta.url)
  try {
    return (await loadPlugin(name, { from, prefix: 'vfile-reporter' })) as Reporter
  } catch (error) {
    throw new UsageError(`Cannot find reporter \`${name}\``, { cause: error })
  }
}

/** An error's cause as the default reporter prints it: `Name: message`, without the stack. */
function withoutStack(cause: unknown): unknown {
  if (!cause || typeof cause !== 'object' || ('file' in cause && 'fatal' in cause)) return cause
  const error = cause as { name?: unknown; message?: unknown; cause?: unknown }
  const text = typeof error.message === 'string' ? error.message : String(cause)
  return {
    stack: `${typeof error.name === 'string' ? error.name : 'Error'}: ${text}`,
    cause: withoutStack(error.cause),
  }
}

/**
 * The default reporter (`vfile-reporter`), printing the causes of fatal
 * messages (a configuration that does not parse, a rule given a wrong option)
 * without their stack traces unless `--verbose`.
 */
export function reporter(files: VFile[], options: ReporterOptions = {}): string {
  if (!options.verbose) {
    for (const file of files) {
      for (const message of file.messages) {
        if (message.cause) message.cause = withoutStack(message.cause)
      }
    }
  }
  return defaultReporter(files, options)
}

/**
 * Wrap a JSON or SARIF reporter: their formats have no place for a message's
 * cause, so a failure (`Cannot process file`) carries its causes in its
 * reason (`Cannot process file: Cannot parse file ...: Unexpected end ...`).
 */
export function withCausesInReason(report: Reporter): Reporter {
  return (files, options) => {
    for (const file of files) {
      for (const message of file.messages) {
        if (!message.cause) continue
        const causes = describeError(message.cause, false, '').split('\n  [cause]: ')
        message.reason = [message.reason, ...causes].join(': ')
        message.cause = undefined
      }
    }
    return report(files, options)
  }
}

/**
 * Whether a file's messages say the command could not lint it (exit code 2):
 * a file that cannot be read, is ignored though named, is over a limit, or
 * whose configuration or plugins fail. Rules' messages always have a rule id.
 */
export function failedToLint(file: VFile): boolean {
  return file.messages.some((message) => message.fatal && (!message.ruleId || message.source === 'ml-design-lint'))
}

/** The exit code of a run: 2 when a file could not be linted, else the engine's (1 on a message that fails). */
export function exitCode(code: number | undefined, files: VFile[]): number {
  return files.some(failedToLint) ? 2 : (code ?? 0)
}

/**
 * Lint: run the engine with these options, set the exit code, and in
 * `--watch` lint again on change until SIGINT. `fail` handles an error
 * (exit code 2).
 */
export async function lint(state: ArgsState, fail: (error: unknown) => void): Promise<void> {
  const options = state.engine
  if ((options.files ?? []).length === 0 && !options.streamIn && process.stdin.isTTY) {
    throw new UsageError(
      'No input: give files, folders or globs (`ml-design-lint docs/`) or a document on stdin (`ml-design-lint < docs/churn.md`); `ml-design-lint --help` lists the options',
    )
  }
  const cwd = typeof options.cwd === 'object' ? fileURLToPath(options.cwd) : (options.cwd ?? process.cwd())
  const name = options.reporter
  if (typeof name === 'string') {
    const loaded = await loadReporter(name, cwd)
    options.reporter = machineReporters.has(name) ? withCausesInReason(loaded) : loaded
  } else {
    options.reporter ??= reporter
  }

  let watcher: FSWatcher | undefined
  const onsigint = () => {
    process.stderr.write('\n')
    if (watcher) {
      process.removeListener('SIGINT', onsigint)
      void watcher.close()
      watcher = undefined
    }
  }

  const done: Callback = (error, code, context?: Context) => {
    if (error) {
      onsigint()
      fail(error)
      return
    }
    process.exitCode = exitCode(code, context?.files ?? [])
    if (state.args.watch && !watcher && context) subscribe(context).catch(fail)
  }

  // Watch the files of the first run (chokidar is loaded only for `--watch`).
  const subscribe = async (context: Context) => {
    const { default: chokidar } = await import('chokidar')
    watcher = chokidar
      .watch(context.fileSet.origins, { cwd, ignoreInitial: true })
      .on('error', done)
      .on('change', (filePath: string) => {
        options.files = [filePath]
        engine(options, done)
      })
    process.on('SIGINT', onsigint)
  }

  if (state.args.watch) {
    // Never read stdin while watching.
    const tty = new Readable({ read() {} }) as Readable & { isTTY?: boolean }
    tty.isTTY = true
    options.streamIn = tty as unknown as EngineOptions['streamIn']
    process.stderr.write('Watching... (press CTRL+C to exit)\n')
  }
  engine(options, done)
}
