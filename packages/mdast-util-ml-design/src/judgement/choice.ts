/**
 * Which rules judge with the model by default. Decided by measurement
 * (`docs/accuracy.md`, the ablation): a rule is here only where cues plus
 * the model did better than cues alone on the tuning half's document-wise
 * cross-validation and no worse on the held-out half. Every other rule
 * defaults to `cues`.
 */
import type { Judgement } from './model.js'

export const modelRules: readonly string[] = []

/** A rule's default judgement. */
export function defaultJudgement(rule: string): Judgement {
  return modelRules.includes(rule) ? 'model' : 'cues'
}
