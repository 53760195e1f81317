/**
 * The reader's layout holds: data flows one way (vocabulary → match →
 * document → evidence → the face), with no import cycle; and rules reach
 * the reading through its face only, with no word list of their own in a
 * regular expression.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { regExpLiterals } from '../../../test/robustness/regexps.js'

const packageRoot = new URL('..', import.meta.url).pathname
const source = join(packageRoot, 'src')
const packages = resolve(packageRoot, '..')

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : []
  })
}

/** The specifiers a module imports or re-exports (type-only ones included). */
function specifiers(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1])
}

/** The layer of a reader file: its folder, or `face` for the files at the top. */
function layer(file: string): string {
  const [first, second] = relative(source, file).split('/')
  return second === undefined ? 'face' : first
}

/** What each layer may import, besides itself. */
const allowed: Record<string, string[]> = {
  vocabulary: [],
  match: ['vocabulary'],
  document: ['match', 'vocabulary'],
  judgement: ['document', 'match', 'vocabulary'],
  evidence: ['judgement', 'document', 'match', 'vocabulary'],
  face: ['evidence', 'judgement', 'document', 'match', 'vocabulary'],
}

/** The rule kit lives in this package for now (issue 12 moves it out); it is no layer of the reading. */
const kit = new Set(['rule.ts', 'stubs.ts', 'messages.ts', 'options.ts'].map((name) => join(source, name)))

const graph = new Map<string, string[]>()
for (const file of files(source)) {
  const local = specifiers(readFileSync(file, 'utf8'))
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts'))
  graph.set(file, local)
}

describe('the reader layers', () => {
  it('finds every layer and the imports between them', () => {
    expect(new Set([...graph.keys()].map(layer))).toEqual(new Set(Object.keys(allowed)))
    expect(graph.get(join(source, 'reading.ts'))).toContain(join(source, 'evidence/requirements.ts'))
  })

  it('imports only downstream: vocabulary ← match ← document ← evidence ← face', () => {
    const wrong: string[] = []
    for (const [file, imports] of graph) {
      if (kit.has(file)) continue
      for (const target of imports) {
        if (kit.has(target) && layer(file) !== 'face')
          wrong.push(`${relative(source, file)} → ${relative(source, target)}`)
        if (kit.has(target)) continue
        const from = layer(file)
        const to = layer(target)
        if (from !== to && !allowed[from].includes(to))
          wrong.push(`${relative(source, file)} → ${relative(source, target)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('keeps vocabulary data only: it imports nothing outside the vocabulary', () => {
    const imports = [...graph.keys()]
      .filter((file) => layer(file) === 'vocabulary')
      .flatMap((file) =>
        specifiers(readFileSync(file, 'utf8')).filter(
          (specifier) => !specifier.startsWith('.') || layer(resolve(dirname(file), specifier)) !== 'vocabulary',
        ),
      )
    expect(imports).toEqual([])
  })

  it('has no import cycle among the reader files', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((item) => relative(source, item)).join(' → '))
        return
      }
      state.set(file, 'open')
      for (const target of graph.get(file) ?? []) if (!kit.has(target)) visit(target, [...path, file])
      state.set(file, 'done')
    }
    for (const file of graph.keys()) if (!kit.has(file)) visit(file, [])
    expect(cycles).toEqual([])
  })

  it('keeps every source file outside the vocabulary data near 400 lines at most', () => {
    const long = [...graph.keys()]
      .filter((file) => layer(file) !== 'vocabulary' && !kit.has(file))
      .map((file) => ({ file: relative(source, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 440)
    expect(long).toEqual([])
  })
})

describe('rules reach the reading through its face', () => {
  const rules = readdirSync(packages)
    .filter((name) => name.startsWith('remark-lint-ml-'))
    .flatMap((name) => files(join(packages, name, 'src')))
  const wordList = /[\p{L}]{2,}\|[\p{L}]{2,}/u

  it('finds the rule sources', () => {
    expect(rules.length).toBeGreaterThanOrEqual(22)
  })

  it('never reads compiled internals or imports past the face', () => {
    const found = rules.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      const deep = specifiers(text).filter(
        (specifier) => specifier.startsWith('mdast-util-ml-design/') && specifier !== 'mdast-util-ml-design/vocabulary',
      )
      return [...deep, ...(/\.compiled\b/.test(text) ? ['.compiled'] : [])].map((what) => `${file}: ${what}`)
    })
    expect(found).toEqual([])
  })

  it('keeps word lists out of rule expressions (they belong in the vocabulary)', () => {
    const found = rules.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      const literals = regExpLiterals(text)
        .filter((literal) => wordList.test(literal.source))
        .map((literal) => `${relative(packages, file)}:${literal.line} /${literal.source}/`)
      const built = [...text.matchAll(/new RegExp\(([^)]*)\)/g)]
        .filter((match) => wordList.test(match[1]))
        .map((match) => `${relative(packages, file)}: new RegExp(${match[1]})`)
      return [...literals, ...built]
    })
    expect(found).toEqual([])
  })

  it('would catch a word list written in a rule', () => {
    expect(wordList.test(regExpLiterals('const signal = /\\b(?:psi|drift)\\b/i')[0].source)).toBe(true)
    expect(wordList.test(regExpLiterals('const blank = /^[-*_\\s]+$/')[0].source)).toBe(false)
  })
})
