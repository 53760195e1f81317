/**
 * The sentences pass: the prose of every block split into sentences, each
 * marked as a heading, list item, prompt, placeholder or undecided; then
 * the front-matter values join them in file order, and all are numbered
 * once (so whatever is keyed by a sentence's index stays valid).
 */

import type { Compiled } from '../match/compile.js'
import type { TermMatch } from '../match/matcher.js'
import { classify } from './classify.js'
import { lastAtOrBefore } from './ranges.js'
import { type Block, splitSentences } from './text.js'
import type { Section, Sentence } from './types.js'

export function readSentences(
  compiled: Compiled,
  prose: string,
  blocks: Block[],
  sections: Section[],
  undecided: Array<TermMatch<unknown>>,
  frontMatter: Sentence[],
): Sentence[] {
  // Paragraphs that are wholly a bold pseudo-heading read as headings (a set: no scan per block).
  const wholePseudo = new Set(
    sections.filter((section) => section.pseudo).map((section) => `${section.start}:${section.contentStart}`),
  )
  const body: Sentence[] = []
  const raws: string[] = []
  let section = -1
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'front-matter') return
    const isHeading = block.kind === 'heading' || wholePseudo.has(`${block.start}:${block.end}`)
    // Blocks come in order: the section only moves forward.
    while (section + 1 < sections.length && sections[section + 1].start <= block.start) section++
    for (const range of splitSentences(prose, block.start, block.end)) {
      raws.push(prose.slice(range.start, range.end).replace(/\s+/g, ' ').trim())
      body.push({
        start: range.start,
        end: range.end,
        index: -1,
        block: blockIndex,
        section,
        heading: isHeading,
        listItem: block.listItem,
        frontMatter: false,
        prompt: false,
        placeholder: false,
        undecided: false,
      })
    }
  })
  // "Not decided yet" and its kin, from the one scan of the document all term lists share.
  for (const mention of undecided) {
    const index = lastAtOrBefore(body, mention.start)
    if (index >= 0 && mention.start < body[index].end) body[index].undecided = true
  }
  body.forEach((sentence, index) => {
    classify(compiled, sentence, raws[index])
  })
  // Front-matter values join the sentences in file order (they come first); then each gets its one number.
  const sentences = frontMatter.length === 0 ? body : [...frontMatter, ...body].sort((a, b) => a.start - b.start)
  sentences.forEach((sentence, index) => {
    sentence.index = index
  })
  return sentences
}
