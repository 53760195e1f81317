/**
 * How a heading's words name stages and parts: numbering, question headings
 * named by their verbs, and bold pseudo-headings.
 */
import type { Paragraph } from 'mdast'
import type { Compiled } from '../match/compile.js'
import { normalizeTitle, titleCandidates } from '../match/normalize.js'
import type { HeadingTarget, Stage } from '../vocabulary/stages.js'
import type { Block } from './text.js'

/** The shape of a title's numbering (`Step 3 -` and `Step 4:` share `step #`, `3.` and `3.1` do not), if any. */
export function numberingShape(compiled: Compiled, title: string): string | undefined {
  const match = compiled.patterns.numbering.exec(title)
  return match
    ? match[0]
        .toLowerCase()
        .trim()
        .replace(/\d+|\b[ivxlc]+$/g, '#')
        .replace(/\s+/g, ' ')
    : undefined
}

/** Whether a title ends in `?`, maybe inside its closing parenthesis (`... (why?)`). */
function endsInQuestion(title: string): boolean {
  let rest = title.trimEnd()
  if (rest.endsWith(')')) rest = rest.slice(0, -1).trimEnd()
  return rest.endsWith('?')
}

/** The synonyms a question heading names by its verbs: `How is it served?` names serving. */
export function questionCandidates(compiled: Compiled, title: string): string[] {
  const folded = normalizeTitle(title)
  if (!endsInQuestion(title) && !compiled.patterns.questionOpening.test(folded)) return []
  return compiled.patterns.questionPhrases.filter(({ pattern }) => pattern.test(folded)).map(({ synonym }) => synonym)
}

/** A value without the run of `chars` it ends with (a loop: `[...]+$` backtracks quadratically on a long run). */
export function withoutTrailing(value: string, chars: string): string {
  let end = value.length
  while (end > 0 && chars.includes(value[end - 1])) end--
  return value.slice(0, end)
}

/** The stages and parts a heading's candidate names take, in the context of the stages above it. */
export function headingTargets(compiled: Compiled, candidates: string[], ancestors: Stage[]): HeadingTarget[] {
  const found: HeadingTarget[] = []
  for (const candidate of candidates) {
    const contextual = compiled.contextual.get(candidate)
    const inContext = contextual?.find((entry) => ancestors.includes(entry.within))
    if (inContext) {
      found.push(inContext.target)
      // The whole title decides when it matches in context.
      if (candidate === candidates[0]) return found
      continue
    }
    const targets = compiled.headings.get(candidate)
    if (targets) {
      found.push(...targets)
      if (candidate === candidates[0]) return found
    }
  }
  return found
}

/** A paragraph that reads as a heading: only bold text, or a bold step lead-in (`**Step 2 — Frame it.** ...`). */
export function pseudoHeading(
  compiled: Compiled,
  prose: string,
  block: Block,
): { title: string; end: number } | undefined {
  if (block.kind !== 'paragraph' || block.listItem) return undefined
  const paragraph = block.node as Paragraph
  const first = paragraph.children[0]
  if (first?.type !== 'strong' || first.position?.end.offset === undefined) return undefined
  const boldEnd = first.position.end.offset
  const title = prose.slice(block.start, boldEnd).replace(/\s+/g, ' ').trim()
  const rest = prose.slice(boldEnd, block.end).trim()
  if (title.length === 0 || title.length > 90) return undefined
  if (rest.length === 0) {
    // A paragraph that is only bold text; a whole sentence in bold is emphasis, not a heading,
    // unless it is a FAQ's question that names a stage by its verb (`**How will we evaluate it?**`).
    if (/[.!?]$/.test(title) && title.split(/\s+/).length > 4) {
      const asks = /\?$/.test(title) && headingTargets(compiled, questionCandidates(compiled, title), []).length > 0
      if (!asks) return undefined
    }
    return /:$/.test(title) ? { title: title.slice(0, -1), end: block.end } : { title, end: block.end }
  }
  // A bold lead-in that reads as a heading: `**Step 2 — Frame the problem.** ...`
  if (/:$/.test(title) || rest.startsWith(':')) return undefined
  if (compiled.patterns.numberedStep.test(title) || /[.—–-]$/.test(title)) {
    const cleaned = withoutTrailing(title, '.—–-')
    return headingTargets(compiled, titleCandidates(cleaned), []).length > 0
      ? { title: cleaned, end: boldEnd }
      : undefined
  }
  return undefined
}
