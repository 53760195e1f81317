/**
 * Which rules judge with the model by default. Decided by measurement
 * alone (`pnpm ablation`, `docs/accuracy.md`): a rule is here only where,
 * on five-fold cross-validation by document over the training documents
 * (every labelled batch but the fresh held-out ones), the model raised
 * verdict F1 by at least 0.03 and lowered neither precision nor message
 * F1. None did (2026-12-06), so every rule defaults to `cues`.
 */
import type { Judgement } from './model.js'

export const modelRules: readonly string[] = []

/** A rule's default judgement. */
export function defaultJudgement(rule: string): Judgement {
  return modelRules.includes(rule) ? 'model' : 'cues'
}
