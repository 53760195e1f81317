/**
 * The features the judgement model reads from one unit (a sentence of the
 * reading): hashed word unigrams and bigrams, character 3- and 4-grams, and
 * the unit's place in the document (stage and part in force, list item,
 * heading words, a question mark, a modal verb, an options or questions
 * heading above it). Training (`scripts/train.ts`) and inference call this
 * same function, so the two cannot drift apart.
 */
import type { DesignDocument } from '../document/document.js'

/** Hash space: 2^18 buckets. */
export const featureBits = 18
const mask = (1 << featureBits) - 1

const offsetBasis = 0x811c9dc5

/** FNV-1a's state after `hash` takes in the code units of `text` from `from` to `to` (unmasked, to go on from). */
function fnvStep(hash: number, text: string, from = 0, to = text.length): number {
  let state = hash
  for (let index = from; index < to; index++) {
    state ^= text.charCodeAt(index)
    state = Math.imul(state, 0x01000193) >>> 0
  }
  return state
}

/** FNV-1a over UTF-16 code units, folded into the feature space. */
export function fnv1a(text: string): number {
  return fnvStep(offsetBasis, text) & mask
}

// The hash states after each feature kind's prefix: a feature's hash goes on from there over its own text, so
// `fnv1a('w ' + word)` is computed without building the string.
const wordPrefix = fnvStep(offsetBasis, 'w ')
const bigramPrefix = fnvStep(offsetBasis, 'b ')
const charPrefix = fnvStep(offsetBasis, 'c ')
const flagPrefix = fnvStep(offsetBasis, 's ')
const biasFeature = fnv1a('s bias')

const modal = /\b(?:should|could|might|may|would|can|consider|considering|maybe|perhaps|possibly|optionally)\b/
const optionsHeading =
  /\b(?:options?|alternatives?|pros|cons|trade-?offs?|questions?|open issues?|survey|related work|prior art|considered|rejected|non-goals?|future work|appendix|background|glossary)\b/

/** The words of a text: lower-cased letter and digit runs (digits folded to `0`). */
export function words(text: string): string[] {
  const lower = text.toLowerCase()
  const found = lower.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
  // Most texts have no digit: then no word has one to fold.
  return /\d/.test(lower) ? found.map((word) => word.replace(/\d/g, '0')) : found
}

/** The features of raw text and named structure flags: sorted, without repeats. */
export function featuresOf(text: string, flags: readonly string[]): number[] {
  return featuresOfWords(words(text), flags)
}

/** `featuresOf` from the text's words (`words(text)`), when the caller has them already. */
function featuresOfWords(tokens: readonly string[], flags: readonly string[]): number[] {
  const folded = ` ${tokens.join(' ')} `
  // Every hash goes into a typed array, sorted natively and then read without repeats: the same sorted set as a `Set`
  // spread and sorted with a comparator, at a fraction of the cost (one per sentence scored).
  const found = new Int32Array(2 * tokens.length + 2 * folded.length + flags.length + 1)
  let count = 0
  for (let index = 0; index < tokens.length; index++) {
    found[count++] = fnvStep(wordPrefix, tokens[index]) & mask
    if (index > 0) {
      const first = fnvStep(fnvStep(bigramPrefix, tokens[index - 1]), ' ')
      found[count++] = fnvStep(first, tokens[index]) & mask
    }
  }
  for (let index = 0; index + 3 <= folded.length; index++) {
    // A 4-gram's hash goes on from its first three characters'.
    const trigram = fnvStep(charPrefix, folded, index, index + 3)
    found[count++] = trigram & mask
    if (index + 4 <= folded.length) found[count++] = fnvStep(trigram, folded, index + 3, index + 4) & mask
  }
  for (const flag of flags) found[count++] = fnvStep(flagPrefix, flag) & mask
  found[count++] = biasFeature
  const sorted = found.subarray(0, count).sort()
  const result: number[] = []
  for (let index = 0; index < count; index++)
    if (index === 0 || sorted[index] !== sorted[index - 1]) result.push(sorted[index])
  return result
}

/** The structure flags of one sentence of a reading. */
export function structureOf(reading: DesignDocument, index: number): string[] {
  return structureWith(reading, index, words(reading.textOf(reading.sentences[index])).length)
}

/** `structureOf` given the number of the sentence's words. */
function structureWith(reading: DesignDocument, index: number, length: number): string[] {
  const sentence = reading.sentences[index]
  const text = reading.textOf(sentence)
  const flags: string[] = []
  const scope = reading.sentenceScope(index)
  for (const stage of scope.stages) flags.push(`stage ${stage}`)
  for (const part of scope.parts) flags.push(`part ${part}`)
  if (scope.parts.length === 0 && scope.stages.length === 0) flags.push('no scope')
  if (sentence.heading) flags.push('heading')
  if (sentence.listItem) flags.push('list item')
  if (sentence.frontMatter) flags.push('front matter')
  if (sentence.prompt) flags.push('prompt')
  if (sentence.placeholder) flags.push('placeholder')
  if (sentence.undecided) flags.push('undecided')
  if (/\?\s*$/.test(text)) flags.push('question mark')
  if (modal.test(text.toLowerCase())) flags.push('modal')
  if (/\d/.test(text)) flags.push('digit')
  flags.push(length <= 3 ? 'short' : length <= 12 ? 'medium' : 'long')
  if (/^[^:]{1,60}:\s/.test(text)) flags.push('label')
  // The headings above the unit: their words, and whether one names options, questions or a survey.
  if (sentence.section >= 0) flags.push(...headingFlags(reading, sentence.section).own)
  return flags
}

interface HeadingFlags {
  /** The flags of a section and of each section above it, nearest first. */
  chain: string[]
  /** The same with the section's own heading words after its own flags: what a sentence in it gets. */
  own: string[]
}

/** Each reading's heading flags by section index, worked out once per section (every sentence scored asks). */
const headingCache = new WeakMap<DesignDocument, Map<number, HeadingFlags>>()

function headingFlags(reading: DesignDocument, at: number): HeadingFlags {
  const cache = headingCache.get(reading) ?? new Map<number, HeadingFlags>()
  if (cache.size === 0) headingCache.set(reading, cache)
  let found = cache.get(at)
  if (!found) {
    const section = reading.sections[at]
    const flags: string[] = []
    if (section.aside) flags.push('aside')
    if (optionsHeading.test(section.normalized)) flags.push('options heading')
    if (/\?\s*$/.test(section.text)) flags.push('question heading')
    const above = section.parent >= 0 ? headingFlags(reading, section.parent).chain : []
    const headingWords = words(section.text).map((word) => `heading ${word}`)
    found = { chain: [...flags, ...above], own: [...flags, ...headingWords, ...above] }
    cache.set(at, found)
  }
  return found
}

/** The features of one sentence of a reading. */
export function sentenceFeatures(reading: DesignDocument, index: number): number[] {
  // The sentence's words are split once, for its features and for its length.
  const tokens = words(reading.textOf(reading.sentences[index]))
  return featuresOfWords(tokens, structureWith(reading, index, tokens.length))
}
