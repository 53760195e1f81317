/**
 * The ablation behind each rule's default `judgement`: per rule, the word
 * lists alone (`cues`) against the word lists plus the model (`model`).
 *
 *   pnpm ablation            five-fold cross-validation by document over the
 *                            training documents (every labelled batch but
 *                            the fresh ones; each fold's model is trained on
 *                            the other folds' documents): verdicts and
 *                            messages, and the rules where the model helps
 *   pnpm ablation --fresh    the same comparison on the fresh held-out
 *                            batches with the shipped weights: the one
 *                            honest measurement, for the lead, once the
 *                            choice is final
 *   pnpm ablation --hold m,n,o
 *                            the comparison on the named batches with a
 *                            model trained on every other training
 *                            document, and the choice: meant for a commit
 *                            whose word lists were never tuned on those
 *                            batches, where neither side has seen them
 *   --json F                 also write the raw counts (cues and model, per
 *                            rule: verdict and message tp, fp, fn, tn) to F
 *   --thresholds a,c,h[,s]   try other gate thresholds (answer, commitment,
 *                            home section, structured) than the shipped ones
 *
 * The rule that chooses, written down before the table was read: a rule
 * uses the model when, over the documents compared, the model raises its
 * verdict F1 by at least `minimumGain` and lowers neither its verdict
 * precision nor its message F1. The word lists were tuned on every
 * training document, so the cross-validation favours them; `--hold` on
 * batches they never saw is the fair comparison (docs/accuracy.md).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { modelRules, thresholds, useWeights } from 'mdast-util-ml-design/judgement'
import { corpusDirectory, type Label, readLabels } from './corpus.js'
import { formatMarkdown } from './eval-report.js'
import { type Case, evaluate } from './evaluate.js'
import { batchOf, examplesOf, freshBatches, readUnitLabels, trainingDocuments } from './judgement-data.js'
import { type Measure, measure } from './score.js'
import { folds } from './train.js'
import { train } from './train-model.js'

type Mode = 'cues' | 'model'

/** The least rise in verdict F1 that makes a rule use the model. */
export const minimumGain = 0.03
type Counts = Record<string, { verdict: number[]; message: number[] }>

const caseOf = (label: Label): Case => ({
  name: label.file,
  split: label.split,
  shape: label.shape,
  text: readFileSync(join(corpusDirectory, label.file), 'utf8'),
  fires: label.fires,
  messages: label.messages,
})

function add(into: Counts, rule: string, verdict: Measure, message: Measure): void {
  const entry = (into[rule] ??= { verdict: [0, 0, 0, 0], message: [0, 0, 0, 0] })
  const counts = (from: Measure) => [from.tp, from.fp, from.fn, from.tn]
  counts(verdict).forEach((value, at) => {
    entry.verdict[at] += value
  })
  counts(message).forEach((value, at) => {
    entry.message[at] += value
  })
}

async function run(cases: Case[], split: string, mode: Mode, into: Counts): Promise<void> {
  const scores = await evaluate(cases, [split], [split], () => ({ judgement: mode }))
  for (const [rule, bySplit] of Object.entries(scores.rules)) {
    add(into, rule, bySplit[split], scores.messages.rules[rule].pairs)
  }
}

const of = (counts: number[]) => measure(counts[0], counts[1], counts[2], counts[3])
const f = formatMarkdown

function table(title: string, cues: Counts, model: Counts, choose: boolean): string[] {
  const lines = [
    title,
    '',
    '| rule | cues P | cues R | cues F1 | model P | model R | model F1 | cues msg F1 | model msg F1 | default |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  const helped: string[] = []
  for (const rule of Object.keys(cues).sort()) {
    const [c, m] = [of(cues[rule].verdict), of(model[rule].verdict)]
    const [cm, mm] = [of(cues[rule].message), of(model[rule].message)]
    const same = cues[rule].verdict.join() === model[rule].verdict.join()
    const better = !same && m.f1 - c.f1 >= minimumGain - 1e-9 && !(m.precision < c.precision) && !(mm.f1 < cm.f1)
    if (better) helped.push(rule)
    const chosen = choose ? (better ? 'model' : 'cues') : modelRules.includes(rule) ? 'model' : 'cues'
    lines.push(
      `| \`${rule}\` | ${f(c.precision)} | ${f(c.recall)} | ${f(c.f1)} | ${f(m.precision)} | ${f(m.recall)} | ${f(m.f1)} | ${f(cm.f1)} | ${f(mm.f1)} | ${chosen}${same ? ' (no change)' : ''} |`,
    )
  }
  if (choose) lines.push('', `Rules where the model helps: ${helped.map((rule) => `\`${rule}\``).join(', ') || 'none'}`)
  return lines
}

// `--thresholds answer,commitment,home` tries other thresholds than the shipped ones.
const tried = process.argv[process.argv.indexOf('--thresholds') + 1]
if (process.argv.includes('--thresholds') && tried) {
  const [answer, commitment, home, structured = answer] = tried.split(',').map(Number)
  Object.assign(thresholds, { answer, commitment, home, structured })
}
console.log(`Thresholds: ${JSON.stringify(thresholds)}`)

const labels = readLabels()
const cues: Counts = {}
const model: Counts = {}
const held = process.argv.includes('--hold') ? (process.argv[process.argv.indexOf('--hold') + 1] ?? '') : undefined
if (held !== undefined) {
  const batches = held.startsWith('-') ? [] : held.split(',').filter(Boolean)
  if (batches.length === 0) throw new Error('--hold needs batch letters, comma-separated, such as `--hold m,n,o`')
  const units = readUnitLabels()
  const docs = trainingDocuments(units).filter((doc) => !batches.includes(batchOf(doc)))
  useWeights(train(examplesOf(docs, units)))
  const cases = labels.filter((label) => batches.includes(batchOf(label.file))).map(caseOf)
  await run(cases, 'heldout', 'cues', cues)
  await run(cases, 'heldout', 'model', model)
  useWeights(undefined)
  console.log(
    table(
      `Batches ${batches.join(', ')} (${cases.length} documents), model trained on the other ${docs.length}`,
      cues,
      model,
      true,
    ).join('\n'),
  )
} else if (process.argv.includes('--fresh')) {
  const cases = labels.filter((label) => freshBatches.includes(batchOf(label.file))).map(caseOf)
  useWeights(undefined)
  await run(cases, 'heldout', 'cues', cues)
  await run(cases, 'heldout', 'model', model)
  console.log(
    table(`Fresh held-out batches (${cases.length} documents), shipped weights`, cues, model, false).join('\n'),
  )
} else {
  const units = readUnitLabels()
  const docs = trainingDocuments(units)
  const byPath = new Map(labels.map((label) => [`fixtures/corpus/${label.file}`, label]))
  for (const fold of folds(docs)) {
    const held = new Set(fold)
    useWeights(
      train(
        examplesOf(
          docs.filter((doc) => !held.has(doc)),
          units,
        ),
      ),
    )
    // One split for the whole cross-validation: old tuning and old held-out documents alike.
    const cases = fold.map((doc): Case => ({ ...caseOf(byPath.get(doc) as Label), split: 'cv' }))
    await run(cases, 'cv', 'cues', cues)
    await run(cases, 'cv', 'model', model)
  }
  useWeights(undefined)
  console.log(table(`Five-fold cross-validation by document (${docs.length} documents)`, cues, model, true).join('\n'))
}

const jsonPath = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ thresholds, held, cues, model }, null, 2)}\n`)
