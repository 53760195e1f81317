/**
 * Train the judgement model on the labelled units of every corpus document
 * outside the fresh held-out batches (`trainingDocuments` in
 * judgement-data.ts) and write its weights (`packages/mdast-util-ml-design/src/judgement/weights.ts`).
 * The same labels give the same file byte for byte.
 *
 *   pnpm train          train on every training document and write the weights
 *   pnpm train --check  train and fail when the shipped weights differ
 *   pnpm train --cv     five-fold cross-validation by document: unit-level scores
 *   pnpm train --cv --l2 0.3,1,3
 *                       the same for each L2 strength, with the macro F1 and log
 *                       loss that choose the shipped one (`shippedL2`)
 *   pnpm train --cv --models candidates,baseline,commitment
 *                       only those models (each fit takes seconds: a grid over
 *                       all 22 models is most of an hour on two cores)
 *
 * The weights do not depend on the order of the examples (train-model.ts), so
 * there is no shuffle seed to choose: `--seed` is refused with a message.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { commitmentModel, score, thresholds, type Weights } from 'mdast-util-ml-design/judgement'
import { type Example, examplesOf, readUnitLabels, trainingDocuments } from './judgement-data.js'
import { root } from './rule-docs.js'
import { modelNames, shippedL2, train } from './train-model.js'

export const weightsFile = join(root, 'packages/mdast-util-ml-design/src/judgement/weights.ts')

/** The weights as the TypeScript module the reader imports: one model per line, in a stable order. */
export function weightsModule(weights: Weights): string {
  const lines = Object.keys(weights.models)
    .sort()
    .map((name) => `    ${JSON.stringify(name)}: ${JSON.stringify(weights.models[name])},`)
  return [
    '// Written by `pnpm train` (scripts/train.ts) from fixtures/units: do not edit.',
    "import type { Weights } from './types.js'",
    '',
    `export const weights: Weights = {`,
    `  bits: ${weights.bits},`,
    '  models: {',
    ...lines,
    '  },',
    '}',
    '',
  ].join('\n')
}

/** Five folds by document: document `i` (sorted) goes to fold `i % 5`. */
export function folds(docs: readonly string[], count = 5): string[][] {
  const result: string[][] = Array.from({ length: count }, () => [])
  docs.forEach((doc, index) => {
    result[index % count].push(doc)
  })
  return result
}

interface Tally {
  tp: number
  fp: number
  fn: number
  /** The summed log loss of the held-out units (probabilities kept off 0 and 1 by the rounding of the weights). */
  loss: number
  units: number
  /** True answers scored below the gate's answer floor, and non-answers scored at or above its home threshold. */
  refused: number
  sure: number
}

const f1Of = ({ tp, fp, fn }: Tally) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn))

/** Five-fold cross-validation by document at one L2 strength: per model, unit-level counts at 0.5 and log loss. */
function crossValidate(
  labels: ReturnType<typeof readUnitLabels>,
  l2: number,
  names: readonly string[],
): Map<string, Tally> {
  const docs = trainingDocuments(labels)
  const byDoc = new Map(docs.map((doc) => [doc, examplesOf([doc], labels)]))
  const tally = new Map<string, Tally>()
  for (const fold of folds(docs)) {
    const held = new Set(fold)
    const training: Example[] = docs.filter((doc) => !held.has(doc)).flatMap((doc) => byDoc.get(doc) ?? [])
    const weights = train(training, l2, names)
    for (const doc of fold) {
      for (const example of byDoc.get(doc) ?? []) {
        for (const name of names) {
          const truth = name === commitmentModel ? example.commitment : example.answers.includes(name)
          const probability = score(name, example.features, weights) ?? 0
          const guess = probability >= 0.5
          const count = tally.get(name) ?? { tp: 0, fp: 0, fn: 0, loss: 0, units: 0, refused: 0, sure: 0 }
          if (truth && probability < thresholds.answer) count.refused++
          if (!truth && probability >= thresholds.home) count.sure++
          if (truth && guess) count.tp++
          else if (guess) count.fp++
          else if (truth) count.fn++
          count.loss -= Math.log(Math.min(1 - 1e-6, Math.max(1e-6, truth ? probability : 1 - probability)))
          count.units++
          tally.set(name, count)
        }
      }
    }
  }
  const format = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(2))
  console.log(
    `Five-fold cross-validation by document over ${docs.length} training documents, L2 ${l2} (unit level, threshold 0.5)`,
  )
  console.log(
    `| model | TP | FP | FN | P | R | F1 | log loss | answers < ${thresholds.answer} | non-answers >= ${thresholds.home} |`,
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [name, count] of tally) {
    const { tp, fp, fn } = count
    console.log(
      `| ${name} | ${tp} | ${fp} | ${fn} | ${format(tp / (tp + fp))} | ${format(tp / (tp + fn))} | ${format(f1Of(count))} | ${(count.loss / count.units).toFixed(4)} | ${count.refused} | ${count.sure} |`,
    )
  }
  return tally
}

/** The summary that chooses the L2 strength: macro F1 over the models, and the mean log loss per unit and model. */
function summary(tally: Map<string, Tally>): { f1: number; loss: number } {
  const counts = [...tally.values()]
  return {
    f1: counts.reduce((sum, count) => sum + f1Of(count), 0) / counts.length,
    loss: counts.reduce((sum, count) => sum + count.loss / count.units, 0) / counts.length,
  }
}

const args = process.argv.slice(2)

/** The L2 strengths asked for with `--l2 a,b,…` (positive numbers; `--cv` only), else the shipped one. */
function l2Argument(): number[] {
  const at = args.indexOf('--l2')
  if (at < 0) return [shippedL2]
  const values = (args[at + 1] ?? '').split(',').filter(Boolean).map(Number)
  if (values.length === 0 || values.some((value) => !(value > 0))) {
    console.error('--l2 needs positive numbers, comma-separated, such as `pnpm train --cv --l2 0.3,1,3`')
    process.exit(2)
  }
  if (!args.includes('--cv')) {
    console.error('--l2 tries strengths in the cross-validation: use it with --cv (the shipped one is `shippedL2`)')
    process.exit(2)
  }
  return values
}

/** The models asked for with `--models a,b,…` (`--cv` only), else all of them. */
function modelsArgument(): string[] {
  const all = [...modelNames(), commitmentModel]
  const at = args.indexOf('--models')
  if (at < 0) return all
  const names = (args[at + 1] ?? '').split(',').filter(Boolean)
  const unknown = names.filter((name) => !all.includes(name))
  if (names.length === 0 || unknown.length > 0) {
    console.error(`--models needs model names, comma-separated, from: ${all.join(', ')}`)
    process.exit(2)
  }
  return names
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (args.includes('--seed')) {
    console.error(
      'pnpm train has no shuffle seed any more: each model is fitted to convergence on all the examples at once, so the weights do not depend on their order (docs/accuracy.md, eighth round).',
    )
    process.exit(2)
  }
  const strengths = l2Argument()
  const labels = readUnitLabels()
  if (args.includes('--cv')) {
    const names = modelsArgument()
    const results = strengths.map((l2) => ({ l2, ...summary(crossValidate(labels, l2, names)) }))
    console.log('\n| L2 | macro F1 | mean log loss |\n| --- | --- | --- |')
    for (const { l2, f1, loss } of results) console.log(`| ${l2} | ${f1.toFixed(4)} | ${loss.toFixed(4)} |`)
  } else {
    const text = weightsModule(train(examplesOf(trainingDocuments(labels), labels)))
    if (args.includes('--check')) {
      if (readFileSync(weightsFile, 'utf8') !== text) {
        console.error('The shipped weights differ from what `pnpm train` makes: run `pnpm train` and commit.')
        process.exit(1)
      }
      console.log('The shipped weights are what `pnpm train` makes.')
    } else {
      writeFileSync(weightsFile, text)
      console.log(`Wrote ${weightsFile} (${(text.length / 1024).toFixed(0)} KiB)`)
    }
  }
}
