/**
 * `pnpm label`: show and write the unit labels of the corpus.
 *
 *   pnpm label <doc>                          each unit in its context, with its current label
 *   pnpm label <doc> --write <file.jsonl>     apply decisions read from stdin (or --from <file>)
 *   pnpm label --check                        validate every label file; list stale documents and disagreements
 *   pnpm label --check --blind                the same without the disagreements with the document labels,
 *                                             for a labeller who must not see those labels
 *   pnpm label --stats [--update-docs]        counts per answer and kind (Markdown), or written into docs/units.md
 *
 * A decision line is `<units> <answers> [<kind>]`: units are numbers as
 * printed (`12`, `3-9`, `1,4,7`) or `*` for all; answers are `-` or a comma
 * list of answer values or their short names; the kind defaults to
 * `commitment` when something is answered, else `heading` for headings and
 * `other` for the rest. Later lines win; `#` starts a comment.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from './rule-docs.js'
import {
  type Answer,
  answerValues,
  checkLabels,
  compareLabels,
  documentUnits,
  type Kind,
  kindValues,
  parseLabelFile,
  readLabelFiles,
  serialise,
  stats,
  type UnitLabel,
} from './unit-labels.js'
import type { Unit } from './units.js'

/** Short names accepted in decisions, for speed at the keyboard. */
export const answerShort: Record<string, Answer> = {
  bo: 'business-objective',
  src: 'data-source',
  lab: 'labels',
  size: 'data-size',
  con: 'constraint',
  scale: 'scale',
  lat: 'latency',
  mlo: 'ml-objective',
  onm: 'online-metric',
  offm: 'offline-metric',
  in: 'input',
  out: 'output',
  fam: 'family',
  par: 'paradigm',
  feat: 'features',
  miss: 'missing-data',
  imb: 'imbalance',
  outl: 'outliers',
  cand: 'candidates',
  base: 'baseline',
  interp: 'interpretability',
  retr: 'retraining',
  offe: 'offline-evaluation',
  onle: 'online-evaluation',
  ec: 'error-costs',
  serve: 'serving',
  mon: 'monitoring-signal',
}

export const kindShort: Record<string, Kind> = {
  c: 'commitment',
  o: 'option',
  q: 'question',
  s: 'survey',
  p: 'placeholder',
  h: 'heading',
  x: 'other',
}

function selectUnits(selector: string, count: number): number[] {
  if (selector === '*') return Array.from({ length: count }, (_, index) => index)
  const chosen: number[] = []
  for (const part of selector.split(',')) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part)
    if (!range) throw new Error(`unknown unit selector \`${part}\` (use 12, 3-9, 1,4,7 or *)`)
    const from = Number(range[1])
    const to = Number(range[2] ?? range[1])
    for (let number = from; number <= to; number++) {
      if (number < 1 || number > count) throw new Error(`unit ${number} does not exist (the document has ${count})`)
      chosen.push(number - 1)
    }
  }
  return chosen
}

/** Apply decision lines to the units of a document; returns the labels by unit index. */
export function applyDecisions(units: Unit[], decisions: string, existing: Map<string, UnitLabel> = new Map()) {
  const labels = new Map<number, UnitLabel>()
  units.forEach((unit, index) => {
    const label = existing.get(unit.id)
    if (label) labels.set(index, label)
  })
  decisions.split('\n').forEach((raw, lineIndex) => {
    const line = raw.replace(/#.*/, '').trim()
    if (!line) return
    const [selector, answerList, kindName, ...rest] = line.split(/\s+/)
    const fail = (why: string) => new Error(`decision line ${lineIndex + 1} (\`${raw.trim()}\`): ${why}`)
    if (!answerList || rest.length > 0) throw fail('expected `<units> <answers> [<kind>]`')
    const answers: Answer[] = []
    if (answerList !== '-') {
      for (const name of answerList.split(',')) {
        const answer = answerShort[name] ?? (answerValues.includes(name as Answer) ? (name as Answer) : undefined)
        if (!answer) throw fail(`unknown answer \`${name}\``)
        if (!answers.includes(answer)) answers.push(answer)
      }
    }
    let kind: Kind | undefined
    if (kindName) {
      kind = kindShort[kindName] ?? (kindValues.includes(kindName as Kind) ? (kindName as Kind) : undefined)
      if (!kind) throw fail(`unknown kind \`${kindName}\``)
    }
    let chosen: number[]
    try {
      chosen = selectUnits(selector, units.length)
    } catch (error) {
      throw fail((error as Error).message)
    }
    for (const index of chosen) {
      const unit = units[index]
      const fallback: Kind = answers.length > 0 ? 'commitment' : unit.kind === 'heading' ? 'heading' : 'other'
      labels.set(index, { doc: unit.doc, id: unit.id, text: unit.text, answers, kind: kind ?? fallback })
    }
  })
  return labels
}

function currentLabels(doc: string): Map<string, UnitLabel> {
  const labels = new Map<string, UnitLabel>()
  for (const file of readLabelFiles())
    for (const label of file.labels) if (label.doc === doc) labels.set(label.id, label)
  return labels
}

function show(units: Unit[], labels: Map<string, UnitLabel>): string {
  const lines: string[] = []
  let path = ''
  units.forEach((unit, index) => {
    const here = unit.path.join(' > ')
    if (here !== path && unit.kind !== 'heading' && units[index - 1]?.kind !== 'heading')
      lines.push(`  § ${here || '(top)'}`)
    path = here
    const label = labels.get(unit.id)
    const current = label ? `  => ${label.answers.join(',') || '-'} ${label.kind}` : ''
    const lead = unit.label ? ` [${unit.label}]` : ''
    const indent = unit.depth > 1 ? '  '.repeat(unit.depth - 1) : ''
    lines.push(
      `${index + 1}. ${unit.id} ${unit.kind}${unit.depth ? ` d${unit.depth}` : ''}${lead}: ${indent}${unit.text}${current}`,
    )
    if (unit.parent && units[index - 1]?.parent !== unit.parent) lines.push(`     (parent: ${unit.parent})`)
  })
  return lines.join('\n')
}

function writeLabels(doc: string, units: Unit[], file: string, decisions: string): number {
  const labels = applyDecisions(units, decisions, currentLabels(doc))
  const target = isAbsolute(file) ? file : join(process.cwd(), file)
  const kept = existsSync(target)
    ? parseLabelFile(file, readFileSync(target, 'utf8')).labels.filter((label) => label.doc !== doc)
    : []
  const all: UnitLabel[] = [...kept, ...labels.values()].sort(compareLabels)
  writeFileSync(target, `${all.map(serialise).join('\n')}\n`)
  return labels.size
}

function main(argv: string[]): number {
  const flag = (name: string) => {
    const index = argv.indexOf(name)
    if (index === -1) return undefined
    const value = argv[index + 1]
    if (!value || value.startsWith('--')) throw new Error(`${name} needs a value`)
    argv.splice(index, 2)
    return value
  }
  if (argv.includes('--check')) {
    const result = checkLabels()
    for (const error of result.errors) console.error(`error: ${error}`)
    for (const [doc, ids] of Object.entries(result.stale))
      console.error(`stale: ${doc}: ${ids.length} labelled unit(s) changed: ${ids.slice(0, 5).join(', ')}`)
    // A labeller labelling blind must not learn the document labels from the comparison with them.
    const review = argv.includes('--blind') ? [] : result.review
    if (review.length > 0) console.log(`${review.length} disagreement(s) with the document labels to review:`)
    for (const line of review) console.log(`  ${line}`)
    const documents = new Set(result.labels.map((label) => label.doc)).size
    console.log(
      `${result.labels.length} labels in ${documents} documents, ${result.errors.length} error(s), ${Object.keys(result.stale).length} stale document(s)`,
    )
    return result.errors.length > 0 || Object.keys(result.stale).length > 0 ? 1 : 0
  }
  if (argv.includes('--stats')) {
    const table = stats(checkLabels().labels)
    if (!argv.includes('--update-docs')) {
      console.log(table)
      return 0
    }
    const path = join(root, 'docs/units.md')
    const docs = readFileSync(path, 'utf8')
    const block = /(<!-- stats:start -->\n)[\s\S]*?(<!-- stats:end -->)/
    if (!block.test(docs)) throw new Error('docs/units.md has no <!-- stats:start --> … <!-- stats:end --> block')
    writeFileSync(
      path,
      docs.replace(block, (_, start, end) => `${start}${table}\n${end}`),
    )
    console.log('docs/units.md updated')
    return 0
  }
  const write = flag('--write')
  const from = flag('--from')
  const doc = argv.find((argument) => !argument.startsWith('--'))
  if (!doc) throw new Error('usage: pnpm label <doc> [--write <file.jsonl> [--from <decisions>]] | --check | --stats')
  const path = relative(root, isAbsolute(doc) ? doc : join(process.cwd(), doc))
  if (!existsSync(join(root, path))) throw new Error(`no such document: ${doc}`)
  const units = documentUnits(path)
  if (!write) {
    console.log(show(units, currentLabels(path)))
    return 0
  }
  const decisions = readFileSync(from ?? 0, 'utf8')
  const count = writeLabels(path, units, write, decisions)
  console.log(`${path}: ${count} of ${units.length} units labelled in ${write}`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    console.error(`label: ${(error as Error).message}`)
    process.exitCode = 2
  }
}
