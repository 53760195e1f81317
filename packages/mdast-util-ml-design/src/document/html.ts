/**
 * Raw HTML lists and paragraphs, as exported from a wiki (`<ul><li><b>Data:</b> ...</li></ul>`): their text is
 * prose, each `<li>` and `<p>` its own block, and a bold lead-in of a list item its label. One pass over the tags
 * of a block; offsets are the file's.
 */
import type { Html } from 'mdast'
import type { Range } from './types.js'

/** Elements whose text is one block of prose (`aside`: a callout, as a Notion export writes one). */
const headingNames = [1, 2, 3, 4, 5, 6].map((rank) => `h${rank}`)
const blockElements = new Set(['li', 'p', 'dt', 'dd', 'td', 'th', 'blockquote', 'aside', ...headingNames])
/** Elements whose text is not prose. */
const hiddenElements = new Set(['script', 'style', 'code', 'pre'])
const boldElements = new Set(['b', 'strong'])
const headingElement = /^h[1-6]$/

export interface HtmlBlock extends Range {
  /** The block is a list item's own text (before any list nested in it). */
  listItem: boolean
  /**
   * For a heading element (`<h1>` to `<h6>`) that opens a section: its rank. It stands outside any list item, cell,
   * quote or code, and its closing tag is there; the block then runs from its opening tag to the end of its closing
   * one.
   */
  depth?: number
}

export interface HtmlLabel {
  /** The bold label, without its colon. */
  label: Range
  /** What follows it up to the end of the list item, nested lists included. */
  content: Range
}

export interface HtmlReading {
  /** Text between tags. */
  texts: Range[]
  blocks: HtmlBlock[]
  labels: HtmlLabel[]
}

interface Open {
  name: string
  /** Where its opening tag starts. */
  tagStart: number
  /** A heading element that stands outside every other block and any hidden element. */
  heading: boolean
  /** Where the element's own text starts and, once a nested block opens, ends. */
  start: number
  ownEnd?: number
  /** A bold first child that ends in a colon (or is followed by one): the item's label. */
  label?: Range
  labelEnd?: number
  /** Whether any text came before the first bold child. */
  text: boolean
}

const read = new WeakMap<Html, HtmlReading>()

/** An HTML node's reading, once per node (the prose pass and the statements pass share it). */
export function htmlOf(node: Html): HtmlReading {
  let reading = read.get(node)
  if (!reading) {
    const offset = node.position?.start.offset
    reading = offset === undefined ? { texts: [], blocks: [], labels: [] } : readHtml(node.value, offset)
    read.set(node, reading)
  }
  return reading
}

/** Read an HTML node's value that starts at `offset` in the file. */
export function readHtml(value: string, offset: number): HtmlReading {
  const texts: Range[] = []
  const blocks: HtmlBlock[] = []
  const labels: HtmlLabel[] = []
  const stack: Open[] = []
  let hidden = 0
  let bold: { start: number; owner: Open | undefined } | undefined
  // A tag never spans another `<`, and its name ends where a word does (one way to split `<name attributes>`),
  // so a run of unclosed `<a` stays linear.
  const tag = /<(\/?)([a-zA-Z][\w-]*)(?![\w-])[^<>]*?(\/?)>|<!--[\s\S]*?(?:-->|$)/g
  let cursor = 0
  const innermost = () => {
    for (let index = stack.length - 1; index >= 0; index--)
      if (blockElements.has(stack[index].name)) return stack[index]
    return undefined
  }
  // `closedAt`: where the element's own closing tag ends (none when it was left open).
  const closeBlock = (open: Open, end: number, closedAt?: number) => {
    const ownEnd = open.ownEnd ?? end
    if (value.slice(open.start, ownEnd).trim().length > 0) {
      const block: HtmlBlock = { start: offset + open.start, end: offset + ownEnd, listItem: open.name === 'li' }
      if (open.heading && closedAt !== undefined) {
        block.start = offset + open.tagStart
        block.end = offset + closedAt
        block.depth = Number(open.name[1])
      }
      blocks.push(block)
    }
    if (open.label && open.labelEnd !== undefined) {
      labels.push({ label: open.label, content: { start: offset + open.labelEnd, end: offset + end } })
    }
  }
  for (let match = tag.exec(value); match; match = tag.exec(value)) {
    const text = value.slice(cursor, match.index)
    if (hidden === 0 && text.trim().length > 0) {
      texts.push({ start: offset + cursor, end: offset + match.index })
      const owner = innermost()
      if (owner && !bold) owner.text = true
    }
    cursor = match.index + match[0].length
    if (!match[2]) continue
    const name = match[2].toLowerCase()
    const closing = match[1] === '/'
    if (hiddenElements.has(name)) {
      hidden = Math.max(0, hidden + (closing ? -1 : 1))
      continue
    }
    if (boldElements.has(name)) {
      const owner = innermost()
      if (!closing) bold = { start: cursor, owner }
      else if (bold) {
        // `<b>Label:</b>` or `<b>Label</b>:` as the first text of a list item.
        const inside = value.slice(bold.start, match.index)
        const colonAfter = /^\s*:/.exec(value.slice(cursor))
        const labelText = inside.replace(/:\s*$/, '').trim()
        const item = bold.owner
        if (
          item?.name === 'li' &&
          !item.text &&
          !item.label &&
          (/:\s*$/.test(inside) || colonAfter) &&
          labelText.length > 0 &&
          labelText.split(/\s+/).length <= 6 &&
          !/[<>]/.test(labelText)
        ) {
          const start = bold.start + inside.indexOf(labelText)
          item.label = { start: offset + start, end: offset + start + labelText.length }
          item.labelEnd = colonAfter ? cursor + colonAfter[0].length : cursor
        }
        if (item) item.text = true
        bold = undefined
      }
      continue
    }
    if (!blockElements.has(name) && name !== 'ul' && name !== 'ol' && name !== 'dl' && name !== 'table') continue
    if (!closing && match[3] !== '/') {
      // A nested list or block ends the own text of the block it opens in.
      const owner = innermost()
      if (owner && owner.ownEnd === undefined) owner.ownEnd = match.index
      const heading = headingElement.test(name) && stack.length === 0 && hidden === 0
      if (blockElements.has(name)) stack.push({ name, start: cursor, tagStart: match.index, heading, text: false })
      continue
    }
    if (closing && blockElements.has(name)) {
      // Close up to the matching element (HTML lets `</li>` close what was left open).
      for (let index = stack.length - 1; index >= 0; index--) {
        if (stack[index].name !== name) continue
        while (stack.length > index) {
          const open = stack.pop() as Open
          closeBlock(open, match.index, stack.length === index ? cursor : undefined)
        }
        break
      }
    }
  }
  if (hidden === 0 && value.slice(cursor).trim().length > 0 && !value.slice(cursor).includes('<')) {
    texts.push({ start: offset + cursor, end: offset + value.length })
  }
  while (stack.length > 0) closeBlock(stack.pop() as Open, value.length)
  blocks.sort((a, b) => a.start - b.start)
  return { texts, blocks, labels }
}
