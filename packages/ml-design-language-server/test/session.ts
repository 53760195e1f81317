/**
 * The client side of the server tests: the built bin spawned over stdio and
 * spoken to in JSON-RPC with Content-Length framing (the
 * `vscode-languageserver-protocol` client side), with the capabilities an
 * editor announces. Workspaces are scratch folders inside the repository
 * (git-ignored), so configured plugins resolve as they do for a user.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  LogMessageNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js'

export const root = new URL('../../..', import.meta.url).pathname
const packageRoot = new URL('..', import.meta.url).pathname
export const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'))
export const bin = join(packageRoot, manifest.bin['ml-design-language-server'])

/** Per request or awaited notification: a server that stops answering fails the test, it does not hang it. */
const timeout = 10_000

/** Build the server (`tsc -b`, incremental): the bin runs from `dist/`. */
export function buildServer(): void {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', packageRoot], {
    cwd: root,
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`tsc -b failed:\n${build.stdout}${build.stderr}`)
}

export function within<T>(promise: Promise<T>, what: string, ...failures: Array<Promise<never>>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    ...failures,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No answer to ${what} within ${timeout} ms`)), timeout)
    }),
  ]).finally(() => clearTimeout(timer))
}

/** A scratch workspace inside the repository (git-ignored). */
export function scratch(files: Record<string, string>): string {
  mkdirSync(join(root, '.scratch'), { recursive: true })
  const directory = mkdtempSync(join(root, '.scratch', 'lsp-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, name)), { recursive: true })
    writeFileSync(join(directory, name), content)
  }
  return directory
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href
}

/** An editor session: the server process and the client end of its connection. */
export class Session {
  readonly child: ChildProcess
  readonly connection: ProtocolConnection
  readonly published: PublishDiagnosticsParams[] = []
  readonly logs: string[] = []
  stderr = ''
  /** Rejects when the server exits before it is told to: waits fail at once instead of timing out. */
  readonly crashed: Promise<never>
  private closing = false
  private readonly waiters = new Set<() => void>()
  private readonly versions = new Map<string, number>()

  /**
   * @param args the server's arguments.
   * @param settings what the client answers when asked for the `mlDesign`
   *   section: `{}` (no particular settings) by default; vscode-languageclient
   *   and eglot answer `null`.
   */
  constructor(args: string[], settings: unknown = {}) {
    this.child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.child.stderr?.on('data', (chunk) => {
      this.stderr += chunk
    })
    this.crashed = new Promise<never>((_, reject) => {
      this.child.once('exit', (code, signal) => {
        if (!this.closing) reject(new Error(`The server exited (${code ?? signal}): ${this.stderr || 'no stderr'}`))
      })
    })
    this.crashed.catch(() => {})
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout as NodeJS.ReadableStream),
      new StreamMessageWriter(this.child.stdin as NodeJS.WritableStream),
    )
    // What an editor answers: its settings for the `mlDesign` section, registrations accepted.
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings))
    this.connection.onRequest(RegistrationRequest.type, () => undefined)
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message)
    })
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      for (const wake of this.waiters) wake()
    })
    this.connection.listen()
  }

  async initialize(workspace: string | undefined): Promise<InitializeResult> {
    const folders = workspace ? [{ uri: uriOf(workspace), name: 'docs' }] : null
    const result = await within(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: workspace ? uriOf(workspace) : null,
        workspaceFolders: folders,
        capabilities: {
          workspace: {
            configuration: true,
            workspaceFolders: true,
            didChangeConfiguration: { dynamicRegistration: true },
          },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: true },
            publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
              isPreferredSupport: true,
              dataSupport: true,
            },
          },
        },
      }),
      'initialize',
      this.crashed,
    )
    await this.connection.sendNotification(InitializedNotification.type, {})
    return result
  }

  /** Open a document and return the diagnostics published for it. */
  async open(uri: string, text: string): Promise<Diagnostic[]> {
    this.versions.set(uri, 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    })
    return this.diagnostics(uri, 1)
  }

  /** Replace a document's text and return the diagnostics published for the new version. */
  async change(uri: string, text: string): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 0) + 1
    this.versions.set(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    })
    return this.diagnostics(uri, version)
  }

  diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    const find = () => this.published.find((item) => item.uri === uri && item.version === version)
    return within(
      new Promise<Diagnostic[]>((resolve) => {
        const wake = () => {
          const found = find()
          if (!found) return
          this.waiters.delete(wake)
          resolve(found.diagnostics)
        }
        this.waiters.add(wake)
        wake()
      }),
      `diagnostics for ${uri} version ${version}`,
      this.crashed,
    )
  }

  /** `shutdown` and `exit`, as an editor closes; the process is killed if it outlives them. */
  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode)
      else this.child.once('exit', (code) => resolve(code))
    })
    this.closing = true
    try {
      await within(this.connection.sendRequest(ShutdownRequest.type), 'shutdown')
      await this.connection.sendNotification(ExitNotification.type)
      return await within(exited, 'exit')
    } finally {
      this.connection.dispose()
      if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL')
    }
  }
}

export function ofRule(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === code)
}
