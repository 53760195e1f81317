// Typing benchmark: does the language server keep up with someone typing?
//
//   pnpm bench:typing                 300 keystrokes, then one edit
//   pnpm bench:typing --long          also on to 3,000 keystrokes, then one edit
//   pnpm bench:typing --rounds 3      repeat (each round runs both servers)
//   pnpm bench:typing --no-anchor     leave the anchor out (with `--baseline`: before against after only)
//   pnpm bench:typing --verbose       also print the servers' log messages
//   pnpm bench:typing --profile DIR   run this server with `node --cpu-prof` into DIR
//                                     (`node scripts/bench-profile.mjs top DIR/*.cpuprofile`)
//   pnpm bench:typing --baseline DIR  also run the server built in DIR (a copy of an older
//                                     `dist/` inside packages/ml-design-language-server), after
//                                     this one in each round: before and after a change, paired
//
// Each server runs over stdio as an editor runs it, in a scratch workspace
// outside the repository holding one design document of 16 KB made from
// corpus documents. The client opens it, then types one character every
// 20 ms (50 a second), each a `didChange` of the kind the server announces:
// the character and its range for incremental sync, the whole text for
// full sync, as an editor sends them. Then it makes one more edit and
// times how long the diagnostics for that final version take, and how much
// CPU time the server used meanwhile (on a busy machine the wait is longer
// than the work). Resident size (VmRSS of the server process) is read once
// the first diagnostics arrive, after 300 edits and, with `--long`, after
// 3,000. The anchor is unified-language-server running
// remark-preset-lint-recommended (`scripts/bench-typing-anchor.mjs`).
// Goals: final diagnostics within 150 ms of the last edit; resident size
// after 3,000 edits within 20% of its size after 300.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { typingDocument } from './bench-documents.mjs'

const root = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)
const long = args.includes('--long')
const verbose = args.includes('--verbose')
const profile = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined
if (args.includes('--profile') && !profile) {
  console.error('bench-typing: `--profile` takes a folder for the CPU profiles')
  process.exit(2)
}
const baseline = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : undefined
if (args.includes('--baseline') && !baseline) {
  console.error('bench-typing: `--baseline` takes the folder of an older build of the server')
  process.exit(2)
}
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('bench-typing: `--rounds` takes a whole number of at least 1')
  process.exit(2)
}

const protocol = createRequire(join(root, 'packages/ml-design-language-server/package.json'))(
  'vscode-languageserver-protocol/node.js',
)

const servers = {
  'unified-language-server + recommended': [join(root, 'scripts/bench-typing-anchor.mjs'), '--stdio'],
  'ml-design-language-server': [
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
    join(root, 'packages/ml-design-language-server/dist/cli.js'),
    '--stdio',
  ],
}
if (args.includes('--no-anchor')) delete servers['unified-language-server + recommended']
if (baseline) servers['ml-design-language-server (baseline)'] = [join(resolve(baseline), 'cli.js'), '--stdio']
const gap = 20 // ms between keystrokes: 50 a second
const typed = 'Retraining runs weekly on the last 60 days of labelled orders, and a drift alert triggers it early. '

function residentMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)[1]) / 1024
}

/** CPU time the process has used, in ms (user + system, from /proc/<pid>/stat; 10 ms steps). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

async function measure(name, command, document, workspace) {
  const child = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'inherit'] })
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(child.stdout),
    new protocol.StreamMessageWriter(child.stdin),
  )
  connection.onRequest(protocol.ConfigurationRequest.type, (params) => params.items.map(() => ({})))
  connection.onRequest(protocol.RegistrationRequest.type, () => undefined)
  connection.onNotification(protocol.LogMessageNotification.type, (params) => {
    if (verbose) console.error(`${name}: ${params.message}`)
  })
  const uri = pathToFileURL(join(workspace, 'doc.md')).href
  let newest = 0
  let publishes = 0
  let stale = 0
  let waiting
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
    if (params.uri !== uri) return
    publishes++
    if (params.version < newest) stale++
    newest = Math.max(newest, params.version ?? 0)
    if (waiting && params.version === waiting.version) waiting.resolve(performance.now())
  })
  connection.listen()
  /** When the diagnostics of `version` arrive (`performance.now()`), or `undefined` after 60 s without them. */
  const published = (version) =>
    new Promise((resolve) => {
      waiting = { version, resolve }
      setTimeout(() => resolve(undefined), 60_000).unref()
    })

  const { capabilities } = await connection.sendRequest(protocol.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true } },
  })
  await connection.sendNotification(protocol.InitializedNotification.type, {})

  let version = 1
  let text = document
  let cursor = document.indexOf('\n\n', Math.floor(document.length / 2))
  const opened = published(1)
  await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'markdown', version, text },
  })
  await opened
  const result = {
    name,
    publishes: 0,
    stale: 0,
    rss: { start: residentMb(child.pid) },
    latency: {},
    cpu: {},
    typingCpu: {},
    peak: {},
  }

  // Each keystroke as the server asked for it: the character at the cursor (incremental sync), or the whole text.
  const sync = capabilities.textDocumentSync
  const incremental = (typeof sync === 'object' ? sync.change : sync) === protocol.TextDocumentSyncKind.Incremental
  result.sync = incremental ? 'incremental' : 'full'
  const line = document.slice(0, cursor).split('\n').length - 1
  let character = cursor - (document.lastIndexOf('\n', cursor - 1) + 1)
  const keystroke = () => {
    const typedCharacter = typed[(version - 1) % typed.length]
    text = text.slice(0, cursor) + typedCharacter + text.slice(cursor)
    const at = { line, character }
    cursor++
    character++
    version++
    return connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [incremental ? { range: { start: at, end: at }, text: typedCharacter } : { text }],
    })
  }
  /** Type until `edits` keystrokes were sent, then one more edit: the time to its diagnostics. */
  const typeUntil = async (edits) => {
    const start = performance.now()
    const first = version
    const typingCpu = cpuMs(child.pid)
    let peak = 0
    while (version - 1 < edits) {
      await sleep(start + (version - first + 1) * gap - performance.now())
      await keystroke()
      if (version % 25 === 0) peak = Math.max(peak, residentMb(child.pid))
    }
    await sleep(start + (version - first + 1) * gap - performance.now())
    const done = published(version + 1)
    await keystroke()
    const sent = performance.now()
    const cpu = cpuMs(child.pid)
    const arrived = await done
    const latency = arrived === undefined ? undefined : arrived - sent
    const end = cpuMs(child.pid)
    return { latency, cpu: end - cpu, typingCpu: end - typingCpu, peak: Math.max(peak, residentMb(child.pid)) }
  }

  for (const edits of long ? [300, 3000] : [300]) {
    const timing = await typeUntil(edits)
    result.latency[edits] = timing.latency
    result.cpu[edits] = timing.cpu
    result.typingCpu[edits] = timing.typingCpu
    result.peak[edits] = timing.peak
    result.rss[edits] = residentMb(child.pid)
    // A server that has not caught up within a minute is still linting the backlog: measuring on means nothing.
    if (timing.latency === undefined) break
  }
  result.publishes = publishes
  result.stale = stale
  result.edits = version - 1
  await connection.sendRequest(protocol.ShutdownRequest.type)
  await connection.sendNotification(protocol.ExitNotification.type)
  connection.dispose()
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()))
  return result
}

const document = typingDocument()
const workspace = mkdtempSync(join(tmpdir(), 'bench-typing-'))
writeFileSync(join(workspace, 'package.json'), '{"private": true}\n')
writeFileSync(join(workspace, 'doc.md'), document)

console.log(
  `typing benchmark: ${(Buffer.byteLength(document) / 1024).toFixed(1)} KB document, ${long ? '300 and 3,000' : '300'} keystrokes at ${1000 / gap}/s, then one edit; Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}, ${new Date().toISOString().slice(0, 10)}`,
)
const mb = (value) => `${value.toFixed(0)} MB`
const percent = (after, before) => `${after >= before ? '+' : ''}${((after / before - 1) * 100).toFixed(0)}%`
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [name, command] of Object.entries(servers)) {
      const result = await measure(name, command, document, workspace)
      const lines = [
        `${rounds > 1 ? `round ${round}: ` : ''}${name} (${result.sync} sync)`,
        `  resident at start: ${mb(result.rss.start)}`,
      ]
      for (const edits of Object.keys(result.rss).filter((key) => key !== 'start')) {
        const latency = result.latency[edits]
        lines.push(
          `  after ${Number(edits).toLocaleString('en')} edits: final diagnostics ${latency === undefined ? 'not within 60 s' : `in ${latency.toFixed(0)} ms`} (server CPU meanwhile ${result.cpu[edits].toFixed(0)} ms); server CPU while typing ${result.typingCpu[edits].toFixed(0)} ms; resident ${mb(result.rss[edits])} (peak while typing ${mb(result.peak[edits])})`,
        )
      }
      if (result.rss[3000] !== undefined) {
        lines.push(
          `  resident after 3,000 against after 300: ${percent(result.rss[3000], result.rss[300])} (peak ${percent(result.peak[3000], result.peak[300])})`,
        )
      }
      lines.push(
        `  ${result.publishes} publishes for ${result.edits + 1} versions, ${result.stale} older than one already published`,
      )
      console.log(lines.join('\n'))
    }
  }
  // Other processes' load stretches every wait: say how busy the machine was.
  console.log(`load average at the end: ${loadavg()[0].toFixed(1)}`)
} finally {
  rmSync(workspace, { recursive: true, force: true })
}
