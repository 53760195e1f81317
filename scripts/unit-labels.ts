/**
 * Unit labels: `fixtures/units/<batch>.jsonl`, one JSON object a line,
 * sorted by document then line. Reading, validating and comparing them with
 * the current documents and with the document labels of the corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readLabels } from './corpus.js'
import { answerValues } from './parts.js'
import { root } from './rule-docs.js'
import { extractUnits, idHash, type Unit } from './units.js'

export { answerValues }

export type Answer = (typeof answerValues)[number]

export const kindValues = ['commitment', 'option', 'question', 'survey', 'placeholder', 'heading', 'other'] as const
export type Kind = (typeof kindValues)[number]

export interface UnitLabel {
  doc: string
  id: string
  text: string
  answers: Answer[]
  kind: Kind
}

export const unitsDirectory = join(root, 'fixtures/units')

/** The parts each rule needs answered; a rule the document label calls silent should find them. */
export const ruleParts: Record<string, Answer[]> = {
  'ml-business-objective': ['business-objective'],
  'ml-data-availability': ['data-source', 'labels', 'data-size'],
  'ml-constraints': ['constraint'],
  'ml-scale': ['scale'],
  'ml-latency': ['latency'],
  'ml-objective-metrics': ['ml-objective', 'online-metric', 'offline-metric'],
  'ml-input-output': ['input', 'output'],
  'ml-category': ['family', 'paradigm'],
  'ml-data-preparation': ['features'],
  'ml-missing-data': ['missing-data'],
  'ml-class-imbalance': ['imbalance'],
  'ml-outliers': ['outliers'],
  'ml-model-selection': ['candidates', 'baseline'],
  'ml-interpretability': ['interpretability'],
  'ml-retraining': ['retraining'],
  'ml-evaluation': ['offline-evaluation', 'online-evaluation'],
  'ml-error-costs': ['error-costs'],
  'ml-deployment': ['serving'],
  'ml-monitoring': ['monitoring-signal'],
}

/** Rules that stay silent when they do not apply: a silent label does not need an answering unit. */
const conditional = new Set(['ml-class-imbalance', 'ml-error-costs'])

/** The units of a document, read from disk. */
export function documentUnits(doc: string): Unit[] {
  return extractUnits(doc, readFileSync(join(root, doc), 'utf8'))
}

/** Validate one parsed line; returns the problem, or undefined. */
export function labelProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'not a JSON object'
  const label = value as Record<string, unknown>
  for (const key of ['doc', 'id', 'text', 'kind']) {
    if (typeof label[key] !== 'string') return `\`${key}\` must be a string`
  }
  if (!/^L\d+:\d+-[0-9a-f]{8}$/.test(label.id as string)) return `id \`${label.id}\` is not L<line>:<column>-<8 hex>`
  if (!Array.isArray(label.answers)) return '`answers` must be an array'
  for (const answer of label.answers) {
    if (!answerValues.includes(answer)) return `unknown answer \`${answer}\` (known: ${answerValues.join(', ')})`
  }
  if (new Set(label.answers).size !== label.answers.length) return 'an answer is repeated'
  if (!kindValues.includes(label.kind as Kind))
    return `unknown kind \`${label.kind}\` (known: ${kindValues.join(', ')})`
  return undefined
}

export interface LabelFile {
  name: string
  labels: Array<UnitLabel & { lineNumber: number }>
  errors: string[]
}

/** Every label file under `fixtures/units/`, parsed and validated line by line. */
export function readLabelFiles(directory = unitsDirectory): LabelFile[] {
  if (!existsSync(directory)) return []
  return readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => parseLabelFile(name, readFileSync(join(directory, name), 'utf8')))
}

export function parseLabelFile(name: string, content: string): LabelFile {
  const file: LabelFile = { name, labels: [], errors: [] }
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      file.errors.push(`${name}:${index + 1}: not valid JSON`)
      return
    }
    const problem = labelProblem(value)
    if (problem) file.errors.push(`${name}:${index + 1}: ${problem}`)
    else file.labels.push({ ...(value as UnitLabel), lineNumber: index + 1 })
  })
  return file
}

/** Sort labels by document, then line, then column. */
export function compareLabels(a: { doc: string; id: string }, b: { doc: string; id: string }): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1
  const [, lineA, columnA] = /^L(\d+):(\d+)/.exec(a.id) ?? []
  const [, lineB, columnB] = /^L(\d+):(\d+)/.exec(b.id) ?? []
  return Number(lineA) - Number(lineB) || Number(columnA) - Number(columnB)
}

export function serialise(label: UnitLabel): string {
  return JSON.stringify({ doc: label.doc, id: label.id, text: label.text, answers: label.answers, kind: label.kind })
}

export interface CheckResult {
  errors: string[]
  /** Documents whose labelled units changed since labelling, with the ids no longer found. */
  stale: Record<string, string[]>
  /** Document-label disagreements to review (not errors). */
  review: string[]
  labels: UnitLabel[]
}

/** Validate every label file against the current documents. */
export function checkLabels(directory = unitsDirectory): CheckResult {
  const result: CheckResult = { errors: [], stale: {}, review: [], labels: [] }
  const seen = new Map<string, string>()
  const unitsOf = new Map<string, Map<string, Unit> | undefined>()
  for (const file of readLabelFiles(directory)) {
    result.errors.push(...file.errors)
    file.labels.forEach((label, index) => {
      const where = `${file.name}:${label.lineNumber}`
      const key = `${label.doc}#${label.id}`
      if (seen.has(key)) result.errors.push(`${where}: duplicate of ${seen.get(key)} (${key})`)
      seen.set(key, where)
      const previous = file.labels[index - 1]
      if (previous && compareLabels(previous, label) > 0) result.errors.push(`${where}: not sorted by doc then line`)
      if (!unitsOf.has(label.doc)) {
        const path = join(root, label.doc)
        unitsOf.set(
          label.doc,
          existsSync(path) ? new Map(documentUnits(label.doc).map((unit) => [unit.id, unit])) : undefined,
        )
      }
      const units = unitsOf.get(label.doc)
      if (!units) {
        result.errors.push(`${where}: document \`${label.doc}\` does not exist`)
        return
      }
      const unit = units.get(label.id)
      if (!unit || unit.text !== label.text) {
        const moved = [...units.values()].some((candidate) => idHash(candidate.id) === idHash(label.id))
        result.stale[label.doc] ??= []
        result.stale[label.doc].push(`${label.id}${moved ? ' (moved)' : ' (text changed or removed)'}`)
      }
      result.labels.push(label)
    })
  }
  result.review = agreement(result.labels)
  return result
}

/**
 * Compare unit labels with the document labels of the corpus: a rule the
 * document label calls silent should have a committed unit for each part
 * it needs (unless it is silent because it does not apply); a rule that
 * fires on a missing part should have no committed unit for that part
 * (unless it fires for a missing stage section, which an answer elsewhere
 * does not make up for).
 */
export function agreement(labels: UnitLabel[]): string[] {
  const byDoc = new Map<string, Set<Answer>>()
  for (const label of labels) {
    const answers = byDoc.get(label.doc) ?? new Set<Answer>()
    for (const answer of label.answers) {
      // Candidate models are options by nature: one under discussion is still a candidate to try.
      const counts =
        label.kind === 'commitment' || label.kind === 'heading' || (label.kind === 'option' && answer === 'candidates')
      if (counts) answers.add(answer)
    }
    byDoc.set(label.doc, answers)
  }
  const lines: string[] = []
  for (const entry of readLabels()) {
    const doc = `fixtures/corpus/${entry.file}`
    const answered = byDoc.get(doc)
    if (!answered) continue
    const fires = entry.fires ?? {}
    for (const [rule, parts] of Object.entries(ruleParts)) {
      if (rule in fires) {
        // A rule that fires for a missing stage section is not contradicted by an answer elsewhere.
        const missingStage = /\bstage\b/i.test(fires[rule] ?? '')
        if (parts.length === 1 && answered.has(parts[0]) && !missingStage) {
          lines.push(`${entry.file}: ${rule} fires (${fires[rule]}) but a unit commits to ${parts[0]}`)
        }
      } else if (!conditional.has(rule)) {
        const missing = parts.filter((part) => !answered.has(part))
        if (missing.length > 0)
          lines.push(`${entry.file}: ${rule} is silent but no unit commits to ${missing.join(', ')}`)
      }
    }
  }
  return lines
}

/** Counts per answer and per kind, as Markdown tables. */
export function stats(labels: UnitLabel[]): string {
  const answers = new Map<string, number>(answerValues.map((value) => [value, 0]))
  const kinds = new Map<string, number>(kindValues.map((value) => [value, 0]))
  let none = 0
  for (const label of labels) {
    for (const answer of label.answers) answers.set(answer, (answers.get(answer) ?? 0) + 1)
    if (label.answers.length === 0) none++
    kinds.set(label.kind, (kinds.get(label.kind) ?? 0) + 1)
  }
  const docs = new Set(labels.map((label) => label.doc)).size
  const table = (title: string, rows: Map<string, number>) =>
    [`| ${title} | units |`, '| --- | ---: |', ...[...rows].map(([name, count]) => `| ${name} | ${count} |`)].join('\n')
  answers.set('(none)', none)
  return [
    `${labels.length} labelled units in ${docs} documents.`,
    '',
    table('answer', answers),
    '',
    table('kind', kinds),
  ].join('\n')
}
