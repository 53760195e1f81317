/**
 * Limited-memory BFGS (L-BFGS) with a backtracking line search: the
 * deterministic full-batch minimiser behind `pnpm train --converged`. Small and plain
 * because the training data is a sparse binary matrix that the objective
 * walks itself; no npm package offers a maintained L-BFGS over typed arrays.
 */

/** An objective: its value at `point`, with its gradient written into `gradient`. */
export type Objective = (point: Float64Array, gradient: Float64Array) => number

export interface MinimiseOptions {
  /** Stop when the gradient's Euclidean norm is at most this. */
  tolerance: number
  /** Give up (throw) after this many iterations, or when the line search stalls short of `tolerance`. */
  iterations?: number
  /** How many past steps approximate the curvature. */
  memory?: number
}

/**
 * Where the line search finds no decrease left (the sums' rounding), the point is accepted if its gradient norm is
 * within this multiple of the tolerance; further away, something is wrong (a NaN, a non-convex objective).
 */
const stalledSlack = 10

const dot = (a: Float64Array, b: Float64Array): number => {
  let sum = 0
  for (let at = 0; at < a.length; at++) sum += a[at] * b[at]
  return sum
}

/** Minimise a smooth convex objective from `start` until its gradient is within `tolerance`; returns the point. */
export function minimise(objective: Objective, start: Float64Array, options: MinimiseOptions): Float64Array {
  const { tolerance, iterations = 5000, memory = 10 } = options
  const size = start.length
  let point = Float64Array.from(start)
  let gradient = new Float64Array(size)
  let value = objective(point, gradient)
  const steps: Float64Array[] = []
  const changes: Float64Array[] = []
  const scales: number[] = []
  const direction = new Float64Array(size)
  const alphas = new Float64Array(memory)
  let candidate = new Float64Array(size)
  let candidateGradient = new Float64Array(size)
  for (let iteration = 0; iteration < iterations; iteration++) {
    const norm = Math.sqrt(dot(gradient, gradient))
    if (norm <= tolerance) return point
    // The two-loop recursion: direction = -H·gradient, H the inverse Hessian the past steps imply.
    for (let at = 0; at < size; at++) direction[at] = -gradient[at]
    for (let past = steps.length - 1; past >= 0; past--) {
      alphas[past] = scales[past] * dot(steps[past], direction)
      const change = changes[past]
      for (let at = 0; at < size; at++) direction[at] -= alphas[past] * change[at]
    }
    if (steps.length > 0) {
      const last = steps.length - 1
      const gamma = dot(steps[last], changes[last]) / dot(changes[last], changes[last])
      for (let at = 0; at < size; at++) direction[at] *= gamma
    }
    for (let past = 0; past < steps.length; past++) {
      const beta = scales[past] * dot(changes[past], direction)
      const step = steps[past]
      for (let at = 0; at < size; at++) direction[at] += (alphas[past] - beta) * step[at]
    }
    let slope = dot(gradient, direction)
    if (!(slope < 0)) {
      // Not a descent direction (rounding): forget the curvature and go down the gradient.
      steps.length = 0
      changes.length = 0
      scales.length = 0
      for (let at = 0; at < size; at++) direction[at] = -gradient[at]
      slope = -norm * norm
    }
    // The first step has no curvature to scale it: a unit move along the gradient's direction.
    let length = steps.length === 0 ? Math.min(1, 1 / norm) : 1
    let next = Number.POSITIVE_INFINITY
    for (let halving = 0; halving < 60; halving++) {
      for (let at = 0; at < size; at++) candidate[at] = point[at] + length * direction[at]
      next = objective(candidate, candidateGradient)
      if (next <= value + 1e-4 * length * slope) break
      length /= 2
    }
    if (!(next <= value)) {
      // No decrease left within the precision of the sums: as near as it gets, if that is near enough.
      if (norm <= stalledSlack * tolerance) return point
      throw new Error(`L-BFGS stalled with the gradient norm at ${norm}, above ${tolerance}`)
    }
    const step = new Float64Array(size)
    const change = new Float64Array(size)
    for (let at = 0; at < size; at++) {
      step[at] = candidate[at] - point[at]
      change[at] = candidateGradient[at] - gradient[at]
    }
    const curvature = dot(step, change)
    if (curvature > 1e-12 * Math.sqrt(dot(step, step) * dot(change, change))) {
      if (steps.length === memory) {
        steps.shift()
        changes.shift()
        scales.shift()
      }
      steps.push(step)
      changes.push(change)
      scales.push(1 / curvature)
    }
    ;[point, candidate] = [candidate, point]
    ;[gradient, candidateGradient] = [candidateGradient, gradient]
    value = next
  }
  throw new Error(`L-BFGS did not converge in ${iterations} iterations (gradient norm above ${tolerance})`)
}
