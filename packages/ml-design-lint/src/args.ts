/**
 * The command line of `ml-design-lint`: its flags (remark-cli's, less the
 * ones that write Markdown, plus `--fix`, `--max-size` and `--max-depth`),
 * parsed with `node:util`'s `parseArgs`, and its help. This module imports
 * nothing but Node's own modules, so that `--help` and `--version` load no
 * rule, no parser and no engine.
 */
import { parseArgs } from 'node:util'

/** A flag the command takes. */
interface Flag {
  type: 'boolean' | 'string'
  short?: string
  multiple?: boolean
  /** Shown in `--help` after the flag, for a flag that takes a value. */
  value?: string
  /** A boolean that is on unless `--no-<flag>`. */
  negatable?: boolean
  description: string
}

/** Every flag, in the order `--help` lists them. */
export const flags = {
  help: { type: 'boolean', short: 'h', description: 'print this help and exit' },
  version: { type: 'boolean', short: 'v', description: 'print the version and exit' },
  fix: { type: 'boolean', description: 'insert a stub section for each missing stage or requirement, then lint' },
  frail: {
    type: 'boolean',
    short: 'f',
    negatable: true,
    description: 'exit 1 on warnings too (on by default; --no-frail: only errors fail)',
  },
  quiet: { type: 'boolean', short: 'q', description: 'report only files with messages' },
  silent: { type: 'boolean', short: 'S', description: 'report only errors' },
  report: {
    type: 'string',
    value: '<reporter>',
    description: 'the report: json or sarif (on stdout), or a vfile-reporter-<name> (options after `=`)',
  },
  color: { type: 'boolean', negatable: true, description: 'colour the report (by default: on a terminal only)' },
  verbose: { type: 'boolean', description: 'more detail in the report, and stack traces of errors' },
  watch: { type: 'boolean', short: 'w', description: 'lint again when a file changes' },
  'max-size': {
    type: 'string',
    value: '<bytes>',
    description: 'skip files bigger than this, with an error (default 1048576)',
  },
  'max-depth': {
    type: 'string',
    value: '<levels>',
    description: 'skip files whose lists or block quotes nest deeper, with an error (default 100)',
  },
  'rc-path': { type: 'string', short: 'r', value: '<path>', description: 'use this configuration file' },
  config: {
    type: 'boolean',
    negatable: true,
    description: 'look for .remarkrc* and package.json#remarkConfig (on by default)',
  },
  use: {
    type: 'string',
    short: 'u',
    multiple: true,
    value: '<plugin>',
    description: 'use a remark plugin, with options after `=` (JSON5, without braces)',
  },
  setting: {
    type: 'string',
    short: 's',
    multiple: true,
    value: '<settings>',
    description: 'remark settings (JSON5, without braces)',
  },
  ext: {
    type: 'string',
    short: 'e',
    multiple: true,
    value: '<extensions>',
    description: 'file extensions to lint in folders, comma-separated (default: Markdown extensions)',
  },
  'ignore-path': {
    type: 'string',
    short: 'i',
    value: '<path>',
    description: 'use this ignore file instead of .remarkignore',
  },
  'ignore-path-resolve-from': {
    type: 'string',
    value: 'cwd|dir',
    description: 'resolve the ignore file’s patterns from the working folder or its own (default: dir)',
  },
  'ignore-pattern': {
    type: 'string',
    multiple: true,
    value: '<globs>',
    description: 'ignore these patterns too, comma-separated',
  },
  ignore: { type: 'boolean', negatable: true, description: 'look for .remarkignore (on by default)' },
  'silently-ignore': { type: 'boolean', description: 'do not fail on files given by name that are ignored' },
  'file-path': { type: 'string', value: '<path>', description: 'the path of the document read from stdin' },
} satisfies Record<string, Flag>

export type FlagName = keyof typeof flags

/** What the command line says, flag by flag: strings for values, lists for repeatable flags. */
export interface Args {
  values: {
    [Name in FlagName]?: (typeof flags)[Name] extends { multiple: true }
      ? string[]
      : (typeof flags)[Name] extends { type: 'string' }
        ? string
        : boolean
  }
  /** Files, folders and globs. */
  files: string[]
}

/** remark-cli's flags that write Markdown or syntax trees: a reviewer must not rewrite documents. */
const writers: Record<string, string> = {
  output: '-o, --output',
  stdout: '--stdout',
  tree: '-t, --tree',
  'tree-in': '--tree-in',
  'tree-out': '--tree-out',
  inspect: '--inspect',
}
const writerShorts: Record<string, string> = { o: 'output', t: 'tree' }

/** A mistake on the command line: the run stops with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

function refuse(name: string): never {
  throw new UsageError(
    `\`${writers[name]}\` is not an option of ml-design-lint: it reviews documents and never writes Markdown or syntax trees (format with remark-cli if you mean to)`,
  )
}

/**
 * Parse a command line (without `node` and the script). Throws a
 * `UsageError` on an unknown flag, a flag that writes documents, or a flag
 * missing its value.
 */
export function parseCommandLine(argv: string[]): Args {
  for (const arg of argv) {
    if (arg === '--') break
    const long = /^--(?:no-)?([a-z-]+)(?:=|$)/.exec(arg)
    if (long && long[1] in writers) refuse(long[1])
    if (/^-[a-zA-Z]+$/.test(arg)) {
      for (const letter of arg.slice(1)) if (letter in writerShorts) refuse(writerShorts[letter])
    }
  }
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {}
  for (const [name, flag] of Object.entries(flags) as Array<[string, Flag]>) {
    options[name] = { type: flag.type, multiple: flag.multiple ?? false, ...(flag.short ? { short: flag.short } : {}) }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, allowNegative: true, strict: true })
  } catch (error) {
    throw new UsageError(`${describeParseError(error)} (\`ml-design-lint --help\` lists the options)`)
  }
  return { values: parsed.values as Args['values'], files: parsed.positionals }
}

/** `parseArgs`' errors, in the command's words. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? message
    return `Unknown option \`${flag}\``
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /'(-[^']*?)(?: <value>)?'/.exec(message)?.[1]
    if (/argument missing/.test(message) && flag) return `Missing value for \`${flag}\``
    if (flag) return `Unexpected value for \`${flag}\`, which takes none`
  }
  return message.replace(/\. To specify a positional argument.*$/s, '')
}

/** The help, listing every flag. */
export function helpText(description: string): string {
  const rows = (Object.entries(flags) as Array<[string, Flag]>).map(([name, flag]) => {
    const long = `--${flag.negatable ? '[no-]' : ''}${name}${flag.value ? ` ${flag.value}` : ''}`
    return [flag.short ? `-${flag.short},` : '', long, flag.description]
  })
  const width = Math.max(...rows.map((row) => row[1].length))
  return [
    'Usage: ml-design-lint [options] [path | glob ...]',
    '       ml-design-lint init [file] [--shape interview|company]   (init --help)',
    '       ml-design-lint report [--format text|md|html] <path ...>  (report --help)',
    '',
    `  ${description}`,
    '',
    '  Lints every Markdown file under the paths given (or stdin) and reports on',
    '  stderr; --report json and --report sarif write to stdout. It never writes',
    '  Markdown out (only --fix edits files, to insert stubs).',
    '',
    '  Configuration: .remarkrc* or package.json#remarkConfig. Without one, or with',
    '  one that names neither remark-preset-lint-ml-design nor a remark-lint-ml-*',
    '  rule, remark-preset-lint-ml-design is used.',
    '',
    'Options:',
    '',
    ...rows.map(([short, long, text]) => `  ${short.padEnd(3)} ${long.padEnd(width)}  ${text}`),
    '',
    'Exit codes: 0 no messages, 1 messages (warnings count unless --no-frail),',
    '            2 the command could not do its job (a bad flag or configuration,',
    '              a missing plugin, a file that cannot be read or is skipped).',
    '',
    'Examples:',
    '',
    '  ml-design-lint docs/',
    '  ml-design-lint --report sarif docs/ > ml-design-lint.sarif',
    '  ml-design-lint --fix docs/design/churn.md',
    '  ml-design-lint < docs/churn.md',
    '',
  ].join('\n')
}
