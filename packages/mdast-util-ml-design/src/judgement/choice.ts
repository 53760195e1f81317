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
 * their default before (`model` for `modelRules`, else `cues`): decided by
 * the sixth round's rule in `scripts/ablation.ts` on the `--hold` counts
 * pooled over j, k, l at f897a16, m, n, o at e18c241 and p at 5476e94
 * (99 documents, 2026-12-06): none qualified. Looking in the home section
 * only, at every threshold tried (0.9, 0.8, 0.7), `either` gave the word
 * lists' verdicts on every rule but one verdict at 0.7. It now looks in the
 * whole document; sealed batches q and r decide that in the seventh round
 * (docs/accuracy.md, sixth round).
 */
export const eitherRules: readonly string[] = []

/** A rule's default judgement. */
export function defaultJudgement(rule: string): Judgement {
  if (eitherRules.includes(rule)) return 'either'
  return modelRules.includes(rule) ? 'model' : 'cues'
}
