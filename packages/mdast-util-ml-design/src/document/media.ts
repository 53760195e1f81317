/** Content that is not prose: code blocks, images, HTML (not comments), math, and links (a pointer is content). */
import type { Html, Nodes, Root } from 'mdast'
import type { Compiled } from '../match/compile.js'
import { htmlOf } from './html.js'
import type { Range } from './types.js'

/** HTML elements whose text the reader reads as prose (`html.ts`): they show nothing but that text. */
const textElements = new Set(['p', 'span', 'ul', 'ol', 'dl', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * Whether an HTML node shows something besides prose: an element such as an image or a table, or a text element
 * with no text in it. A list whose items are read as prose (`<ul><li>TBD</li></ul>`) is judged by its text.
 */
function showsHtml(compiled: Compiled, node: Html): boolean {
  if (!compiled.patterns.mediaElement.test(node.value)) return false
  for (const match of node.value.matchAll(/<([a-z][a-z0-9]*)\b/gi)) {
    const name = match[1].toLowerCase()
    if (!textElements.has(name) && compiled.patterns.mediaElement.test(match[0])) return true
  }
  const start = node.position?.start.offset ?? 0
  return !htmlOf(node).texts.some((text) => node.value.slice(text.start - start, text.end - start).trim().length > 0)
}

/** The ranges of non-prose content in a tree, sorted by start. */
export function readMedia(compiled: Compiled, tree: Root): Range[] {
  const media: Range[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    const shows =
      node.type === 'code' ||
      node.type === 'image' ||
      node.type === 'imageReference' ||
      node.type === 'link' ||
      node.type === 'linkReference' ||
      (node.type === 'html' && showsHtml(compiled, node)) ||
      (node as { type: string }).type === 'math'
    if (shows && start !== undefined && end !== undefined) media.push({ start, end })
    else if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return media.sort((a, b) => a.start - b.start)
}
