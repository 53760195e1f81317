/**
 * How far a macro-F1 can be trusted: intervals by resampling the documents,
 * drawn by cluster (the repository a public document comes from, the batch
 * a corpus document was written in), since documents by one author or of
 * one batch share their habits and are not independent draws.
 *
 * Each document's outcome is one code per rule (`outcomeCode`); a resample
 * draws as many clusters as there are, with replacement, and scores the
 * documents they hold as `pnpm eval` does (macro-F1 over the rules). The
 * generator is seeded, so an interval is the same on every run.
 *
 * `pairedInterval` compares two runs over the same documents (a branch and
 * its base) on the same draws: the spread of the difference is what says
 * whether a change moved the score or only the noise. With fewer than
 * `minimumClusters` clusters the intervals are not shown (`eval-intervals.ts`).
 */
import { seededRandom } from './random.js'
import { measure } from './score.js'

/** A document's outcome per rule, one character each in rule order: `t`, `f` (false alarm), `m` (miss), `n`. */
export interface DocumentOutcome {
  /** The document (`owner/name:path`, a corpus file), or its hash in a saved file. */
  document: string
  /** What it is drawn with: the repository, or the corpus batch. */
  cluster: string
  codes: string
}

export interface Interval {
  macroF1: number
  low: number
  high: number
  documents: number
  clusters: number
}

export interface PairedInterval {
  /** Documents in both runs. */
  documents: number
  clusters: number
  difference: number
  low: number
  high: number
  /** Share of the draws in which the second run scores higher, and lower (the rest are ties). */
  higher: number
  lower: number
}

export const resamples = 2000
const seed = 20261207
/**
 * Below this many clusters no interval is given: a percentile bootstrap over a handful of batches (the tuning half
 * has six) has only a few distinct resamples and covers far less often than it claims.
 */
export const minimumClusters = 10

/** The code of one verdict: what the rule did (`fired`) against what the label says (`expected`). */
export function outcomeCode(fired: boolean, expected: boolean): string {
  return fired ? (expected ? 't' : 'f') : expected ? 'm' : 'n'
}

/** The cluster a document is drawn with: its repository (`owner/name:path`), else its corpus batch (`h-...md`). */
export function clusterOf(document: string): string {
  const colon = document.indexOf(':')
  if (colon > 0) return document.slice(0, colon)
  const dash = document.indexOf('-')
  return dash > 0 ? document.slice(0, dash) : document
}

/** Counts per rule of one cluster's documents: [tp, fp, fn, tn] for each rule. */
function clusterCounts(documents: DocumentOutcome[], rules: number): Int32Array {
  const counts = new Int32Array(rules * 4)
  for (const { codes } of documents) {
    for (let rule = 0; rule < rules; rule++) {
      const slot = 'tfmn'.indexOf(codes[rule] ?? 'n')
      counts[rule * 4 + (slot < 0 ? 3 : slot)]++
    }
  }
  return counts
}

function macroOfCounts(counts: Int32Array, rules: number): number {
  let sum = 0
  for (let rule = 0; rule < rules; rule++) {
    const at = rule * 4
    sum += measure(counts[at], counts[at + 1], counts[at + 2], counts[at + 3]).f1
  }
  return rules === 0 ? Number.NaN : sum / rules
}

function grouped(documents: DocumentOutcome[]): Map<string, DocumentOutcome[]> {
  const groups = new Map<string, DocumentOutcome[]>()
  for (const item of documents) {
    const list = groups.get(item.cluster)
    if (list) list.push(item)
    else groups.set(item.cluster, [item])
  }
  return groups
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN
  const at = Math.min(sorted.length - 1, Math.max(0, Math.round(share * (sorted.length - 1))))
  return sorted[at]
}

/** Draw cluster indices for every resample, the same for every caller with the same number of clusters. */
function draws(clusters: number, count = resamples): Uint32Array[] {
  const random = seededRandom(seed + clusters)
  return Array.from({ length: count }, () => {
    const drawn = new Uint32Array(clusters)
    for (let index = 0; index < clusters; index++) drawn[index] = Math.floor(random() * clusters)
    return drawn
  })
}

function summed(parts: Int32Array[], drawn: Uint32Array, size: number): Int32Array {
  const total = new Int32Array(size)
  for (const index of drawn) {
    const part = parts[index]
    for (let slot = 0; slot < size; slot++) total[slot] += part[slot]
  }
  return total
}

/** The macro-F1 of a set of documents and its 95% interval over resampled clusters. */
export function intervalOf(documents: DocumentOutcome[], rules: number): Interval {
  const groups = [...grouped(documents).values()]
  const parts = groups.map((group) => clusterCounts(group, rules))
  const all = clusterCounts(documents, rules)
  const values = draws(parts.length)
    .map((drawn) => macroOfCounts(summed(parts, drawn, rules * 4), rules))
    .sort((a, b) => a - b)
  return {
    macroF1: macroOfCounts(all, rules),
    low: percentile(values, 0.025),
    high: percentile(values, 0.975),
    documents: documents.length,
    clusters: parts.length,
  }
}

/**
 * The difference in macro-F1 between two runs over the documents both have (matched by `document`), with its 95%
 * interval over the same resampled clusters.
 */
export function pairedInterval(before: DocumentOutcome[], after: DocumentOutcome[], rules: number): PairedInterval {
  const earlier = new Map(before.map((item) => [item.document, item]))
  const pairs = after.filter((item) => earlier.has(item.document))
  if (pairs.length === 0)
    return { documents: 0, clusters: 0, difference: Number.NaN, low: Number.NaN, high: Number.NaN, higher: 0, lower: 0 }
  const groups = [...grouped(pairs).values()]
  const partsAfter = groups.map((group) => clusterCounts(group, rules))
  const partsBefore = groups.map((group) =>
    clusterCounts(
      group.map((item) => earlier.get(item.document) as DocumentOutcome),
      rules,
    ),
  )
  const size = rules * 4
  const differences = draws(groups.length)
    .map(
      (drawn) =>
        macroOfCounts(summed(partsAfter, drawn, size), rules) - macroOfCounts(summed(partsBefore, drawn, size), rules),
    )
    .sort((a, b) => a - b)
  const all = (parts: Int32Array[]) =>
    summed(
      parts,
      Uint32Array.from(parts, (_, index) => index),
      size,
    )
  return {
    documents: pairs.length,
    clusters: groups.length,
    difference: macroOfCounts(all(partsAfter), rules) - macroOfCounts(all(partsBefore), rules),
    low: percentile(differences, 0.025),
    high: percentile(differences, 0.975),
    higher: differences.filter((value) => value > 0).length / differences.length,
    lower: differences.filter((value) => value < 0).length / differences.length,
  }
}
