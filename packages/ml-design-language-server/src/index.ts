/**
 * Language server that reviews ML system design documents in the editor:
 * remark with `remark-preset-lint-ml-design`, run through unified-engine
 * as remark-cli runs it, over LSP (`vscode-languageserver`).
 *
 * Every lint message becomes a diagnostic: the rule id as its `code`, a link
 * to the rule's docs as its `codeDescription`, `warning` or `error` as the
 * rule is configured, and the message's place as its range. A message with an
 * `expected` value is offered as a quick fix.
 *
 * Configuration is remark's: a `.remarkrc*` file or a `remarkConfig` field
 * in `package.json`, found from the document upwards, and `.remarkignore`.
 * When that configuration adds no plugin (there is none, or it only has
 * settings), the preset is used, so a workspace without any remark setup is
 * still reviewed.
 *
 * While the user types, only the newest version of a document is linted,
 * and diagnostics are published only for the version they were made from.
 */
import type { Root } from 'mdast'
import { type GuardHints, type GuardOptions, remarkGuard } from 'ml-design-lint/guard'
import { remark } from 'remark'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'
import { type ServerOptions, startServer } from './server.js'

/**
 * remark plugin that uses `remark-preset-lint-ml-design` unless plugins were
 * added after it (by a configuration file): it must be the last plugin of
 * the processor it is given to. unified-engine adds a file's configured
 * plugins to a fresh copy of the processor before it is frozen; this plugin
 * runs at freeze time and sees them.
 */
export const remarkPresetLintMlDesignUnlessConfigured: Plugin<[], Root> = function (this: Processor) {
  const own = this.attachers.findIndex(([plugin]) => plugin === remarkPresetLintMlDesignUnlessConfigured)
  if (own === this.attachers.length - 1) this.use(remarkPresetLintMlDesign)
}

declare module 'vfile' {
  interface DataMap {
    /**
     * Set by the server on the file it lints: whether a newer version of the
     * document has arrived since this lint began (its diagnostics would
     * not be published).
     */
    superseded: () => boolean
  }
}

/** Why a lint stopped early: its document was edited again while it was being parsed. */
export class SupersededError extends Error {
  constructor() {
    super('Stopped: a newer version of the document arrived during the lint')
    this.name = 'SupersededError'
  }
}

type Transformer = (tree: Root, file: VFile, next?: unknown) => unknown

/** `transformer`, first asking the file's `data.superseded()`: a superseded lint stops before it runs. */
function unlessSuperseded(transformer: Transformer): Transformer {
  const stop = (file: VFile) => {
    if (file.data.superseded?.()) throw new SupersededError()
  }
  // trough passes `next` only to a transformer that declares it: keep the arity.
  return transformer.length > 2
    ? function (this: unknown, tree, file, next) {
        stop(file)
        return transformer.call(this, tree, file, next)
      }
    : function (this: unknown, tree, file) {
        stop(file)
        return transformer.call(this, tree, file)
      }
}

/**
 * remark plugin that stops a lint whose document has been edited since the
 * lint began, between parsing and the rules and between one rule and the
 * next: nothing it would find is published. It must come before the rules
 * (the server puts it second, after the size guard): every transformer
 * attached after it asks the file's `data.superseded()` before it runs.
 * After parsing, it first lets the event loop turn once, so that a lint in
 * the server's own thread sees the edits received during the parse (a lint
 * in the worker is told through shared memory at once). It throws
 * `SupersededError` when a newer version is there. A file without
 * `data.superseded` (any use outside the server) is linted as usual.
 */
export const remarkStopIfSuperseded: Plugin<[], Root> = function (this: Processor) {
  const pipeline = this.transformers
  const use = pipeline.use
  pipeline.use = (transformer) => use(unlessSuperseded(transformer as Transformer) as typeof transformer)
  return async (_tree, file) => {
    if (typeof file.data.superseded !== 'function') return
    await new Promise((resolve) => setImmediate(resolve))
    if (file.data.superseded()) throw new SupersededError()
  }
}

/** How the server's limits are raised: its arguments, or the environment. */
export const serverHints: GuardHints = {
  maxSize: '`--max-size=<bytes>` or `ML_DESIGN_LINT_MAX_SIZE`',
  maxDepth: '`--max-depth=<levels>` or `ML_DESIGN_LINT_MAX_DEPTH`',
}

/**
 * The limits checked before a document is parsed, from the environment
 * (`ML_DESIGN_LINT_MAX_SIZE`, `ML_DESIGN_LINT_MAX_DEPTH`; the command line
 * `--max-size=` and `--max-depth=` set them): a document beyond them gets one
 * diagnostic saying so instead of hanging the server.
 */
export function guardOptions(env: Record<string, string | undefined> = process.env): GuardOptions {
  return {
    maxSize: env.ML_DESIGN_LINT_MAX_SIZE || undefined,
    maxDepth: env.ML_DESIGN_LINT_MAX_DEPTH || undefined,
  } as GuardOptions
}

/**
 * The processor the server uses: remark, plus the preset when the
 * configuration adds no plugin; a lint whose document is edited again
 * during its parse stops before the rules. Exported so that a workspace
 * that installs this package locally uses its own copy (and so its own
 * preset version).
 */
export const processor: Processor<Root, Root, Root, Root, string> = remark()
  .use(remarkGuard, guardOptions(), serverHints)
  .use(remarkStopIfSuperseded)
  .use(remarkPresetLintMlDesignUnlessConfigured)

export { debounce, type ServerOptions, startServer } from './server.js'

/**
 * The lint worker's young generation, MB: three times V8's semi-space
 * (`--max-semi-space-size`), so 192 is a semi-space of 64 MB, four times
 * V8's default on 64-bit machines. Measured (docs/performance.md, fourth
 * round): 0.80x the CPU per lint of the 16 KB document against the default
 * in the server's thread; 96 MB (a 32 MB semi-space) saved nothing.
 */
export const youngGenerationMb = 192

/** The options `createMlDesignLanguageServer` starts the server with. */
export const serverOptions: ServerOptions = {
  // The processor is looked up in the workspace first (a local install of
  // this package), then this package's own is used.
  processorName: 'ml-design-language-server',
  processorSpecifier: 'processor',
  defaultProcessor: processor,
  // Settings the client can send for this section: `requireConfig`,
  // `ignorePath`, `ignorePathResolveFrom` (a client that answers `null`
  // gets the defaults).
  configurationSection: 'mlDesign',
  // Configuration and ignore files are remark's, as remark-cli reads them.
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
  // Lints run in a worker thread with a young generation sized for them
  // (docs/performance.md, fourth round); the worker loads these options.
  worker: { optionsModule: import.meta.url, optionsExport: 'serverOptions', youngGenerationMb },
}

/**
 * Start the language server on the transport given on the command line
 * (`--stdio`, `--node-ipc`, `--socket=<port>` or `--pipe=<name>`); with
 * `{worker: false}` (`--no-worker`), lints run in the server's own thread.
 */
export function createMlDesignLanguageServer(options: { worker?: boolean } = {}): void {
  startServer(options.worker === false ? { ...serverOptions, worker: undefined } : serverOptions)
}
