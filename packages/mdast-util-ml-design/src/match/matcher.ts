/**
 * Compile lists of terms into one regular expression each (for short
 * texts), and into one `Scanner` that matches every list over a whole
 * document in a single pass, once per process.
 *
 * Terms are plain words, never regular expressions: every character is
 * escaped, so vocabulary from user options cannot change the pattern's
 * shape. Inside a term, a space or hyphen matches any run of spaces,
 * hyphens, underscores or slashes (`click-through rate`, `click through
 * rate`, `click_through_rate`); `@k` matches `@k` or `@10`; a term written
 * with a leading `=` is matched with its case (`=MAP` is not "map"); in a
 * plain term list, a trailing `*` matches the rest of a word (`retrain*`).
 */
import { termKey } from './normalize.js'

export interface TermMatch<T> {
  start: number
  end: number
  text: string
  value: T
}

export interface Matcher<T> {
  /** Every non-overlapping mention, in order. */
  all(text: string, offset?: number): Array<TermMatch<T>>
  /** Whether the text mentions any term. */
  test(text: string): boolean
  /** The terms and their values, for a `Scanner` that matches many lists in one pass. */
  readonly entries: ReadonlyArray<readonly [string, T]>
  /** The value of a term that has none of its own. */
  readonly fallback?: T
}

const separators = '[\\s\\-_/\\u2010-\\u2015]*'

/**
 * A letter or digit that joins a word: not a CJK character of the Basic Multilingual Plane, which is a word of its
 * own (as the scanner, reading UTF-16 code units, reads it), so that a term set right against Chinese or Japanese
 * (`处理imbalance`) still stands alone. A rarer ideograph outside that plane (`𠀀`) stays part of its word, for both.
 */
const wordCharacter = String.raw`(?:(?!(?=[\u0000-\uffff])[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}])`

/** Escape every character that has a meaning in a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

function termSource(term: string): string {
  const words = term.trim().split(/[\s\-_/]+/)
  return words
    .map((word) =>
      escapeRegExp(word)
        .replace(/@k$/i, '@(?:k|\\d+)')
        .replace(/^top$/i, 'top')
        .replace(/^k$/i, '(?:k|\\d+)')
        .replace(/\\\*$/, `${wordCharacter}*`),
    )
    .join(separators)
}

/**
 * Where a term of a list may start (the case-sensitive ones, or the others): the letters and digits its first word
 * opens with (else its first character; `k` is also any number), where no ASCII letter, digit or `@` comes before,
 * under the list's own flags. Undefined when a term may start with a separator.
 */
function startsOf(list: ReadonlyArray<readonly [string, unknown]>, exact: boolean, flags: string): RegExp | undefined {
  const prefixes = new Set<string>()
  for (const [raw] of list) {
    if (raw.startsWith('=') !== exact) continue
    const term = (exact ? raw.slice(1) : raw).trim()
    if (term.length === 0) continue
    const first = term.split(/[\s\-_/]+/)[0]
    if (first === '') return undefined
    if (/^k$/i.test(first)) prefixes.add('\\d')
    const lead = /^[A-Za-z0-9]*/.exec(first)?.[0] ?? ''
    prefixes.add(escapeRegExp(lead || first.slice(0, 1)))
  }
  if (prefixes.size === 0) return undefined
  return new RegExp(`(?<![a-zA-Z0-9@])(?:${[...prefixes].sort((a, b) => b.length - a.length).join('|')})`, flags)
}

/** The offsets where a global expression of where a match may start (`startsOf`, `quantityStartExpression`) matches. */
export function offsetsOf(starts: RegExp, text: string): number[] {
  const found: number[] = []
  starts.lastIndex = 0
  for (let match = starts.exec(text); match; match = starts.exec(text)) found.push(match.index)
  return found
}

const stickyCopies = new WeakMap<RegExp, RegExp>()

/**
 * The matches of a global expression over a text, as `exec` finds them one after another, tried only at `starts`
 * (ascending): the same matches when every match of the expression starts at one of them, at a fraction of a pass
 * that tries every offset.
 */
export function execAt(expression: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  let sticky = stickyCopies.get(expression)
  if (!sticky) {
    sticky = new RegExp(expression.source, `${expression.flags.replace('g', '')}y`)
    stickyCopies.set(expression, sticky)
  }
  const found: RegExpExecArray[] = []
  let from = 0
  for (const start of starts) {
    if (start < from) continue
    sticky.lastIndex = start
    const match = sticky.exec(text)
    if (!match) continue
    found.push(match)
    from = match.index + Math.max(match[0].length, 1)
  }
  return found
}

/** Build a matcher from `[term, value]` pairs. */
export function createMatcher<T>(entries: Iterable<readonly [string, T]>, fallback?: T): Matcher<T> {
  const insensitive = new Map<string, T>()
  const sensitive = new Map<string, T>()
  const insensitiveSources: string[] = []
  const sensitiveSources: string[] = []

  const list = [...entries]
  for (const [raw, value] of list) {
    const exact = raw.startsWith('=')
    const term = exact ? raw.slice(1) : raw
    if (term.trim().length === 0) continue
    const key = exact ? term.replace(/[\s\-_/\u2010-\u2015]+/g, '') : termKey(term)
    const map = exact ? sensitive : insensitive
    const sources = exact ? sensitiveSources : insensitiveSources
    const source = termSource(term)
    // Another spelling of a known term (`hold out` after `holdout`) keeps the first value but needs its own pattern.
    if (map.has(key)) {
      if (!sources.includes(source)) sources.push(source)
      continue
    }
    map.set(key, value)
    sources.push(source)
  }

  const build = (sources: string[], flags: string) => {
    if (sources.length === 0) return undefined
    // Longest first, so `click-through rate` wins over `rate`. The ASCII test before the Unicode one rejects nothing
    // it would not (ASCII letters and digits, even case-folded, are letters and digits) and is cheaper inside words.
    sources.sort((a, b) => b.length - a.length)
    return new RegExp(`(?<![a-zA-Z0-9@])(?<!${wordCharacter}|@)(?:${sources.join('|')})(?!${wordCharacter})`, flags)
  }

  const insensitiveExpression = build(insensitiveSources, 'giu')
  const sensitiveExpression = build(sensitiveSources, 'gu')
  const insensitiveStarts = startsOf(list, false, 'giu')
  const sensitiveStarts = startsOf(list, true, 'gu')

  function collect(
    expression: RegExp | undefined,
    map: Map<string, T>,
    exact: boolean,
    text: string,
    offset: number,
    results: Array<TermMatch<T>>,
  ) {
    if (!expression) return
    const starts = exact ? sensitiveStarts : insensitiveStarts
    // Over a whole document, the terms are tried only where one may start (a short text is searched as it is).
    const matches = starts && text.length > 1000 ? execAt(expression, text, offsetsOf(starts, text)) : undefined
    let next = 0
    expression.lastIndex = 0
    let match = matches ? matches[next++] : expression.exec(text)
    while (match) {
      const key = exact ? match[0].replace(/[\s\-_/\u2010-\u2015]+/g, '') : termKey(match[0])
      const value = map.get(key) ?? fallback
      if (value !== undefined) {
        results.push({
          start: offset + match.index,
          end: offset + match.index + match[0].length,
          text: match[0],
          value,
        })
      }
      if (match[0].length === 0) expression.lastIndex++
      match = matches ? matches[next++] : expression.exec(text)
    }
  }

  return {
    entries: list,
    fallback,
    all(text, offset = 0) {
      const results: Array<TermMatch<T>> = []
      collect(insensitiveExpression, insensitive, false, text, offset, results)
      const before = results.length
      collect(sensitiveExpression, sensitive, true, text, offset, results)
      if (results.length > before && before > 0) {
        results.sort((a, b) => a.start - b.start || b.end - a.end)
        // Drop mentions that overlap an earlier, longer one.
        const kept: Array<TermMatch<T>> = []
        for (const result of results) {
          const last = kept[kept.length - 1]
          if (!last || result.start >= last.end) kept.push(result)
        }
        return kept
      }
      return results
    },
    test(text) {
      if (insensitiveExpression) {
        insensitiveExpression.lastIndex = 0
        if (insensitiveExpression.test(text)) return true
      }
      if (sensitiveExpression) {
        sensitiveExpression.lastIndex = 0
        if (sensitiveExpression.test(text)) return true
      }
      return false
    },
  }
}

/** Build a matcher whose value is `true` for every term. */
export function createTermMatcher(terms: Iterable<string>): Matcher<true> {
  return createMatcher(
    [...terms].map((term) => [term, true] as const),
    true,
  )
}
