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

type Next = (error?: unknown, tree?: Root, file?: VFile) => void
type Transformer = (tree: Root, file: VFile, next?: Next) => unknown

/** Let the event loop turn once: the edits that arrived meanwhile are applied. */
const turn = () => new Promise((resolve) => setImmediate(resolve))

/**
 * `transformer`, first letting the event loop turn and asking the file's
 * `data.superseded()`: a superseded lint stops before it runs. A file
 * without `data.superseded` goes straight to `transformer`.
 */
function unlessSuperseded(transformer: Transformer): Transformer {
  // trough passes `next` only to a transformer that declares it (remark-lint's rules do): keep the arity.
  if (transformer.length > 2) {
    return function (this: unknown, tree, file, next) {
      const { superseded } = file.data
      if (typeof superseded !== 'function') return transformer.call(this, tree, file, next)
      const done = next as Next
      setImmediate(() => {
        if (superseded()) return done(new SupersededError())
        try {
          transformer.call(this, tree, file, done)
        } catch (error) {
          done(error)
        }
      })
    }
  }
  return function (this: unknown, tree, file) {
    const { superseded } = file.data
    if (typeof superseded !== 'function') return transformer.call(this, tree, file)
    return turn().then(() => {
      if (superseded()) throw new SupersededError()
      return transformer.call(this, tree, file)
    })
  }
}

/**
 * remark plugin that stops a lint whose document has been edited since the
 * lint began, after parsing and between one rule and the next: nothing it
 * would find is published. It must come before the rules (the server puts
 * it second, after the size guard): before each transformer attached after
 * it, the lint lets the event loop turn once (the server applies the edits
 * that arrived during the parse or the last rule), then asks the file's
 * `data.superseded()` and throws `SupersededError` if a newer version is
 * there. Parsing and each rule run without a break, so this is where a
 * lint can stop. A file without `data.superseded` (any use outside the
 * server) is linted as usual, without the pauses.
 */
export const remarkStopIfSuperseded: Plugin<[], Root> = function (this: Processor) {
  const pipeline = this.transformers
  const use = pipeline.use
  pipeline.use = (transformer) => use(unlessSuperseded(transformer as Transformer) as typeof transformer)
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
}

/**
 * Start the language server on the transport given on the command line
 * (`--stdio`, `--node-ipc`, `--socket=<port>` or `--pipe=<name>`).
 */
export function createMlDesignLanguageServer(): void {
  startServer(serverOptions)
}
