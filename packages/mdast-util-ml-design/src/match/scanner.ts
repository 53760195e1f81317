/**
 * The word-trie scanner: every term list of a vocabulary matched over a
 * whole document in one pass (split from `matcher.ts`, which compiles each
 * list into a regular expression for short texts).
 */
import type { Matcher, TermMatch } from './matcher.js'

/**
 * Characters that separate words, for the scanner (a term's spaces and hyphens match any run of them): white space
 * as `\s` knows it, `-`, `_`, `/`, the dashes U+2010-2015 and punctuation. What `[^…]+` with these would match,
 * read one character at a time instead of with a regular expression (no match object per word). A surrogate is never one, so a
 * word keeps its astral characters whole.
 */
const separatorPattern = /[\s\-_/\u2010-\u2015,;:!?()[\]{}<>"|*`~=#…“”]/u

const cjkPattern = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u

/**
 * Whether a UTF-16 code unit is a CJK character (a Han ideograph, kana or a Hangul syllable): a word of its own.
 * Chinese and Japanese write no spaces, and mixed notes set an English term right against them (`处理imbalance data`):
 * the term is still a word. (CJK punctuation, `。`, `，`, `（`, is left as it was: it separates for a list's own
 * expression, which sees no letter in it, but not here.)
 */
function isCjk(code: number): boolean {
  // Ranges first, so that most text never reaches the pattern: nothing below the Hangul Jamo (U+1100-11FF), nothing
  // between them and the CJK radicals (U+2E80: dashes, arrows, quotes), the common ideographs at once. (Nor does a
  // lone surrogate match the pattern: an astral ideograph stays in its word, as before.)
  if (code < 0x1100) return false
  if (code < 0x2e80) return code < 0x1200
  if (code >= 0x4e00 && code <= 0x9fff) return true
  return cjkPattern.test(String.fromCharCode(code))
}

/** `asciiSeparator[code]` is 1 for an ASCII character that separates words. */
const asciiSeparator = new Uint8Array(128)
for (let code = 0; code < 128; code++) asciiSeparator[code] = separatorPattern.test(String.fromCharCode(code)) ? 1 : 0

/** Whether a UTF-16 code unit separates words: a table for ASCII, the pattern for the rest (rarer in prose). */
function isSeparator(code: number): boolean {
  if (code < 128) return asciiSeparator[code] === 1
  // Surrogates alone are not characters: never separators.
  if (code >= 0xd800 && code <= 0xdfff) return false
  return separatorPattern.test(String.fromCharCode(code))
}

interface Token {
  start: number
  end: number
  /** Lower-cased, `@10` folded to `@k`. */
  folded: string
  /** As written. */
  raw: string
}

/** Split a text into word tokens with their offsets (the same way for terms and documents). */
function tokenize(text: string): Token[] {
  const { starts, ends, folded } = tokenizeColumns(text)
  return starts.map((start, index) => ({
    start,
    end: ends[index],
    raw: text.slice(start, ends[index]),
    folded: folded[index],
  }))
}

/** The word tokens of a text, in columns (no object per word, for documents); `tokenize` makes objects of them. */
export function tokenizeColumns(text: string): { starts: number[]; ends: number[]; folded: string[] } {
  const starts: number[] = []
  const ends: number[] = []
  const folded: string[] = []
  const length = text.length
  // Lower-cased once: an ASCII word folds to its slice of it (lower-casing ASCII needs no context; a text whose length
  // lower-casing changes is folded word by word).
  const lower = text.toLowerCase()
  const sameOffsets = lower.length === length
  let at = 0
  while (at < length) {
    while (at < length && isSeparator(text.charCodeAt(at))) at++
    if (at === length) break
    let start = at
    // Whether the word is ASCII without `@` (`foldToken` would only lower-case it).
    let plain = true
    if (isCjk(text.charCodeAt(at))) {
      at++
      plain = false
    } else {
      for (
        let code = text.charCodeAt(at);
        at < length && !isSeparator(code) && !isCjk(code);
        code = text.charCodeAt(++at)
      ) {
        if (code >= 128 || code === 64) plain = false
      }
    }
    let end = at
    // Leading and trailing dots and apostrophes are punctuation, not part of the word.
    while (start < end && isEdgePunctuation(text.charCodeAt(start))) start++
    while (end > start && isEdgePunctuation(text.charCodeAt(end - 1))) end--
    if (end > start) {
      starts.push(start)
      ends.push(end)
      folded.push(plain && sameOffsets ? lower.slice(start, end) : foldToken(text.slice(start, end)))
    }
  }
  return { starts, ends, folded }
}

function isEdgePunctuation(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019
}

function foldToken(raw: string): string {
  let folded = raw.toLowerCase()
  if (folded.includes('’')) folded = folded.replace(/’/g, "'")
  if (folded.includes('@')) folded = folded.replace(/@\d+$/, '@k')
  return folded
}

function isNumber(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return word.length > 0
}

/** Whether the text between two words is only spaces, hyphens, underscores or slashes. */
function isWordGap(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    // space, tab, line breaks, `-`, `_`, `/`, and the Unicode dashes U+2010-2015.
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 45 || code === 95 || code === 47) continue
    if (code >= 0x2010 && code <= 0x2015) continue
    if (code === 0xa0 || code === 0x202f) continue
    return false
  }
  return true
}

/** A term's words, split as documents are; a trailing `*` stays on its word. */
function termWords(term: string, exact: boolean): string[] {
  const words: string[] = []
  for (const piece of term.split(/[\s\-_/\u2010-\u2015]+/)) {
    const wildcard = piece.endsWith('*')
    const tokens = tokenize(wildcard ? piece.slice(0, -1) : piece).map((token) => (exact ? token.raw : token.folded))
    if (wildcard && tokens.length > 0) tokens[tokens.length - 1] += '*'
    words.push(...tokens)
  }
  return words
}

/** A term's words, and the same with neighbours written together (up to four words). */
function joinings(words: string[]): string[][] {
  if (words.length === 1 || words.length > 4 || words.some((word) => word.endsWith('*') || word === 'k')) return [words]
  const result: string[][] = []
  const gaps = words.length - 1
  for (let mask = 0; mask < 1 << gaps; mask++) {
    const variant = [words[0]]
    for (let index = 1; index < words.length; index++) {
      if (mask & (1 << (index - 1))) variant[variant.length - 1] += words[index]
      else variant.push(words[index])
    }
    result.push(variant)
  }
  return result
}

interface TrieNode {
  exact: Map<string, TrieNode>
  /** `retrain*`: prefixes of three characters or more, by their first three. */
  prefixes?: Map<string, Array<[string, TrieNode]>>
  /** `ml*`: shorter prefixes. */
  shortPrefixes?: Array<[string, TrieNode]>
  /** `k` in `top k`: any number. */
  number?: TrieNode
  ends?: Array<{ matcher: number; value: unknown }>
  /** On a root: the nodes each word reaches from it, memoised (most words reach none, and words repeat). */
  memo?: Map<string, TrieNode[]>
}

/** What most words reach from a root: one shared empty list. */
const none: TrieNode[] = []

function node(): TrieNode {
  return { exact: new Map() }
}

/**
 * Many term lists matched in one pass over a text: the text is split into
 * words once, and a trie of the terms' words is walked from each word.
 * Linear in the text (times the longest term), whatever the number of
 * lists. Gives each list the same mentions as its `Matcher.all`, leftmost
 * and longest first, without overlaps within a list.
 */
export class Scanner {
  readonly #matchers: Array<Matcher<unknown>>
  readonly #insensitive = node()
  readonly #sensitive = node()

  constructor(matchers: Iterable<Matcher<unknown>>) {
    // A list with punctuation inside a term (`(x|y)`) keeps its regular expression.
    this.#matchers = [...new Set(matchers)].filter((matcher) =>
      matcher.entries.every(([term]) => !/[,;:!?()[\]{}<>"|`~=#…“”]/.test(term.replace(/^=/, ''))),
    )
    this.#matchers.forEach((matcher, index) => {
      for (const [raw, value] of matcher.entries) {
        const exact = raw.startsWith('=')
        const words = termWords(exact ? raw.slice(1) : raw, exact)
        if (words.length === 0) continue
        const payload = { matcher: index, value: value ?? matcher.fallback }
        const root = exact ? this.#sensitive : this.#insensitive
        // Words may also be written together: `multiclass`, `clickthrough rate`.
        for (const variant of joinings(words)) this.#add(root, variant, payload)
      }
    })
  }

  /** Whether the scanner matches this list (else use the list's own `all`). */
  covers(matcher: Matcher<unknown>): boolean {
    this.#covered ??= new Set(this.#matchers)
    return this.#covered.has(matcher)
  }

  #covered?: Set<Matcher<unknown>>

  #add(current: TrieNode, words: string[], payload: { matcher: number; value: unknown }) {
    if (words.length === 0) {
      current.ends ??= []
      // The first spelling of a term keeps its value, as in a list's own `all`.
      if (!current.ends.some((end) => end.matcher === payload.matcher)) current.ends.push(payload)
      return
    }
    const [word, ...rest] = words
    if (word === 'k') {
      // `k` in `top k` or `recall at k`: the letter, or any number.
      current.number ??= node()
      this.#add(current.number, rest, payload)
    }
    let next: TrieNode | undefined
    if (word.endsWith('*') && word.length > 1) {
      const prefix = word.slice(0, -1)
      let bucket: Array<[string, TrieNode]>
      if (prefix.length < 3) {
        current.shortPrefixes ??= []
        bucket = current.shortPrefixes
      } else {
        current.prefixes ??= new Map()
        const key = prefix.slice(0, 3)
        bucket = current.prefixes.get(key) ?? []
        current.prefixes.set(key, bucket)
      }
      next = bucket.find(([known]) => known === prefix)?.[1]
      if (!next) {
        next = node()
        bucket.push([prefix, next])
      }
    } else {
      next = current.exact.get(word)
      if (!next) {
        next = node()
        current.exact.set(word, next)
      }
    }
    this.#add(next, rest, payload)
  }

  /** The case-sensitive terms' first words, folded: a word folded to none of them starts no such term. */
  #sensitiveStarts?: Set<string>

  #rootStep(root: TrieNode, word: string): TrieNode[] {
    root.memo ??= new Map()
    const known = root.memo
    let reached = known.get(word)
    if (!reached) {
      // Bounded: an editor session reads many documents with one scanner.
      if (known.size >= 50_000) known.clear()
      reached = []
      this.#step(root, word, reached)
      known.set(word, reached.length > 0 ? reached : none)
    }
    return reached
  }

  /** Whether a case-sensitive term may start at a word, from the word as folded. */
  #maySenseStart(folded: string): boolean {
    const root = this.#sensitive
    if (root.prefixes || root.shortPrefixes || root.number) return true
    this.#sensitiveStarts ??= new Set([...root.exact.keys()].map(foldToken))
    return this.#sensitiveStarts.has(folded)
  }

  #step(current: TrieNode, word: string, out: TrieNode[]) {
    const exact = current.exact.get(word)
    if (exact) out.push(exact)
    if (current.number && isNumber(word)) out.push(current.number)
    if (current.prefixes && word.length >= 3) {
      const bucket = current.prefixes.get(word.slice(0, 3))
      if (bucket) for (const [prefix, next] of bucket) if (word.startsWith(prefix)) out.push(next)
    }
    if (current.shortPrefixes) {
      for (const [prefix, next] of current.shortPrefixes) if (word.startsWith(prefix)) out.push(next)
    }
  }

  /** Every list's mentions in a text. */
  scan(text: string): Map<Matcher<unknown>, Array<TermMatch<unknown>>> {
    const tokens = tokenizeColumns(text)
    const count = this.#matchers.length
    const results = this.#matchers.map(() => [] as Array<TermMatch<unknown>>)
    const nextFree = new Array<number>(count).fill(0)
    // The longest term of each list found from the current word: its end and value.
    const bestEnd = new Array<number>(count).fill(-1)
    const bestValue = new Array<unknown>(count)
    const touched: number[] = []
    const withSensitive = Boolean(
      this.#sensitive.exact.size > 0 ||
        this.#sensitive.prefixes ||
        this.#sensitive.shortPrefixes ||
        this.#sensitive.number,
    )

    const { starts, ends, folded } = tokens
    const record = (reached: TrieNode[], end: number) => {
      for (let at = 0; at < reached.length; at++) {
        const found = reached[at].ends
        if (!found) continue
        for (let which = 0; which < found.length; which++) {
          const { matcher, value } = found[which]
          // Longest wins: later (longer) ends overwrite shorter ones of the same list.
          if (bestEnd[matcher] === -1) touched.push(matcher)
          bestEnd[matcher] = end
          bestValue[matcher] = value
        }
      }
    }
    for (let index = 0; index < starts.length; index++) {
      // The case-insensitive terms, then the case-sensitive ones.
      for (let pass = 0; pass < (withSensitive ? 2 : 1); pass++) {
        const sensitive = pass === 1
        const root = sensitive ? this.#sensitive : this.#insensitive
        if (sensitive && !this.#maySenseStart(folded[index])) continue
        const first = this.#rootStep(root, sensitive ? text.slice(starts[index], ends[index]) : folded[index])
        if (first.length === 0) continue
        record(first, ends[index])
        // New arrays: few words start a term, and the memoised first step must stay as it is.
        let frontier = first
        for (let ahead = index + 1; ahead < starts.length && frontier.length > 0; ahead++) {
          // The words of a term are separated only by spaces, hyphens, underscores or slashes.
          if (!isWordGap(text, ends[ahead - 1], starts[ahead])) break
          const word = sensitive ? text.slice(starts[ahead], ends[ahead]) : folded[ahead]
          const next: TrieNode[] = []
          for (const current of frontier) this.#step(current, word, next)
          record(next, ends[ahead])
          frontier = next
        }
      }
      const start = starts[index]
      if (touched.length === 0) continue
      for (const matcher of touched) {
        const found = bestEnd[matcher]
        bestEnd[matcher] = -1
        if (start < nextFree[matcher]) continue
        results[matcher].push({ start, end: found, text: text.slice(start, found), value: bestValue[matcher] })
        nextFree[matcher] = found
      }
      touched.length = 0
    }
    return new Map(this.#matchers.map((matcher, index) => [matcher, results[index]]))
  }
}
