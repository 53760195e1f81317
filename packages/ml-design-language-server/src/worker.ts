/**
 * The lint worker: a thread that lints documents for the server
 * (`WorkerLinter`), so that its lints run with a young generation of their
 * own size (the `resourceLimits` it is started with).
 *
 * It is told where its lint options are (`workerData`: a module URL and the
 * export name), loads them once and stays warm. Each request is a document to
 * lint with a shared flag the server raises when a newer version arrives;
 * the answer is the diagnostics. Log lines go back as messages, never to
 * stdout, which is the server's protocol channel.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { toDiagnostic } from './diagnostics.js'
import { Linter, type LintOptions } from './lint.js'
import type { ToWorker, WorkerData } from './threaded.js'

const port = parentPort
if (!port) throw new Error('ml-design-language-server: worker.js runs as a worker thread of the server')
const { optionsModule, optionsExport } = workerData as WorkerData
const options = (await import(optionsModule))[optionsExport] as LintOptions | undefined
if (!options?.defaultProcessor) throw new Error(`No lint options exported as \`${optionsExport}\` by ${optionsModule}`)
const linter = new Linter(options, (message) => port.postMessage({ type: 'log', message }))

port.on('message', async (request: ToWorker) => {
  if (request.type === 'reset') {
    linter.reset()
    return
  }
  const { id, path, text, cwd, settings, flag } = request
  try {
    const file = await linter.lint(path, text, cwd, settings, () => Atomics.load(flag, 0) !== 0)
    port.postMessage({ type: 'done', id, diagnostics: file.messages.map(toDiagnostic) })
  } catch (error) {
    port.postMessage({ type: 'failed', id, error: error instanceof Error ? error.stack : String(error) })
  }
})
port.postMessage({ type: 'ready' })
