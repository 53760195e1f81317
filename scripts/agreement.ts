/**
 * `pnpm agreement A B`: how often two labellings of the same pinned
 * documents agree, rule by rule. A and B are label files in the public
 * set's format (`fixtures/public/labels.yaml`: repo, commit, path, and the
 * rules that fire); documents are matched by repository, commit and path,
 * and only documents in both files count. A is read as the reference, so
 * B's F1 against A is what a second careful reviewer would score if the
 * first one's labels were the truth: a ceiling for the rules on the same
 * documents, and the rules where the contract leaves the most to
 * judgement. Prints counts only (no document names), so a sealed set can
 * be compared too.
 *
 *   pnpm agreement fixtures/public/labels.yaml fixtures/public/agreement/pw-second.yaml
 *   pnpm agreement A B --json F   also write the counts to F
 */
import { writeFileSync } from 'node:fs'
import { rules } from 'remark-preset-lint-ml-design'
import { type PublicLabel, readPublicLabels } from './public.js'
import { type Measure, Tally } from './score.js'

export interface Agreement {
  documents: number
  /** Per rule: B against A (tp: both fire, fp: only B, fn: only A, tn: neither), and Cohen's kappa. */
  rules: Record<string, Measure & { agreement: number; kappa: number }>
  macroF1: number
  /** Every verdict pooled: the share on which A and B agree. */
  agreement: number
}

const key = (label: PublicLabel) => `${label.repo}@${label.commit}:${label.path}`

/** Cohen's kappa of two yes/no labellings from their four counts (1 when they agree on every document). */
export function kappa(tp: number, fp: number, fn: number, tn: number): number {
  const total = tp + fp + fn + tn
  if (total === 0) return 1
  const observed = (tp + tn) / total
  const chance = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (total * total)
  return chance === 1 ? 1 : (observed - chance) / (1 - chance)
}

/** Compare two labellings of the same documents; a rule id outside the contract's is an error, naming it. */
export function compareLabels(reference: PublicLabel[], second: PublicLabel[]): Agreement {
  const ids = rules.map((rule) => rule.meta.id)
  for (const label of [...reference, ...second])
    for (const rule of Object.keys(label.fires ?? {}))
      if (!ids.includes(rule)) throw new Error(`${key(label)}: \`${rule}\` is not a rule id`)
  const byKey = new Map(second.map((label) => [key(label), label]))
  const tally = new Tally()
  for (const id of ids) tally.touch(id)
  let documents = 0
  for (const label of reference) {
    const other = byKey.get(key(label))
    if (!other) continue
    documents++
    for (const id of ids) tally.add(id, Boolean(other.fires?.[id]), Boolean(label.fires?.[id]))
  }
  const perRule: Agreement['rules'] = {}
  let same = 0
  let all = 0
  for (const id of ids) {
    const counts = tally.get(id)
    const total = counts.tp + counts.fp + counts.fn + counts.tn
    same += counts.tp + counts.tn
    all += total
    perRule[id] = {
      ...counts,
      agreement: total === 0 ? 1 : (counts.tp + counts.tn) / total,
      kappa: kappa(counts.tp, counts.fp, counts.fn, counts.tn),
    }
  }
  const f1s = Object.values(perRule).map((rule) => rule.f1)
  return {
    documents,
    rules: perRule,
    macroF1: f1s.reduce((sum, value) => sum + value, 0) / f1s.length,
    agreement: all === 0 ? 1 : same / all,
  }
}

function main(argv: string[]): void {
  const jsonAt = argv.indexOf('--json')
  const json = jsonAt >= 0 ? argv[jsonAt + 1] : undefined
  if (jsonAt >= 0 && !json) throw new Error('--json needs a file to write')
  const files = argv.filter((arg, index) => !arg.startsWith('--') && (jsonAt < 0 || index !== jsonAt + 1))
  if (files.length !== 2) throw new Error('usage: pnpm agreement REFERENCE.yaml SECOND.yaml [--json F]')
  const result = compareLabels(readPublicLabels(files[0]), readPublicLabels(files[1]))
  const fixed = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(2))
  console.log(
    `${result.documents} documents in both; verdicts agree on ${(100 * result.agreement).toFixed(1)}%; ` +
      `macro F1 of the second against the first ${fixed(result.macroF1)}`,
  )
  console.log('\n| rule | both fire | only first | only second | neither | agreement | kappa | F1 |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [id, rule] of Object.entries(result.rules))
    console.log(
      `| \`${id}\` | ${rule.tp} | ${rule.fn} | ${rule.fp} | ${rule.tn} | ${fixed(rule.agreement)} | ${fixed(rule.kappa)} | ${fixed(rule.f1)} |`,
    )
  if (json) writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`)
}

if (process.argv[1]?.endsWith('agreement.ts')) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    process.exitCode = 1
  }
}
