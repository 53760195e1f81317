/**
 * The intervals `pnpm eval` prints beside each macro-F1, and the saved
 * outcomes `--outcomes-out` writes and `--compare` reads back. A saved file
 * names no document: names and clusters are hashed, so a measurement set's
 * file says no more than its counts do to whoever opens it.
 */
import { writeFileSync } from 'node:fs'
import {
  type DocumentOutcome,
  hashed,
  type Interval,
  intervalOf,
  type PairedInterval,
  pairedInterval,
  resamples,
} from './bootstrap.js'

/** What `--outcomes-out` writes: the rule order, then each set's documents with hashed names. */
export interface SavedOutcomes {
  rules: string[]
  sets: Record<string, DocumentOutcome[]>
}

/** Each set's macro-F1 with its interval; sets without documents are left out. */
export function setIntervals(sets: Record<string, DocumentOutcome[]>, rules: number): Record<string, Interval> {
  return Object.fromEntries(
    Object.entries(sets)
      .filter(([, documents]) => documents.length > 0)
      .map(([name, documents]) => [name, intervalOf(documents, rules)]),
  )
}

const hashAll = (documents: DocumentOutcome[]): DocumentOutcome[] =>
  documents.map((item) => ({ document: hashed(item.document), cluster: hashed(item.cluster), codes: item.codes }))

/** Write the outcomes of every set, names hashed. */
export function saveOutcomes(file: string, rules: string[], sets: Record<string, DocumentOutcome[]>): void {
  const saved: SavedOutcomes = {
    rules,
    sets: Object.fromEntries(Object.entries(sets).map(([name, documents]) => [name, hashAll(documents)])),
  }
  writeFileSync(file, `${JSON.stringify(saved)}\n`)
}

/**
 * The difference from a saved run for every set both have (matched by hashed name). A saved run with another list
 * of rules cannot be compared: the codes would be read against the wrong rules.
 */
export function compareOutcomes(
  saved: SavedOutcomes,
  rules: string[],
  sets: Record<string, DocumentOutcome[]>,
): Record<string, PairedInterval> | { error: string } {
  if (saved.rules.join(',') !== rules.join(','))
    return { error: 'the saved run has another list of rules: save it again with this version' }
  const found: Record<string, PairedInterval> = {}
  for (const [name, documents] of Object.entries(sets)) {
    const before = saved.sets[name]
    if (!before || documents.length === 0) continue
    found[name] = pairedInterval(before, hashAll(documents), rules.length)
  }
  return found
}

const three = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(3))
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${three(Math.abs(value))}`

/** `macro-F1 0.891 (95% interval 0.862–0.917; 228 documents in 21 batches)`. */
export function intervalLine(interval: Interval, clusterWord: string): string {
  return `macro-F1 ${three(interval.macroF1)} (95% interval ${three(interval.low)}–${three(interval.high)}; ${interval.documents} documents in ${interval.clusters} ${clusterWord}, ${resamples} resamples)`
}

/** The comparison with a saved run, one line per set, or why there is none. */
export function outcomeLines(comparison: Record<string, PairedInterval> | { error: string }, file: string): string[] {
  if ('error' in comparison) return ['', `Compared with ${file}: ${comparison.error}`]
  const lines = ['', `Compared with ${file} (same documents, same resamples):`]
  for (const [name, paired] of Object.entries(comparison)) {
    lines.push(
      `  ${name}: ${signed(paired.difference)} (95% interval ${signed(paired.low)} to ${signed(paired.high)}; higher in ${Math.round(paired.higher * 100)}% of the resamples; ${paired.documents} documents in ${paired.clusters} clusters)`,
    )
  }
  if (Object.keys(comparison).length === 0) lines.push('  no set in common')
  return lines
}
