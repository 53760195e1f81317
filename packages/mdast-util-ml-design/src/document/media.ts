/** Content that is not prose: code blocks, images, HTML (not comments), math, and links (a pointer is content). */
import type { Nodes, Root } from 'mdast'
import type { Compiled } from '../match/compile.js'
import type { Range } from './types.js'

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
      (node.type === 'html' && compiled.patterns.mediaElement.test(node.value)) ||
      (node as { type: string }).type === 'math'
    if (shows && start !== undefined && end !== undefined) media.push({ start, end })
    else if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return media.sort((a, b) => a.start - b.start)
}
