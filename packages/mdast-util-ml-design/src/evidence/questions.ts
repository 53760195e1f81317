/**
 * Clarifying questions written as list items, with their answers nested under them (`- Real-time or batch?` then
 * `- batch, once a week`): the question says what its answers are about.
 */
import type { DesignDocument } from '../document/document.js'
import type { Range, Sentence } from '../document/types.js'

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
