/**
 * The shapes around a quantity that say what it is not: an example, a name a number completes, a window or delay,
 * a share, a count qualified as data, recorded time, and numbers set as TeX. Built once per process from the word
 * lists (and, for the two that take user words, once per vocabulary); `quantities.ts` reads them. Also whether a
 * scale slot answers without a number, which decides what a count elsewhere may be.
 */
import type { DesignDocument } from '../document/document.js'
import type { Compiled } from '../match/compile.js'
import { alternation, before, number } from '../match/numbers.js'
import {
  dataQualifierTerms,
  exampleTerms,
  ordinalNameTerms,
  recordedSpanNotAfter,
  recordedSpanNotBefore,
  recordedSpanUnits,
} from '../vocabulary/quantities.js'

/** An example given, not the data there is: "e.g. 500 videos" (sharpened contract of `ml-data-availability`). */
export const exampleBefore = before(exampleTerms)

/** A name that a number completes (`Phase 1 baseline`): what follows is no count of it. */
export const ordinalBefore = before(ordinalNameTerms)

/** A qualifier inside a count that makes it data, not load (`200 held-out requests`). */
export const dataQualified = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${alternation(dataQualifierTerms)})(?![\p{L}])`,
  'iu',
)

/**
 * Recorded time where the data is described (`300 h of consented meetings`, `~5,600 ring nights`): an amount of the
 * data, with at most one word between the number and its unit; not a delay or window (`48 h after the call`,
 * `lag: 2-6 weeks`).
 */
export const recordedSpan = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])${number}(?:[^\S\n]*[kKmM](?![\p{L}]))?\+?[^\S\n]*(?:[\p{L}][\p{L}-]*[^\S\n]+)?(?:${alternation(recordedSpanUnits)})(?![\p{L}\p{N}])`,
  'giu',
)
export const recordedSpanAfter = new RegExp(
  String.raw`^[^\S\n]*(?:/|(?:${alternation(recordedSpanNotAfter)})(?![\p{L}]))`,
  'iu',
)
export const recordedSpanBefore = new RegExp(
  String.raw`(?:(?:^|[^\p{L}])(?:${alternation(recordedSpanNotBefore)})[^\S\n]*[:=]?|[/+])[^\S\n]*(?:[~≈][^\S\n]*)?(?:\d+(?:\.\d+)?[^\S\n]*(?:[-–—]|to)[^\S\n]*)?$`,
  'iu',
)

/** A year where a count would stand (`the 2025 random-hour test`). */
export const yearCount = /^(?:19|20)\d\d(?![\d,.])/

/** A closed range of years (`2019–2025`, `2019 - 2025`): a span of history where the data is described. */
export const yearRange = /(?<![\p{L}\p{N}])(?:19|20)\d\d[^\S\n]*[–—-][^\S\n]*(?:19|20)\d\d(?![\p{L}\p{N}])/gu

/**
 * Words just before a span that make it a window of an outcome or a delay, not history: "within 6 months", "at 6
 * months", "≥ 7 months", "labels arrive within about two hours", "chargebacks are delayed ~45–60 days".
 */
export const spanWindowBefore = before(
  [
    'within',
    'within about',
    'within roughly',
    'within around',
    'at',
    'after',
    'next',
    'in the next',
    'over the next',
    'delayed',
    'delayed by',
  ],
  '<>≥≤',
)

const durationInputCache = new WeakMap<Compiled, RegExp>()

/** What follows a duration that is a length of input (`durationInputNouns`): "25 ms windows". */
export function durationInput(compiled: Compiled): RegExp {
  let expression = durationInputCache.get(compiled)
  if (!expression) {
    expression = new RegExp(
      String.raw`^[^\S
]*-?[^\S
]*(?:${alternation(compiled.vocabulary.durationInputNouns)})(?![\p{L}])`,
      'iu',
    )
    durationInputCache.set(compiled, expression)
  }
  return expression
}

const perEntityCache = new WeakMap<Compiled, RegExp>()

/** "per customer", "for each request": what follows a count sized per entity, not per (working) unit of time. */
export function perEntity(compiled: Compiled): RegExp {
  let expression = perEntityCache.get(compiled)
  if (!expression) {
    const times = alternation(compiled.vocabulary.rateUnits)
    expression = new RegExp(
      String.raw`^[^\S\n]+(?:per|for each|for every)[^\S\n]+(?!(?:[\p{L}]+[^\S\n]+)?(?:${times})(?![\p{L}]))[\p{L}]`,
      'iu',
    )
    perEntityCache.set(compiled, expression)
  }
  return expression
}

/**
 * A number set as TeX math for a blog's MathJax (`$40$k requests per second`, `$100$ million users`): its dollar
 * signs are no currency and no text, so they are blanked (same length) before the quantities are matched. Only a
 * bare number between them; a formula (`$5 * 10^{16}$`) stays as it is.
 */
const texNumber = /\$(\d[\d.,]*)\$(?!\d)/g

export function blankTexNumbers(prose: string): string {
  return prose.includes('$') ? prose.replace(texNumber, (_whole, digits: string) => ` ${digits} `) : prose
}

/** A number written in digits or in words (`40k`, `millions of`, `a dozen`): what a vague scale slot lacks. */
const writtenAmount = /\d|\b(?:thousands?|millions?|billions?|hundreds?|dozens?)\b/i

/**
 * Whether the document's own scale slot (a `Scale` or `Volume` section or label among the requirements) answers
 * without any number: every such slot says something (no placeholder) and none writes a digit or an amount word
 * (`millions of users` is a number, `large` is none). A slot elsewhere (a `traffic` row of a table of inputs) is no
 * answer to the scale.
 */
export function scaleWithoutNumber(document: DesignDocument): boolean {
  const slots = document.partContent('scale').filter((range) => {
    const section = document.sectionAt(range.start)
    return section >= 0 && document.sections[section].inStages.includes('requirements')
  })
  return (
    slots.length > 0 &&
    slots.every((range) => document.substantive(range) && !writtenAmount.test(document.textOf(range)))
  )
}

/** Whether a count's text is in a unit of load written before or after it (`DAU 500 million`, `40k QPS`). */
export function countsLoad(text: string, units: readonly string[]): boolean {
  const folded = text.toLowerCase()
  return units.some((unit) => folded.startsWith(unit) || folded.endsWith(unit))
}

const startingAtQuantity = new WeakMap<Compiled['patterns'], Set<RegExp>>()

/**
 * The quantity expressions that start only at a digit or at a word `quantityStarts` finds (see
 * `quantityStartExpression`), so that `Quantities` tries them only there; any other runs over the whole prose.
 */
export function startsAtQuantity(patterns: Compiled['patterns']): Set<RegExp> {
  let found = startingAtQuantity.get(patterns)
  if (!found) {
    const { scale, dataSize, history, historySpan, anySpan, anyCount, fastDuration, slowDuration, rate } = patterns
    const more = [patterns.scaleUnitFirst, yearRange, recordedSpan]
    found = new Set([
      scale,
      dataSize,
      history,
      historySpan,
      anySpan,
      anyCount,
      fastDuration,
      slowDuration,
      rate,
      ...more,
    ])
    startingAtQuantity.set(patterns, found)
  }
  return found
}
