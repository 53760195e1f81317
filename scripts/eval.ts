/**
 * Measure every rule against the labelled corpus (`fixtures/corpus/`):
 * true/false positives and negatives, precision, recall and F1, for the
 * tuning and held-out parts separately, then the documents where a rule
 * and its label disagree.
 *
 *   pnpm eval                 table and disagreements
 *   pnpm eval --json [file]   the same as JSON (to stdout, or to a file)
 *   pnpm eval --rule ml-scale disagreements of one rule only
 *   pnpm eval --markdown      the table as Markdown (for docs/accuracy.md)
 *   pnpm eval --heldout       also list the held-out disagreements (for a
 *                             final review only: never tune on them)
 */
import { writeFileSync } from 'node:fs'
import { type Measure, runCorpus } from './corpus.js'

const args = process.argv.slice(2)
const json = args.includes('--json')
const jsonFile = json ? args[args.indexOf('--json') + 1] : undefined
const onlyRule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined
const showHeldout = args.includes('--heldout')

const result = await runCorpus()

if (args.includes('--markdown')) {
  const format = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(2))
  console.log(
    `Measured ${result.measured} on ${result.documents.tune} tuning and ${result.documents.heldout} held-out documents.\n`,
  )
  console.log(
    '| rule | tune P | tune R | tune F1 | held-out TP | FP | FN | TN | held-out P | held-out R | held-out F1 |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [id, { tune, heldout }] of Object.entries(result.rules)) {
    console.log(
      `| \`${id}\` | ${format(tune.precision)} | ${format(tune.recall)} | ${format(tune.f1)} | ${heldout.tp} | ${heldout.fp} | ${heldout.fn} | ${heldout.tn} | ${format(heldout.precision)} | ${format(heldout.recall)} | ${format(heldout.f1)} |`,
    )
  }
} else if (json) {
  const text = `${JSON.stringify(result, null, 2)}\n`
  if (jsonFile && !jsonFile.startsWith('--')) writeFileSync(jsonFile, text)
  else process.stdout.write(text)
} else {
  const format = (value: number) => (Number.isNaN(value) ? '  - ' : value.toFixed(2))
  const row = (id: string, m: Measure) =>
    `${id.padEnd(24)} ${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)} ${String(m.tn).padStart(3)}  ${format(m.precision)}  ${format(m.recall)}  ${format(m.f1)}`
  for (const split of ['tune', 'heldout'] as const) {
    console.log(`\n${split === 'tune' ? 'Tuning' : 'Held-out'} part (${result.documents[split]} documents)`)
    console.log(`${'rule'.padEnd(24)}  tp  fp  fn  tn  prec   rec    f1`)
    for (const [id, measures] of Object.entries(result.rules)) console.log(row(id, measures[split]))
  }
  console.log(
    `\nDisagreements on the ${showHeldout ? 'tuning and held-out parts' : 'tuning part (held-out ones are counted above, listed only with --heldout)'}`,
  )
  for (const item of result.disagreements) {
    if (onlyRule && item.rule !== onlyRule) continue
    if (item.split === 'heldout' && !showHeldout) continue
    console.log(
      `${item.rule}: ${item.file} [${item.split}] label=${item.expected ? 'fires' : 'silent'}${item.reason ? ` (${item.reason})` : ''}`,
    )
    for (const message of item.messages) console.log(`    ${message}`)
  }
}
