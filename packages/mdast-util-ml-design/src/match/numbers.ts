/**
 * The shapes of numbers, shared by every quantity expression: digits with
 * grouping, multipliers, amounts in words. Word lists come from the
 * vocabulary; this module only knows the syntax around them.
 */
import { teamCountWords } from '../vocabulary/quantities.js'
import { escapeRegExp, offsetsOf } from './matcher.js'

/**
 * Not at a three-digit group right after a grouped number's first group when that group may start a match (`000`
 * in ` 1,000,000`, not in `$1,000,000`): the match from the first group is the same, and skipping the groups after
 * it keeps a long run of groups linear.
 */
const groupStart = String.raw`(?!(?=\d{3}(?!\d))(?:(?<=[^\p{L}\p{N}.@$€£#]\d[,\u202f\u00a0])|(?<=[^\p{L}\p{N}.@$€£#]\d\d[,\u202f\u00a0])|(?<=[^\p{L}\p{N}.@$€£#]\d{3}[,\u202f\u00a0])))`

/**
 * Not right after a letter, a digit or one of `others` (a class body: `.@$€£`): where a quantity may start. The
 * whole lookbehind is led by one for ASCII letters and digits alone, which rejects nothing the whole one would
 * not (they are letters and digits) but is several times cheaper to test than the Unicode classes: the quantity
 * expressions run over the whole prose, and most positions they reject are inside words.
 */
export function notAfterWord(others = ''): string {
  return String.raw`(?<![a-zA-Z0-9])(?<![\p{L}\p{N}${others}])`
}

/** A number in digits, grouped or not, with decimals. */
export const number = String.raw`${groupStart}(?:\d{1,3}(?:[,\u202f\u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`

/** Horizontal white space: a quantity never spans two blocks. */
export const gap = String.raw`[^\S\n]`

/**
 * A lookahead for the characters a match can start with: a digit, or the first character of one of `words`. It
 * changes no match (the expression it leads must start with a digit or with one of the words, under the same
 * flags, so the same case folding), but lets the engine reject every other position with one class test instead
 * of trying each alternative there: the quantity expressions run over the whole document, and this makes them
 * several times faster. Empty when a word could start with anything (empty, or a leading space or `*`).
 */
export function startingWith(words: readonly string[]): string {
  const firsts = new Set<string>()
  for (const word of words) {
    const first = word.codePointAt(0)
    if (first === undefined || /^[\s*]/u.test(word)) return ''
    const character = String.fromCodePoint(first)
    firsts.add(/[\^$.*+?()[\]{}|/\\-]/.test(character) ? `\\${character}` : character)
  }
  return String.raw`(?=[\d${[...firsts].join('')}])`
}

/** Words as alternatives, in the order given, each escaped. */
export function choice(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|')
}

/** Terms as alternatives, longest first, where a space or hyphen inside a term matches any run of either. */
export function alternation(terms: readonly string[]): string {
  return [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map((term) => escapeRegExp(term).replace(/\\\*$/, '[\\p{L}]*').replace(/\s+/g, '[\\s\\-]+'))
    .join('|')
}

/** A bound or window just before a number (`more than`, `the first`): the words, then `$`. */
export function before(words: readonly string[], symbols = ''): RegExp {
  // An arrow (`-> ~900M read events`, `=> 40k`) is no bound.
  const alternatives = symbols ? `${alternation(words)}|(?<![-=])[${symbols}]` : alternation(words)
  return new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternatives})${gap}*(?:[~≈]${gap}*)?$`, 'iu')
}

/**
 * What a row or pair holds, in brackets between a count and its noun: `~1.1B (user, event, sent, opened) rows`,
 * `12k (query, passage) pairs`. Words joined by commas only, so `2 (deep & cross) layers` is no tuple.
 */
const tuple = String.raw`\([\p{L}_ -]+(?:,[^\S\n]*[\p{L}_ -]+)+\)`

/** A quantity's text that ends in a size in bytes (`8 TB`, `~24 GB`). */
export const byteSize = /\b(?:[kmgtp]i?b|gigabytes|terabytes|petabytes)$/i

/** The words of a name a slash joins right after a count, up to three (`1 Data` + `/ML Architect`). */
const slashJoined = /^\/((?:[^\S\n]*[\p{L}][\p{L}-]*){1,3})/u

/** The team's words (`vocabulary/quantities.ts`), singular. */
const team = new Set(teamCountWords.split(' '))

/**
 * Whether the text right after a count goes on, after a slash, to name a member of the team: `1 Data/ML Architect`
 * counts a person, not data (`1,200 skiers/hour` is a rate, read elsewhere).
 */
export function slashTeam(after: string): boolean {
  const words =
    slashJoined
      .exec(after)?.[1]
      .toLowerCase()
      .match(/[\p{L}][\p{L}-]*/gu) ?? []
  return words.some((word) => team.has(word.replace(/s$/, '')))
}

/** A tuple in a count's text, dropped before its words are read (`1.1B (user, event) rows` counts rows). */
export const countTuple = new RegExp(tuple, 'gu')

/**
 * A number and the word after it (`4,700 charging sites`), for counts of what a heading or label names, with the
 * multipliers a count may carry.
 */
export function anyCountExpression(multipliers: readonly string[]): RegExp {
  return new RegExp(
    String.raw`${startingWith([])}${notAfterWord('.:@$€£#')}${number}(?:[^\S\n]*(?:${choice(multipliers)})(?![\p{L}]))?\+?[^\S\n]+(?:${tuple}[^\S\n]+)?(?:(?:[\p{L}]+)[^\S\n]+)?[\p{L}][\p{L}-]*[\p{L}](?![\p{L}\p{N}])`,
    'giu',
  )
}

/**
 * Whether a count's number is large enough to be an amount of data where nothing but its place says so: it carries
 * a multiplier (`1.4M`, `310k`) or is at least a thousand (`62,000`), is no year (`2016`, `2022`), and counts
 * a plural noun that follows it (`1.4M tickets`, `~9B won impressions`). Sizes, thresholds and dimensions in a data section (`320 px`,
 * `5 for critical`, `1024 with padding`) are not.
 */
export function largeCount(text: string, multipliers: readonly string[]): boolean {
  const match = /^[~≈<>]?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$/su.exec(text.trim())
  if (!match) return false
  const words = (match[2] ?? '').match(/[\p{L}][\p{L}-]*/gu) ?? []
  const multiplied = multipliers.includes(words[0]?.toLowerCase() ?? '')
  // What is counted is a plural noun after the number: `62,000 invoices`, `~9B won impressions`, not `1024 with
  // padding`.
  if (!words.slice(multiplied ? 1 : 0).some((word) => /[^s]s$/i.test(word))) return false
  if (multiplied) return true
  const digits = match[1]
  if (/^(?:19|20)\d\d$/.test(digits)) return false
  return Number(digits.replace(/,/g, '')) >= 1000
}

/**
 * A proportion just before a count (`~1 in 9 calls`, `one in 20 orders`, `3 out of 10 users`): the count is the
 * base of a share, not how many there are.
 */
export const ratioBefore =
  /(?:^|[^\p{L}\p{N}.,])(?:[~≈][^\S\n]*)?(?:\d+(?:\.\d+)?|one)[^\S\n]+(?:in|out[^\S\n]+of)[^\S\n]+(?:[~≈][^\S\n]*)?$/iu

/**
 * Where a quantity expression may start: a digit, or the first word of a word that starts one, where no ASCII letter
 * or digit comes before. Every quantity expression the reader runs over the prose starts so (with `notAfterWord`, a
 * `\b` or a lookbehind of letters and digits); the expressions then need trying only there (`execAt`). A first
 * word of `spaced` (written alone, `a` of `a few`) is followed by white space wherever an expression starts with it;
 * a word of `open` by anything (`thousands`, `sub` of `subsecond`). Under the expressions' flags (`iu`), so the same
 * case folding.
 */
export function quantityStartExpression(spaced: readonly string[], open: readonly string[]): RegExp {
  const exact = new Set<string>()
  const prefixes = new Set<string>()
  for (const [terms, isSpaced] of [
    [spaced, true],
    [open, false],
  ] as const) {
    for (const term of terms) {
      const [, head = '', rest = ''] = /^(\p{L}*)(.*)$/su.exec(term) ?? []
      // A term that opens with something other than a letter starts with that character, whatever follows it.
      if (!head) prefixes.add(escapeRegExp(term.slice(0, 1)))
      else if (isSpaced && (rest === '' || /^\s/u.test(rest))) exact.add(escapeRegExp(head))
      else prefixes.add(escapeRegExp(head))
    }
  }
  for (const word of prefixes) exact.delete(word)
  const longestFirst = (words: Set<string>) => [...words].sort((a, b) => b.length - a.length).join('|')
  const alternatives = ['\\d', ...(exact.size > 0 ? [`(?:${longestFirst(exact)})(?=\\s)`] : [])]
  if (prefixes.size > 0) alternatives.push(longestFirst(prefixes))
  return new RegExp(`(?<![a-zA-Z0-9])(?:${alternatives.join('|')})`, 'giu')
}

/** The offsets where `quantityStartExpression`'s expression matches in a text. */
export function quantityStarts(text: string, starts: RegExp): number[] {
  return offsetsOf(starts, text)
}

/** Every match of a global expression over a text, as `exec` finds them one after another. */
export function execAll(expression: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  expression.lastIndex = 0
  for (let match = expression.exec(text); match; match = expression.exec(text)) {
    found.push(match)
    if (match[0].length === 0) expression.lastIndex++
  }
  return found
}
