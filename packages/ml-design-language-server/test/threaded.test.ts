/**
 * Lints in the worker thread: the same diagnostics as in the server's own
 * thread (configuration, `<!-- lint disable -->`), a lint stopped between
 * rules when its document is edited, and the fallback to the server's
 * thread, with one clear log line, when the worker cannot start or dies.
 */
import { join } from 'node:path'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { processor, SupersededError, serverOptions } from '../src/index.js'
import { Linter, type Settings } from '../src/lint.js'
import { LocalLints, WorkerLints, type WorkerOptions } from '../src/threaded.js'
import { buildServer, Session, scratch, uriOf } from './session.js'

const missingDoc = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
const settings: Settings = { requireConfig: false }
/** The built worker and the built options: vitest runs the sources, a worker thread runs JavaScript. */
const built: WorkerOptions = {
  optionsModule: new URL('../dist/index.js', import.meta.url).href,
  optionsExport: 'serverOptions',
  youngGenerationMb: 96,
  url: new URL('../dist/worker.js', import.meta.url),
  // Not vitest's: they make imports resolve to the TypeScript sources.
  execArgv: [],
}
const codes = (diagnostics: Array<{ code?: unknown }>) => diagnostics.map((diagnostic) => String(diagnostic.code))

beforeAll(buildServer, 120_000)

describe('WorkerLints', () => {
  const workspace = scratch({
    'package.json': '{"private": true}\n',
    'doc.md': missingDoc,
    'strict/.remarkrc.json': JSON.stringify({
      plugins: ['remark-preset-lint-ml-design', ['remark-lint-ml-business-objective', 'error']],
    }),
  })
  const log: string[] = []
  const linter = new Linter(serverOptions, () => {})
  const threaded = new WorkerLints(linter, built, (message) => log.push(message))
  const local = new LocalLints(linter)
  afterAll(() => threaded.close())

  it('gives the diagnostics the server’s own thread gives', async () => {
    const path = join(workspace, 'doc.md')
    const inWorker = await threaded.diagnostics(path, missingDoc, workspace, settings)
    expect(codes(inWorker)).toContain('ml-business-objective')
    expect(inWorker).toEqual(await local.diagnostics(path, missingDoc, workspace, settings))
    expect(log).toEqual([])
    expect(threaded.threaded).toBe(true)
  })

  it('reads the configuration file and `<!-- lint disable -->` comments', async () => {
    const path = join(workspace, 'strict/doc.md')
    const configured = await threaded.diagnostics(path, missingDoc, workspace, settings)
    expect(configured.filter((diagnostic) => diagnostic.code === 'ml-business-objective')).toEqual([
      expect.objectContaining({ severity: 1 }),
    ])
    const disabled = `<!-- lint disable ml-business-objective -->\n\n${missingDoc}`
    const quiet = await threaded.diagnostics(path, disabled, workspace, settings)
    expect(codes(quiet)).not.toContain('ml-business-objective')
    expect(codes(quiet).length).toBeGreaterThan(0)
  })

  it('stops a lint whose document is edited, when told to check', async () => {
    let edited = false
    const pending = threaded.diagnostics(join(workspace, 'doc.md'), missingDoc, workspace, settings, () => edited)
    edited = true
    threaded.check()
    const diagnostics = await pending
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 1, message: expect.stringContaining('newer version') }),
    ])
  })
})

describe('remarkStopIfSuperseded between rules', () => {
  it('stops before the next rule once a newer version arrived', async () => {
    const whole = new VFile({ path: 'doc.md', value: missingDoc })
    const frozen = processor()
    await frozen.run(frozen.parse(whole), whole)
    const rules = new Set(whole.messages.map((message) => message.ruleId))
    expect(rules.size).toBeGreaterThan(3)

    // Edited while the rules run: the second time a rule is about to start.
    let asked = 0
    const file = new VFile({ path: 'doc.md', value: missingDoc })
    file.data.superseded = () => ++asked > 3
    await expect(frozen.run(frozen.parse(file), file)).rejects.toBeInstanceOf(SupersededError)
    const some = new Set(file.messages.map((message) => message.ruleId))
    expect(some.size).toBeLessThan(rules.size)
  })
})

describe('WorkerLints when the worker fails', () => {
  const workspace = scratch({ 'package.json': '{"private": true}\n' })
  const path = join(workspace, 'doc.md')
  const linter = new Linter(serverOptions, () => {})

  it.each([
    ['cannot start', new URL('./no-such-worker.js', import.meta.url), /the lint worker failed \(.*no-such-worker/],
    ['dies during a lint', new URL('./dying-worker.mjs', import.meta.url), /the lint worker exited with code 7/],
  ])('says so once and lints in the server’s thread when it %s', async (_, url, said) => {
    const log: string[] = []
    const threaded = new WorkerLints(linter, { ...built, url }, (message) => log.push(message))
    const expected = await new LocalLints(linter).diagnostics(path, missingDoc, workspace, settings)
    expect(await threaded.diagnostics(path, missingDoc, workspace, settings)).toEqual(expected)
    expect(await threaded.diagnostics(path, missingDoc, workspace, settings)).toEqual(expected)
    expect(threaded.threaded).toBe(false)
    expect(log).toHaveLength(1)
    expect(log[0]).toMatch(said)
    expect(log[0]).toContain("linting in the server's own thread from now on")
  })
})

describe('ml-design-language-server --no-worker', () => {
  it('lints in its own thread, with the same diagnostics', async () => {
    const workspace = scratch({ 'doc.md': missingDoc })
    const uri = uriOf(join(workspace, 'doc.md'))
    const plain = new Session(['--stdio', '--no-worker'])
    const threaded = new Session(['--stdio'])
    try {
      await plain.initialize(workspace)
      await threaded.initialize(workspace)
      const diagnostics = await plain.open(uri, missingDoc)
      expect(codes(diagnostics)).toContain('ml-business-objective')
      expect(await threaded.open(uri, missingDoc)).toEqual(diagnostics)
      expect([...plain.logs, ...threaded.logs].filter((line) => line.includes('lint worker'))).toEqual([])
      expect(plain.stderr + threaded.stderr).toBe('')
    } finally {
      expect(await plain.close()).toBe(0)
      expect(await threaded.close()).toBe(0)
    }
  }, 30_000)
})
