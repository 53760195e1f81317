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
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { commitmentModel, score, type Weights } from 'mdast-util-ml-design/judgement'
import { type Example, examplesOf, readUnitLabels, trainingDocuments } from './judgement-data.js'
import { root } from './rule-docs.js'
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

function crossValidate(labels: ReturnType<typeof readUnitLabels>): void {
  const docs = trainingDocuments(labels)
  const byDoc = new Map(docs.map((doc) => [doc, examplesOf([doc], labels)]))
  const tally = new Map<string, { tp: number; fp: number; fn: number }>()
  for (const fold of folds(docs)) {
    const held = new Set(fold)
    const training: Example[] = docs.filter((doc) => !held.has(doc)).flatMap((doc) => byDoc.get(doc) ?? [])
    const weights = train(training)
    for (const doc of fold) {
      for (const example of byDoc.get(doc) ?? []) {
        for (const name of [...modelNames(), commitmentModel]) {
          const truth = name === commitmentModel ? example.commitment : example.answers.includes(name)
          const guess = (score(name, example.features, weights) ?? 0) >= 0.5
          const count = tally.get(name) ?? { tp: 0, fp: 0, fn: 0 }
          if (truth && guess) count.tp++
          else if (guess) count.fp++
          else if (truth) count.fn++
          tally.set(name, count)
        }
      }
    }
  }
  const format = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(2))
  console.log(
    `Five-fold cross-validation by document over ${docs.length} training documents (unit level, threshold 0.5)`,
  )
  console.log('| model | TP | FP | FN | P | R | F1 |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const [name, { tp, fp, fn }] of tally) {
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    console.log(
      `| ${name} | ${tp} | ${fp} | ${fn} | ${format(precision)} | ${format(recall)} | ${format((2 * precision * recall) / (precision + recall))} |`,
    )
  }
}

const args = process.argv.slice(2)

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
  return value
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seed = seedArgument()
  const labels = readUnitLabels()
  if (args.includes('--cv')) {
    crossValidate(labels)
  } else {
    const text = weightsModule(train(examplesOf(trainingDocuments(labels), labels), seed))
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
    }
  }
}
