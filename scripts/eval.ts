/**
 * Measure every rule against the labelled corpus (`fixtures/corpus/`):
 * true/false positives and negatives, precision, recall and F1, for the
 * tuning and held-out parts separately, message-level scores and scores per
 * document shape for the held-out part, then the documents where a rule
 * and its label disagree.
 *
 *   pnpm eval                  table and disagreements
 *   pnpm eval --json [file]    the same as JSON (to stdout, or to a file)
 *   pnpm eval --rule ml-scale  disagreements of one rule only
 *   pnpm eval --markdown       the tables as Markdown (for docs/accuracy.md)
 *   pnpm eval --heldout        also list the held-out disagreements (for a
 *                              final review only: never tune on them)
 *   pnpm eval --batch h,i      score only the documents of these label files
 *                              (`fixtures/corpus/labels/h.yaml`, `i.yaml`)
 *   pnpm eval --public DIR     also score the public tuning set from the
 *                              bare clones in DIR (skipped when DIR is absent)
 *   --public-labels FILE       with --public (or --clone-commands): another
 *                              labels file of the same format instead of
 *                              `fixtures/public/labels.yaml`, such as a sealed
 *                              public batch: its counts are printed, never
 *                              its disagreements
 *   pnpm eval --judgement either
 *                              every rule judges with `cues`, `model` or
 *                              `either` instead of its default
 *   pnpm eval --clone-commands [DIR]
 *                              print the `git clone --bare` commands that
 *                              fill DIR (default `public-clones`) and stop
 *   --compare-with DIR         run the same evaluation in another checkout
 *                              (a worktree at the base commit, installed) and
 *                              print the difference in macro-F1 per set with
 *                              its 95% interval over the same resampled
 *                              documents; the other run's verdicts come
 *                              through a pipe and are never shown
 *
 * Every macro-F1 comes with a 95% interval from resampling the documents by
 * repository (public sets) or by batch (the corpus), when there are at least
 * ten of them: see `bootstrap.ts`.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { type Judgement, judgements } from 'mdast-util-ml-design/judgement'
import type { DocumentOutcome } from './bootstrap.js'
import { type CorpusResult, runCorpus } from './corpus.js'
import {
  compareOutcomes,
  comparisonLines,
  intervalLine,
  outcomesOf,
  type PipedOutcomes,
  pipeVariable,
  setIntervals,
} from './eval-intervals.js'
import {
  disagreementLines,
  formatMarkdown,
  markdownShapes,
  markdownVerdicts,
  messageDisagreementLines,
  messageTable,
  shapeTable,
  verdictTable,
} from './eval-report.js'
import { cloneCommands, type PublicResult, readPublicLabels, runPublic } from './public.js'
import { macroF1 } from './score.js'

const args = process.argv.slice(2)
const argumentAfter = (flag: string): string | undefined => {
  const index = args.indexOf(flag)
  const value = index >= 0 ? args[index + 1] : undefined
  return value && !value.startsWith('--') ? value : undefined
}

const publicLabels = argumentAfter('--public-labels')
if (args.includes('--public-labels') && !publicLabels) {
  console.error('--public-labels needs a labels file in the format of fixtures/public/labels.yaml')
  process.exit(1)
}
if (publicLabels && !args.includes('--public') && !args.includes('--clone-commands')) {
  console.error('--public-labels goes with --public DIR (or --clone-commands)')
  process.exit(1)
}

if (args.includes('--clone-commands')) {
  for (const command of cloneCommands(
    readPublicLabels(publicLabels),
    argumentAfter('--clone-commands') ?? 'public-clones',
  )) {
    console.log(command)
  }
  process.exit(0)
}

const json = args.includes('--json')
const jsonFile = argumentAfter('--json')
const onlyRule = argumentAfter('--rule')
const showHeldout = args.includes('--heldout')
const publicFolder = argumentAfter('--public')
if (args.includes('--public') && !publicFolder) {
  console.error('--public needs the folder that holds the bare clones (see docs/accuracy.md)')
  process.exit(1)
}

const judgement = argumentAfter('--judgement')
if (args.includes('--judgement') && !judgements.includes(judgement as Judgement)) {
  console.error(`--judgement needs one of ${judgements.join(', ')}, such as \`--judgement either\``)
  process.exit(1)
}
const batchList = argumentAfter('--batch')
if (args.includes('--batch') && !batchList) {
  console.error('--batch needs label file names without `.yaml`, comma-separated, such as `--batch h,i`')
  process.exit(1)
}
const compareWith = argumentAfter('--compare-with')
if (
  args.includes('--compare-with') &&
  (!compareWith || !existsSync(compareWith) || !statSync(compareWith).isDirectory())
) {
  console.error('--compare-with needs the folder of another installed checkout of this project (a git worktree)')
  process.exit(1)
}
// Internal: the other side of --compare-with, which sets the variable; its outcomes go to the pipe only.
const outcomesPipe = args.includes('--outcomes-pipe')
if (outcomesPipe && process.env[pipeVariable] !== '1') {
  console.error('--outcomes-pipe is internal to --compare-with')
  process.exit(1)
}
let result: CorpusResult
try {
  result = await runCorpus(
    undefined,
    batchList?.split(',').map((batch) => batch.trim()),
    judgement,
  )
} catch (error) {
  console.error(`--batch: ${(error as Error).message}`)
  process.exit(1)
}
let publicResult: PublicResult | undefined
try {
  publicResult = publicFolder ? await runPublic(publicFolder, publicLabels, judgement) : undefined
  // A measurement set's disagreements are never printed, in the tables or in the JSON.
  if (publicResult && publicLabels)
    publicResult = { ...publicResult, scores: { ...publicResult.scores, disagreements: [], messageDisagreements: [] } }
} catch (error) {
  console.error(`--public-labels: ${(error as Error).message}`)
  process.exit(1)
}
// Intervals and the comparison, then the outcomes leave the results (they name documents).
const ruleIds = Object.keys(result.rules)
const sets: Record<string, DocumentOutcome[]> = { ...(result.outcomes ?? {}) }
if (publicResult) sets.public = publicResult.scores.outcomes.public ?? []
if (outcomesPipe) {
  const piped: PipedOutcomes = { rules: ruleIds, sets }
  process.stdout.write(`${JSON.stringify(piped)}\n`)
  process.exit(0)
}
const intervals = setIntervals(sets, ruleIds.length)
const other = compareWith ? outcomesOf(compareWith, args) : undefined
const comparison = other && !('error' in other) ? compareOutcomes(other, ruleIds, sets) : other
delete result.outcomes
if (publicResult) publicResult = { ...publicResult, scores: { ...publicResult.scores, outcomes: {} } }
const clusterWord = (set: string) => (set === 'public' ? 'repositories' : 'batches')
const intervalOfSet = (set: string) => (intervals[set] ? intervalLine(intervals[set], clusterWord(set)) : undefined)

const publicMissing =
  publicFolder && !publicResult
    ? `${publicFolder} does not exist: public set skipped (docs/accuracy.md says how to get the clones)`
    : undefined
const forRule = <T extends { rule: string }>(items: T[]) => items.filter((item) => !onlyRule || item.rule === onlyRule)

function publicLines(found: PublicResult): string[] {
  const { scores } = found
  const rules = Object.fromEntries(Object.entries(scores.rules).map(([id, m]) => [id, m.public]))
  const read = scores.documents.public
  const lines = [
    '',
    `${publicLabels ? `Public set ${publicLabels}` : 'Public tuning set'}: ${read} of ${found.labelled.documents} documents read (${found.labelled.repositories} repositories) from ${found.folder}${read > 0 ? `, macro-F1 ${formatMarkdown(macroF1(rules))}` : ': nothing to score'}`,
  ]
  for (const skip of found.skipped) lines.push(`  skipped ${skip.document}: ${skip.why}`)
  if (read === 0) return lines
  lines.push(...verdictTable('', rules).slice(1))
  const interval = intervalOfSet('public')
  if (interval) lines.push(`Public set ${interval}`)
  lines.push('', ...shapeTable('Public set by shape', scores.shapes))
  if (scores.messages.documents > 0) lines.push('', ...messageTable('Public set, messages', scores.messages))
  if (publicLabels) {
    lines.push('', `Disagreements not listed: ${publicLabels} is a measurement set (counts only)`)
    return lines
  }
  lines.push('', 'Disagreements on the public set (a tuning set: read them freely)')
  lines.push(
    ...disagreementLines(forRule(scores.disagreements)),
    ...messageDisagreementLines(forRule(scores.messageDisagreements)),
  )
  return lines
}

if (args.includes('--markdown')) {
  const heldout = Object.fromEntries(Object.entries(result.rules).map(([id, m]) => [id, m.heldout]))
  console.log(
    `Measured ${result.measured} on ${result.documents.tune} tuning and ${result.documents.heldout} held-out documents.\n`,
  )
  console.log(
    '| rule | tune P | tune R | tune F1 | held-out TP | FP | FN | TN | held-out P | held-out R | held-out F1 |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [id, { tune, heldout: h }] of Object.entries(result.rules)) {
    console.log(
      `| \`${id}\` | ${formatMarkdown(tune.precision)} | ${formatMarkdown(tune.recall)} | ${formatMarkdown(tune.f1)} | ${h.tp} | ${h.fp} | ${h.fn} | ${h.tn} | ${formatMarkdown(h.precision)} | ${formatMarkdown(h.recall)} | ${formatMarkdown(h.f1)} |`,
    )
  }
  console.log(`\nHeld-out ${intervalOfSet('heldout') ?? `macro-F1 ${formatMarkdown(macroF1(heldout))}`}\n`)
  console.log(markdownShapes(result.shapes).join('\n'))
  console.log(
    `\nMessage level, ${result.messages.documents} held-out documents:\n\n${markdownVerdicts(Object.fromEntries(Object.entries(result.messages.rules).map(([id, m]) => [id, m.pairs]))).join('\n')}`,
  )
  if (publicResult && publicResult.scores.documents.public > 0) {
    const rules = Object.fromEntries(Object.entries(publicResult.scores.rules).map(([id, m]) => [id, m.public]))
    console.log(
      `\nPublic set: ${publicResult.scores.documents.public} documents, ${intervalOfSet('public') ?? `macro-F1 ${formatMarkdown(macroF1(rules))}`}\n\n${markdownVerdicts(rules).join('\n')}\n\n${markdownShapes(publicResult.scores.shapes).join('\n')}`,
    )
  }
  if (publicMissing) console.log(`\n${publicMissing}`)
  if (comparison && compareWith) console.log(comparisonLines(comparison, compareWith).join('\n'))
} else if (json) {
  const output: CorpusResult & {
    public?: PublicResult | { skipped: string }
    intervals?: typeof intervals
    compared?: typeof comparison
  } = { ...result, intervals }
  if (comparison) output.compared = comparison
  if (publicResult) output.public = publicResult
  else if (publicMissing) output.public = { skipped: publicMissing }
  const text = `${JSON.stringify(output, null, 2)}\n`
  if (jsonFile) writeFileSync(jsonFile, text)
  else process.stdout.write(text)
} else {
  const lines: string[] = []
  for (const split of ['tune', 'heldout'] as const) {
    lines.push(
      '',
      ...verdictTable(
        `${split === 'tune' ? 'Tuning' : 'Held-out'} part (${result.documents[split]} documents)`,
        Object.fromEntries(Object.entries(result.rules).map(([id, m]) => [id, m[split]])),
      ),
    )
    const interval = intervalOfSet(split)
    if (interval) lines.push(`${split === 'tune' ? 'Tuning' : 'Held-out'} part ${interval}`)
  }
  lines.push('', ...messageTable('Held-out part, message level', result.messages))
  if (result.labelProblems.length > 0) {
    lines.push('', 'Expected messages that cannot be scored (their document-rule pairs are left out):')
    lines.push(...result.labelProblems.map((problem) => `  ${problem}`))
  }
  lines.push('', ...shapeTable('Held-out part by shape', result.shapes))
  lines.push(
    '',
    `Disagreements on the ${showHeldout ? 'tuning and held-out parts' : 'tuning part (held-out ones are counted above, listed only with --heldout)'}`,
  )
  const visible = <T extends { split: string; rule: string }>(items: T[]) =>
    forRule(items).filter((item) => showHeldout || item.split !== 'heldout')
  lines.push(
    ...disagreementLines(visible(result.disagreements)),
    ...messageDisagreementLines(visible(result.messageDisagreements)),
  )
  if (publicResult) lines.push(...publicLines(publicResult))
  if (publicMissing) lines.push('', publicMissing)
  if (comparison && compareWith) lines.push(...comparisonLines(comparison, compareWith))
  console.log(lines.join('\n'))
}
