/**
 * The language server: documents kept in sync with the editor, each linted
 * at its newest version only, diagnostics published for that version, quick
 * fixes from the messages' `expected` values.
 *
 * Built on `vscode-languageserver` directly rather than on
 * `unified-language-server` 4.1.0, which lints every version of a document
 * in order (the editor falls seconds behind while typing), never publishes
 * when the client answers `null` for the settings section, advertises
 * formatting, and stops linting a document whose report outgrows 16 KB.
 */
import { fileURLToPath } from 'node:url'
import {
  CodeActionKind,
  type Connection,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { quickFixes, toDiagnostic } from './diagnostics.js'
import { LatestOnly } from './latest.js'
import { Linter, type LintOptions, readSettings, type Settings } from './lint.js'

/**
 * How long (ms) a document must go without an edit before it is linted.
 * Keystrokes come faster than a design document lints (a 16 KB document
 * takes 50 to 70 ms of CPU): without a pause, each lint but the last is
 * wasted. 30 ms lets a burst of typing through unlinted and adds 30 ms to
 * the wait for the final text's diagnostics, while the server uses a third
 * to half the CPU it would while typing (docs/performance.md).
 */
export const debounce = 30

/** What `startServer` needs: how to lint, and the editor's settings section for the server. */
export interface ServerOptions extends LintOptions {
  /** The settings section the server asks the client for (`mlDesign`). */
  configurationSection: string
}

/** Start the language server on the transport given on the command line. */
export function startServer(options: ServerOptions, connection: Connection = createConnection(ProposedFeatures.all)) {
  const documents = new TextDocuments(TextDocument)
  const linter = new Linter(options, (message) => connection.console.log(message))
  /** Workspace folders, as `file:` URIs. */
  const workspaces = new Set<string>()
  /** Settings per document, asked for once (until the configuration changes or the document closes). */
  const settingsOf = new Map<string, Promise<Settings>>()
  /** Documents told they are not linted (not files): said once per opening. */
  const toldNotFile = new Set<string>()
  let globalSettings: Settings = readSettings(undefined)
  let askForSettings = false
  let watchFolders = false

  function settings(uri: string): Promise<Settings> {
    if (!askForSettings) return Promise.resolve(globalSettings)
    let found = settingsOf.get(uri)
    if (!found) {
      found = connection.workspace
        .getConfiguration({ scopeUri: uri, section: options.configurationSection })
        .then(readSettings, (error: unknown) => {
          connection.console.log(`ml-design-language-server: no settings from the client, using the defaults: ${error}`)
          return readSettings(undefined)
        })
      settingsOf.set(uri, found)
    }
    return found
  }

  /** Lint the document as it is now; publish only if it is still at that version when the lint ends. */
  async function lintNewest(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    if (!uri.startsWith('file:')) {
      if (!toldNotFile.has(uri)) {
        toldNotFile.add(uri)
        connection.console.log(`ml-design-language-server: not linting ${uri}: only files are linted (save it first)`)
      }
      return
    }
    const path = fileURLToPath(uri)
    const cwd = await linter.folderOf(path, workspaces)
    if (cwd === undefined) return
    const config = await settings(uri)
    // Edits may have come while the folder and settings were looked up: take the text as it is now.
    const current = documents.get(uri)
    if (!current) return
    const { version } = current
    // A lint whose document is edited again during its parse stops there (its diagnostics would not be published).
    const superseded = () => documents.get(uri)?.version !== version
    const file = await linter.lint(path, current.getText(), cwd, config, superseded)
    // Edited (a newer lint is queued) or closed meanwhile: these diagnostics are out of date.
    if (superseded()) return
    await connection.sendDiagnostics({ uri, version, diagnostics: file.messages.map(toDiagnostic) })
  }

  const queue = new LatestOnly(
    lintNewest,
    (uri, error) => {
      connection.console.error(
        `ml-design-language-server: linting ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`,
      )
    },
    debounce,
  )
  const lintAll = () => {
    for (const document of documents.all()) queue.request(document.uri)
  }

  connection.onInitialize((params) => {
    for (const folder of params.workspaceFolders ?? []) workspaces.add(folder.uri)
    if (workspaces.size === 0 && params.rootUri) workspaces.add(params.rootUri)
    const { workspace } = params.capabilities
    askForSettings = Boolean(workspace?.configuration)
    watchFolders = Boolean(workspace?.workspaceFolders)
    return {
      capabilities: {
        // Each change as an edit of a range: a keystroke in a 1 MB document sends one character, not 1 MB.
        textDocumentSync: TextDocumentSyncKind.Incremental,
        // Quick fixes come with their edit: there is nothing to resolve later.
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        // No `documentFormattingProvider`: formatting on save would rewrite the prose of design documents.
        workspace: watchFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      },
      serverInfo: { name: 'ml-design-language-server' },
    }
  })

  connection.onInitialized(() => {
    if (askForSettings) void connection.client.register(DidChangeConfigurationNotification.type)
    if (!watchFolders) return
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      for (const folder of event.removed) workspaces.delete(folder.uri)
      for (const folder of event.added) workspaces.add(folder.uri)
      lintAll()
    })
  })

  documents.onDidChangeContent((event) => queue.request(event.document.uri))

  documents.onDidClose((event) => {
    const { uri } = event.document
    queue.forget(uri)
    settingsOf.delete(uri)
    toldNotFile.delete(uri)
    void connection.sendDiagnostics({ uri, diagnostics: [] })
  })

  // A configuration, ignore file or plugin may have changed: load again, lint again.
  connection.onDidChangeWatchedFiles(() => {
    linter.reset()
    lintAll()
  })

  connection.onDidChangeConfiguration((change) => {
    if (askForSettings) settingsOf.clear()
    else {
      const all: unknown = change.settings
      const own =
        typeof all === 'object' && all !== null && options.configurationSection in all
          ? (all as Record<string, unknown>)[options.configurationSection]
          : all
      globalSettings = readSettings(own)
    }
    lintAll()
  })

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    return document ? quickFixes(document, params.context.diagnostics) : []
  })

  documents.listen(connection)
  connection.listen()
}
