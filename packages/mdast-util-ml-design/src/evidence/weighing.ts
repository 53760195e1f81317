/**
 * The lines of a document that weigh options, read from its source: lists of
 * pros and cons (labelled, or signed `+`/`−` items), lists of options and the
 * names options go by (`Option 2:`, `B.`, `we go with B`). `Scope` judges
 * from these where a sentence commits the design.
 */
import { type CommitmentTitles, commitmentTitles } from '../document/commitments.js'
import type { Range } from '../document/types.js'
import { createTermMatcher, escapeRegExp, type Matcher } from '../match/matcher.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Vocabulary } from '../vocabulary/index.js'
import { parts as partStages, type Stage } from '../vocabulary/stages.js'

export interface Patterns extends CommitmentTitles {
  prosCons: RegExp
  /** A line that introduces a list of options: its last word is `options` (`- Positive label options`, `Options:`). */
  optionList: RegExp
  /** The last letters of those words, lower-cased (`optionListMayEnd`); undefined when one ends otherwise. */
  optionListEnds?: Set<string>
  /** Cue words that count only in their requirement's home stage, by requirement. */
  homeOnly: Map<RequirementId, { home: Set<Stage>; matcher: Matcher<true> }>
}

const patternCache = new WeakMap<Vocabulary, Patterns>()

export function patternsOf(vocabulary: Vocabulary): Patterns {
  let found = patternCache.get(vocabulary)
  if (!found) {
    const labels = vocabulary.prosConsLabels.map(escapeRegExp).join('|')
    found = {
      ...commitmentTitles(vocabulary),
      // A list item (or a line) that is a pros/cons label, bold or not, with or without its text after a colon.
      prosCons: new RegExp(
        String.raw`^([ \t]*)((?:[-*+]|\d+[.)])[ \t]+)?(?:\*\*|__|\*|_)?(?:${labels})(?:\*\*|__|\*|_)?[ \t]*(?:[:—–-](?:\*\*|__)?(?:[ \t]|$)|$)`,
        'i',
      ),
      optionList: new RegExp(
        String.raw`(?:^|[^\p{L}\p{N}])(?:${vocabulary.optionListLabels.map(escapeRegExp).join('|')})[*_:]*$`,
        'iu',
      ),
      homeOnly: new Map(),
    }
    const ends = vocabulary.optionListLabels.map((label) => label.slice(-1))
    if (ends.every((end) => /^[a-z]$/i.test(end))) found.optionListEnds = new Set(ends.map((end) => end.toLowerCase()))
    for (const [id, { also, terms }] of Object.entries(vocabulary.homeStageTerms)) {
      const cue = vocabulary.cues[id as RequirementId]
      if (!cue) continue
      const home = new Set<Stage>([...cue.parts.flatMap((part) => partStages[part]), ...also])
      found.homeOnly.set(id as RequirementId, { home, matcher: createTermMatcher(terms) })
    }
    patternCache.set(vocabulary, found)
  }
  return found
}

/** Lines of a list that hold an option, with the option's name when it has one. */
interface OptionRange extends Range {
  id?: string
}

/** An option's name in its title: `Option 2:`, `B.`, `3b)`. Letters only as capitals, so "a" is no name. */
export const optionTitleId =
  /^(?:(?:option|approach|alternative|variant)\s+)?([A-Z]|\d{1,2}[a-z]?)(?:\s*[.:)—–-]|\s*$)/i
/** An option named in a choice: "option 3", "we go with B". */
export const chosenId =
  /(?:\b[Oo]ption\s+|\b(?:go with|pick|picked|choose|chose|select|selected|recommend)\s+)([A-Z]|\d{1,2}[a-z]?)\b/

/**
 * Another option of the same set named in a line of an option's section: `-> we lean toward Option 2`, `leaning B+A
 * blend`, `we go with B` (letters joined only as capitals: `1 or 2 retries` names none). Each group that matched is
 * an id, to tell from the section's own.
 */
export const otherOption =
  /\b[Oo]ption\s+([A-Z]|\d{1,2}[a-z]?)\b|\b([A-Z])\s*(?:\+|\bvs\.?|\bor\b)\s*([A-Z])\b|\b(?:go with|pick|picked|choose|chose|select|selected|recommend)\s+([A-Z]|\d{1,2}[a-z]?)\b/g

const listLine = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]/
const indentOf = (line: string) => line.length - line.trimStart().length

/** A list item whose text opens with a plus or a minus sign (`- + fast, no labels needed`, `- − fragile`). */
const signedItem = /^([ \t]*)([-*][ \t]+)([+−–-])[ \t]/

/**
 * The lines of sibling items that weigh with signs: a run of items at one indent, under the same parent, that holds
 * both a `+` item and a `−` (or `–`, `-`) item is a list of pros and cons (`- isolation forest` over `- + fast` and
 * `- − scores hard to compare`). A `+` alone adds (`- + 300 h of internal recordings`) and weighs nothing.
 */
function signedProsCons(lines: string[]): number[] {
  const found: number[] = []
  let run: number[] = []
  let runIndent = -1
  let plus = false
  let minus = false
  const close = () => {
    if (plus && minus) found.push(...run)
    run = []
    plus = false
    minus = false
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line.trim() === '') continue
    const indent = indentOf(line)
    // Deeper lines belong to the run's items; a shallower line or another item at the run's indent ends it.
    if (runIndent >= 0 && indent > runIndent) continue
    const match = signedItem.exec(line)
    if (!match || indent !== runIndent) close()
    if (!match) {
      runIndent = -1
      continue
    }
    runIndent = indent
    run.push(index)
    if (match[3] === '+') plus = true
    else minus = true
  }
  close()
  return found
}

/**
 * The lines of a list that weigh instead of deciding, from the file's lines (one pass): a `Pros` / `Cons` item
 * and what is nested under it; a line that introduces options (`- Positive label options`, `- labels: ???
 * options:`, `... is open. Options:`) and the list under or after it; and an item whose nested bullets weigh it
 * (`- (c) annotate 200 matches w/ a vendor` over `- pros: clean` and `- cons: ~€30k`), which is an option itself.
 */
export function weighingRanges(source: string, patterns: Patterns): { prosCons: Range[]; options: OptionRange[] } {
  const prosCons: Range[] = []
  const options: OptionRange[] = []
  const lines = source.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  /** The last line of what stands under line `index` (indented deeper, or the list after a plain line). */
  const under = (index: number, indent: number, item: boolean): number => {
    let last = index
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next]
      if (line.trim() === '') continue
      if (indentOf(line) > indent || (!item && listLine.test(line))) last = next
      else break
    }
    return last
  }
  const range = (index: number, last: number) => ({ start: starts[index], end: starts[last] + lines[last].length })
  // Which lines are pros/cons labels, tested once each; an item can be weighed only if one comes after it.
  const labels = lines.map((line) => patterns.prosCons.test(line))
  const signs = signedProsCons(lines)
  for (const index of signs) labels[index] = true
  const lastLabel = labels.lastIndexOf(true)
  let optionsEnd = -1
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const match = labels[index] ? (patterns.prosCons.exec(line) ?? signedItem.exec(line)) : null
    if (match) {
      const last = under(index, match[1].length, match[2] !== undefined)
      prosCons.push(range(index, last))
      index = last
      continue
    }
    // An item that weighs itself on its own line (`- **F1 on late/not-late** — pro: matches the pain; con: loses the
    // size`): an option with its pros and cons, not a commitment.
    if (listLine.test(line) && inlineProsCons(line)) {
      prosCons.push(range(index, under(index, indentOf(line), true)))
      continue
    }
    if (index <= optionsEnd) continue
    // A table row whose first cell introduces options (`| Label options | purchase · click · add-to-cart |`).
    if (/^[ \t]*\|/.test(line)) {
      const cell = (line.split('|')[1] ?? '').trim()
      if (optionListMayEnd(cell, patterns) && patterns.optionList.test(cell)) options.push(range(index, index))
      continue
    }
    const item = listLine.test(line)
    if (introducesOptions(line, patterns)) {
      const last = under(index, indentOf(line), item)
      if (last > index) {
        // The line itself commits to nothing either: "Which signal counts as a positive is open. Options:".
        options.push(range(index, last))
        optionsEnd = last
      }
      continue
    }
    // An item weighed by the bullets nested under it: the first deeper line (or any of its siblings) is a pros/cons label.
    if (item && lastLabel > index) {
      const last = under(index, indentOf(line), true)
      if (last > index && weighedBelow(lines, index + 1, last, labels)) {
        // Its name, if it has one (`- **A. GBDT ...**`, `- (c) annotate ...`): a choice may name it.
        const id = optionTitleId.exec(line.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+[*_(]*/, ''))
        options.push({ ...range(index, last), id: id?.[1].toLowerCase() })
        optionsEnd = last
      }
    }
  }
  return { prosCons, options }
}

/** The head of a list item that names what is taken, not an option (`- Baseline:`, `- **Chosen**:`, `- We go with`). */
const committedItemHead =
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:(?:\*\*|__)[ \t]*)?(?:baseline|chosen|selected|final(?: choice| model)?|decision|our choice|we (?:go|went|pick|picked|choose|chose) with)\b/i

/** Whether a line holds both a `pro:` (`pros:`) and, after it, a `con:` (`cons:`) label. */
function inlineProsCons(line: string): boolean {
  // An item whose head commits weighs the choice it names (`- Baseline: logistic regression. Pros: fast. Cons:
  // linear only.`, `- Chosen: LightGBM, pros: ..., cons: ...`): no option.
  if (committedItemHead.test(line)) return false
  const pro = /\bpros?\s?:/i.exec(line)
  return pro !== null && /\bcons?\s?:/i.test(line.slice(pro.index + pro[0].length))
}

/**
 * Whether a text may end in a word of `optionList`: its last character before any `*`, `_` and `:` ends one (case
 * folded; any character outside ASCII may). Asked first, as the expression is tried at every offset of the text.
 */
function optionListMayEnd(text: string, patterns: Patterns): boolean {
  const ends = patterns.optionListEnds
  if (!ends) return true
  let at = text.length - 1
  while (at >= 0 && (text[at] === '*' || text[at] === '_' || text[at] === ':')) at--
  return at >= 0 && (text.charCodeAt(at) >= 128 || ends.has(text[at].toLowerCase()))
}

/**
 * Whether a line introduces a list of options (its last word is `options`). Headings and bold pseudo-headings that
 * do are sections (`#standing`), judged as a whole.
 */
function introducesOptions(line: string, patterns: Patterns): boolean {
  const text = line.trim()
  if (!optionListMayEnd(text, patterns) || !patterns.optionList.test(text) || text.startsWith('#')) return false
  const bare = text.replace(/:$/, '')
  const bold = (mark: string) => bare.startsWith(mark) && bare.endsWith(mark) && !bare.slice(2, -2).includes(mark[0])
  return !(bold('**') || bold('__'))
}

/**
 * Whether a pros/cons label stands among the lines from `first` to `last` at the indent of the first of them
 * (`labels`: whether each line is one).
 */
function weighedBelow(lines: string[], first: number, last: number, labels: readonly boolean[]): boolean {
  let indent = -1
  for (let index = first; index <= last; index++) {
    if (lines[index].trim() === '') continue
    if (indent < 0) indent = indentOf(lines[index])
    if (indentOf(lines[index]) === indent && labels[index]) return true
  }
  return false
}
