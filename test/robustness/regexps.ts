/**
 * Every regular expression of the packages: the literals in
 * `packages/*\/src/**\/*.ts` (found by a small tokenizer that skips strings,
 * templates and comments) and the expressions compiled at run time from the
 * vocabulary (found by walking what `compile()` returns).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface Found {
  where: string
  source: string
  flags: string
}

const root = new URL('../../', import.meta.url).pathname

function sourceFiles(directory: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(directory)) {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path))
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts')) files.push(path)
  }
  return files
}

/** The TypeScript sources of every package. */
export function packageSources(): string[] {
  const packages = join(root, 'packages')
  return readdirSync(packages)
    .map((name) => join(packages, name, 'src'))
    .filter((path) => {
      try {
        return statSync(path).isDirectory()
      } catch {
        return false
      }
    })
    .flatMap(sourceFiles)
}

// After these, a `/` starts a regular expression; after anything else it divides.
const beforeRegExp = /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\breturn|\btypeof|\bcase|\bdo|\belse|\bin|\bof|=>)\s*$/

/** The regular expression literals of a TypeScript source. */
export function regExpLiterals(text: string): Array<{ source: string; flags: string; line: number }> {
  const found: Array<{ source: string; flags: string; line: number }> = []
  let index = 0
  const templateDepth: number[] = []
  let braces = 0
  while (index < text.length) {
    const char = text[index]
    const next = text[index + 1]
    if (char === '/' && next === '/') {
      index = text.indexOf('\n', index)
      if (index === -1) break
      continue
    }
    if (char === '/' && next === '*') {
      index = text.indexOf('*/', index + 2) + 2
      if (index === 1) break
      continue
    }
    if (char === "'" || char === '"') {
      index++
      while (index < text.length && text[index] !== char) index += text[index] === '\\' ? 2 : 1
      index++
      continue
    }
    if (
      char === '`' ||
      (char === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braces)
    ) {
      if (char === '}') templateDepth.pop()
      index++
      // Inside a template: up to its end or the next `${`.
      while (index < text.length && text[index] !== '`') {
        if (text[index] === '\\') index += 2
        else if (text[index] === '$' && text[index + 1] === '{') {
          templateDepth.push(braces)
          index += 2
          break
        } else index++
      }
      if (text[index] === '`') index++
      continue
    }
    if (char === '{') braces++
    if (char === '}') braces--
    if (char === '/' && beforeRegExp.test(text.slice(Math.max(0, index - 12), index))) {
      let cursor = index + 1
      let inClass = false
      while (cursor < text.length && (inClass || text[cursor] !== '/')) {
        if (text[cursor] === '\n') throw new Error(`unterminated regular expression at offset ${index}`)
        if (text[cursor] === '\\') cursor++
        else if (text[cursor] === '[') inClass = true
        else if (text[cursor] === ']') inClass = false
        cursor++
      }
      const source = text.slice(index + 1, cursor)
      let end = cursor + 1
      while (/[dgimsuvy]/.test(text[end] ?? '')) end++
      found.push({ source, flags: text.slice(cursor + 1, end), line: text.slice(0, index).split('\n').length })
      index = end
      continue
    }
    index++
  }
  return found
}

/** Every regular expression literal of the packages' sources, with where it is. */
export function literalRegExps(): Found[] {
  return packageSources().flatMap((path) =>
    regExpLiterals(readFileSync(path, 'utf8')).map((literal) => ({
      where: `${relative(root, path)}:${literal.line}`,
      source: literal.source,
      flags: literal.flags,
    })),
  )
}

/** The RegExp objects reachable from a value (a compiled vocabulary), with their paths. */
export function reachableRegExps(value: unknown, path = 'compiled', seen = new Set<unknown>()): Found[] {
  if (value instanceof RegExp) return [{ where: path, source: value.source, flags: value.flags }]
  if (!value || typeof value !== 'object' || seen.has(value)) return []
  seen.add(value)
  const found: Found[] = []
  const entries: Array<[string, unknown]> =
    value instanceof Map
      ? [...value.entries()].map(([key, item]) => [String(key), item])
      : Object.getOwnPropertyNames(value).map((key) => [key, (value as Record<string, unknown>)[key]])
  for (const [key, item] of entries) found.push(...reachableRegExps(item, `${path}.${key}`, seen))
  // Closures hide their expressions: matchers expose them as properties when they have any.
  return found
}
