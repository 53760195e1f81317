/**
 * Which rules judge with the model by default. Decided by measurement
 * alone (`pnpm ablation`, `docs/accuracy.md`): a rule is here only where
 * the model raised verdict F1 by at least 0.03 and lowered neither
 * precision nor message F1 on documents that neither side had seen: the
 * word lists of a commit never tuned on the batches, the model trained
 * without them (`pnpm ablation --hold`), pooled over batches j, k, l at
 * f897a16 and m, n, o at e18c241 (87 documents, 2026-12-06, fifth round).
 * The cross-validation over the training documents favours the word
 * lists, which were tuned on every one of them, and chose none.
 */
import type { Judgement } from './model.js'

export const modelRules: readonly string[] = ['ml-model-selection']

/**
 * Which rules judge with `either` (the model only adds) by default, against
 * their default before (`model` for `modelRules`, else `cues`). Sixth round:
 * the rule in `scripts/ablation.ts` on the `--hold` counts pooled over
 * j, k, l at f897a16, m, n, o at e18c241 and p at 5476e94 (99 documents),
 * `either` then looking in the home section only: none qualified. Seventh
 * round, with `either` looking in the whole document (rule 3 there, written
 * before the run): `pnpm ablation --fresh` on the sealed batches q and r at
 * e0bc72d (24 documents nobody had read, 2026-12-06); these three raised
 * verdict F1 by at least 0.03 and lowered neither precision nor message F1
 * (counts in docs/ablation/sealed-qr-fresh-e0bc72d.json): `ml-constraints`,
 * `ml-error-costs` and `ml-evaluation`. `ml-evaluation` stays on `cues`: on
 * `either` it passes an offline metric whose held-out data is never named
 * (its header example `holdout-group.md`, the contract's own rule), which
 * the model cannot see; a rule's contract examples outrank a measurement.
 * Since then `either` keeps the word lists' exclusions and completeness
 * tests (`Requirements.admits`). Eighth round, rule 4 there (written before
 * the run): `pnpm ablation --fresh` on the sealed batch s at 54ac22b (12
 * documents nobody had read, 2026-12-06; counts in
 * docs/ablation/sealed-s-fresh-54ac22b.json). `either` gave exactly what
 * `cues` gave for `ml-constraints` and `ml-error-costs`: no gain, so both go
 * back to `cues`. It raised `ml-model-selection` over `model` (verdict F1
 * 0.86 to 1.00: one false alarm fewer), so the rule would move it; it stays
 * on `model`, by the precedent above: on `either` its header example
 * `no-candidates.md` loses its baseline message (the word lists count
 * "keeping the status quo" among a feature store's alternatives as the
 * baseline, and only the model's refusal keeps the rule firing there).
 * `either` stays an option (`judgement: "either"`) that no rule defaults to.
 */
export const eitherRules: readonly string[] = []

/**
 * Which rules judge with `both` (the model only refuses, nothing is added)
 * by default, against their default before it. Ninth round, rule 7 in
 * `scripts/ablation.ts` (written before the run): `pnpm ablation --hold` on
 * j, k, l at f897a16 and m, n, o at e18c241 (87 documents neither the word
 * lists nor the model had seen, `both` ported into those commits' gates),
 * pooled (counts in docs/ablation/ninth-round-*.json). No rule passed:
 * `both` gave `model`'s verdicts on every rule but `ml-deployment` (where it
 * gave `cues`'), so it gained nothing for `ml-model-selection`, and where it
 * raised verdict F1 over `cues` by 0.03 or more it lost precision
 * (`ml-missing-data` 0.81 to 0.77, `ml-constraints`, `ml-data-preparation`,
 * `ml-evaluation`) or message F1 (`ml-error-costs`). The sealed counts of
 * the round's start (`ml-missing-data` on `model`) chose nothing. `both`
 * stays an option (`judgement: "both"`) that no rule defaults to.
 */
export const bothRules: readonly string[] = []

/** A rule's default judgement. */
export function defaultJudgement(rule: string): Judgement {
  if (eitherRules.includes(rule)) return 'either'
  if (bothRules.includes(rule)) return 'both'
  return modelRules.includes(rule) ? 'model' : 'cues'
}
