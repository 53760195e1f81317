/**
 * Text and Markdown tables for `pnpm eval`.
 */
import type { MessageDisagreement, Scores } from './evaluate.js'
import type { Measure } from './score.js'

const plain = (value: number) => (Number.isNaN(value) ? '  - ' : value.toFixed(2))
const markdown = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(2))

function counts(m: Measure): string {
  return `${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)} ${String(m.tn).padStart(3)}`
}

/** One row per rule: counts, precision, recall, F1. */
export function verdictTable(title: string, rules: Record<string, Measure>): string[] {
  const lines = [title, `${'rule'.padEnd(24)}  tp  fp  fn  tn  prec   rec    f1`]
  for (const [id, m] of Object.entries(rules)) {
    lines.push(`${id.padEnd(24)} ${counts(m)}  ${plain(m.precision)}  ${plain(m.recall)}  ${plain(m.f1)}`)
  }
  return lines
}

/** Message-level scores per rule. */
export function messageTable(title: string, messages: Scores['messages']): string[] {
  const lines = [
    `${title} (${messages.documents} documents list their expected messages)`,
    `${'rule'.padEnd(24)} exp act ok   tp  fp  fn  tn  prec   rec    f1`,
  ]
  for (const [id, score] of Object.entries(messages.rules)) {
    const m = score.pairs
    lines.push(
      `${id.padEnd(24)} ${String(score.expected).padStart(3)} ${String(score.actual).padStart(3)} ${String(score.matched).padStart(3)}  ${counts(m)}  ${plain(m.precision)}  ${plain(m.recall)}  ${plain(m.f1)}`,
    )
  }
  return lines
}

/** Verdict and message scores per document shape (counts summed over every rule). */
export function shapeTable(title: string, shapes: Scores['shapes']): string[] {
  const lines = [title, `${'shape'.padEnd(14)} docs  verdict prec  rec    f1  | msg docs  prec   rec    f1`]
  for (const [shape, s] of Object.entries(shapes)) {
    const message = s.messageDocuments > 0 ? s.message : undefined
    lines.push(
      `${shape.padEnd(14)} ${String(s.documents).padStart(4)}          ${plain(s.verdict.precision)}  ${plain(s.verdict.recall)}  ${plain(s.verdict.f1)}  | ${String(s.messageDocuments).padStart(8)}  ${plain(message?.precision ?? Number.NaN)}  ${plain(message?.recall ?? Number.NaN)}  ${plain(message?.f1 ?? Number.NaN)}`,
    )
  }
  return lines
}

export function disagreementLines(items: Scores['disagreements']): string[] {
  const lines: string[] = []
  for (const item of items) {
    lines.push(
      `${item.rule}: ${item.file} [${item.split}] label=${item.expected ? 'fires' : 'silent'}${item.reason ? ` (${item.reason})` : ''}`,
    )
    for (const message of item.messages) lines.push(`    ${message}`)
  }
  return lines
}

export function messageDisagreementLines(items: MessageDisagreement[]): string[] {
  const lines: string[] = []
  for (const item of items) {
    lines.push(`${item.rule}: ${item.file} [${item.split}] right verdict, messages differ`)
    for (const missed of item.missed) lines.push(`    expected ${missed.part} in ${missed.section}`)
    for (const extra of item.extra) lines.push(`    unmatched ${extra}`)
  }
  return lines
}

/** The per-rule table of one split as Markdown (for docs/accuracy.md). */
export function markdownVerdicts(rules: Record<string, Measure>): string[] {
  const lines = ['| rule | TP | FP | FN | TN | P | R | F1 |', '| --- | --- | --- | --- | --- | --- | --- | --- |']
  for (const [id, m] of Object.entries(rules)) {
    lines.push(
      `| \`${id}\` | ${m.tp} | ${m.fp} | ${m.fn} | ${m.tn} | ${markdown(m.precision)} | ${markdown(m.recall)} | ${markdown(m.f1)} |`,
    )
  }
  return lines
}

export function markdownShapes(shapes: Scores['shapes']): string[] {
  const lines = [
    '| shape | documents | verdict P | verdict R | verdict F1 | with messages | message P | message R | message F1 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const [shape, s] of Object.entries(shapes)) {
    // Without documents that list messages there is no message score, not a perfect one.
    const message = s.messageDocuments > 0 ? s.message : undefined
    lines.push(
      `| ${shape} | ${s.documents} | ${markdown(s.verdict.precision)} | ${markdown(s.verdict.recall)} | ${markdown(s.verdict.f1)} | ${s.messageDocuments} | ${markdown(message?.precision ?? Number.NaN)} | ${markdown(message?.recall ?? Number.NaN)} | ${markdown(message?.f1 ?? Number.NaN)} |`,
    )
  }
  return lines
}

export { markdown as formatMarkdown }
