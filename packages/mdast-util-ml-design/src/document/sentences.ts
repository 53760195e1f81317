/**
 * The sentences pass: the prose of every block split into sentences, each
 * marked as a heading or list item and "undecided" where the term scan
 * found such words; then the front-matter values join them in file order,
 * and all are numbered once (so whatever is keyed by a sentence's index
 * stays valid).
 *
 * A body sentence's kind (prompt, placeholder) and its text with white
 * space folded are worked out the first time something asks, and kept:
 * most sentences are asked about by few rules, and many by none.
 */

import type { Compiled } from '../match/compile.js'
import type { TermMatch } from '../match/matcher.js'
import { exampleOpenings } from '../vocabulary/prose.js'
import { classify, type SentenceKind } from './classify.js'
import { lastAtOrBefore } from './ranges.js'
import { type Block, splitSentences } from './text.js'
import type { Section, Sentence } from './types.js'

/** Not classified yet (a kind is `'placeholder'`, `'prompt'` or `undefined` for content). */
const unread = 0

/** An example opening a sentence (`For example, ...`, `E.g. ...`), after a list marker or emphasis. */
const exampleOpening = new RegExp(
  String.raw`^[\s*_>-]*(?:${exampleOpenings.map((word) => word.replace(/\./g, '\\.')).join('|')})(?![\p{L}])`,
  'iu',
)

/** An example that offers ways rather than stating one: `can be framed as ... or ...`, `could be`, `E.g. as a ranking`. */
const openExample = /\b(?:can|could|might|may)\b|\bor\b|^[\s*_>-]*(?:for example|for instance|e\.g\.|eg\.),?\s+as\b/i

/** A sentence of the document's body, classified on first use. */
export class BodySentence implements Sentence {
  index = -1
  undecided = false
  readonly frontMatter = false
  readonly start: number
  readonly end: number
  readonly block: number
  readonly section: number
  readonly heading: boolean
  readonly listItem: boolean
  readonly #compiled: Compiled
  readonly #prose: string
  #text: string | undefined
  #kind: SentenceKind | typeof unread = unread
  /** Its own kind, read alone (the list it stands in may still make it a bare topic). */
  #own: SentenceKind | typeof unread = unread
  /** For the one sentence of a list item with nothing nested: the items of its list, one sentence each (else none). */
  list: readonly BodySentence[] | undefined
  /** The sentence before it in the same block (else none). */
  previous: BodySentence | undefined

  constructor(
    compiled: Compiled,
    prose: string,
    start: number,
    end: number,
    where: { block: number; section: number; heading: boolean; listItem: boolean },
  ) {
    this.#compiled = compiled
    this.#prose = prose
    this.start = start
    this.end = end
    this.block = where.block
    this.section = where.section
    this.heading = where.heading
    this.listItem = where.listItem
  }

  /** The sentence's prose with white space folded (as `textOf` gives it). */
  get text(): string {
    this.#text ??= this.#prose.slice(this.start, this.end).replace(/\s+/g, ' ').trim()
    return this.#text
  }

  get prompt(): boolean {
    return this.#read() === 'prompt'
  }

  get placeholder(): boolean {
    return this.#read() === 'placeholder'
  }

  #read(): SentenceKind {
    if (this.#kind === unread) {
      const own = this.ownKind()
      this.#kind = own === undefined && ((this.list && topicList(this.list)) || this.#illustrates()) ? 'prompt' : own
    }
    return this.#kind
  }

  /**
   * Whether it is an example given for the question just before it (`How will you frame the problem? For example,
   * fraud detection can be framed as ...`): a template's prompt and its illustration, not the design.
   */
  #illustrates(): boolean {
    const { previous } = this
    // Only an example that is itself open ("can be framed as ... or ..."): an author answering their own question
    // ("How fast must it be? For example, the checkout waits at most 100 ms") states the design.
    return (
      previous !== undefined &&
      exampleOpening.test(this.text) &&
      /\?\s*$/.test(previous.text) &&
      previous.prompt &&
      openExample.test(this.text)
    )
  }

  /** Its kind read alone, without its list. */
  ownKind(): SentenceKind {
    if (this.#own === unread) this.#own = classify(this.#compiled, this, this.text)
    return this.#own
  }
}

/** A short bullet: one to three words, no number, no label or arrow (`Health checks`, `Scale-out`). */
function bareItem(sentence: BodySentence): boolean {
  const text = sentence.text.replace(/^[-*+\d.)\s]+(?=\p{L})/u, '')
  return !/[\d:→>=|]/.test(text) && text.split(/\s+/).length <= 3
}

/**
 * Whether a list is only a template's topic stubs: every item is one short bullet with nothing nested, and at least
 * two items, half of them or more, are bare topics read alone (`- Dashboards`, `- Alerts`). Then the other short
 * items are topics too (`- Health checks`, `- Scale-out`); a list of named signals or features is not (`- p99
 * latency`, `- PSI of the top features`), nor one with a single topic word in it.
 */
function topicList(items: readonly BodySentence[]): boolean {
  if (!items.every(bareItem)) return false
  const topics = items.filter((item) => item.ownKind() === 'prompt').length
  return topics >= 2 && topics * 2 >= items.length
}

/** What may stand before a value in its sentence: list markers, emphasis, and a short label (`A:`, `Status -`). */
const openingLabel = /^[\s*_>#+-]*(?:[\p{L}][\p{L}\s]{0,20}[:\u2013\u2014-][\s*_]*)?$/u

export function readSentences(
  compiled: Compiled,
  prose: string,
  blocks: Block[],
  sections: Section[],
  undecided: { anywhere: Array<TermMatch<unknown>>; opening: Array<TermMatch<unknown>> },
  frontMatter: Sentence[],
): Sentence[] {
  // Paragraphs that are wholly a bold pseudo-heading read as headings (a set: no scan per block).
  const wholePseudo = new Set(
    sections.filter((section) => section.pseudo).map((section) => `${section.start}:${section.contentStart}`),
  )
  const body: BodySentence[] = []
  let section = -1
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'front-matter') return
    const heading = block.kind === 'heading' || wholePseudo.has(`${block.start}:${block.end}`)
    // Blocks come in order: the section only moves forward.
    while (section + 1 < sections.length && sections[section + 1].start <= block.start) section++
    const where = { block: blockIndex, section, heading, listItem: block.listItem }
    for (const range of splitSentences(prose, block.start, block.end)) {
      const sentence = new BodySentence(compiled, prose, range.start, range.end, where)
      const before = body.at(-1)
      if (before?.block === blockIndex) sentence.previous = before
      body.push(sentence)
    }
  })
  // Sibling list items of one sentence each, with nothing nested, read together (a list of topic stubs).
  const lists = new Map<number, BodySentence[]>()
  const spoilt = new Set<number>()
  for (const sentence of body) {
    const list = blocks[sentence.block].list
    if (!list) continue
    const items = lists.get(list.id) ?? []
    // A nested list or a second sentence makes the item more than a stub: the list is no template's.
    if (list.nested || items.some((item) => item.block === sentence.block)) spoilt.add(list.id)
    items.push(sentence)
    lists.set(list.id, items)
  }
  for (const [id, items] of lists) {
    if (spoilt.has(id) || items.length < 2) continue
    for (const item of items) item.list = items
  }
  // "Not decided yet" and its kin, from the one scan of the document all term lists share (before any is classified).
  for (const mention of undecided.anywhere) {
    const index = lastAtOrBefore(body, mention.start)
    if (index >= 0 && mention.start < body[index].end) body[index].undecided = true
  }
  // A value that only says the question is open ("A: open, ask trust & safety", "- to check"): the word opens the
  // sentence (after a short label) and a stop follows it.
  for (const mention of undecided.opening) {
    const index = lastAtOrBefore(body, mention.start)
    if (index < 0 || mention.start >= body[index].end || body[index].heading) continue
    const before = prose.slice(body[index].start, mention.start)
    const after = prose.slice(mention.end, Math.min(mention.end + 2, body[index].end))
    if (openingLabel.test(before) && /^(?:\s*[,;:.\u2013\u2014]|\s-|\s*$)/.test(after)) body[index].undecided = true
  }
  // Front-matter values join the sentences in file order (they come first); then each gets its one number.
  const sentences: Sentence[] =
    frontMatter.length === 0 ? body : [...frontMatter, ...body].sort((a, b) => a.start - b.start)
  sentences.forEach((sentence, index) => {
    sentence.index = index
  })
  return sentences
}
