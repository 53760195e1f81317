/**
 * Run the `ml-design-lint` command: lint (`unified-engine`, as
 * `unified-args` does for remark-cli), or hand `init`, `report` and
 * `--fix` to `commands.ts`.
 */
import process from 'node:process'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import type { FSWatcher } from 'chokidar'
import { type Callback, type Context, type Options as EngineOptions, engine } from 'unified-engine'
import { type ArgsState, argsOptions, loadReporter, parse, reporter } from './args.js'

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
    import('./commands.js').then(({ run }) => run(command, argv, cli)).catch(fail)
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
