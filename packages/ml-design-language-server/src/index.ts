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

/**
 * remark plugin that stops a lint between parsing and the rules when its
 * document has been edited since the lint began. Parsing and the rules each
 * take half of a lint and neither lets the server read the edits that arrive
 * meanwhile; this transformer, first in line, lets the event loop turn once
 * (the server applies the edits received during the parse), then asks the
 * file's `data.superseded()` and throws `SupersededError` if a newer version
 * is there: the rules' half of a lint nobody will see is not run. A file
 * without `data.superseded` (any use outside the server) is linted as usual.
 */
export const remarkStopIfSuperseded: Plugin<[], Root> = () => async (_tree, file) => {
  const { superseded } = file.data
  if (typeof superseded !== 'function') return
  await new Promise((resolve) => setImmediate(resolve))
  if (superseded()) throw new SupersededError()
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
