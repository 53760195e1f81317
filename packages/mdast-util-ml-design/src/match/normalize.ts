/**
 * Normalisation of headings, labels and vocabulary terms, so that
 * `## 3. 📊 Offline Metrics:` and `offline metric` compare equal. Its words
 * are the built-in ones (vocabulary keys are normalised with them), not
 * extendable by options.
 */
import { titleFillerEnd, titleFillerStart, titleNumberingWords } from '../vocabulary/prose.js'

const emoji = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu
const words = (list: readonly string[]) => list.map((word) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')
const numbering = new RegExp(
  String.raw`^\s*(?:(?:${words(titleNumberingWords)})\s*(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])?\s*[.):\-–—]*\s*|(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.|[a-z][.)])\s*[):\-–—]*\s*)`,
  'i',
)
const fillerStart = new RegExp(String.raw`^(?:${words(titleFillerStart)}|v\d+)\s+`)
// `(?<!\s)`: from the start of the white space only (linear on a long run).
const fillerEnd = new RegExp(String.raw`(?<!\s)\s+(?:${words(titleFillerEnd)})$`)

/** Simple plural folding, applied word by word. */
export function singular(word: string): string {
  if (word.length <= 3) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('s')) {
    // Not `-ss`, `-us`, `-is`, `-os` (`class`, `status`, `analysis`, `kudos`).
    const before = word.charCodeAt(word.length - 2)
    if (before !== 115 && before !== 117 && before !== 105 && before !== 111) return word.slice(0, -1)
  }
  return word
}

/** Lower-case, drop emoji, numbering, markup and trailing punctuation, fold plurals. */
export function normalizeTitle(value: string): string {
  let text = value.normalize('NFKC').replace(emoji, ' ').toLowerCase()
  text = text.replace(/[*_`~#>]/g, ' ').trim()
  // Numbering may be repeated after emoji removal (`1. 🎯 2) ...` is rare but cheap).
  for (let index = 0; index < 2; index++) {
    const match = numbering.exec(text)
    if (match && match[0].length > 0 && match[0].length < text.length) text = text.slice(match[0].length)
  }
  return foldWords(text)
}

const letterOrNumber = /[\p{L}\p{N}]/uy

/** Whether the character at `index` belongs to a word for `foldWords`: a letter, a number, `/`, `+` or `@`. */
function isWordCharacter(value: string, code: number, index: number): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 47 ||
      code === 43 ||
      code === 64
    )
  }
  letterOrNumber.lastIndex = index
  return letterOrNumber.test(value)
}

/**
 * Fold a phrase: `&` to `and`, punctuation to spaces, plurals to singular; the words joined by one space. One
 * pass over the characters (it runs on every short sentence): the words are the runs of letters, numbers, `/`,
 * `+` and `@`, and each `&` is the word `and`.
 */
export function foldWords(value: string): string {
  let result = ''
  let start = -1
  for (let index = 0; index <= value.length; ) {
    const code = index < value.length ? value.charCodeAt(index) : -1
    // A pair of surrogates is one character (a letter outside the basic plane, say).
    const width = code >= 0xd800 && code <= 0xdbff && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1
    if (code >= 0 && isWordCharacter(value, code, index)) {
      if (start < 0) start = index
    } else {
      if (start >= 0) result += `${result.length > 0 ? ' ' : ''}${singular(value.slice(start, index))}`
      start = -1
      if (code === 38) result += result.length > 0 ? ' and' : 'and'
    }
    index += width
  }
  return result
}

/**
 * What splits a title into parts: `and` (and the Russian `и`), `&`, `vs`, `with`, `plus`, commas and the like, a spaced dash, a slash.
 * White space before `and` or `/` is taken only from its start (or right after a spaced dash, where the match
 * before ends), which gives the same parts and keeps a long run of white space linear.
 */
const titleSeparator =
  /(?:(?<!\s)|(?<=[-–—]\s))\s+(?:and|&|vs\.?|versus|with|plus|и)\s+|[,;:()|]|\s[-–—]\s|(?:(?<!\s)|(?<=[-–—]\s))\s+\/\s*|\/\s*/

/**
 * The candidate names a heading may carry: the whole title, each part of it
 * split on `and`, `/`, `:`, `-`, commas and parentheses, and each of those
 * with filler words (`the`, `plan`, `overview` ...) removed.
 */
export function titleCandidates(value: string): string[] {
  const whole = normalizeTitle(value)
  const lowered = value
    .normalize('NFKC')
    .replace(emoji, ' ')
    .toLowerCase()
    .replace(/[*_`~#>]/g, ' ')
  // A spaced `+` joins parts like `and` (`Model + evaluation`); `C++` is one word.
  const stripped = lowered.replace(numbering, '').replace(/\s\+\s/g, ' and ')
  const segments = stripped
    .split(titleSeparator)
    .map(foldWords)
    .filter((segment) => segment.length > 0)
  const result = new Set<string>([whole])
  for (const segment of segments.length > 1 ? segments : []) result.add(segment)
  for (const candidate of [...result]) {
    let current = candidate
    for (let index = 0; index < 3; index++) {
      const next = current.replace(fillerStart, '').replace(fillerEnd, '')
      // A question word left alone names nothing: `Why pipelines?` asks why of the pipelines, not why the system.
      if (next === current || next.length === 0 || /^(?:why|what|how|who|when|where|which)$/.test(next)) break
      current = next
      result.add(current)
    }
  }
  return [...result]
}

/** The key a matched term is looked up by: case and separators folded. */
export function termKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/@\d+/g, '@k')
    .replace(/top[\s\-_]*\d+/g, 'topk')
    .replace(/[\s\-_/\u2010-\u2015]+/g, '')
}
