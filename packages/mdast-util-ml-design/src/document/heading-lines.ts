/**
 * Sections that say something though no prose of their own answers them: a heading that holds its content (a value
 * after a label, `### Latency: under 100 ms at p99`; a link to where the content lives; a statement a `---` under it
 * turned into a heading), and a table of contents written as a plain list of the document's own headings (`##
 * Contents` then `- Problem`, `- Data`, ...).
 */
import type { Compiled } from '../match/compile.js'
import { foldWords, normalizeTitle } from '../match/normalize.js'
import { classify } from './classify.js'
import type { Section, Sentence } from './types.js'

/** A word that numbers a step or a part: `1`, `2.3`, `II`, `B`, `3.` (`Step 1`, `Part II`, `Option B`). */
const numbering = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Za-z])\.?$/

/** The folded label words, once per vocabulary list. */
const labelSets = new WeakMap<readonly string[], Set<string>>()

function labelWords(list: readonly string[]): Set<string> {
  let set = labelSets.get(list)
  if (!set) {
    set = new Set(list.map((word) => foldWords(word.toLowerCase())))
    labelSets.set(list, set)
  }
  return set
}

/**
 * Whether a heading holds what its section says: a value after a label (`headingWritesValue`), a link to where the
 * content lives (`## [Data pipeline](docs/data.md)`), or a paragraph that a line of dashes or equals signs under it
 * turned into a heading (a setext heading spans two lines) that reads as a statement: eight words or more, no
 * question.
 */
export function headingHoldsContent(compiled: Compiled, section: Section, heading: readonly Sentence[]): boolean {
  const { node } = section
  if (node.type === 'heading') {
    // The link may stand beside an emoji or a mark (`### 🌐 [Live demo](https://...)`), but beside no words.
    const links = node.children.filter(
      (child) => (child.type === 'link' && child.url.length > 0) || child.type === 'linkReference',
    )
    const decoration = node.children.every(
      (child) => links.includes(child) || (child.type === 'text' && !/[\p{L}\p{N}]/u.test(child.value)),
    )
    if (links.length === 1 && decoration) return true
  }
  const words = section.text.split(/\s+/).length
  const setext = node.type === 'heading' && node.position && node.position.start.line !== node.position.end.line
  if (setext && words >= 8 && !/\?\s*$/.test(section.text)) return true
  // A paragraph written after a heading's marks (`### DermaLite brings skin screening to phones. Instead of ...`):
  // twenty words or more with a sentence's end inside them or after them, asking nothing. A template's long prompt
  // (`## Describe the data sources you will use and how each one is labelled`) is shorter, and asks.
  if (
    node.type === 'heading' &&
    words >= 20 &&
    /[.!](?:\s|$)/.test(section.text) &&
    !heading.some((sentence) => sentence.prompt || sentence.placeholder)
  )
    return true
  return headingWritesValue(compiled, section, heading)
}

/**
 * Whether a heading writes its value after a short label: `Latency: < 100 ms p99`, `Model: XGBoost`, `Author: Sam
 * Lee`. Not when the label numbers a step or names a part of the document (`Step 1: Data collection`, `Appendix:
 * Glossary`), nor when the value is a heading's name, a topic, a placeholder or a prompt (`Part 2: Data`, `Objective:
 * TBD`, `Deployment: describe the rollout here`, `Problem: what do we solve?`).
 */
export function headingWritesValue(compiled: Compiled, section: Section, heading: readonly Sentence[]): boolean {
  const colon = section.text.indexOf(':')
  if (colon <= 0 || colon > 40) return false
  const label = section.text.slice(0, colon).trim().split(/\s+/)
  const value = section.text.slice(colon + 1).trim()
  if (
    label.length > 4 ||
    numbering.test(label[label.length - 1]) ||
    labelWords(compiled.vocabulary.sectionLabelWords).has(foldWords(label.join(' ').toLowerCase()))
  ) {
    return false
  }
  const title = normalizeTitle(value)
  if (!/[\p{L}\p{N}]/u.test(value) || (title.length > 0 && compiled.headings.has(title))) return false
  if (heading.some((sentence) => sentence.prompt || sentence.placeholder || sentence.undecided)) return false
  // A letter standing for the number a template leaves blank (`X ms`, `XX%`, `$X per month`, `N requests`) is none.
  if (/(?:^|[^\p{L}])(?:X{1,3}|N|Y)(?![\p{L}])/u.test(value)) return false
  // A value of numbers alone (`99.9%`, `2024-05-02`) is a value: the sentence classes read it as an empty list mark.
  if (!/\p{L}/u.test(value) && /\d/.test(value)) return true
  return classify(compiled, { listItem: false, undecided: false }, value) === undefined
}

/**
 * Whether a section's own content is a table of contents without links: a list of two items or more, half of them
 * or more naming another heading of the document (its numbering and case aside), and none a placeholder.
 */
export function listsHeadings(
  sections: readonly Section[],
  section: Section,
  items: readonly Sentence[],
  textOf: (item: Sentence) => string,
): boolean {
  if (items.length < 2 || items.some((item) => !item.listItem || item.placeholder)) return false
  const titles = new Set(sections.filter((other) => other.index !== section.index).map((other) => other.normalized))
  const named = items.filter((item) => titles.has(normalizeTitle(textOf(item)))).length
  return named >= 2 && named * 2 >= items.length
}
