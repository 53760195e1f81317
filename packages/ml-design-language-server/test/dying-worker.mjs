// A lint worker that starts, then dies on its first lint (as a worker that runs out of memory would).
import { parentPort } from 'node:worker_threads'

parentPort.on('message', () => process.exit(7))
parentPort.postMessage({ type: 'ready' })
