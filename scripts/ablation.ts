/**
 * The ablation behind each rule's default `judgement`: per rule, the word
 * lists alone (`cues`), the word lists with the model able to refuse and
 * add units (`model`), the word lists with the model only able to add
 * units where they found none (`either`), and the word lists with the model
 * only able to refuse their units (`both`).
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
 *   pnpm ablation --public DIR --public-labels F
 *                            the same comparison on a pinned public set
 *                            (`pnpm eval --public-labels`'s format, such as
 *                            a sealed public batch) read from the bare
 *                            clones in DIR, with the shipped weights;
 *                            counts only, like every table here
 *   pnpm ablation --pool a.json b.json ...
 *                            no run: sum the counts that earlier runs wrote
 *                            with `--json` (say, `--hold` runs on several
 *                            old commits) and apply the choice to the sum
 *   --json F                 also write the raw counts (per mode and rule:
 *                            verdict and message tp, fp, fn, tn) to F
 *                            (files written before the ninth round hold no
 *                            `both`; `--pool` leaves its column out when
 *                            any file lacks it)
 *   --thresholds a,c,h[,s]   try other gate thresholds (answer, commitment,
 *                            home section, structured) than the shipped ones
 *   --converged              train with the converged trainer
 *                            (`train-converged.ts`) instead of the shipped one
 *   --either h1,h2,...       the thresholds `either` tries, one run each
 *                            (default: the shipped `either`; `either` looked
 *                            in the home section in the sixth round's
 *                            pooled runs, in the whole document since)
 *
 * The rules that choose, each written down before its table was read:
 *
 * 1. Fifth round (`model`): a rule uses the model when, over the documents
 *    compared, the model raises its verdict F1 by at least `minimumGain`
 *    and lowers neither its verdict precision nor its message F1. The word
 *    lists were tuned on every training document, so the cross-validation
 *    favours them; `--hold` on batches they never saw is the fair
 *    comparison (docs/accuracy.md).
 * 2. Sixth round (`either`), applied to the `--hold` counts pooled over
 *    j, k, l at f897a16, m, n, o at e18c241 and p at 5476e94 (`--pool`):
 *    first one home threshold for `either`, the same for every rule: the
 *    one with the highest macro verdict F1 over all the rules with every
 *    rule on `either`, ties to the higher threshold. Then per rule: its
 *    default becomes `either` when, against its default before this round
 *    (`model` for the rules in `modelRules`, else `cues`), `either` raises
 *    its verdict F1 by at least `minimumGain` and lowers neither its
 *    verdict precision nor its message F1; otherwise the rule keeps that
 *    default. (No rule qualified; `either` then moved to the whole
 *    document, which no pooled run has measured yet.)
 * 3. Seventh round (`either` in the whole document at 0.9): rule 2's per-rule
 *    test, applied to `--fresh` counts of the sealed q and r, both measured
 *    on the sixth round's final commit, pooled with `--pool`.
 * 4. Seventh round's change (`either` keeps the word lists' exclusions and
 *    completeness tests, `Requirements.admits`), written before any run on a
 *    sealed batch: `pnpm ablation --fresh` on the sealed batch s (and any
 *    later one, pooled with `--pool`), run on the seventh round's final
 *    commit: rule 2's per-rule test, against the default a rule had before
 *    `either` existed (`model` for the rules in `modelRules`, else `cues`,
 *    the `before` column). A rule takes `either` when it passes and keeps
 *    that default when it does not; `ml-constraints` and `ml-error-costs`
 *    are judged the same way, so they go back to `cues` unless the new
 *    `either` passes for them too.
 * 5. Eighth round (a trainer fitted to convergence, `train-model.ts`; it
 *    became `train-converged.ts`),
 *    written before any table of it was read: `pnpm ablation --hold j,k,l` on
 *    f897a16 and `--hold m,n,o` on e18c241 (detached worktrees with today's
 *    corpus documents, corpus labels and unit labels and the training
 *    scripts copied in), once with the old trainer (stochastic gradient
 *    descent, shuffle seed 14) and once with the new one, each pooled with
 *    `--pool`. The new trainer ships when, on the pooled counts,
 *    `ml-model-selection` in `model` loses no more than 0.01 verdict F1 and
 *    no verdict precision against the old trainer. Then batches p and q
 *    train when the same runs with them in training (`waitingBatches`
 *    emptied in the worktrees' copies), against the new trainer without
 *    them, give `ml-model-selection` on `model`, `ml-constraints` and
 *    `ml-error-costs` on `either` no verdict F1 loss above 0.01 and no
 *    precision loss, and every header example passes with them. Those two
 *    commits predate `either`; where it cannot run there, those two rules
 *    are compared on `model` instead, and the report says so.
 *    Result (87 documents): `ml-model-selection` in `model` went from F1
 *    0.88 (precision 0.78) with the old trainer to 0.85 (0.77) with the new
 *    one, so the new trainer does not ship: it stays as `--converged`, and
 *    p and q keep waiting (docs/accuracy.md, eighth round).
 * 7. Ninth round (`both`: the word lists pick the units, the model may only
 *    refuse one below the shipped `answer` / `structured` floor of 0.1 and
 *    never adds), written before any table of `both` was read. The runs
 *    that decide: `pnpm ablation --hold j,k,l --json A` on f897a16 and
 *    `pnpm ablation --hold m,n,o --json B` on e18c241, the sixth and eighth
 *    rounds' fair runs, where neither the word lists nor the model had seen
 *    the held batches: detached worktrees with today's corpus documents,
 *    corpus labels, unit labels and scripts copied in (the shipped trainer,
 *    today's `freshBatches` and `waitingBatches`), and the smallest port of
 *    `both` into their reader (their gate's refusal loop with its
 *    home-section addition skipped under `both`, `both` among their
 *    judgements, the judgement in their evidence cache's key; no word list
 *    or reading changed). One run each, pooled with `--pool A B` (87
 *    documents) in this worktree; their `cues` and `model` counts should
 *    equal the eighth round's shipped-trainer runs on the same commits, and
 *    a difference is reported, not corrected. Their `model` is their own
 *    gate's (it adds home-section units beside kept ones), so the sealed
 *    counts of the ninth round's start decide nothing here. Per rule, on
 *    the pooled counts: the rule defaults to `both` when, against its
 *    shipped default (`before` below: `model` for `ml-model-selection`,
 *    else `cues`), `both` raises its verdict F1 by at least `minimumGain`
 *    and lowers neither its verdict precision nor its message F1 (rule 2's
 *    test, the `both passes` column), and every header example still
 *    passes with that default (`pnpm vitest run test/examples.test.ts
 *    test/readme-use.test.ts test/either-examples.test.ts`); a rule that
 *    passes the measurement and fails an example keeps its default, and the
 *    report names the example. Nothing else is chosen: no threshold, and
 *    no rule moves to `either` or `model` on these runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultJudgement, judgements, modelRules, thresholds, useWeights } from 'mdast-util-ml-design/judgement'
import { corpusDirectory, type Label, readLabels } from './corpus.js'
import { formatMarkdown } from './eval-report.js'
import { type Case, evaluate } from './evaluate.js'
import { batchOf, examplesOf, freshBatches, readUnitLabels, trainingDocuments } from './judgement-data.js'
import { publicCases, readPublicLabels } from './public.js'
import { type Measure, measure } from './score.js'
import { folds } from './train.js'
import { trainConverged } from './train-converged.js'
import { train as trainShipped } from './train-model.js'

/** The trainer of the models compared: the shipped one, or the converged one with `--converged`. */
const train = process.argv.includes('--converged') ? trainConverged : trainShipped

type Mode = 'cues' | 'model' | 'either' | 'both'

/** The least rise in verdict F1 that makes a rule change its judgement. */
export const minimumGain = 0.03
type Counts = Record<string, { verdict: number[]; message: number[] }>
/**
 * What a run counts: per mode and rule; `either` per home threshold tried. `both` is missing from the files that
 * runs before the ninth round wrote.
 */
interface Results {
  documents: number
  cues: Counts
  model: Counts
  either: Record<string, Counts>
  both?: Counts
}

const caseOf = (label: Label): Case => ({
  name: label.file,
  split: label.split,
  shape: label.shape,
  text: readFileSync(join(corpusDirectory, label.file), 'utf8'),
  fires: label.fires,
  messages: label.messages,
})

function add(into: Counts, rule: string, verdict: number[], message: number[]): void {
  const entry = (into[rule] ??= { verdict: [0, 0, 0, 0], message: [0, 0, 0, 0] })
  verdict.forEach((value, at) => {
    entry.verdict[at] += value
  })
  message.forEach((value, at) => {
    entry.message[at] += value
  })
}

const countsOf = (from: Measure) => [from.tp, from.fp, from.fn, from.tn]

/** The either thresholds to try: `--either 0.9,0.8,0.7`, else the shipped one. */
const eitherThresholds = (() => {
  const at = process.argv.indexOf('--either')
  if (at < 0) return [thresholds.either]
  const values = (process.argv[at + 1] ?? '').split(',').filter(Boolean).map(Number)
  if (values.length === 0 || values.some((value) => !(value >= 0 && value <= 1))) {
    throw new Error('--either needs probabilities between 0 and 1, comma-separated, such as `--either 0.9,0.8,0.7`')
  }
  return values
})()

async function runMode(cases: Case[], split: string, mode: Mode, into: Counts): Promise<void> {
  const scores = await evaluate(cases, [split], [split], () => ({ judgement: mode }))
  for (const [rule, bySplit] of Object.entries(scores.rules)) {
    add(into, rule, countsOf(bySplit[split]), countsOf(scores.messages.rules[rule].pairs))
  }
}

/**
 * The judgements the reader in use knows. An older commit's reader (a `--hold` run in a scratch worktree) may lack
 * some: its `both` column is left out, and its `either` column copies `model`, as the eighth round's runs did.
 */
const known: ReadonlySet<string> = new Set(judgements)
for (const mode of ['either', 'both'])
  if (!known.has(mode))
    console.log(
      `This reader knows no \`${mode}\`: ${mode === 'both' ? 'its column is left out' : 'its column copies `model`'}`,
    )

/** Every mode on the cases, `either` once per threshold tried. */
async function run(cases: Case[], split: string, into: Results): Promise<void> {
  into.documents += cases.length
  await runMode(cases, split, 'cues', into.cues)
  await runMode(cases, split, 'model', into.model)
  if (known.has('both')) await runMode(cases, split, 'both', (into.both ??= {}))
  if (!known.has('either')) {
    into.either = { [String(thresholds.either)]: into.model }
    return
  }
  const shipped = thresholds.either
  for (const threshold of eitherThresholds) {
    thresholds.either = threshold
    await runMode(cases, split, 'either', (into.either[String(threshold)] ??= {}))
  }
  thresholds.either = shipped
}

const of = (counts: number[]) => measure(counts[0], counts[1], counts[2], counts[3])
const f = formatMarkdown
const macro = (counts: Counts) => {
  const rules = Object.keys(counts)
  return rules.reduce((sum, rule) => sum + of(counts[rule].verdict).f1, 0) / rules.length
}

/** Whether `to` beats `from` by the choice rule: verdict F1 up by `minimumGain`, precision and message F1 not down. */
function beats(from: Counts[string], to: Counts[string]): boolean {
  const [a, b] = [of(from.verdict), of(to.verdict)]
  if (from.verdict.join() === to.verdict.join()) return false
  return b.f1 - a.f1 >= minimumGain - 1e-9 && !(b.precision < a.precision) && !(of(to.message).f1 < of(from.message).f1)
}

/** The either threshold with the highest macro verdict F1, ties to the higher threshold. */
function bestHome(results: Results): string {
  const homes = Object.keys(results.either).sort((a, b) => Number(b) - Number(a))
  return homes.reduce((best, home) => (macro(results.either[home]) > macro(results.either[best]) + 1e-9 ? home : best))
}

/**
 * The judgement a rule is compared against: its shipped default, or for a rule that defaults to `both`, the default
 * it had before (`modelRules` and `defaultJudgement` alone, which older commits' readers also export).
 */
function before(rule: string): Mode {
  const shipped = defaultJudgement(rule)
  if (shipped !== 'both') return shipped
  return modelRules.includes(rule) ? 'model' : 'cues'
}

function table(title: string, results: Results): string[] {
  const home = bestHome(results)
  const modes: [Mode, Counts][] = [
    ['cues', results.cues],
    ['model', results.model],
    ['either', results.either[home]],
  ]
  if (results.both) modes.push(['both', results.both])
  const counts = Object.fromEntries(modes) as Partial<Record<Mode, Counts>>
  const pooled = (tally: Counts) =>
    Object.values(tally).reduce(([fp, fn], entry) => [fp + entry.verdict[1], fn + entry.verdict[2]], [0, 0])
  const named = modes.map(([mode]) => mode)
  // The judgements tested against each rule's default: rule 2's `either`, rule 7's `both` where counted.
  const tested = (['either', 'both'] as const).filter((mode) => counts[mode])
  const lines = [
    title,
    '',
    `Macro verdict F1: cues ${macro(results.cues).toFixed(3)}, model ${macro(results.model).toFixed(3)}, ${Object.keys(
      results.either,
    )
      .map((tried) => `either at ${tried} ${macro(results.either[tried]).toFixed(3)}`)
      .join(', ')}${results.both ? `, both ${macro(results.both).toFixed(3)}` : ''}; either's threshold: ${home}`,
    `False alarms / misses, all verdicts pooled: ${modes.map(([mode, tally]) => `${mode} ${pooled(tally).join(' / ')}`).join(', ')}`,
    '',
    `| rule | ${named.map((mode) => `${mode} P | ${mode} R | ${mode} F1`).join(' | ')} | ${named.map((mode) => `${mode} msg F1`).join(' | ')} | default | ${tested.map((mode) => `${mode} passes`).join(' | ')} |`,
    `| --- |${' --- |'.repeat(named.length * 4 + 1 + tested.length)}`,
  ]
  const takes: Record<'either' | 'both', string[]> = { either: [], both: [] }
  for (const rule of Object.keys(results.cues).sort()) {
    const cells = modes.flatMap(([, tally]) => {
      const verdict = of(tally[rule].verdict)
      return [f(verdict.precision), f(verdict.recall), f(verdict.f1)]
    })
    const messages = modes.map(([, tally]) => f(of(tally[rule].message).f1))
    const base = before(rule)
    const passes = tested.map((mode) => {
      const against = counts[base]?.[rule]
      const to = counts[mode]?.[rule]
      if (!against || !to || !beats(against, to)) return 'no'
      takes[mode].push(rule)
      return 'yes'
    })
    lines.push(`| \`${rule}\` | ${[...cells, ...messages].join(' | ')} | ${base} | ${passes.join(' | ')} |`)
  }
  const list = (rules: string[]) => rules.map((rule) => `\`${rule}\``).join(', ') || 'none'
  lines.push('', `Rules where \`either\` (at ${home}) passes against their default: ${list(takes.either)}`)
  if (results.both) lines.push(`Rules where \`both\` passes against their default: ${list(takes.both)}`)
  return lines
}

// `--thresholds answer,commitment,home` tries other thresholds than the shipped ones.
const tried = process.argv[process.argv.indexOf('--thresholds') + 1]
if (process.argv.includes('--thresholds') && tried) {
  const [answer, commitment, home, structured = answer] = tried.split(',').map(Number)
  Object.assign(thresholds, { answer, commitment, home, structured })
}
if (!process.argv.includes('--pool')) {
  console.log(`Thresholds: ${JSON.stringify(thresholds)}; either tries ${eitherThresholds.join(', ')}`)
}

const results: Results = { documents: 0, cues: {}, model: {}, either: {} }
const flag = (name: string) =>
  process.argv.includes(name) ? (process.argv[process.argv.indexOf(name) + 1] ?? '') : undefined
const held = flag('--hold')
const pool = flag('--pool')
if (pool !== undefined) {
  const after = process.argv.slice(process.argv.indexOf('--pool') + 1)
  const end = after.findIndex((arg) => arg.startsWith('--'))
  const files = end < 0 ? after : after.slice(0, end)
  if (files.length === 0)
    throw new Error('--pool needs the JSON files that `--json` wrote, such as `--pool a.json b.json`')
  const sources: string[] = []
  const withoutBoth: string[] = []
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`--pool: no file ${file} (write one with \`--json\`)`)
    const run = JSON.parse(readFileSync(file, 'utf8')) as Results & { held?: string }
    if (!run.either) throw new Error(`${file} holds no \`either\` counts: write it with this version's \`--json\``)
    results.documents += run.documents
    for (const mode of ['cues', 'model'] as const) {
      for (const [rule, entry] of Object.entries(run[mode])) add(results[mode], rule, entry.verdict, entry.message)
    }
    if (!run.both) withoutBoth.push(file)
    for (const [rule, entry] of Object.entries(run.both ?? {}))
      add((results.both ??= {}), rule, entry.verdict, entry.message)
    for (const [home, counts] of Object.entries(run.either)) {
      for (const [rule, entry] of Object.entries(counts))
        add((results.either[home] ??= {}), rule, entry.verdict, entry.message)
    }
    sources.push(`${run.held ?? file} (${run.documents})`)
  }
  // A sum over some of the files only would compare `both` on fewer documents than the rest: leave it out.
  if (withoutBoth.length > 0) {
    if (results.both)
      console.log(`No \`both\` counts in ${withoutBoth.join(', ')} (written before it existed): left out`)
    results.both = undefined
  }
  console.log(table(`Pooled: ${sources.join(', ')}: ${results.documents} documents`, results).join('\n'))
} else if (held !== undefined) {
  const batches = held.startsWith('-') ? [] : held.split(',').filter(Boolean)
  if (batches.length === 0) throw new Error('--hold needs batch letters, comma-separated, such as `--hold m,n,o`')
  const units = readUnitLabels()
  const docs = trainingDocuments(units).filter((doc) => !batches.includes(batchOf(doc)))
  useWeights(train(examplesOf(docs, units)))
  const cases = readLabels()
    .filter((label) => batches.includes(batchOf(label.file)))
    .map(caseOf)
  await run(cases, 'heldout', results)
  useWeights(undefined)
  const title = `Batches ${batches.join(', ')} (${cases.length} documents), model trained on the other ${docs.length}`
  console.log(table(title, results).join('\n'))
} else if (process.argv.includes('--public')) {
  const folder = flag('--public')
  const file = flag('--public-labels')
  if (!folder || folder.startsWith('--') || !file || file.startsWith('--'))
    throw new Error(
      "--public needs the clones' folder and --public-labels the labels file, such as `--public public-clones --public-labels sealed.yaml`",
    )
  if (!existsSync(folder)) throw new Error(`--public: no folder ${folder}`)
  const { cases, skipped } = publicCases(folder, readPublicLabels(file))
  for (const skip of skipped) console.log(`skipped ${skip.document}: ${skip.why}`)
  useWeights(undefined)
  await run(cases, 'public', results)
  console.log(table(`Public set ${file} (${cases.length} documents), shipped weights`, results).join('\n'))
} else if (process.argv.includes('--fresh')) {
  const cases = readLabels()
    .filter((label) => freshBatches.includes(batchOf(label.file)))
    .map(caseOf)
  useWeights(undefined)
  await run(cases, 'heldout', results)
  console.log(table(`Fresh held-out batches (${cases.length} documents), shipped weights`, results).join('\n'))
} else {
  const units = readUnitLabels()
  const docs = trainingDocuments(units)
  const byPath = new Map(readLabels().map((label) => [`fixtures/corpus/${label.file}`, label]))
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
    await run(cases, 'cv', results)
  }
  useWeights(undefined)
  console.log(table(`Five-fold cross-validation by document (${docs.length} documents)`, results).join('\n'))
}

const jsonPath = flag('--json')
if (jsonPath) writeFileSync(jsonPath, `${JSON.stringify({ thresholds, held, ...results }, null, 2)}\n`)
