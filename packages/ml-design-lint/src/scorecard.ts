/**
 * `ml-design-lint report docs/`: a scorecard of documents × framework
 * requirements (one column per rule): pass, fail or not applicable, with a
 * coverage score per document and per requirement; as text, Markdown
 * (`--format md`) or a self-contained HTML heatmap (`--format html`).
 *
 * A cell fails when the rule reports anything on the document. It is not
 * applicable (n/a) when the rule is silent and its `meta.applies` says it
 * does not apply to the document (asked of the shared reading): the class
 * imbalance and error cost rules need a family that decides with a
 * threshold (classification, anomaly detection, ...), the metric fit rule
 * any family. Otherwise it passes. Coverage is passes over applicable cells.
 */
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import type { VFile } from 'vfile'
import { ruleInfos } from './registry.js'

/** The framework's requirements: every rule of the preset, in its order. */
export const requirementRules: readonly string[] = ruleInfos.map((rule) => rule.id)

/** The link to a rule's docs. */
export function ruleUrl(rule: string): string {
  return ruleInfos.find((info) => info.id === rule)?.url ?? ''
}

export type Status = 'pass' | 'fail' | 'n/a'

export interface Cell {
  rule: string
  status: Status
  /** The rule's messages on the document. */
  reasons: string[]
}

export interface DocumentRow {
  path: string
  /** Why the document could not be read or linted (then it has no cells). */
  error?: string
  cells: Cell[]
  /** Passes over applicable cells, 0-1 (undefined when none applies). */
  score?: number
}

export interface Scorecard {
  rules: readonly string[]
  documents: DocumentRow[]
  /** Per requirement: passes over documents where it applies. */
  coverage: Array<{ rule: string; pass: number; applicable: number; score?: number }>
}

const notApplicableKey = 'mlDesignNotApplicable'

/** remark plugin (after the rules) that records the rules that do not apply to a document (their `meta.applies`), for n/a. */
export function remarkMlDesignApplicability() {
  return (tree: Root, file: VFile) => {
    const reading = readDesign(tree, file)
    file.data[notApplicableKey] = ruleInfos
      .filter((rule) => rule.applies && !rule.applies(reading))
      .map((rule) => rule.id)
  }
}

/** The scorecard of linted files (what does not apply recorded by `remarkMlDesignApplicability`). */
export function scorecard(files: readonly VFile[]): Scorecard {
  const documents: DocumentRow[] = [...files]
    .sort((a, b) => (a.path ?? '').localeCompare(b.path ?? ''))
    .map((file) => {
      const path = file.path ?? '<stdin>'
      const fatal = file.messages.find((message) => message.fatal === true && !message.ruleId)
      const notApplicable = file.data[notApplicableKey] as string[] | undefined
      if (fatal || !notApplicable) {
        return { path, error: fatal ? fatal.reason : 'not linted', cells: [] }
      }
      const cells = requirementRules.map((rule): Cell => {
        const reasons = file.messages.filter((message) => message.ruleId === rule).map((message) => message.reason)
        const applies = !notApplicable.includes(rule)
        return { rule, status: reasons.length > 0 ? 'fail' : applies ? 'pass' : 'n/a', reasons }
      })
      const applicable = cells.filter((cell) => cell.status !== 'n/a')
      const pass = applicable.filter((cell) => cell.status === 'pass').length
      return { path, cells, score: applicable.length > 0 ? pass / applicable.length : undefined }
    })
  const coverage = requirementRules.map((rule, index) => {
    const cells = documents.filter((row) => !row.error).map((row) => row.cells[index])
    const applicable = cells.filter((cell) => cell.status !== 'n/a').length
    const pass = cells.filter((cell) => cell.status === 'pass').length
    return { rule, pass, applicable, score: applicable > 0 ? pass / applicable : undefined }
  })
  return { rules: requirementRules, documents, coverage }
}

function percent(score: number | undefined): string {
  return score === undefined ? 'n/a' : `${Math.round(score * 100)}%`
}

const symbols: Record<Status, string> = { pass: '✓', fail: '✗', 'n/a': '-' }

/** Plain text for a terminal: documents as rows, requirements numbered as columns, then the coverage of each. */
export function formatText(card: Scorecard): string {
  const width = Math.max(8, ...card.documents.map((row) => row.path.length))
  const numbers = card.rules.map((_, index) => String(index + 1).padStart(3))
  const lines = [
    `${card.documents.length} document${card.documents.length === 1 ? '' : 's'} × ${card.rules.length} requirements (✓ pass, ✗ fail, - not applicable)`,
    '',
    `${'document'.padEnd(width)}  score${numbers.join('')}`,
  ]
  for (const row of card.documents) {
    if (row.error) {
      lines.push(`${row.path.padEnd(width)}  error  ${row.error}`)
      continue
    }
    lines.push(
      `${row.path.padEnd(width)}  ${percent(row.score).padStart(5)}${row.cells.map((cell) => symbols[cell.status].padStart(3)).join('')}`,
    )
  }
  lines.push('', 'requirement coverage:')
  const ruleWidth = Math.max(...card.rules.map((rule) => rule.length))
  card.coverage.forEach((item, index) => {
    lines.push(
      `${String(index + 1).padStart(3)}  ${item.rule.padEnd(ruleWidth)}  ${percent(item.score).padStart(4)}  (${item.pass}/${item.applicable})`,
    )
  })
  return `${lines.join('\n')}\n`
}

const markdownSymbols: Record<Status, string> = { pass: '✅', fail: '❌', 'n/a': 'n/a' }

function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[[\]<>*_`]/g, (char) => `\\${char}`)
}

/** GitHub Markdown (a pull-request comment, a job summary): one row per document, one column per requirement. */
export function formatMarkdown(card: Scorecard): string {
  const header = [
    'Document',
    'Coverage',
    ...card.rules.map((rule) => `[${rule.replace(/^ml-/, '')}](${ruleUrl(rule)})`),
  ]
  const lines = [
    '## ML design review scorecard',
    '',
    `${card.documents.length} document${card.documents.length === 1 ? '' : 's'} × ${card.rules.length} requirements: ✅ pass, ❌ fail, n/a not applicable (the task family does not call for it).`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, index) => (index < 2 ? '---' : ':-:')).join(' | ')} |`,
  ]
  for (const row of card.documents) {
    const cells = row.error
      ? [escapeMarkdownCell(row.path), `error: ${escapeMarkdownCell(row.error)}`, ...card.rules.map(() => '')]
      : [escapeMarkdownCell(row.path), percent(row.score), ...row.cells.map((cell) => markdownSymbols[cell.status])]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  lines.push(`| **Coverage** |  | ${card.coverage.map((item) => percent(item.score)).join(' | ')} |`)
  return `${lines.join('\n')}\n`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A heat colour for a score: red (0) to green (1). */
function heat(score: number | undefined): string {
  if (score === undefined) return '#e5e7eb'
  return `hsl(${Math.round(score * 120)}, 65%, 78%)`
}

/** A self-contained HTML page: the table as a heatmap, each cell linking to its rule's docs. */
export function formatHtml(card: Scorecard): string {
  const head = card.rules
    .map(
      (rule) =>
        `<th class="rule" scope="col"><a href="${escapeHtml(ruleUrl(rule))}"><span>${escapeHtml(rule)}</span></a></th>`,
    )
    .join('')
  const rows = card.documents
    .map((row) => {
      const name = `<th scope="row" class="doc">${escapeHtml(row.path)}</th>`
      if (row.error) {
        return `<tr data-document="${escapeHtml(row.path)}">${name}<td class="score">error</td><td class="error" colspan="${card.rules.length}">${escapeHtml(row.error)}</td></tr>`
      }
      const cells = row.cells
        .map((cell) => {
          const title =
            cell.status === 'fail'
              ? cell.reasons.join('\n')
              : cell.status === 'pass'
                ? `${cell.rule}: pass`
                : `${cell.rule}: not applicable to this task family`
          return `<td class="cell ${cell.status === 'n/a' ? 'na' : cell.status}" data-rule="${cell.rule}" data-status="${cell.status}"><a href="${escapeHtml(ruleUrl(cell.rule))}" title="${escapeHtml(title)}">${cell.status === 'n/a' ? 'n/a' : cell.status === 'pass' ? '✓' : '✗'}</a></td>`
        })
        .join('')
      return `<tr data-document="${escapeHtml(row.path)}">${name}<td class="score" style="background:${heat(row.score)}">${percent(row.score)}</td>${cells}</tr>`
    })
    .join('\n')
  const coverage = card.coverage
    .map(
      (item) =>
        `<td class="coverage" data-rule="${item.rule}" style="background:${heat(item.score)}">${percent(item.score)}</td>`,
    )
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ML design review scorecard</title>
<style>
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #111827; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
p { margin: 0 0 16px; color: #4b5563; }
table { border-collapse: collapse; }
th, td { border: 1px solid #fff; padding: 0; text-align: center; }
th.doc { text-align: left; padding: 4px 8px; font-weight: 600; white-space: nowrap; }
th.rule { height: 170px; vertical-align: bottom; width: 40px; min-width: 40px; }
th.rule a { display: block; writing-mode: vertical-rl; transform: rotate(180deg); padding: 4px; white-space: nowrap; color: #1f2937; text-decoration: none; font-weight: 500; }
td.cell { width: 30px; height: 28px; }
td.cell a { display: block; line-height: 28px; color: #111827; text-decoration: none; }
td.pass { background: #86efac; }
td.fail { background: #fca5a5; }
td.na { background: #e5e7eb; font-size: 10px; }
td.score, td.coverage { padding: 4px 6px; font-variant-numeric: tabular-nums; font-weight: 600; }
td.coverage { font-size: 11px; padding: 4px 0; }
td.error { background: #fde68a; text-align: left; padding: 4px 8px; }
tfoot th { text-align: left; padding: 4px 8px; }
.legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: -1px; }
</style>
</head>
<body>
<h1>ML design review scorecard</h1>
<p>${card.documents.length} document${card.documents.length === 1 ? '' : 's'} × ${card.rules.length} requirements.<span class="legend"><span style="background:#86efac"></span>pass<span style="background:#fca5a5"></span>fail<span style="background:#e5e7eb"></span>not applicable (the task family does not call for it)</span></p>
<table id="scorecard">
<thead><tr><th scope="col" class="doc">Document</th><th scope="col">Coverage</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">Coverage</th><td></td>${coverage}</tr></tfoot>
</table>
</body>
</html>
`
}

export const formats = ['text', 'md', 'html'] as const
export type Format = (typeof formats)[number]

export function format(card: Scorecard, kind: Format): string {
  return kind === 'md' ? formatMarkdown(card) : kind === 'html' ? formatHtml(card) : formatText(card)
}
