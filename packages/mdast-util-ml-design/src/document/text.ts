/**
 * The prose of a document, with every offset kept: Markdown syntax (emphasis
 * markers, link URLs, table pipes, HTML, code blocks) is blanked out with
 * spaces so a match in the text is a match at the same offset in the file.
 */
import type { Nodes, Root } from 'mdast'
import { abbreviations, continuedAbbreviations, placeholderMarkers } from '../vocabulary/prose.js'
import { htmlOf } from './html.js'

/**
 * An abbreviation just before a full stop: `e.g.`, `vs.`, `т.е.` and decimal points do not end a sentence. Not `\b`
 * before it: that is ASCII-only, and never starts a Cyrillic one.
 */
const abbreviationEnd = endingWith(abbreviations)
/** `тыс.`, `руб.`, `т.д.`, which end a sentence unless a lowercase letter or a digit follows (`100 тыс. рублей`). */
const continuedEnd = endingWith(continuedAbbreviations)
const continuation = /^\s*[\p{Ll}\p{N}]/u

function endingWith(words: readonly string[]): RegExp {
  return new RegExp(`(?:${words.map((word) => `(?<![\\p{L}\\p{N}])${word.replace(/\./g, '\\.')}`).join('|')})$`, 'u')
}

/**
 * A dash between clauses ends a sentence before a capital, except before a placeholder marker: in `Feats: same as
 * the old model — TODO copy the list here` the to-do is the value's other half, not a sentence of its own.
 */
const markerForms = placeholderMarkers.flatMap((marker) => [
  marker.toUpperCase(),
  marker[0].toUpperCase() + marker.slice(1),
])
const sentenceBoundary = new RegExp(
  String.raw`(?<![.!?;])[.!?;]+(?=\s|$)|\s[-–—]{1,2}\s(?=[A-Z])(?!(?:${markerForms.join('|')})\b)`,
  'g',
)

/** What opens an HTML entity just before its `;` (`&gt`, `&#39`): that `;` ends no sentence. */
const entityOpen = /&(?:[a-z]{2,6}|#\d{1,5}|#x[\da-f]{1,4})$/

/** A block of prose: a heading, a paragraph, a table cell or the front matter. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'cell' | 'front-matter'
  start: number
  end: number
  /** The block is a list item's first paragraph. */
  listItem: boolean
  /** A heading's rank: a Markdown heading's, or an HTML heading element's (`<h2>Data</h2>`, see `html.ts`). */
  depth?: number
  /**
   * For a Markdown list item's first paragraph: the list it stands in (numbered in document order) and whether the
   * item holds more than that paragraph (nested bullets, a second paragraph). Sibling items share the number.
   */
  list?: { id: number; nested: boolean }
  node: Nodes
}

export interface Prose {
  /** The file's text with non-prose blanked (same length as the file). */
  text: string
  blocks: Block[]
}

interface Range {
  start: number
  end: number
}

/**
 * Blank everything that is not prose, keeping line breaks between blocks.
 * `ranges` must be sorted and not overlap.
 */
function blankOutside(source: string, ranges: Range[]): string {
  const pieces: string[] = []
  let cursor = 0
  for (const range of ranges) {
    if (range.start < cursor) continue
    if (range.start > cursor) pieces.push(source.slice(cursor, range.start).replace(/[^\n]/g, ' '))
    // Inside prose, a soft line break is a space, backticks are not words.
    pieces.push(source.slice(range.start, range.end).replace(/[\r\n`]/g, ' '))
    cursor = range.end
  }
  if (cursor < source.length) pieces.push(source.slice(cursor).replace(/[^\n]/g, ' '))
  return pieces.join('')
}

/**
 * Collect the prose of a tree: text ranges and blocks, in document order. A heading inside a block quote is a line
 * of the quote (`> ## Terms`), not a section of the document, unless `opens` says its title names a stage or a part
 * (`> ## Evaluation`): a document that quotes its sections keeps them.
 */
export function readProse(tree: Root, source: string, opens: (title: string) => boolean = () => false): Prose {
  const ranges: Range[] = []
  const blocks: Block[] = []
  /** Quoted headings, read as paragraphs until their titles are known. */
  const quotedHeadings: Array<{ block: Block; depth: number }> = []

  // An explicit stack keeps deeply nested block quotes and lists off the call stack.
  type Entry = { node: Nodes; listItem: boolean; list?: Block['list']; quoted?: boolean }
  const stack: Entry[] = [{ node: tree, listItem: false }]
  let lists = 0
  while (stack.length > 0) {
    const { node, listItem, list, quoted } = stack.pop() as Entry
    const position = node.position
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        if (position?.start.offset !== undefined && position.end.offset !== undefined) {
          ranges.push({ start: position.start.offset, end: position.end.offset })
        }
        continue
      }
      case 'yaml': {
        if (position?.start.offset !== undefined && position.end.offset !== undefined) {
          ranges.push({ start: position.start.offset, end: position.end.offset })
          blocks.push({
            kind: 'front-matter',
            start: position.start.offset,
            end: position.end.offset,
            listItem: false,
            node,
          })
        }
        continue
      }
      case 'html': {
        // Lists and paragraphs kept as raw HTML (a wiki export): their text is prose, each item a block; a heading
        // element outside them is a heading, as it renders.
        const html = htmlOf(node)
        ranges.push(...html.texts)
        for (const block of html.blocks) blocks.push({ kind: block.depth ? 'heading' : 'paragraph', ...block, node })
        continue
      }
      case 'code':
      case 'definition':
      case 'image':
      case 'imageReference':
      case 'thematicBreak':
      case 'break':
        continue
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        if (position?.start.offset !== undefined && position.end.offset !== undefined) {
          const heading = node.type === 'heading' && !quoted && !dividedStatement(source, node)
          const block: Block = {
            kind: node.type === 'tableCell' ? 'cell' : heading ? 'heading' : 'paragraph',
            start: position.start.offset,
            end: position.end.offset,
            listItem,
            ...(list ? { list } : {}),
            ...(heading ? { depth: node.depth } : {}),
            node,
          }
          blocks.push(block)
          if (node.type === 'heading' && quoted) quotedHeadings.push({ block, depth: node.depth })
        }
        break
      }
      default:
        break
    }
    if ('children' in node) {
      const children = node.children as Nodes[]
      // The items of one list share its number; a list item passes it to its first paragraph.
      const id = node.type === 'list' ? lists++ : undefined
      for (let index = children.length - 1; index >= 0; index--) {
        // Only the first paragraph of a list item is the item's own text.
        const child = children[index]
        const own = node.type === 'listItem' && index === 0 && child.type === 'paragraph'
        const itemList =
          id !== undefined && child.type === 'listItem' ? { id, nested: child.children.length > 1 } : undefined
        stack.push({
          node: child,
          listItem: own,
          list: itemList ?? (own ? list : undefined),
          quoted: quoted || node.type === 'blockquote',
        })
      }
    }
  }

  ranges.sort((a, b) => a.start - b.start)
  blocks.sort((a, b) => a.start - b.start)
  const text = blankOutside(source, ranges)
  for (const { block, depth } of quotedHeadings) {
    if (!opens(text.slice(block.start, block.end).replace(/\s+/g, ' ').trim())) continue
    block.kind = 'heading'
    block.depth = depth
  }
  return { text, blocks }
}

/**
 * Whether a heading is a paragraph that a line of dashes right under it turned into a heading: a divider meant under
 * a statement (`XGBoost with 500 trees, depth 6.` then `---`). It reads as a sentence, ending in a full stop after a
 * word, with three words or more; a title underlined the same way (`Model` then `-----`) ends in no full stop.
 */
function dividedStatement(source: string, node: Nodes): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (node.type !== 'heading' || node.depth !== 2 || start === undefined || end === undefined) return false
  const raw = source.slice(start, end)
  const underline = raw.lastIndexOf('\n')
  if (underline < 0 || !/^\s*-+\s*$/.test(raw.slice(underline + 1))) return false
  const text = raw.slice(0, underline).trim()
  return /[\p{L}\p{N})%]\.$/u.test(text) && !/\.\.$/.test(text) && text.split(/\s+/).length >= 3
}

/** Sentence boundaries inside one block's text (offsets relative to the file). */
export function splitSentences(text: string, start: number, end: number): Range[] {
  const result: Range[] = []
  const boundary = sentenceBoundary
  boundary.lastIndex = 0
  const slice = text.slice(start, end)
  let from = 0
  let match = boundary.exec(slice)
  while (match) {
    const before = slice.slice(Math.max(0, match.index - 6), match.index).toLowerCase()
    // `e.g.`, `i.e.`, `vs.`, `etc.` and decimal points do not end a sentence, nor the `;` of an HTML entity (`&gt;`).
    const to = match.index + match[0].length
    const continued = continuedEnd.test(before) && continuation.test(slice.slice(to))
    if (!abbreviationEnd.test(before) && !continued && !(match[0] === ';' && entityOpen.test(before))) {
      if (slice.slice(from, to).trim().length > 0) result.push({ start: start + from, end: start + to })
      from = to
    }
    match = boundary.exec(slice)
  }
  if (slice.slice(from).trim().length > 0) result.push({ start: start + from, end })
  return result
}
