/** Plain string work on the words around a metric mention: no pattern that backtracks. */

/**
 * Whether the words before a metric reject it, directly ("rather than accuracy") or across an `or` list
 * ("instead of revenue metrics or CTR": up to three words before the `or`) and a slash list ("over AUC/RMSE").
 * Plain string work, no pattern that backtracks.
 */
export function rejectedBefore(before: string, expression: RegExp): boolean {
  if (expression.test(before)) return true
  const words = before.trimEnd().split(' ')
  // "over AUC/RMSE": the rejection reaches the metrics of a slash list too.
  if (before.endsWith('/') && words.length > 1) return expression.test(`${words.slice(0, -1).join(' ')} `)
  if (words.length > 0 && /^(?:the|a|an)$/i.test(words[words.length - 1])) words.pop()
  if (words.length === 0 || !/^n?or$/i.test(words[words.length - 1])) return false
  words.pop()
  for (let dropped = 1; dropped <= 3 && dropped < words.length; dropped++) {
    if (expression.test(`${words.slice(0, words.length - dropped).join(' ')} `)) return true
  }
  return false
}

/**
 * Whether a text ends with a value read `at` or `@` (the operating point of the metric before it: "recall @ 5% ",
 * "precision at 1% "). Scanned from the end by hand, so no pattern backtracks over a long run of digits.
 */
export function endsWithValueAt(before: string): boolean {
  let end = before.trimEnd()
  if (end.endsWith('%')) end = end.slice(0, -1)
  let start = end.length
  while (start > 0 && '0123456789.,'.includes(end[start - 1])) start--
  if (start === end.length || !/\d/.test(end[start])) return false
  if (start > 0 && '~≈'.includes(end[start - 1])) start--
  const head = end.slice(0, start).trimEnd()
  return head.endsWith('@') || /(?:^|[^\p{L}])at$/iu.test(head)
}

/** A tolerance just after a metric: "accuracy within ±15%", "accuracy (within 10%)": a value's closeness, not a class's. */
export const toleranceAfter =
  /^\s{0,2}\(?\s{0,2}within\s{0,2}(?:±|\+\/-|\+-)?\s{0,2}\d+(?:[.,]\d+)?\s{0,2}(?:%|pp?\b|pts?\b|min|minutes|days?|hours?)/i
