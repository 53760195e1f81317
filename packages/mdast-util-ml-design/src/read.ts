/**
 * Read a design document once per tree (and per vocabulary) and share the
 * reading between every rule that looks at the same tree.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { compile } from './match/compile.js'
import { DesignReading } from './reading.js'
import { defaultVocabulary, extendVocabulary, type Vocabulary, type VocabularyOptions } from './vocabulary/index.js'

const readings = new WeakMap<Root, Map<string, DesignReading>>()
const vocabularies = new Map<string, Vocabulary>()

/** The vocabulary for a set of options: built-in when there are none, memoised otherwise. */
function vocabularyFor(options?: VocabularyOptions): { key: string; vocabulary: Vocabulary } {
  const relevant = options
    ? {
        headings: options.headings,
        onlineMetrics: options.onlineMetrics,
        offlineMetrics: options.offlineMetrics,
        families: options.families,
        paradigms: options.paradigms,
        answers: options.answers,
        words: options.words,
      }
    : undefined
  const key = relevant ? JSON.stringify(relevant) : ''
  if (key === '' || key === '{}') return { key: '', vocabulary: defaultVocabulary }
  let vocabulary = vocabularies.get(key)
  if (!vocabulary) {
    vocabulary = extendVocabulary(options as VocabularyOptions)
    // A small bound: configurations are few, but an editor session lives long.
    if (vocabularies.size > 64) vocabularies.clear()
    vocabularies.set(key, vocabulary)
  }
  return { key, vocabulary }
}

/**
 * The reading of a design document. Computed once per tree (and per
 * vocabulary, when a rule extends it) and shared by every rule.
 */
export function readDesign(tree: Root, file: VFile, options?: VocabularyOptions): DesignReading {
  const { key, vocabulary } = vocabularyFor(options)
  let byVocabulary = readings.get(tree)
  if (!byVocabulary) {
    byVocabulary = new Map()
    readings.set(tree, byVocabulary)
  }
  let reading = byVocabulary.get(key)
  if (!reading) {
    const value = file.value
    let source = typeof value === 'string' ? value : value ? new TextDecoder().decode(value) : ''
    // The parser drops a leading byte order mark, and counts offsets without it.
    if (source.charCodeAt(0) === 0xfeff) source = source.slice(1)
    // The parser reads NUL as U+FFFD (same length): so do messages quoting the text.
    if (source.includes('\0')) source = source.replaceAll('\0', '\uFFFD')
    reading = new DesignReading(tree, source, compile(vocabulary))
    byVocabulary.set(key, reading)
  }
  return reading
}
