/**
 * The part ids of the rule contract, in one place for the scripts that
 * label and score: what a statement can answer (unit labels, `pnpm label`)
 * and what a message can report missing or wrong (expected messages,
 * `pnpm eval`), which adds the stages and whole-document checks.
 */

/** What a unit can answer for the designed system. */
export const answerValues = [
  'business-objective',
  'data-source',
  'labels',
  'data-size',
  'constraint',
  'scale',
  'latency',
  'ml-objective',
  'online-metric',
  'offline-metric',
  'input',
  'output',
  'family',
  'paradigm',
  'features',
  'missing-data',
  'imbalance',
  'outliers',
  'candidates',
  'baseline',
  'interpretability',
  'retraining',
  'offline-evaluation',
  'online-evaluation',
  'error-costs',
  'serving',
  'monitoring-signal',
] as const

/** What a message says is missing or wrong: any answer, or one of these. */
export const partIds = [
  ...answerValues,
  'metric-filing',
  'data-preparation',
  'evaluation',
  'metric-fit',
  'deployment',
  'monitoring',
  'stage-order',
  'placeholder',
] as const
