/**
 * The one way reader tests turn Markdown into a reading: parsed as the rules
 * see it (GFM and YAML front matter), then `readDesign`.
 */
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { readDesign } from '../src/index.js'

/** The reading of a whole document. */
export function read(value: string, options?: Parameters<typeof readDesign>[2]) {
  const file = new VFile({ value })
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file) as Root
  return readDesign(tree, file, options)
}

/** The reading of a document body under a `# T` title (a fragment with no title of its own). */
export function readUnderTitle(value: string) {
  return read(`# T\n\n${value}\n`)
}

/** The texts of the sentences that answer a requirement in a body under a `# T` title, once each. */
export function evidenceTexts(value: string, id: Parameters<ReturnType<typeof read>['evidence']>[0]): string[] {
  const reading = readUnderTitle(value)
  const sentences = new Set(reading.evidence(id).map((item) => item.sentence))
  return [...sentences].map((sentence) => reading.textOf(reading.sentences[sentence]).trim())
}

/** The texts of the quantities of a kind in a body under a `# T` title, whitespace folded. */
export function quantityTexts(value: string, kind: Parameters<ReturnType<typeof read>['quantities']>[0]): string[] {
  return readUnderTitle(value)
    .quantities(kind)
    .map((item) => item.text.replace(/\s+/g, ' ').trim())
}
