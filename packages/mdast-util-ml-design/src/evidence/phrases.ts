/**
 * Phrases some rules recognise in one sentence, on demand: a measure on
 * live traffic in the author's own words, an objective written as a
 * probability, a cut-off on a score, a bound on a value; and labels that
 * name the labels of the data.
 */
import type { DesignDocument } from '../document/document.js'
import type { Statement } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import { singular } from '../match/normalize.js'
import { absentOutcomeNouns } from '../vocabulary/phrases.js'
import type { Scope } from './scope.js'

const probabilityOpening = /(?:^|[^\p{L}])[Pp](?:r)?\(\s*\p{L}/gu

/**
 * A lower bound written with a sign, as "more than" is in words: `> 50`, `>= 3`, `≥ 3`, `&gt; 95%` (raw HTML), or a
 * plus after a count and before a word (`60+ shifts`). Not an arrow (`-> 0`, `=> 2`), a sum (`3 + 4`) or a formula
 * (`log(1+x)`); an upper bound (`< 5 min`, `≤ 2%`) is a cap on the output or a filter of short items as often.
 */
const signedBound =
  /(?:(?<![-=])>|≥|&gt;)=?[^\S\n]*(?:[~≈][^\S\n]*)?\d|(?<![\p{L}\p{N}.,])\d[\d,.]*\+(?=[^\S\n]+\p{L})/u

/**
 * A stand-in value written as a literal: a quoted or code value or a short whole number after an arrow or `=` (`→
 * "no_ride"`, `-> 0`, `quiz_done = 0`, `= -1`; not a share, `→ 2%`, nor a count, `n = 1,200`), or a quoted or code
 * value soon after a verb that assigns it (`get
 * the \`general\` tag`, `keep a separate "guest" value`). Read from the source, where code keeps its backticks.
 */
const standInValue =
  /(?:→|->|=>|(?<![<>!=])=)[^\S\n]{0,3}(?:["“'‘`]|-?\d{1,3}(?![\d.,%])(?![^\S\n]{0,3}%))|\b(?:gets?|got|keeps?|kept|becomes?|set to|defaults? to|falls? back to|mapped to)\b[^.;:!?\n]{0,25}?["“`]/iu

/**
 * A record said to lack something: `without`, `w/o`, `with no`, `lacking` or `lacks`, an optional determiner, and the
 * word after it (`pages without an effective date`, `lectures w/o slides`, `POIs with no opening hours`).
 */
const absence =
  /(?<![\p{L}\p{N}])(?:(without|w\/o)|with[^\S\n]+no|lacking|lacks)[^\S\n]+((?:a|an|any|the|their|its)[^\S\n]+)?(\p{L}+)(?:[^\S\n]+(\p{L}+))?/giu

const outcomeNouns = new Set(absentOutcomeNouns)

/**
 * Whether a text says that a record lacks a field (`pages without an effective date`, `lectures w/o slides`, `POIs
 * with no opening hours`): not an action left undone (`send w/o reading`: an `-ing` word straight after "without")
 * nor an outcome that did not happen (`with no drop in CSAT`, `without precision loss`, `shown without a click`:
 * `absentOutcomeNouns`, as the first or second word).
 */
export function writesAbsentField(text: string): boolean {
  absence.lastIndex = 0
  for (let match = absence.exec(text); match; match = absence.exec(text)) {
    const word = match[3].toLowerCase()
    if (match[1] && !match[2] && word.endsWith('ing')) continue
    // The noun may follow a modifier: "without precision loss", "with no CSAT drop".
    if (outcomeNouns.has(singular(word)) || (match[4] && outcomeNouns.has(singular(match[4].toLowerCase())))) continue
    return true
  }
  return false
}

/** Whether a text gives a stand-in value as a literal (`→ "no_ride"`, `-> 0`, `get the \`general\` tag`). */
export function writesStandIn(text: string): boolean {
  return standInValue.test(text)
}

/** Whether a text sets a lower bound with a sign (`> 50 opens a day`, `60+ shifts`): signs the scanner cannot see. */
export function writesSignedBound(text: string): boolean {
  return signedBound.test(text)
}

export class Phrases {
  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly scope: Scope,
  ) {}

  #text(sentence: number): string {
    const found = this.document.sentences[sentence]
    return this.document.prose.slice(found.start, found.end)
  }

  /**
   * "Online, the share of searches ending in a save" / "Once live, the number that matters is the gap between
   * forecast and delivered tonnage": a quantity the author measures on live traffic, in their own words. An
   * opening with "matters to <anything but , . ;>" before the measure is checked against the next `,` `.` `;`
   * for each opening (`(?: to [^,.;]+)?` in the expression would scan the rest of the text from every opening).
   */
  saysLiveMetric(sentence: number): boolean {
    const text = this.#text(sentence)
    const { liveMetric, liveMeasure, liveMattersTo } = this.compiled.patterns
    if (liveMetric.test(text)) return true
    const measures: number[] = []
    liveMeasure.lastIndex = 0
    for (let match = liveMeasure.exec(text); match; match = liveMeasure.exec(text)) {
      measures.push(match.index)
      liveMeasure.lastIndex = match.index + 1
    }
    let next = 0
    let stop = -1
    liveMattersTo.lastIndex = 0
    for (let match = liveMattersTo.exec(text); match; match = liveMattersTo.exec(text)) {
      const from = match.index + match[0].length
      while (next < measures.length && measures[next] <= from) next++
      if (stop < from) {
        stop = from
        while (stop < text.length && !',.;'.includes(text[stop])) stop++
      }
      if (next < measures.length && measures[next] < stop) return true
    }
    return false
  }

  /**
   * Whether a sentence writes the objective as a probability: `P(x..)` or `Pr(x..)` with at least two characters
   * before the first `)` after `x` (found once for all openings: `[^)]{2,}\)` would be quadratic).
   */
  writesProbability(sentence: number): boolean {
    const text = this.#text(sentence)
    let close = -1
    probabilityOpening.lastIndex = 0
    for (let match = probabilityOpening.exec(text); match; match = probabilityOpening.exec(text)) {
      const from = match.index + match[0].length
      if (close < from) close = text.indexOf(')', from)
      if (close === -1) return false
      // Two characters: code points, as the expression has the `u` flag.
      if (close - from >= 4 || [...text.slice(from, close)].length >= 2) return true
    }
    return false
  }

  /** Whether a sentence states a cut-off on a score (`> 0.95`, `0.7-0.95`) that is no alert on the system's health. */
  statesScoreCutoff(sentence: number): boolean {
    const text = this.document.textOf(this.document.sentences[sentence])
    return this.compiled.patterns.scoreCutoff.test(text) && !this.compiled.patterns.systemSignal.test(text)
  }

  /** Whether a sentence can bound a value: a number, a bracket, a sign, a bound, a clamp or a cap. */
  mayBoundValue(sentence: number): boolean {
    return this.compiled.patterns.boundHint.test(this.#text(sentence))
  }

  /** Labelled statements of the available data whose label names its labels (`Labels:`) and that say something. */
  labelStatements(): Statement[] {
    const { document } = this
    return document.statements.filter(
      (statement) =>
        statement.parts.includes('data-availability') &&
        this.compiled.patterns.labelName.test(statement.label) &&
        // A label over options nobody chose (`- labels: ??? options:`) says how the data could be labelled, not how it is.
        document.sentencesIn(statement).some((sentence) => document.answers(sentence) && this.scope.commits(sentence)),
    )
  }
}
