/**
 * Train the judgement model on the labelled units of every corpus document
 * outside the fresh held-out batches (`trainingDocuments` in
 * judgement-data.ts) and write its weights (`packages/mdast-util-ml-design/src/judgement/weights.ts`).
 * The same labels give the same file byte for byte.
 *
 *   pnpm train          train on every training document and write the weights
 *   pnpm train --check  train and fail when the shipped weights differ
 *   pnpm train --cv     five-fold cross-validation by document: unit-level scores
 *   pnpm train --seed N train with another shuffle seed and write those weights (not
 *                       the shipped ones: `pnpm train` restores them): how much a
 *                       unit's scores owe to the order of the examples (`pnpm inspect`)
 *   pnpm train --converged
 *                       write the weights of the converged trainer (train-converged.ts:
 *                       full-batch L-BFGS, independent of the order of the examples),
 *                       not the shipped ones: `pnpm train` restores them
 *   pnpm train --converged --cv --l2 3,10,30
 *                       its cross-validation for each L2 strength, with the macro F1
 *                       and log loss that chose `convergedL2`
 *   --models candidates,baseline,commitment
 *                       with --cv: only those models (a converged fit takes seconds,
 *                       a grid over all 22 models most of an hour on two cores)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { commitmentModel, score, thresholds, type Weights } from 'mdast-util-ml-design/judgement'
import { type Example, examplesOf, readUnitLabels, trainingDocuments } from './judgement-data.js'
import { root } from './rule-docs.js'
import { convergedL2, trainConverged } from './train-converged.js'
import { modelNames, shippedSeed, train } from './train-model.js'

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
  trainer: (examples: readonly Example[]) => Weights,
  title: string,
  names: readonly string[],
): Map<string, Tally> {
  const docs = trainingDocuments(labels)
  const byDoc = new Map(docs.map((doc) => [doc, examplesOf([doc], labels)]))
  const tally = new Map<string, Tally>()
  for (const fold of folds(docs)) {
    const held = new Set(fold)
    const training: Example[] = docs.filter((doc) => !held.has(doc)).flatMap((doc) => byDoc.get(doc) ?? [])
    const weights = trainer(training)
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
    `Five-fold cross-validation by document over ${docs.length} training documents, ${title} (unit level, threshold 0.5)`,
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

/** The L2 strengths asked for with `--l2 a,b,…` (positive numbers; `--converged --cv` only), else the chosen one. */
function l2Argument(): number[] {
  const at = args.indexOf('--l2')
  if (at < 0) return [convergedL2]
  const values = (args[at + 1] ?? '').split(',').filter(Boolean).map(Number)
  if (values.length === 0 || values.some((value) => !(value > 0)) || !args.includes('--converged')) {
    console.error(
      '--l2 needs positive numbers, comma-separated, and --converged, such as `pnpm train --converged --cv --l2 3,10`',
    )
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

/** The shuffle seed asked for with `--seed N` (a non-negative integer), else the shipped one. */
function seedArgument(): number {
  const at = args.indexOf('--seed')
  if (at < 0) return shippedSeed
  const value = Number(args[at + 1])
  if (!Number.isInteger(value) || value < 0) {
    console.error('--seed needs a non-negative integer, such as `pnpm train --seed 3`')
    process.exit(2)
  }
  if (args.includes('--check') || args.includes('--cv')) {
    console.error('--seed writes trial weights: use it without --check and --cv')
    process.exit(2)
  }
  if (args.includes('--converged')) {
    console.error('--converged has no seed: its weights do not depend on the order of the examples')
    process.exit(2)
  }
  return value
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seed = seedArgument()
  const converged = args.includes('--converged')
  const strengths = l2Argument()
  if (converged && args.includes('--check')) {
    console.error('--check compares the shipped weights, which `pnpm train` makes: use it without --converged')
    process.exit(2)
  }
  const labels = readUnitLabels()
  if (args.includes('--cv')) {
    const names = modelsArgument()
    if (converged) {
      const results = strengths.map((l2) => {
        const trainer = (examples: readonly Example[]) => trainConverged(examples, l2, names)
        return { l2, ...summary(crossValidate(labels, trainer, `converged trainer, L2 ${l2}`, names)) }
      })
      console.log('\n| L2 | macro F1 | mean log loss |\n| --- | --- | --- |')
      for (const { l2, f1, loss } of results) console.log(`| ${l2} | ${f1.toFixed(4)} | ${loss.toFixed(4)} |`)
    } else {
      const { f1, loss } = summary(crossValidate(labels, (examples) => train(examples), 'shipped trainer', names))
      console.log(`\nMacro F1 ${f1.toFixed(4)}, mean log loss ${loss.toFixed(4)}`)
    }
  } else {
    const examples = examplesOf(trainingDocuments(labels), labels)
    const text = weightsModule(converged ? trainConverged(examples) : train(examples, seed))
    if (args.includes('--check')) {
      if (readFileSync(weightsFile, 'utf8') !== text) {
        console.error('The shipped weights differ from what `pnpm train` makes: run `pnpm train` and commit.')
        process.exit(1)
      }
      console.log('The shipped weights are what `pnpm train` makes.')
    } else {
      writeFileSync(weightsFile, text)
      console.log(`Wrote ${weightsFile} (${(text.length / 1024).toFixed(0)} KiB)`)
      if (seed !== shippedSeed)
        console.log(`Shuffle seed ${seed}, not the shipped ${shippedSeed}: \`pnpm train\` restores the weights.`)
      if (converged) console.log('Converged trainer, not the shipped one: `pnpm train` restores the weights.')
    }
  }
}
