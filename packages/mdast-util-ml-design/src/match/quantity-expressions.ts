/**
 * The quantity expressions' building blocks, compiled from the vocabulary's
 * number, unit and rate words: an amount (`3.4M`, `tens of thousands`), a
 * count before its unit, a count per time unit, and the Russian test for a
 * span word that times a job rather than data (`за 2 недели`). `compile.ts`
 * assembles them into `Patterns`.
 */

import type { Vocabulary } from '../vocabulary/index.js'
import { alternation, choice, gap, notAfterWord, number, startingWith } from './numbers.js'

// Not `\b` after the multiplier: it is ASCII-only, and never ends a Cyrillic one (`млн`, `тыс.`).
export const multiplierOf = (words: readonly string[]) => String.raw`(?:\s*(?:${choice(words)})(?![\p{L}\p{N}_]))?`

/** The words an amount in words starts with (`several`, `tens of`), for `startingWith`. */
const amountStarts = (vocabulary: Vocabulary) => [...vocabulary.amountCounts, ...vocabulary.amountPhrases]

export function wordAmount(vocabulary: Vocabulary): string {
  return String.raw`(?:(?:${choice(vocabulary.amountCounts)})\s+(?:${choice(vocabulary.amountWords)})s?|(?:${choice(vocabulary.amountPhrases)}))(?:\s+of)?`
}

// A word between a number and its unit ("daily active"), but not a time unit or a joining word ("72 h among users").
const filler = String.raw`(?!(?:among|from|for|to|in|on|at|by|per|with|than|of|h|hrs?|ms|s|mins?|secs?|days?|weeks?|months?|years?)(?![\p{L}]))[\p{L}][\p{L}\-/]*`
/** The words of `under a second` and its kin, a fast duration in words. */
export const underASecond = ['under', 'within', 'below', 'less than']
/** What joins a count to the time unit it is counted per: a slash or a join word (`per`, `a`; `в` in Russian). */
export const rateJoin = (vocabulary: Vocabulary) =>
  String.raw`(?:${gap}*\/${gap}*|${gap}+(?:${choice(vocabulary.rateJoinWords)})${gap}+)`

export function quantityExpression(vocabulary: Vocabulary, units: readonly string[]): RegExp {
  // Up to two words between the number and its unit ("3.4M daily active creators"); a unit that
  // opens a compound ("40,000 query-product pairs") is not the unit.
  return new RegExp(
    String.raw`${startingWith(amountStarts(vocabulary))}${notAfterWord('.@')}(?:${number}${multiplierOf(vocabulary.numberMultipliers)}\+?|${wordAmount(vocabulary)})(?:${gap}*|(?:${gap}+${filler}){1,2}${gap}+)(?:${alternation(units)})(?![\p{L}\p{N}]|[\-\u2010-\u2015]\p{L})`,
    'giu',
  )
}

export function rateExpression(vocabulary: Vocabulary): RegExp {
  return new RegExp(
    String.raw`${startingWith(amountStarts(vocabulary))}${notAfterWord('.@$€£')}(?:${number}${multiplierOf(vocabulary.numberMultipliers)}\+?|${wordAmount(vocabulary)})(?:${gap}+${filler}){0,4}?${rateJoin(vocabulary)}(?:${alternation(vocabulary.rateUnits)})(?![\p{L}\p{N}])`,
    'giu',
  )
}

/**
 * A word, then a span word (`за`) at the end: unless a data noun ends there, directly or past one word and a short
 * preposition's phrase (`данные собраны за`, `история продаж сети за`, `чеки из хранилища за`).
 */
export function jobSpanBefore(v: Vocabulary): { test(text: string): boolean } {
  if (v.historySpanBefore.length === 0) return { test: () => false }
  const span = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(v.historySpanBefore)})${gap}*$`, 'iu')
  // A data noun ending where a word ends (the words are found apart, so no expression scans the whole text).
  const nounEnd = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(v.historyNouns)})$`, 'iu')
  return {
    test(text) {
      const found = span.exec(text)
      if (!found) return false
      // The words before the span word, the last one first (only the last few can hold the data noun).
      const head = text.slice(Math.max(0, found.index - 160), found.index + (/\p{L}/u.test(found[0][0]) ? 0 : 1))
      const words = [...head.matchAll(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu)].slice(-4).reverse()
      if (words.length === 0) return false
      const nounAt = (index: number) => {
        const word = words[index]
        return word !== undefined && nounEnd.test(head.slice(0, (word.index ?? 0) + word[0].length))
      }
      const short = (index: number) => (words[index]?.[0].length ?? 99) <= 3
      // `данные за`, `данные собраны за`, `чеки из хранилища за`, `история продаж сети за`.
      const data = nounAt(0) || nounAt(1) || (short(1) && (nounAt(2) || nounAt(3)))
      return !data
    },
  }
}

/**
 * The data's growth just before a rate's number (`the dataset grows by ~2k`, `датасет растёт примерно на 1-`): a
 * growth word with the data set as its subject a few words before it, then a hedge anywhere around it (`about`,
 * `примерно`), a sign, or the first number of a range. A log that grows by requests is load, not a data set.
 */
export function dataGrowthBefore(v: Vocabulary): { test(text: string): boolean } {
  const growth = new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${alternation(v.dataGrowthTerms)})${gap}*(?:[~≈]${gap}*)?(?:\d+(?:[.,]\d+)?${gap}*[-–—]${gap}*)?$`,
    'iu',
  )
  const subject = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(v.dataGrowthSubjects)})(?![\p{L}])`, 'iu')
  const hedge = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(v.approximateWords)})(?![\p{L}])`, 'giu')
  return {
    test(text) {
      const tail = text.slice(-80).replace(hedge, ' ')
      const found = growth.exec(tail)
      return found !== null && subject.test(tail.slice(Math.max(0, found.index - 40), found.index + 1))
    },
  }
}
