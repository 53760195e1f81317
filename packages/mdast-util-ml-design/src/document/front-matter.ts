/**
 * The front-matter pass: YAML keys the vocabulary knows become statements,
 * and their values sentences (one per value or item). Broken YAML is read
 * line by line, and its error kept for the preset to report.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { classify } from './classify.js'
import type { Labels } from './statements.js'
import type { FrontMatter, Range, Sentence, Statement } from './types.js'

export class FrontMatterReader {
  readonly frontMatter: FrontMatter = {}
  /** The values, as sentences (numbered later, with the others). */
  readonly sentences: Sentence[] = []

  constructor(
    readonly labels: Labels,
    readonly source: string,
    readonly statements: Statement[],
  ) {}

  read(value: string, nodeStart: number) {
    // The YAML text starts after the opening `---` line.
    const lineBreak = this.source.indexOf('\n', nodeStart)
    const base = lineBreak === -1 ? nodeStart : lineBreak + 1
    let document: ReturnType<typeof parseDocument>
    try {
      // Aliases are not expanded beyond a small budget, so alias bombs stay cheap.
      document = parseDocument(value, { uniqueKeys: false, prettyErrors: false })
    } catch (error) {
      this.frontMatter.error = { reason: String((error as Error).message ?? error), offset: nodeStart }
      return
    }
    if (document.errors.length > 0) {
      const first = document.errors[0]
      this.frontMatter.error = { reason: first.message.split('\n')[0], offset: base + (first.pos?.[0] ?? 0) }
      // The error is reported (by the preset), but what people meant is plain: read it line by line.
      this.#readLoose(value, base)
      return
    }
    try {
      this.frontMatter.value = document.toJS({ maxAliasCount: 100 })
    } catch (error) {
      this.frontMatter.error = { reason: String((error as Error).message ?? error), offset: nodeStart }
      return
    }
    const readMap = (node: unknown, prefix: string) => {
      if (!isMap(node)) return
      for (const pair of node.items) {
        const key = pair.key
        if (!isScalar(key) || !key.range) continue
        const name = String(key.value).replace(/[_-]+/g, ' ')
        const label = prefix ? `${name} ${prefix}` : name
        const valueNode = pair.value
        if (isMap(valueNode)) {
          readMap(valueNode, name)
          continue
        }
        const valueRange = (valueNode as { range?: [number, number, number] } | null)?.range
        if (!valueRange) continue
        const items = (isSeq(valueNode) ? valueNode.items : [valueNode]).flatMap((item) => {
          const itemRange = (item as { range?: [number, number, number] } | null)?.range
          return itemRange ? [{ start: base + itemRange[0], end: base + itemRange[1] }] : []
        })
        this.#entry(
          label,
          { start: base + key.range[0], end: base + key.range[1] },
          { start: base + valueRange[0], end: base + valueRange[1] },
          items,
        )
      }
    }
    readMap(document.contents, '')
  }

  /**
   * Front matter that is not valid YAML (`ml_category: still open: clustering or ...`):
   * each top-level `key: value` line, with its indented continuation lines or `- item`s.
   */
  #readLoose(value: string, base: number) {
    const lines: Array<{ start: number; text: string }> = []
    let offset = 0
    for (const text of value.split('\n')) {
      lines.push({ start: offset, text })
      offset += text.length + 1
    }
    for (let index = 0; index < lines.length; index++) {
      const match = /^([\p{L}](?:[\p{L}\p{N}_ -]*[\p{L}\p{N}_-])?)[^\S\n]*:(?=\s|$)/u.exec(lines[index].text)
      if (!match) continue
      const keyStart = base + lines[index].start
      const items: Range[] = []
      const first = lines[index].text.slice(match[0].length)
      const firstStart = keyStart + match[0].length + (first.length - first.trimStart().length)
      if (first.trim()) items.push({ start: firstStart, end: firstStart + first.trim().length })
      while (index + 1 < lines.length && /^\s+\S/.test(lines[index + 1].text)) {
        index++
        const line = lines[index]
        const item = /^\s+(?:-\s+)?/.exec(line.text)?.[0] ?? ''
        const start = base + line.start + item.length
        const end = base + line.start + line.text.trimEnd().length
        if (end > start) items.push({ start, end })
      }
      if (items.length === 0) continue
      const label = match[1].replace(/[_-]+/g, ' ').trim()
      this.#entry(
        label,
        { start: keyStart, end: keyStart + match[1].length },
        { start: items[0].start, end: items[items.length - 1].end },
        items,
      )
    }
  }

  /** A front-matter key whose name the vocabulary knows: a statement, and one sentence per value (or item). */
  #entry(label: string, labelRange: Range, range: Range, items: Range[]) {
    const targets = this.labels.targets(label, -1)
    if (targets.parts.length === 0 && targets.stages.length === 0 && !targets.kind) return
    this.statements.push({ source: 'front-matter', label, labelRange, ...targets, ...range })
    const { compiled, prose } = this.labels
    for (const sentenceRange of items) {
      const raw = prose.slice(sentenceRange.start, sentenceRange.end).replace(/\s+/g, ' ').trim()
      const undecided = compiled.terms.undecidedTerms.test(raw)
      const kind = classify(compiled, { listItem: false, undecided }, raw.replace(/^["']|["']$/g, ''))
      this.sentences.push({
        ...sentenceRange,
        index: -1,
        block: -1,
        section: -1,
        heading: false,
        listItem: false,
        frontMatter: true,
        prompt: kind === 'prompt',
        placeholder: kind === 'placeholder',
        undecided,
      })
    }
  }
}
