/**
 * Split a design document into units: what a reviewer reads as one
 * statement (a sentence of a paragraph, a list item's own text, a table
 * row, a front-matter entry, an HTML `<li>`, a heading). Independent of the
 * reader package on purpose: the labels must not follow its internals.
 */
import { createHash } from 'node:crypto'
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, Table } from 'mdast'
import { toString as mdToString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'

export const unitKinds = ['sentence', 'item', 'row', 'front-matter', 'html-item', 'heading'] as const
export type UnitKind = (typeof unitKinds)[number]

export interface Unit {
  /** Path of the document relative to the repository. */
  doc: string
  /** `L<line>:<column>-<hash>`: the start and an 8-hex hash of the normalised text. */
  id: string
  line: number
  column: number
  text: string
  /** Heading texts from the top of the document to the unit's section. */
  path: string[]
  /** List nesting depth: 0 outside lists, 1 for a top-level item. */
  depth: number
  /** A leading bold or colon label (`Data`, `Input`), if any. */
  label?: string
  /** The text of the parent list item (truncated), for nested items. */
  parent?: string
  kind: UnitKind
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/** Collapse whitespace: the text a unit is identified by. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The 8-hex hash of a unit's normalised, lower-cased text. */
export function textHash(text: string): string {
  return createHash('sha256').update(normalise(text).toLowerCase()).digest('hex').slice(0, 8)
}

/** The hash part of a unit id (`L3:1-0a1b2c3d` → `0a1b2c3d`). */
export function idHash(id: string): string {
  return id.slice(id.lastIndexOf('-') + 1)
}

function truncate(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/** A leading label: `**Data.** …`, `Input: …` (at most five words before the colon). */
function leadLabel(first: Nodes | undefined, text: string): string | undefined {
  if (first?.type === 'strong') {
    const label = normalise(mdToString(first)).replace(/[.:\s]+$/, '')
    if (label && label.length < text.length) return label
  }
  const colon = /^([^:.!?]{1,60}?):\s+\S/.exec(text)
  if (colon && colon[1].trim().split(/\s+/).length <= 5 && !/^https?$/i.test(colon[1])) {
    return colon[1].replace(/\*+/g, '').trim()
  }
  return undefined
}

const abbreviation = /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|no|fig|eq|resp|Dr|Mr|Ms|Inc|Ltd|al)|\b[A-Za-z])\.$/i

/**
 * Sentence starts of a text: after `.`, `!` or `?` (and closing quotes or
 * brackets) followed by whitespace and a capital, digit, quote, bracket or
 * markup. A `;` never splits: a clause keeps its subject.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0]
  const end = /[.!?]["'”’)\]]*\s+(?=[A-Z0-9"“'‘(*`[])/g
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const before = text.slice(0, match.index + 1)
    if (text[match.index] === '.' && abbreviation.test(before)) continue
    // A list-like number (`3.`) starts its sentence, it does not end one.
    if (/^\d+\.$/.test(text.slice(starts[starts.length - 1], match.index + 1).trim())) continue
    starts.push(match.index + match[0].length)
  }
  return starts
}

interface Context {
  doc: string
  source: string
  lineStarts: number[]
  units: Unit[]
  path: string[]
}

function position(context: Context, offset: number): { line: number; column: number } {
  let low = 0
  let high = context.lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (context.lineStarts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - context.lineStarts[low] + 1 }
}

function add(
  context: Context,
  offset: number,
  raw: string,
  kind: UnitKind,
  extra: { depth?: number; label?: string; parent?: string } = {},
): void {
  const text = normalise(raw)
  if (!/[\p{L}\p{N}]/u.test(text)) return
  const { line, column } = position(context, offset)
  const unit: Unit = {
    doc: context.doc,
    id: `L${line}:${column}-${textHash(text)}`,
    line,
    column,
    text,
    path: [...context.path],
    depth: extra.depth ?? 0,
    kind,
  }
  if (extra.label) unit.label = extra.label
  if (extra.parent) unit.parent = extra.parent
  context.units.push(unit)
}

/** The text of phrasing content with, for each piece, its source offset. */
function pieces(nodes: PhrasingContent[], out: Array<{ text: string; offset: number }> = []) {
  for (const node of nodes) {
    if ('children' in node) pieces(node.children, out)
    else if (node.type === 'text' || node.type === 'inlineCode') {
      const shift = node.type === 'inlineCode' ? 1 : 0
      out.push({ text: node.value, offset: (node.position?.start.offset ?? 0) + shift })
    } else if (node.type === 'break') out.push({ text: ' ', offset: node.position?.start.offset ?? 0 })
  }
  return out
}

function paragraph(context: Context, node: Paragraph): void {
  const parts = pieces(node.children)
  const text = parts.map((part) => part.text).join('')
  const label = leadLabel(node.children[0], normalise(text))
  const starts = sentenceStarts(text)
  starts.forEach((start, index) => {
    let at = 0
    let offset = node.position?.start.offset ?? 0
    for (const part of parts) {
      if (start < at + part.text.length) {
        offset = part.offset + (start - at)
        break
      }
      at += part.text.length
    }
    const sentence = text.slice(start, starts[index + 1] ?? text.length)
    add(context, offset, sentence, 'sentence', index === 0 && label ? { label } : {})
  })
}

function list(context: Context, node: List, depth: number, parent?: string): void {
  for (const item of node.children as ListItem[]) {
    const own = item.children.filter((child) => child.type !== 'list' && child.type !== 'code')
    const text = normalise(own.map((child) => mdToString(child)).join(' '))
    const first = own[0]
    const label = first?.type === 'paragraph' ? leadLabel(first.children[0], text) : undefined
    const offset = own[0]?.position?.start.offset ?? item.position?.start.offset ?? 0
    add(context, offset, text, 'item', { depth, label, parent })
    for (const child of item.children) {
      if (child.type === 'list') list(context, child, depth + 1, truncate(text))
      else if (child.type === 'html') html(context, child.value, child.position?.start.offset ?? 0)
    }
  }
}

function table(context: Context, node: Table): void {
  const [head, ...rows] = node.children
  const headers = head.children.map((cell) => normalise(mdToString(cell)))
  for (const row of rows) {
    const cells = row.children.map((cell, index) => {
      const value = normalise(mdToString(cell))
      if (!value) return ''
      return headers[index] ? `${headers[index]}: ${value}` : value
    })
    add(context, row.position?.start.offset ?? 0, cells.filter(Boolean).join('; '), 'row')
  }
}

function html(context: Context, value: string, offset: number): void {
  const item = /<li\b[^>]*>([\s\S]*?)(?=<\/li>|<li\b|<\/[ou]l>|$)/gi
  for (let match = item.exec(value); match; match = item.exec(value)) {
    const inner = match[1]
    const bold = /^\s*<(b|strong)>([\s\S]*?)<\/\1>/i.exec(inner)
    const text = normalise(
      inner
        .replace(/<[^>]*>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    )
    const label = bold ? normalise(bold[2]).replace(/[.:\s]+$/, '') : leadLabel(undefined, text)
    add(context, offset + match.index, text, 'html-item', label ? { label } : {})
  }
}

function frontMatter(context: Context, value: string, offset: number): void {
  const lines = value.split('\n')
  let data: unknown
  try {
    data = parseYaml(value)
  } catch {
    // Hand-written front matter is often not valid YAML (`key: still open: …`):
    // read each top-level `key: value` line, with indented lines as continuation.
    data = looseFrontMatter(lines)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return
  for (const [key, entry] of Object.entries(data)) {
    const line = lines.findIndex((text) => text.startsWith(`${key}:`) || text.startsWith(`"${key}":`))
    const shown = typeof entry === 'object' && entry !== null ? flatten(entry) : String(entry)
    const start = offset + 4 + lines.slice(0, Math.max(line, 0)).reduce((sum, text) => sum + text.length + 1, 0)
    add(context, start, `${key}: ${shown}`, 'front-matter', { label: key })
  }
}

function looseFrontMatter(lines: string[]): Record<string, string> {
  const data: Record<string, string> = {}
  let last: string | undefined
  for (const line of lines) {
    const entry = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line)
    if (entry) {
      last = entry[1]
      data[last] = entry[2]
    } else if (last && /^\s+\S/.test(line)) data[last] += ` ${line.trim()}`
  }
  return data
}

function flatten(value: object): string {
  if (Array.isArray(value))
    return value.map((entry) => (typeof entry === 'object' ? flatten(entry) : String(entry))).join(', ')
  return Object.entries(value)
    .map(([key, entry]) => `${key}: ${typeof entry === 'object' && entry !== null ? flatten(entry) : String(entry)}`)
    .join('; ')
}

/** A paragraph that is only bold text opens a section, like a heading. */
function pseudoHeading(node: Paragraph): boolean {
  return node.children.length === 1 && node.children[0].type === 'strong'
}

function blocks(context: Context, nodes: Nodes[], headings: Array<{ depth: number; text: string }>): void {
  for (const node of nodes) {
    if (node.type === 'heading' || (node.type === 'paragraph' && pseudoHeading(node))) {
      const depth = node.type === 'heading' ? (node as Heading).depth : 7
      const text = normalise(mdToString(node))
      while (headings.length > 0 && headings[headings.length - 1].depth >= depth) headings.pop()
      context.path = headings.map((heading) => heading.text)
      add(context, node.position?.start.offset ?? 0, text, 'heading')
      headings.push({ depth, text })
      context.path = headings.map((heading) => heading.text)
    } else if (node.type === 'paragraph') paragraph(context, node)
    else if (node.type === 'list') list(context, node, 1)
    else if (node.type === 'table') table(context, node)
    else if (node.type === 'html') html(context, node.value, node.position?.start.offset ?? 0)
    else if (node.type === 'yaml') frontMatter(context, node.value, node.position?.start.offset ?? 0)
    else if (node.type === 'blockquote') blocks(context, node.children, headings)
  }
}

/** The units of a document, in document order. */
export function extractUnits(doc: string, source: string): Unit[] {
  const tree = parser.parse(source) as Root
  const lineStarts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1))
    lineStarts.push(index + 1)
  const context: Context = { doc, source, lineStarts, units: [], path: [] }
  blocks(context, tree.children, [])
  return context.units
}
