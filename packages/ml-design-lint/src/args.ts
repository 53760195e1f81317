/**
 * The command line as remark-cli reads it: `unified-args`' parser with this
 * command's defaults (the preset when no configuration is found, no
 * Markdown on stdout, a gate by default), and its reporters.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { loadPlugin } from 'load-plugin'
import markdownExtensions from 'markdown-extensions'
import { remark } from 'remark'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import type { Options as EngineOptions, Preset } from 'unified-engine'
import type { VFile } from 'vfile'
import { reporter as defaultReporter, type Options as ReporterOptions } from 'vfile-reporter'
import { remarkGuard, takeGuardFlags } from './guard.js'

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
