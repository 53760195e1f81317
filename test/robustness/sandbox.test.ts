/**
 * Nothing beyond the document: the preset reads no file, opens no socket,
 * runs no process and fetches nothing. The modules are loaded first, then
 * every function of node:fs (and fs.promises), node:net, node:http,
 * node:https, node:child_process and globalThis.fetch is replaced by one
 * that throws (and records the call), for both `require` and `import`
 * (`syncBuiltinESMExports`), while the preset lints the fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire, syncBuiltinESMExports } from 'node:module'
import { afterEach, describe, expect, it } from 'vitest'
import { describeAll, lintWith, presetProcessor } from './harness.js'

const require = createRequire(import.meta.url)
const fixtures = new URL('../../fixtures/', import.meta.url)
const documents = readdirSync(fixtures)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, value: readFileSync(new URL(name, fixtures), 'utf8') }))

type Restore = () => void

/** Replace every function of a module (and of its `promises`) with one that throws; returns the undo. */
function stubModule(name: string, calls: string[]): Restore {
  const target = require(name) as Record<string, unknown>
  const saved: Array<[Record<string, unknown>, string, unknown]> = []
  const stub = (object: Record<string, unknown>, prefix: string) => {
    for (const key of Object.keys(object)) {
      const original = object[key]
      if (typeof original !== 'function' || /^[A-Z]/.test(key)) continue
      saved.push([object, key, original])
      object[key] = () => {
        calls.push(`${prefix}.${key}`)
        throw new Error(`${prefix}.${key} is not allowed while linting`)
      }
    }
  }
  stub(target, name)
  if (target.promises && typeof target.promises === 'object') {
    stub(target.promises as Record<string, unknown>, `${name}.promises`)
  }
  return () => {
    for (const [object, key, original] of saved) object[key] = original
  }
}

const modules = ['node:fs', 'node:net', 'node:http', 'node:https', 'node:child_process', 'node:dns', 'node:tls']

function sandbox(calls: string[]): Restore {
  const undo = modules.map((name) => stubModule(name, calls))
  const fetch = globalThis.fetch
  globalThis.fetch = (() => {
    calls.push('fetch')
    throw new Error('fetch is not allowed while linting')
  }) as typeof globalThis.fetch
  syncBuiltinESMExports()
  return () => {
    for (const restore of undo) restore()
    globalThis.fetch = fetch
    syncBuiltinESMExports()
  }
}

let restore: Restore | undefined
afterEach(() => {
  restore?.()
  restore = undefined
})

describe('the preset reaches nothing beyond the document', () => {
  it('the stubs throw, for require and import alike', async () => {
    const calls: string[] = []
    restore = sandbox(calls)
    const fs = await import('node:fs')
    expect(() => fs.readFileSync('/etc/hostname')).toThrow('node:fs.readFileSync is not allowed while linting')
    expect(() => require('node:child_process').execSync('true')).toThrow('is not allowed')
    await expect(async () => fetch('https://example.com')).rejects.toThrow('fetch is not allowed')
    expect(calls).toEqual(['node:fs.readFileSync', 'node:child_process.execSync', 'fetch'])
  })

  it('lints every fixture with the same messages when fs, net, http(s), child_process and fetch throw', async () => {
    expect(documents.length).toBeGreaterThanOrEqual(8)
    const expected: string[][] = []
    for (const document of documents) expected.push(describeAll(await lintWith(presetProcessor, document.value)))
    expect(expected.flat().length).toBeGreaterThan(20)

    const calls: string[] = []
    restore = sandbox(calls)
    const actual: string[][] = []
    for (const document of documents) actual.push(describeAll(await lintWith(presetProcessor, document.value)))
    restore()
    restore = undefined

    expect(calls).toEqual([])
    expect(actual).toEqual(expected)
  })
})
