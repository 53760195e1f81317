/**
 * Labels written without a colon, read from one paragraph: a list item's bold label closed by a full stop or a line
 * break, a short bare title over the list nested under it, and the titles of a step that a line break closes one
 * after another (`1. **Deployment** <br>` its text `<br>` `**Monitoring** <br>` its text).
 */
import type { Nodes, Paragraph } from 'mdast'
import type { Range } from './types.js'

/** A label and where its content starts; `end`, when set, is where the next title of the same item starts. */
export interface ListLabel {
  label: Range
  start: number
  end?: number
}

const lineBreak = (node: Nodes | undefined) =>
  node?.type === 'break' || (node?.type === 'html' && /^<br\s*\/?>$/i.test(node.value))

/** The child after `index` that is not blank text. */
const nextChild = (paragraph: Paragraph, index: number) =>
  paragraph.children.slice(index + 1).find((child) => child.type !== 'text' || child.value.trim().length > 0)

/**
 * A short bare title whose content is the list after it (`* Online` then the metrics in a list item; `4.1 Online
 * metric` then its list, a paragraph of its own): at most four words and no punctuation once a numbering before it
 * (`4.1 `, `2) `) is left out.
 */
export function bareLabel(prose: string, paragraph: Paragraph, next: Nodes | undefined): ListLabel | undefined {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined || next?.type !== 'list') return undefined
  const whole = prose.slice(start, end).trim()
  const text = whole.replace(/^\d{1,3}(?:\.\d{1,3}){0,3}[.)]?\s+/, '')
  if (text.length === 0 || /[.!?:;,]/.test(text) || text.split(/\s+/).length > 4) return undefined
  const labelStart = start + prose.slice(start, end).indexOf(whole) + whole.length - text.length
  return { label: { start: labelStart, end: labelStart + text.length }, start: end }
}

/**
 * A list item's labels without a colon: a bold label closed by a full stop (`- **Data.** Two years of ...`) or by a
 * line break (`1. **Deployment** <br>` then the text, and each later bold title between breaks in the same
 * paragraph, which ends the one before it), a bold title that is the whole paragraph over a nested list (`-
 * **Serving layer**`), or a short bare title over one (`* Online` then the metrics).
 */
export function itemLabels(prose: string, paragraph: Paragraph, next: Nodes | undefined): ListLabel[] {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return []
  const first = paragraph.children[0]
  const boldEnd = first?.type === 'strong' ? first.position?.end.offset : undefined
  if (boldEnd === undefined) {
    const bare = bareLabel(prose, paragraph, next)
    return bare ? [bare] : []
  }
  const inside = prose.slice(start, boldEnd).trim()
  const after = prose.slice(boldEnd, end).trimStart()
  const broken = lineBreak(nextChild(paragraph, 0))
  const closed = /\.$/.test(inside) || after.startsWith('.') || broken
  const labelText = inside.replace(/\.$/, '').trim()
  if (!closed && after.length === 0 && paragraph.children.length === 1) {
    const bare = bareLabel(prose, paragraph, next)
    return bare ? [bare] : []
  }
  if (!closed || labelText.length === 0 || labelText.split(/\s+/).length > 6) return []
  const labelStart = start + prose.slice(start, boldEnd).indexOf(labelText)
  const contentStart = after.startsWith('.') ? prose.indexOf('.', boldEnd) + 1 : boldEnd
  const found: ListLabel[] = [{ label: { start: labelStart, end: labelStart + labelText.length }, start: contentStart }]
  if (!broken) return found
  // Later titles of the same step: a bold child with a line break before it and after it.
  paragraph.children.forEach((child, index) => {
    if (index === 0 || child.type !== 'strong' || child.position?.start.offset === undefined) return
    const before = paragraph.children
      .slice(0, index)
      .reverse()
      .find((node) => node.type !== 'text' || node.value.trim().length > 0)
    if (!lineBreak(before) || !lineBreak(nextChild(paragraph, index))) return
    const titleStart = child.position.start.offset
    const titleEnd = child.position.end.offset ?? titleStart
    const text = prose.slice(titleStart, titleEnd).trim()
    if (text.length === 0 || text.split(/\s+/).length > 6) return
    const at = titleStart + prose.slice(titleStart, titleEnd).indexOf(text)
    found[found.length - 1].end = at
    found.push({ label: { start: at, end: at + text.length }, start: titleEnd })
  })
  return found
}
