/**
 * Clarifying questions written as list items, with their answers nested under them (`- Real-time or batch?` then
 * `- batch, once a week`): the question says what its answers are about.
 */
import type { DesignDocument } from '../document/document.js'
import type { Range, Sentence } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import { alternation, choice, number } from '../match/numbers.js'

/**
 * What is nested under the list item a sentence opens: the lines after it indented deeper than its marker, up to
 * the first that is not. Read from the item's own lines only, so it costs what the item holds.
 */
export function nestedUnder(source: string, sentence: Sentence): Range | undefined {
  if (!sentence.listItem) return undefined
  const lineStart = source.lastIndexOf('\n', sentence.start - 1) + 1
  const marker = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]/.exec(source.slice(lineStart, sentence.start + 1))
  if (!marker) return undefined
  const indent = marker[1].length
  let end = source.indexOf('\n', sentence.end)
  if (end < 0) return undefined
  const start = end + 1
  while (end < source.length) {
    const next = source.indexOf('\n', end + 1)
    const line = source.slice(end + 1, next < 0 ? source.length : next)
    if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break
    end = next < 0 ? source.length : next
  }
  return end > start ? { start, end } : undefined
}

/**
 * The answers nested under the list-item questions among some sentences (those that mention what a question must
 * be about): one range per question that has any. Only the candidates' own lines are read.
 */
export function questionAnswers(document: DesignDocument, candidates: Iterable<number>): Range[] {
  const result: Range[] = []
  for (const index of candidates) {
    const sentence = document.sentences[index]
    if (!sentence.listItem || !/\?\s*$/.test(document.textOf(sentence))) continue
    const nested = nestedUnder(document.source, sentence)
    if (nested) result.push(nested)
  }
  return result
}

/**
 * A question that asks how many of a unit (`How many daily active users?`, `Total number of users on the
 * platform?`): `how many`, `number of`, `No. of` or `count of`, up to three words, then one of the units.
 */
function countQuestion(units: string): RegExp {
  return new RegExp(
    String.raw`(?:^|[^\p{L}])(?:how many|(?:total )?number of|no\.? of|count of)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,3}?(?:${units})(?![\p{L}])[^?]*\?\s*$`,
    'iu',
  )
}

/**
 * The answers written right after a question that asks how many (`… users? (like 1 billion)`, or a nested `- ~300M`):
 * the sentence after it in the same block, or the first one nested under it, when it is only a number, with an
 * approximation word or brackets around it. Returns the answering sentences whose number `value` reads.
 */
export function countAnswers(document: DesignDocument, question: Sentence, value: RegExp): Sentence[] {
  const candidates: Sentence[] = []
  const next = document.sentences[question.index + 1]
  if (next && next.block === question.block && question.block >= 0) candidates.push(next)
  const nested = nestedUnder(document.source, question)
  const first = nested ? document.sentencesIn(nested)[0] : undefined
  if (first) candidates.push(first)
  return candidates.filter((sentence) => value.test(document.textOf(sentence)))
}

const countCache = new WeakMap<Compiled, { question: RegExp; value: RegExp }>()

/** A question that asks how many users, requests or items there are, and an answer that is only a number. */
export function countExpressions(compiled: Compiled): { question: RegExp; value: RegExp } {
  let found = countCache.get(compiled)
  if (!found) {
    const { scaleUnits, numberMultipliers } = compiled.vocabulary
    found = {
      question: countQuestion(alternation(scaleUnits)),
      value: new RegExp(
        String.raw`^[(\[]?\s*(?:(?:like|about|around|roughly|approximately|approx\.|maybe|say)\s+|[~≈]\s*)?${number}(?:\s*(?:${choice(numberMultipliers)})(?![\p{L}]))?\+?\s*[)\]]?[.!]?$`,
        'iu',
      ),
    }
    countCache.set(compiled, found)
  }
  return found
}
