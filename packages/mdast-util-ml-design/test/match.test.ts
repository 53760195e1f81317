/**
 * How the reader matches, as opposed to what it reads: the speed-ups in `match/` must change no match.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { recordedSpan, startsAtQuantity, yearRange } from '../src/evidence/quantity-shapes.js'
import { compile } from '../src/match/compile.js'
import { execAt } from '../src/match/matcher.js'
import { foldWords } from '../src/match/normalize.js'
import { quantityStartExpression, quantityStarts, startingWith } from '../src/match/numbers.js'
import { Scanner, tokenizeColumns } from '../src/match/scanner.js'
import { defaultVocabulary } from '../src/vocabulary/index.js'

const corpusDirectory = join(import.meta.dirname, '../../../fixtures/corpus')
const corpus = readdirSync(corpusDirectory)
  .filter((name) => name.endsWith('.md'))
  .slice(0, 40)
  .map((name) => readFileSync(join(corpusDirectory, name), 'utf8'))
  .join('\n\n')

/** Odd spellings: capitals, the Kelvin sign and the long s (which fold to `k` and `s`), money, grouped digits. */
const odd =
  'SEVERAL MILLION users, Several thousand requests/day, \u212Aeeps 2 \u017Feconds, TENS OF THOUSANDS of orders, ' +
  '$1,000,000 a year, 1\u202f000 QPS, Sub-second, UNDER A SECOND, 3.5M DAU, nine seasons, a few weeks of logs'

/** The quantity expressions that may start with a word or a digit, each led by `startingWith`. */
const quantityExpressions = [
  'scale',
  'dataSize',
  'history',
  'historySpan',
  'anySpan',
  'anyCount',
  'fastDuration',
  'slowDuration',
  'rate',
] as const

/** `count` strings of 0 to `longest - 1` characters drawn from `alphabet` (a fixed sequence for a seed). */
function randomStrings(alphabet: string[], count: number, longest: number, seed: number): string[] {
  const strings: string[] = []
  let state = seed
  for (let index = 0; index < count; index++) {
    let text = ''
    for (let length = index % longest; length > 0; length--) {
      state = (state * 1103515245 + 12345) % 2 ** 31
      text += alphabet[state % alphabet.length]
    }
    strings.push(text)
  }
  return strings
}

function matches(expression: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(expression.source, expression.flags))].map(
    (match) => `${match.index}:${match[0]}`,
  )
}

describe('startingWith', () => {
  it('is a lookahead for a digit or the first character of each word, escaped in the class', () => {
    expect(startingWith(['several', 'a few', '$x', '-y'])).toBe(String.raw`(?=[\dsa\$\-])`)
    expect(startingWith([])).toBe(String.raw`(?=[\d])`)
  })

  it('gives up (no lookahead) when a word may start anywhere', () => {
    expect(startingWith(['a', ''])).toBe('')
    expect(startingWith(['a', ' b'])).toBe('')
    expect(startingWith(['*'])).toBe('')
  })

  it('changes no match of the quantity expressions', () => {
    const { patterns } = compile(defaultVocabulary)
    const names = quantityExpressions
    for (const name of names) {
      const expression = patterns[name]
      expect(expression.source, name).toMatch(/^\(\?=\[\\d/)
      const without = new RegExp(expression.source.replace(/^\(\?=\[[^\]]*\]\)/, ''), expression.flags)
      for (const text of [corpus, odd]) expect(matches(expression, text), name).toEqual(matches(without, text))
    }
    expect(matches(patterns.scale, odd).length).toBeGreaterThan(3)
  })
})

describe('notAfterWord', () => {
  it('leads the Unicode lookbehind with an ASCII one, which changes no match of the expressions over the prose', () => {
    const { patterns } = compile(defaultVocabulary)
    const names = [...quantityExpressions, 'scaleUnitFirst'] as const
    // Letters and digits outside ASCII right before a number or a unit: only the Unicode lookbehind rejects them.
    const unicode = `${odd}, é5 million users, Ω3 sessions, ſ10 requests/day, \u212A2 users, ５ users, ٣ days of logs, users: 40k`
    for (const name of names) {
      const expression = patterns[name]
      expect(expression.source, name).toContain(String.raw`(?<![a-zA-Z0-9])(?<![\p{L}\p{N}`)
      const without = new RegExp(expression.source.replaceAll('(?<![a-zA-Z0-9])', ''), expression.flags)
      for (const text of [corpus, unicode]) expect(matches(expression, text), name).toEqual(matches(without, text))
    }
    expect(matches(patterns.scale, unicode).length).toBeGreaterThan(3)
  })
})

describe('quantityStartExpression and execAt', () => {
  it('starts at a digit, a word followed by white space, or an open prefix, never right after an ASCII letter or digit', () => {
    const starts = quantityStartExpression(['a', 'a few', 'several'], ['thousands', 'a', '$x'])
    // `a` is open too, so it is not held to white space; `$` opens a term with no letter.
    expect(starts.source).toBe(String.raw`(?<![a-zA-Z0-9])(?:\d|(?:several)(?=\s)|thousands|\$|a)`)
    expect(quantityStarts('x1 2 several,several  ab', quantityStartExpression(['several'], []))).toEqual([3, 13])
  })

  it('finds every match of each quantity expression, tried only where a quantity may start', () => {
    const { patterns } = compile(defaultVocabulary)
    // Every expression `Quantities` tries only there: the unit expressions, the years and the recorded spans.
    const expressions = startsAtQuantity(patterns)
    expect([...quantityExpressions, 'scaleUnitFirst'].every((name) => expressions.has(patterns[name]))).toBe(true)
    expect(expressions.has(yearRange) && expressions.has(recordedSpan)).toBe(true)
    const unicode = `${odd}, é5 million users, ſeveral thousand users, \u212Aeeps 2 weeks, 2019–2024, QPS: ~40k, 300 h of calls`
    const random = randomStrings(
      ['1', '0', ',', ' ', 'a', ' few', 'k', 'thousand', 's', 'users', '/day', 'x', 'ms'],
      400,
      12,
      7,
    )
    for (const expression of expressions) {
      const name = expression.source.slice(0, 60)
      for (const text of [corpus, unicode, ...random]) {
        const found = execAt(expression, text, quantityStarts(text, patterns.quantityStarts))
        expect(
          found.map((match) => `${match.index}:${match[0]}`),
          name,
        ).toEqual(matches(expression, text))
      }
    }
    expect(matches(patterns.scale, unicode).length).toBeGreaterThan(3)
  })
})

describe('the scanner', () => {
  it('finds the same warm as cold (its first steps are memoised), each list as a scanner of its own finds it', () => {
    const compiled = compile(defaultVocabulary)
    const lists = [compiled.metrics, compiled.families, compiled.paradigms, ...Object.values(compiled.terms)].filter(
      (matcher) => compiled.scanner.covers(matcher),
    )
    expect(lists.length).toBeGreaterThan(10)
    const text = `${corpus.slice(0, 60_000)}\n\nThe NER model and the MAP@10 of =MAP; Mean Average Precision, multi-class.`
    compiled.scanner.scan(corpus.slice(60_000))
    const warm = compiled.scanner.scan(text)
    const again = compiled.scanner.scan(text)
    let found = 0
    for (const list of lists) {
      const alone = new Scanner([list]).scan(text).get(list)
      found += alone?.length ?? 0
      expect(warm.get(list), list.entries[0]?.[0]).toEqual(alone)
      expect(again.get(list)).toEqual(alone)
    }
    expect(found).toBeGreaterThan(100)
    expect(warm.get(compiled.metrics)?.map((mention) => mention.text)).toContain('MAP@10')
  })
})

describe('terms set against CJK characters', () => {
  it('are words, for the scanner and for a list’s own expression alike', () => {
    const compiled = compile(defaultVocabulary)
    const topic = compiled.cues['class-imbalance'].topic
    expect(topic && compiled.scanner.covers(topic)).toBe(true)
    if (!topic) return
    // Mixed notes set an English term right against Chinese (`处理imbalance`), or a kana particle after it.
    const text = '训练集里spam很少 所以要处理imbalance问题 ログのimbalanceを見る 类别imbalanced'
    const scanned = compiled.scanner
      .scan(text)
      .get(topic)
      ?.map((mention) => mention.text)
    expect(scanned).toEqual(topic.all(text).map((mention) => mention.text))
    expect(scanned).toEqual(['imbalance', 'imbalance', 'imbalanced'])
    // Latin letters still join a word: no term inside `dataimbalance`.
    expect(topic.all('dataimbalance 数据imbalance')).toHaveLength(1)
    expect(compiled.scanner.scan('dataimbalance 数据imbalance').get(topic)).toHaveLength(1)
    // An ideograph outside the Basic Multilingual Plane stays part of its word, for both.
    expect(topic.all('\u{20000}imbalance')).toHaveLength(0)
    expect(compiled.scanner.scan('\u{20000}imbalance').get(topic) ?? []).toHaveLength(0)
  })
})

describe('a term list over a whole document', () => {
  it('finds what it finds in a short text, trying its terms only where one may start', () => {
    const compiled = compile(defaultVocabulary)
    const cueLists = Object.values(compiled.cues).flatMap((cue) =>
      Object.values(cue).filter((list) => list !== undefined),
    )
    const lists = [
      compiled.metrics,
      compiled.families,
      compiled.paradigms,
      ...Object.values(compiled.terms),
      ...cueLists,
    ]
    // Short pieces are searched at every offset; the same pieces after a long run of spaces only where a term may start.
    const pieces = [...corpus.slice(0, 120_000).matchAll(/[\s\S]{1,900}(?=\n|$)/g)].map((match) => match[0])
    pieces.push(
      'log(1+x) then K-means, 5-means, 10-fold and 3 nearest, k of 10, top 5, MAP@10; =MAP and \u212Aeeps ſcore, é-normalised',
    )
    const pad = ' '.repeat(1001)
    let found = 0
    for (const list of new Set(lists)) {
      for (const piece of pieces) {
        const short = list.all(piece)
        found += short.length
        const long = list
          .all(pad + piece)
          .map((match) => ({ ...match, start: match.start - 1001, end: match.end - 1001 }))
        expect(long, list.entries[0]?.[0]).toEqual(short)
      }
    }
    expect(found).toBeGreaterThan(1000)
  })
})

describe('the scanner’s tokenizer', () => {
  /**
   * The tokenizer as it was written with a regular expression: the reference the table-driven one must equal. A CJK
   * character is a word of its own.
   */
  const reference = (text: string) => {
    // BMP characters only: the tokenizer reads UTF-16 code units, so an astral ideograph stays in its word.
    const cjk = '(?:(?=[\\u0000-\\uffff])[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}])'
    const pattern = new RegExp(`${cjk}|(?:(?!${cjk})[^\\s\\-_/\\u2010-\\u2015,;:!?()[\\]{}<>"|*\`~=#…“”])+`, 'gu')
    const starts: number[] = []
    const ends: number[] = []
    const folded: string[] = []
    for (const match of text.matchAll(pattern)) {
      let start = match.index
      let end = start + match[0].length
      const edge = (code: number) => code === 46 || code === 39 || code === 0x2019
      while (start < end && edge(text.charCodeAt(start))) start++
      while (end > start && edge(text.charCodeAt(end - 1))) end--
      if (end <= start) continue
      starts.push(start)
      ends.push(end)
      folded.push(text.slice(start, end).toLowerCase().replace(/’/g, "'").replace(/@\d+$/, '@k'))
    }
    return { starts, ends, folded }
  }

  it('splits and folds words as the regular expression did, on the corpus and on every kind of character', () => {
    expect(tokenizeColumns(corpus)).toEqual(reference(corpus))
    // Every separator, the edge punctuation, white space `\s` does and does not know, surrogates alone and paired.
    const alphabet = [...'aZé1@.’\'-_/,;:!?()[]{}<>"|*`~=#…“”\u2010\u2015\u2016\t\n\v\f\r \u00a0\u1680\u200a\u200b']
    alphabet.push(
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      '\u0085',
      '\ud835\udc00',
      '\ud835',
      '\udc00',
      // CJK characters, each a word, set against Latin letters and CJK punctuation.
      '失',
      'み',
      'カ',
      '데',
      '。',
      '，',
    )
    for (const text of randomStrings(alphabet, 3000, 17, 11)) {
      expect(tokenizeColumns(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })

  it('folds an ASCII word from the text lower-cased once only where that keeps the offsets', () => {
    // `İ` lower-cases to two characters, the final sigma depends on what follows, the Kelvin sign folds to `k`.
    for (const text of randomStrings([...'aZ1@ .-İΣ\u212a', 'Ab', 'CD9'], 2000, 13, 5)) {
      expect(tokenizeColumns(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })
})

describe('foldWords', () => {
  /** The fold as it was written before it became one pass: the reference the fast one must equal. */
  const reference = (value: string) =>
    value
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}/+@]+/gu, ' ')
      .trim()
      .split(/\s+/)
      .map((word) => {
        if (word.length <= 3) return word
        if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
        if (word.endsWith('s') && !/(?:ss|us|is|os)$/.test(word)) return word.slice(0, -1)
        return word
      })
      .join(' ')

  it('folds as the chain of replacements did, on the corpus lines and on odd characters', () => {
    const samples = corpus.split('\n').slice(0, 3000)
    samples.push(
      '',
      ' ',
      '&',
      'R&D',
      '&&x',
      'Classes & Statuses',
      'a\u00a0b',
      '𝐀𝐁𝐂s',
      '\ud835',
      'x\udc00y',
      '١٢٣ ٤',
      'C++ / API@10',
    )
    // Random strings over a mixed alphabet: letters, digits, `&`, separators, surrogates.
    const alphabet = [
      'a',
      'S',
      's',
      'i',
      'e',
      'u',
      'o',
      '1',
      '&',
      '/',
      '+',
      '@',
      ' ',
      '-',
      '.',
      '\u00e9',
      '\u00a0',
      '\ud835\udc00',
      '\ud835',
      '\udc00',
      '\u3000',
      '٣',
    ]
    samples.push(...randomStrings(alphabet, 2000, 13, 7))
    for (const sample of samples) expect(foldWords(sample), JSON.stringify(sample)).toBe(reference(sample))
  })
})
