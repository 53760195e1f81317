/** The shape of the judgement model's weights (written by `pnpm train` into weights.ts). */

/** One linear model: its bias and its non-zero weights, buckets ascending, each stored as the gap from the one before. */
export interface LinearModel {
  bias: number
  index: number[]
  value: number[]
}

export interface Weights {
  /** The hash space the features were trained in (see `features.ts`). */
  bits: number
  models: Record<string, LinearModel>
}
