/**
 * `ml-design-lint`: the command line that reviews ML system design
 * documents. It is remark-cli (the same flags, `.remarkrc*`,
 * `package.json#remarkConfig` and `.remarkignore`, parsed by `unified-args`)
 * with four differences:
 *
 * * with no configuration file for a document, it uses
 *   `remark-preset-lint-ml-design` (unified-engine's `defaultConfig`);
 * * warnings fail the run (exit code 1) unless `--no-frail`: the rules
 *   report warnings, and the command is a gate;
 * * it never echoes Markdown to stdout unless asked (`--stdout`), and colours
 *   the report only on a terminal (`--color` forces it, `NO_COLOR` and
 *   `--no-color` turn it off);
 * * `--report json` and `--report sarif` work without installing their
 *   reporters (a reporter installed in the project still wins).
 *
 * `unified-args` 11 has no option for `defaultConfig`, so this module uses its
 * argument parser (`lib/parse-argv.js`, the same flags and help as
 * remark-cli) and runs `unified-engine` itself, the way `unified-args` does.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'
import { Readable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { FSWatcher } from 'chokidar'
import { loadPlugin } from 'load-plugin'
import markdownExtensions from 'markdown-extensions'
import { remark } from 'remark'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { type Callback, type Context, type Options as EngineOptions, engine, type Preset } from 'unified-engine'
import type { VFile } from 'vfile'
import { reporter as defaultReporter, type Options as ReporterOptions } from 'vfile-reporter'
import { remarkGuard, takeGuardFlags } from './guard.js'

export * from './guard.js'

const require = createRequire(import.meta.url)

function readPackage(url: URL): { name: string; version: string; description: string; homepage?: string } {
  return JSON.parse(readFileSync(url, 'utf8'))
}

const pack = readPackage(new URL('../package.json', import.meta.url))
const remarkPack = readPackage(new URL('package.json', pathToFileURL(require.resolve('remark'))))

/** What `unified-args` needs to know about the command. */
export interface ArgsOptions {
  name: string
  description: string
  version: string
  extensions: string[]
  ignoreName: string
  packageField: string
  pluginPrefix: string
  rcName: string
  processor: EngineOptions['processor']
  cwd?: EngineOptions['cwd']
}

/** What `unified-args` makes of the command line. */
export interface ArgsState {
  args: { help: boolean; helpMessage: string; version: boolean; watch: boolean }
  engine: EngineOptions
}

// `unified-args` exports only `args()`, which takes over the process and has no
// `defaultConfig`; its parser is the file next to it (pinned by `~11.0.1`).
const parseArgv = (
  (await import(new URL('lib/parse-argv.js', pathToFileURL(require.resolve('unified-args'))).href)) as {
    parseArgv: (flags: string[], options: ArgsOptions) => ArgsState
  }
).parseArgv

/** The configuration used for a document that has no `.remarkrc*` or `package.json#remarkConfig`. */
export const defaultConfig: Preset = { plugins: [remarkPresetLintMlDesign] }

/** The command's name, configuration files and processor, as remark-cli has them. */
export const argsOptions: ArgsOptions = {
  name: 'ml-design-lint',
  description: 'Review ML system design documents (Markdown) with remark-lint and the ML design rules',
  version: `${pack.name}: ${pack.version}, remark: ${remarkPack.version}`,
  extensions: markdownExtensions,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
  processor: remark,
}

/** Reporters this package brings, for `--report json` and `--report sarif`. */
const bundledReporters = new Set(['json', 'sarif', 'vfile-reporter-json', 'vfile-reporter-sarif'])

export interface Environment {
  cwd?: string
  env?: Record<string, string | undefined>
  /** Whether the report goes to a terminal (default: `process.stderr.isTTY`). */
  isTTY?: boolean
}

/**
 * Parse a command line into engine options with the command's defaults:
 * the preset as the default configuration, no Markdown on stdout, colour on
 * a terminal only. Throws on a bad flag, with a message saying which.
 */
export function parse(argv: string[], environment: Environment = {}): ArgsState {
  const env = environment.env ?? process.env
  // `--max-size` and `--max-depth`: files beyond them are skipped before parsing (see guard.ts).
  const { argv: rest, guard } = takeGuardFlags(argv)
  const state = parseArgv(rest, { ...argsOptions, processor: remark().use(remarkGuard, guard), cwd: environment.cwd })
  const options = state.engine
  options.defaultConfig = defaultConfig
  // Lint, do not print: Markdown goes to stdout only with `--stdout` (or `--output`).
  if (options.out === undefined) options.out = false
  // A gate by default: the rules are warnings, and a warning fails the run unless `--no-frail`.
  if (!argv.some((flag) => /^--(no-)?frail(=|$)/.test(flag))) options.frail = true
  const colorFlag = argv.some((flag) => /^--(no-)?color(=|$)/.test(flag))
  if (!colorFlag) {
    // As supports-color reads it: `FORCE_COLOR=0` or `false` turns colour off, any other value on.
    const force = env.FORCE_COLOR
    options.color = env.NO_COLOR
      ? false
      : force !== undefined
        ? force !== '0' && force !== 'false'
        : (environment.isTTY ?? Boolean(process.stderr.isTTY))
  }
  if (options.reporter === 'sarif' || options.reporter === 'vfile-reporter-sarif') {
    options.reporterOptions = {
      name: pack.name,
      version: pack.version,
      informationUri: 'https://github.com/ml-design-lint/ml-design-lint',
      ...options.reporterOptions,
    }
  }
  return state
}

/** Load a reporter by name from the project (as remark-cli does), else from this package. */
export async function loadReporter(name: string, cwd: string): Promise<NonNullable<EngineOptions['reporter']>> {
  const from = [`${pathToFileURL(cwd).href}/`]
  if (bundledReporters.has(name)) from.push(import.meta.url)
  try {
    return (await loadPlugin(name, { from, prefix: 'vfile-reporter' })) as NonNullable<EngineOptions['reporter']>
  } catch (error) {
    throw new Error(`Cannot find reporter \`${name}\``, { cause: error })
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

/** Write an error: its message and causes, the stack only with `--verbose`. */
function describeError(error: unknown, verbose: boolean): string {
  if (verbose && error instanceof Error && error.stack) return error.stack
  const lines: string[] = []
  let current: unknown = error
  let depth = 0
  while (current !== undefined && depth < 5) {
    const text = current instanceof Error ? current.message : String(current)
    lines.push(depth === 0 ? `${argsOptions.name}: ${text}` : `  [cause]: ${text}`)
    current = current instanceof Error ? current.cause : undefined
    depth++
  }
  return lines.join('\n')
}

/**
 * Run the command (it takes over the process: exit code, stdout, stderr,
 * SIGINT in `--watch`), as `unified-args` does for remark-cli.
 */
export function cli(argv: string[] = process.argv.slice(2)): void {
  const verbose = argv.includes('--verbose')
  const fail = (error: unknown) => {
    process.exitCode = 1
    process.stderr.write(`${describeError(error, verbose)}\n`)
  }
  // `init`, `report` and `--fix` (src/commands.ts; `--fix` lints as usual after fixing).
  const command = argv[0] === 'init' || argv[0] === 'report' ? argv[0] : argv.includes('--fix') ? 'fix' : undefined
  if (command) {
    import('./commands.js').then(({ run }) => run(command, argv)).catch(fail)
    return
  }
  process.on('uncaughtException', fail)

  let state: ArgsState
  try {
    state = parse(argv)
  } catch (error) {
    fail(error)
    return
  }

  if (state.args.help) {
    process.stdout.write(
      [
        `Usage: ${argsOptions.name} [options] [path | glob ...]`,
        '',
        `  ${argsOptions.description}`,
        '',
        '  With no .remarkrc* or package.json#remarkConfig, remark-preset-lint-ml-design is used.',
        '',
        `  ${argsOptions.name} init [file]        write a new design document to fill in (init --help)`,
        `  ${argsOptions.name} --fix <path ...>   insert a stub for each missing stage or requirement`,
        `  ${argsOptions.name} report <path ...>  a scorecard of documents x requirements (report --help)`,
        '',
        'Options:',
        '',
        state.args.helpMessage
          .replace('specify color in report (on by default)', 'specify color in report (on a terminal by default)')
          .replace('specify writing to stdout (on by default)', 'specify writing Markdown to stdout (off by default)'),
        '',
      ].join('\n'),
    )
    return
  }

  if (state.args.version) {
    process.stdout.write(`${argsOptions.version}\n`)
    return
  }

  const options = state.engine
  const cwd = typeof options.cwd === 'object' ? fileURLToPath(options.cwd) : (options.cwd ?? process.cwd())
  let watcher: FSWatcher | undefined
  let subscribed = false
  let output: EngineOptions['output']

  if (state.args.watch) {
    output = options.output
    // Never read stdin, never write stdout while watching.
    const tty = new Readable({ read() {} }) as Readable & { isTTY?: boolean }
    tty.isTTY = true
    options.streamIn = tty as unknown as EngineOptions['streamIn']
    options.out = false
    process.stderr.write('Watching... (press CTRL+C to exit)\n')
    if (output === true) {
      options.output = false
      process.stderr.write('Note: Ignoring `--output` until exit.\n')
    }
  }

  const onsigint = () => {
    process.stderr.write('\n')
    clean()
    if (output === true) {
      options.output = output
      state.args.watch = false
      engine(options, done)
    }
  }

  const clean = () => {
    if (watcher) {
      process.removeListener('SIGINT', onsigint)
      void watcher.close()
      watcher = undefined
    }
  }

  const done: Callback = (error, code, context?: Context) => {
    if (error) {
      clean()
      fail(error)
      return
    }
    if (typeof code === 'number') process.exitCode = code
    if (state.args.watch && !subscribed && context) {
      subscribed = true
      subscribe(context).catch(fail)
    }
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

  const start = async () => {
    options.reporter =
      typeof options.reporter === 'string' ? await loadReporter(options.reporter, cwd) : (options.reporter ?? reporter)
    engine(options, done)
  }
  start().catch(fail)
}
