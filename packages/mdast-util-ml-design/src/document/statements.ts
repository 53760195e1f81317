/**
 * The statements pass: labelled statements whose label names a stage or a
 * part: lead-ins (`**Input:** ...`, `Online metrics: ...`), list items,
 * table rows and columns. Front-matter keys are read by `front-matter.ts`.
 * It reads the caller's tree and never writes to it.
 */
import type { Nodes, Paragraph, Root, Table } from 'mdast'
import type { Compiled } from '../match/compile.js'
import { normalizeTitle, titleCandidates } from '../match/normalize.js'
import type { MetricKind } from '../vocabulary/metrics.js'
import { topicOpener } from '../vocabulary/prose.js'
import {
  featureIntroModelWords,
  featureIntroWords,
  type Part,
  parts as partStages,
  riskHeadingWords,
  type Stage,
  stages,
} from '../vocabulary/stages.js'
import { headingTargets, labelNamesBusiness, modelOrderCandidates, qualifiedNounCandidates } from './headings.js'
import { htmlOf } from './html.js'
import { bareLabel, itemLabels } from './list-labels.js'
import { lastAtOrBefore } from './ranges.js'
import type { Range, Section, Statement } from './types.js'

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char)
}

/**
 * A paragraph's lead-in: `^(\s*)([^\n:.!?]{1,60}?)\s*(?::|\s[-–—]\s)` by hand (the expression backtracks
 * quadratically on long white space): the white space before the label, the label (at most 60 characters, the
 * shortest) and where the colon or spaced dash after it ends.
 */
function leadInAt(text: string): { indent: number; label: string; end: number } | undefined {
  let indent = 0
  while (isSpace(text[indent])) indent++
  // After a label ending at `labelEnd` and white space up to `spaceEnd`: a colon, or a dash with white space around.
  const close = (labelEnd: number, spaceEnd: number): number | undefined => {
    if (text[spaceEnd] === ':') return spaceEnd + 1
    const dash = text[spaceEnd] === '-' || text[spaceEnd] === '–' || text[spaceEnd] === '—'
    return spaceEnd > labelEnd && dash && isSpace(text[spaceEnd + 1]) ? spaceEnd + 2 : undefined
  }
  let spaceEnd = indent
  for (let end = indent + 1; end <= indent + 60 && end <= text.length && !'\n:.!?'.includes(text[end - 1]); end++) {
    if (spaceEnd < end) {
      spaceEnd = end
      while (isSpace(text[spaceEnd])) spaceEnd++
    }
    const matchEnd = close(end, spaceEnd)
    if (matchEnd !== undefined) return { indent, label: text.slice(indent, end), end: matchEnd }
  }
  // Else the label is the last white space character before the text (not a line break) and the colon or dash
  // starts the text: the only labels the expression finds by giving back leading white space.
  for (let start = indent - 1; start >= 0; start--) {
    if (text[start] === '\n') continue
    const matchEnd = close(start + 1, indent)
    if (matchEnd !== undefined) return { indent: start, label: text[start], end: matchEnd }
  }
  return undefined
}

export type LabelTargets = { parts: Part[]; stages: Stage[]; kind?: MetricKind }

/**
 * What a label names in a context, per compiled vocabulary and per process: labels (`Input`, `Online metrics`) and
 * their contexts repeat within a document and across documents. Bounded, so that an editor session does not grow it
 * for ever.
 */
const labelMemo = new WeakMap<Compiled, Map<string, LabelTargets>>()
const labelMemoLimit = 20_000

/** Titles of a section of risks, where an order on the model (`Deploy the model:`) is what could go wrong. */
const riskWords = new Set(riskHeadingWords)
const riskTitle = (normalized: string) => normalized.split(' ').some((word) => riskWords.has(word))

/** Reads labels in the context of the sections already read. */
export class Labels {
  constructor(
    readonly compiled: Compiled,
    readonly prose: string,
    readonly sections: Section[],
  ) {}

  /**
   * What a label names; read in the context of its section (`Data:` under requirements is data availability) and of
   * the label of the list item it stands in (`- Requirements` > `- Data: ...`).
   */
  targets(label: string, offset: number, context: Stage[] = []): LabelTargets {
    const section = offset >= 0 ? lastAtOrBefore(this.sections, offset) : -1
    const sectionStages = section >= 0 ? this.sections[section].inStages : []
    const ancestors = context.length > 0 ? [...context, ...sectionStages] : sectionStages
    let memo = labelMemo.get(this.compiled)
    if (!memo) {
      memo = new Map()
      labelMemo.set(this.compiled, memo)
    }
    // An order on the model names its step only where a plan stands, not among risks or what will not be done.
    const orders = section < 0 || !(this.sections[section].aside || riskTitle(this.sections[section].normalized))
    const key = `${orders ? '' : '!'}${ancestors.join(',')}\n${label}`
    let found = memo.get(key)
    if (!found) {
      found = this.#read(label, ancestors, orders)
      if (memo.size >= labelMemoLimit) memo.clear()
      memo.set(key, found)
    }
    // Fresh lists: each statement owns its own.
    return { parts: [...found.parts], stages: [...found.stages], kind: found.kind }
  }

  #read(label: string, ancestors: Stage[], orders: boolean): LabelTargets {
    const folded = normalizeTitle(label)
    let targets = headingTargets(this.compiled, titleCandidates(label), ancestors)
    // A qualified stage noun (`Candidates for the ranker`, `Model performance monitoring`) names the noun's stage,
    // unless the noun names something of the business (`Monitoring of competitors:`).
    if (targets.length === 0 && !labelNamesBusiness(label))
      targets = headingTargets(this.compiled, qualifiedNounCandidates(label), ancestors)
    // An order on the model (`Deploy the model:`) names its step, as a plan's item does.
    if (targets.length === 0 && orders) targets = headingTargets(this.compiled, modelOrderCandidates(label), ancestors)
    const partSet = new Set<Part>()
    const stageSet = new Set<Stage>()
    for (const target of targets) {
      if (target.part) {
        partSet.add(target.part)
        for (const stage of partStages[target.part]) stageSet.add(stage)
      }
      if (target.stage) stageSet.add(target.stage)
    }
    let kind: MetricKind | undefined = this.compiled.metricKindLabels[folded]
    if (partSet.has('online-metrics')) kind = 'online'
    if (partSet.has('offline-metrics')) kind = kind === 'online' ? undefined : 'offline'
    return { parts: [...partSet], stages: stages.filter((stage) => stageSet.has(stage)), kind }
  }
}

/**
 * Every labelled statement in a tree, into `statements`, sorted by start (longest first). Front matter is handed to
 * `readFrontMatter` where it stands, which adds its statements to the same list.
 */
export function readStatements(
  labels: Labels,
  source: string,
  tree: Root,
  statements: Statement[],
  readFrontMatter: (value: string, offset: number) => void,
) {
  const { prose } = labels
  const textOf = (range: Range) => prose.slice(range.start, range.end).replace(/\s+/g, ' ').trim()

  const add = (
    source: Statement['source'],
    labelRange: Range,
    range: Range,
    context: Stage[] = [],
  ): Statement | undefined => {
    const label = textOf(labelRange)
    if (label.length === 0) return undefined
    const targets = labels.targets(label, labelRange.start, context)
    if (targets.parts.length === 0 && targets.stages.length === 0 && !targets.kind) return undefined
    const statement: Statement = { source, label, labelRange, ...targets, ...range }
    statements.push(statement)
    return statement
  }

  /**
   * A list's lead-in sentence that names one metric kind files the list under it: "Our online metrics are more
   * business focused:" then the metrics. One sentence of at most twelve words closed by a colon, rejecting nothing
   * and not only passing by the kind it names ("These are not business metrics:", "Before moving to online metrics,
   * we check:"), and whose every word of a kind names the same kind: "offline and online metrics" names both, as
   * does "online metrics" beside `offline` or `model`.
   */
  const kindIntro = (start: number, end: number, next: Nodes | undefined): Statement | undefined => {
    const listEnd = next?.type === 'list' ? next.position?.end.offset : undefined
    const text = prose.slice(start, end).trimEnd()
    if (listEnd !== undefined && text.endsWith(':') && /[.!?;]\s/.test(text)) return featureIntro(start, end, listEnd)
    if (listEnd === undefined || !text.endsWith(':') || /[.!?;]\s/.test(text) || text.split(/\s+/).length > 12)
      return undefined
    const { metricKindPhrase, metricKindWord, listIntroRejecting } = labels.compiled.patterns
    if (listIntroRejecting.test(text)) return undefined
    const found = [...text.matchAll(metricKindPhrase)]
    const kindLabels = Object.entries(labels.compiled.metricKindLabels)
    const kinds = new Set(
      [...text.matchAll(metricKindWord)].flatMap((word) =>
        kindLabels.filter(([label]) => label.split(' ')[0] === word[0].toLowerCase()).map(([, kind]) => kind),
      ),
    )
    if (found.length === 0 || kinds.size !== 1) return featureIntro(start, end, listEnd)
    const kind = [...kinds][0]
    if (!kind) return undefined
    const labelStart = start + (found[0].index ?? 0)
    const statement: Statement = {
      source: 'lead-in',
      label: found[0][0],
      labelRange: { start: labelStart, end: labelStart + found[0][0].length },
      parts: [kind === 'online' ? 'online-metrics' : 'offline-metrics'],
      stages: ['framing', 'evaluation'],
      kind,
      start: end,
      end: listEnd,
    }
    statements.push(statement)
    return statement
  }

  /**
   * A list's lead-in sentence that names the features or the model's input files the list as the feature list: "The
   * model uses these features:", "A fine-tuned classifier. Inputs to the model:". The paragraph's last sentence, of at
   * most twelve words, closed by a colon and rejecting nothing.
   */
  const featureIntro = (start: number, end: number, listEnd: number): Statement | undefined => {
    const text = prose.slice(start, end).trimEnd()
    const breaks = [...text.matchAll(/[.!?;]\s+/g)]
    const last = breaks.length > 0 ? (breaks[breaks.length - 1].index ?? 0) + breaks[breaks.length - 1][0].length : 0
    const sentence = text.slice(last)
    if (sentence.split(/\s+/).length > 12 || labels.compiled.patterns.listIntroRejecting.test(sentence))
      return undefined
    const words = normalizeTitle(sentence).split(' ')
    const model = featureIntroModelWords.some((word) => words.includes(word))
    if (!model || !featureIntroWords.some((word) => words.includes(word))) return undefined
    const labelStart = start + last
    const statement: Statement = {
      source: 'lead-in',
      label: sentence.slice(0, -1),
      labelRange: { start: labelStart, end: labelStart + sentence.length - 1 },
      parts: ['feature-engineering'],
      stages: [...partStages['feature-engineering']],
      start: end,
      end: listEnd,
    }
    statements.push(statement)
    return statement
  }

  /** A short label that names a metric kind only to pass it by or reject it: `Along with online metrics, we report:`. */
  const passesKindBy = (label: string) =>
    label.search(labels.compiled.patterns.metricKindPhrase) >= 0 &&
    labels.compiled.patterns.listIntroRejecting.test(label)

  /** `Online metrics: CTR. Offline metrics: AUC.`: plain labels after a sentence end, each up to the next. */
  const innerLeadIns = (start: number, end: number): number | undefined => {
    const text = prose.slice(start, end)
    const inner = /[.;!?]\s+(\p{Lu}(?:[^\n:.!?;]{0,39}[^\n:.!?;\s])?)\s*:(?=\s)/gu
    const found: Range[] = []
    for (let match = inner.exec(text); match; match = inner.exec(text)) {
      if (match[1].trim().split(/\s+/).length > 4) continue
      const labelStart = start + match.index + match[0].indexOf(match[1])
      found.push({ start: labelStart, end: labelStart + match[1].trimEnd().length })
    }
    // Terse notes put one `key: value` per line of a paragraph, in any case: `in: signup ip ...` then `out: prob 0-1`.
    // (The prose folds soft line breaks to spaces; the source keeps them, at the same offsets.)
    const lines = source.slice(start, end)
    const lineStart = /\n[^\S\n]*([\p{L}](?:[^\n:.!?;]{0,39}[^\n:.!?;\s])?)[^\S\n]*:(?=\s)/gu
    for (let match = lineStart.exec(lines); match; match = lineStart.exec(lines)) {
      if (match[1].trim().split(/\s+/).length > 4) continue
      const labelStart = start + match.index + match[0].indexOf(match[1])
      if (found.some((label) => label.start === labelStart)) continue
      found.push({ start: labelStart, end: labelStart + match[1].trimEnd().length })
    }
    found.sort((a, b) => a.start - b.start)
    let first: number | undefined
    found.forEach((label, index) => {
      const next = found[index + 1]
      const contentStart = prose.indexOf(':', label.end) + 1
      const before = statements.length
      add('lead-in', label, { start: contentStart, end: next ? next.start : end })
      if (first === undefined && statements.length > before) first = label.start
    })
    return first
  }

  /** `... **Scale:** 600k a day. **Latency:** ...`: bold labels inside a paragraph, each up to the next. */
  const boldLabels = (paragraph: Paragraph) => {
    const end = paragraph.position?.end.offset
    if (end === undefined) return
    const found: Array<{ label: Range; start: number }> = []
    paragraph.children.forEach((child, index) => {
      if (index === 0 || child.type !== 'strong') return
      const from = child.position?.start.offset
      const to = child.position?.end.offset
      if (from === undefined || to === undefined) return
      const inside = prose.slice(from, to).trim()
      const after = prose.slice(to, to + 2).trimStart()
      if (/:$/.test(inside) || after.startsWith(':')) {
        const labelText = inside.replace(/:$/, '')
        if (labelText.split(/\s+/).length <= 6) {
          found.push({
            label: { start: from, end: from + prose.slice(from, to).indexOf(labelText) + labelText.length },
            start: to,
          })
        }
      }
    })
    found.forEach((item, index) => {
      const next = found[index + 1]
      add('lead-in', item.label, { start: item.start, end: next ? next.label.start : end })
    })
  }

  const table = (node: Table) => {
    const [head, ...rows] = node.children
    if (!head) return
    const cellRange = (cell: Nodes): Range | undefined =>
      cell.position?.start.offset !== undefined && cell.position.end.offset !== undefined
        ? { start: cell.position.start.offset, end: cell.position.end.offset }
        : undefined
    const headers = head.children.map(cellRange)
    // Columns whose header names a part: each cell is a statement.
    headers.forEach((header, column) => {
      if (!header) return
      for (const row of rows) {
        const cell = row.children[column]
        const range = cell ? cellRange(cell) : undefined
        if (range) add('table-column', header, range)
      }
    })
    // Rows whose first cell names a part: the rest of the row is a statement.
    for (const row of rows) {
      const first = row.children[0] ? cellRange(row.children[0]) : undefined
      const last = row.children[row.children.length - 1]
      const lastRange = last ? cellRange(last) : undefined
      if (first && lastRange && row.children.length > 1) {
        const second = cellRange(row.children[1])
        // A numbered checklist (`| 18 | Retraining | Monthly, on a rolling 18 months. |`): the number labels nothing,
        // the next cell is the label.
        const third = row.children.length > 2 ? cellRange(row.children[2]) : undefined
        if (second && third && /^\s*\d{1,3}[.)]?\s*$/.test(prose.slice(first.start, first.end))) {
          add('table-row', second, { start: third.start, end: lastRange.end })
        } else if (second) add('table-row', first, { start: second.start, end: lastRange.end })
      }
      // A cell that only says `online` or `offline` files the row's metrics.
      for (const cell of row.children) {
        const range = cellRange(cell)
        if (!range) continue
        const kind = labels.compiled.metricKindLabels[normalizeTitle(prose.slice(range.start, range.end))]
        if (kind && first && lastRange) {
          statements.push({
            source: 'table-row',
            label: textOf(range),
            labelRange: range,
            parts: [kind === 'online' ? 'online-metrics' : 'offline-metrics'],
            stages: ['framing', 'evaluation'],
            kind,
            start: first.start,
            end: lastRange.end,
          })
        }
      }
    }
  }

  /** A paragraph that opens on a topic naming a part (`For model hosting, ...`): a lead-in with that label. */
  const topicOf = (start: number, text: string, end: number, context: Stage[]): boolean => {
    const found = topicOpener.exec(text)
    const label = found && { start: start + found[1].length, end: start + found[1].length + found[2].length }
    return !!label && add('lead-in', label, { start: start + found[0].length, end }, context) !== undefined
  }

  // Lead-ins in paragraphs and list items, anywhere in the tree. `itemEnd`: where the list item whose first
  // paragraph this is ends (the rest of the item belongs to the label).
  // `context`: the stages the label of the enclosing list item names (`- Requirements` > `- Data: ...`).
  const visit = (nodes: Nodes[], inItem: boolean, itemEnd: number | undefined, outer: Stage[]) => {
    let context = outer
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]
      if (
        node.type === 'paragraph' &&
        node.position?.start.offset !== undefined &&
        node.position.end.offset !== undefined
      ) {
        const start = node.position.start.offset
        const end = node.position.end.offset
        const text = prose.slice(start, end)
        boldLabels(node)
        const inner = innerLeadIns(start, end)
        const match = leadInAt(text)
        if (match && match.label.trim().split(/\s+/).length <= 6 && !passesKindBy(match.label)) {
          const labelStart = start + match.indent
          const labelRange = { start: labelStart, end: labelStart + match.label.length }
          let rangeEnd = end
          // `Online metrics:` followed by a list: the list is the statement.
          const next = nodes[index + 1]
          if (
            text.slice(match.end).trim().length === 0 &&
            next?.type === 'list' &&
            next.position?.end.offset !== undefined
          ) {
            rangeEnd = next.position.end.offset
          }
          if (inItem && index === 0 && itemEnd !== undefined) rangeEnd = itemEnd
          const source = inItem ? 'list-item' : 'lead-in'
          const statement = add(source, labelRange, { start: start + match.end, end: inner ?? rangeEnd }, context)
          if (statement && inItem && index === 0 && statement.stages.length > 0) context = statement.stages
          if (!statement && !inner) kindIntro(start, end, nodes[index + 1])
        } else if (inItem && index === 0 && itemEnd !== undefined) {
          // Each title's content runs to the next title of the step, the last one's to the end of the item.
          for (const found of itemLabels(prose, node, nodes[index + 1])) {
            const range = { start: found.start, end: found.end ?? itemEnd }
            const statement = add('list-item', found.label, range, context)
            if (statement && statement.stages.length > 0 && found.end === undefined) context = statement.stages
          }
        } else if (!inItem && topicOf(start, text, end, context)) {
          // The paragraph's topic labels it.
        } else if (!inItem) {
          const next = nodes[index + 1]
          // Plain text only: a bold line is a pseudo-heading, read by the sections pass.
          const plain = node.children.every((child) => child.type === 'text')
          const found = plain ? bareLabel(prose, node, next) : undefined
          const listEnd = next?.position?.end.offset
          if (found && listEnd !== undefined) add('lead-in', found.label, { start: found.start, end: listEnd }, context)
          else kindIntro(start, end, next)
        }
      } else if (node.type === 'html') {
        // `<li><b>Data:</b> ...</li>`: a wiki export's list labels, each up to the end of its item.
        for (const item of htmlOf(node).labels) add('list-item', item.label, item.content, context)
      } else if (node.type === 'table') {
        table(node)
      } else if ('children' in node && node.type !== 'heading') {
        const list = node.children as Nodes[]
        const isItem = node.type === 'listItem'
        const end = isItem && list[0]?.type === 'paragraph' ? node.position?.end.offset : undefined
        visit(list, isItem, end, context)
      } else if (node.type === 'yaml') {
        readFrontMatter(node.value, node.position?.start.offset ?? 0)
      }
    }
  }
  visit(tree.children, false, undefined, [])
  statements.sort((a, b) => a.start - b.start || b.end - a.end)
}
