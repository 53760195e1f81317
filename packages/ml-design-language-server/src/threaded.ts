/**
 * Where lints run: in the server's own thread (`LocalLints`), or in one
 * worker thread kept warm for the server's life (`WorkerLints`), whose young
 * generation can be sized for lints: a design document's lint makes tens of
 * MB of short-lived objects (the syntax tree, the reading), and with V8's
 * default young generation much of it is promoted and collected again by
 * the old generation's collector (docs/performance.md, fourth round).
 *
 * The worker is also told when a lint is superseded without waiting for
 * its event loop: each lint carries a shared flag that the server raises
 * when a newer version of the document arrives, and the lint stops before
 * its next rule.
 *
 * If the worker cannot start or dies, the server says so in its log once
 * and lints in its own thread from then on; lints the worker had not
 * answered are run again there.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads'
import type { Diagnostic } from 'vscode-languageserver/node.js'
import { toDiagnostic } from './diagnostics.js'
import type { Linter, Settings } from './lint.js'

/** What the worker is started with: where it finds its `LintOptions` (a module URL and an export name). */
export interface WorkerData {
  optionsModule: string
  optionsExport: string
}

/** How the worker is started. */
export interface WorkerOptions extends WorkerData {
  /** The worker's young generation, MB (`resourceLimits.maxYoungGenerationSizeMb`); V8's default if not given. */
  youngGenerationMb?: number
  /** The worker's module: this package's `worker.js` unless given (tests give a broken one). */
  url?: URL
  /** Other limits for the worker. */
  resourceLimits?: ResourceLimits
  /** Node's options for the worker; the server's own by default (tests run from TypeScript give none). */
  execArgv?: string[]
}

interface LintRequest {
  type: 'lint'
  id: number
  path: string
  text: string
  cwd: string
  settings: Settings
  /** Raised (set to 1) by the server when a newer version of the document arrives. */
  flag: Int32Array
}

/** A message to the worker. */
export type ToWorker = LintRequest | { type: 'reset' }

type FromWorker =
  | { type: 'ready' }
  | { type: 'log'; message: string }
  | { type: 'done'; id: number; diagnostics: Diagnostic[] }
  | { type: 'failed'; id: number; error: string }

/** What the server lints with. */
export interface Lints {
  /**
   * The diagnostics of `text` as the file at `path`, linted from the
   * workspace folder `cwd`; `superseded` says whether a newer version of
   * the document has arrived (the lint may then stop early: its diagnostics
   * are not to be published).
   */
  diagnostics(
    path: string,
    text: string,
    cwd: string,
    settings: Settings,
    superseded?: () => boolean,
  ): Promise<Diagnostic[]>
  /** A document changed or closed: running lints whose document has a newer version stop at their next rule. */
  check(): void
  /** Load the workspaces' processors again (their packages may have changed). */
  reset(): void
}

/** Lints in the server's own thread. */
export class LocalLints implements Lints {
  constructor(private readonly linter: Linter) {}

  async diagnostics(path: string, text: string, cwd: string, settings: Settings, superseded?: () => boolean) {
    return (await this.linter.lint(path, text, cwd, settings, superseded)).messages.map(toDiagnostic)
  }

  /** Nothing to do: a lint in this thread sees the edits only when it lets the event loop turn (after parsing). */
  check(): void {}

  reset(): void {
    this.linter.reset()
  }
}

interface Job {
  request: LintRequest
  superseded?: () => boolean
  resolve: (diagnostics: Diagnostic[]) => void
  reject: (error: Error) => void
}

/** Lints in one worker thread, started at the first lint; in the server's thread once the worker fails. */
export class WorkerLints implements Lints {
  private worker?: Worker
  private readonly jobs = new Map<number, Job>()
  private next = 0
  /** Set once the worker failed: every lint runs here from then on. */
  private local?: LocalLints

  /**
   * @param linter the server's own linter, used if the worker fails.
   * @param log where the worker's log lines and the failure message go.
   */
  constructor(
    private readonly linter: Linter,
    private readonly options: WorkerOptions,
    private readonly log: (message: string) => void,
  ) {}

  /** Whether lints run in the worker (until it fails). */
  get threaded(): boolean {
    return this.local === undefined
  }

  diagnostics(path: string, text: string, cwd: string, settings: Settings, superseded?: () => boolean) {
    const worker = this.local ? undefined : this.start()
    if (!worker) return this.fallback().diagnostics(path, text, cwd, settings, superseded)
    const id = this.next++
    const flag = new Int32Array(new SharedArrayBuffer(4))
    const request: LintRequest = { type: 'lint', id, path, text, cwd, settings, flag }
    return new Promise<Diagnostic[]>((resolve, reject) => {
      this.jobs.set(id, { request, superseded, resolve, reject })
      // Kept alive while it has work; idle, it does not hold the process open.
      worker.ref()
      worker.postMessage(request)
    })
  }

  check(): void {
    for (const job of this.jobs.values()) if (job.superseded?.()) Atomics.store(job.request.flag, 0, 1)
  }

  reset(): void {
    this.linter.reset()
    this.worker?.postMessage({ type: 'reset' } satisfies ToWorker)
  }

  /** Stop the worker (lints go on in this thread). */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    this.local ??= new LocalLints(this.linter)
    this.rerun()
    await worker?.terminate()
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker
    const {
      optionsModule,
      optionsExport,
      youngGenerationMb,
      url = new URL('./worker.js', import.meta.url),
    } = this.options
    const resourceLimits = { ...this.options.resourceLimits }
    if (youngGenerationMb) resourceLimits.maxYoungGenerationSizeMb = youngGenerationMb
    let worker: Worker
    try {
      worker = new Worker(url, {
        workerData: { optionsModule, optionsExport } satisfies WorkerData,
        resourceLimits,
        execArgv: this.options.execArgv,
        // The server's stdout is its protocol channel: what the worker prints goes to the log instead.
        stdout: true,
        stderr: true,
      })
    } catch (error) {
      this.fail(undefined, `could not start (${error instanceof Error ? error.message : String(error)})`)
      return undefined
    }
    worker.unref()
    for (const stream of [worker.stdout, worker.stderr]) {
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => this.log(chunk.trimEnd()))
    }
    worker.on('message', (message: FromWorker) => this.receive(message))
    worker.on('error', (error) => this.fail(worker, `failed (${error.stack ?? String(error)})`))
    worker.on('exit', (code) => this.fail(worker, `exited with code ${code}`))
    this.worker = worker
    return worker
  }

  private receive(message: FromWorker): void {
    if (message.type === 'log') this.log(message.message)
    if (message.type !== 'done' && message.type !== 'failed') return
    const job = this.jobs.get(message.id)
    if (!job) return
    this.jobs.delete(message.id)
    if (this.jobs.size === 0) this.worker?.unref()
    if (message.type === 'done') job.resolve(message.diagnostics)
    else job.reject(new Error(message.error))
  }

  /** The worker `failed` cannot lint: say so once, lint here from now on, and lint here what it had not answered. */
  private fail(failed: Worker | undefined, reason: string): void {
    if (failed !== this.worker || this.local) return
    this.worker = undefined
    this.log(
      `ml-design-language-server: the lint worker ${reason}; linting in the server's own thread from now on (the same diagnostics, with V8's default young generation)`,
    )
    this.fallback()
    this.rerun()
    void failed?.terminate()
  }

  private fallback(): LocalLints {
    this.local ??= new LocalLints(this.linter)
    return this.local
  }

  /** Lint in this thread what the worker had not answered. */
  private rerun(): void {
    const local = this.fallback()
    for (const { request, superseded, resolve, reject } of this.jobs.values()) {
      local.diagnostics(request.path, request.text, request.cwd, request.settings, superseded).then(resolve, reject)
    }
    this.jobs.clear()
  }
}
