/**
 * Where evidence stands: whether a sentence commits the design to something.
 *
 * A survey of how others do it, an option weighed and never chosen, and a
 * list of pros and cons say what could be done, not what the design does
 * (see `vocabulary/commitments.ts`). Sections are judged once per document:
 *
 * - a survey section (`Survey: how search is done today`, `Prior work`)
 *   and everything under it commit to nothing;
 * - an option (`Option 2: ...`, or `B. ...` under `Approaches`) commits only
 *   when a choice names it (`We go with option 3`, a `Decision` section),
 *   and a choice hedged (`probably 1 + 3`) names none;
 * - a section that weighs options (`Serving options`) commits when its own
 *   content states a choice, else only its choosing sentences do;
 * - a list item labelled `Pros`, `Cons`, `Drawbacks` ... and what is nested
 *   under it weighs, and never commits.
 *
 * The document's title is never a survey or an options section (`# Search:
 * survey and proposal` names the document's shape).
 */
import { type CommitmentTitles, commitmentTitles } from '../document/commitments.js'
import type { DesignDocument } from '../document/document.js'
import { lastAtOrBefore } from '../document/ranges.js'
import type { Range, Section, Sentence } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import { createTermMatcher, escapeRegExp, type Matcher, type TermMatch } from '../match/matcher.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Vocabulary } from '../vocabulary/index.js'
import { parts as partStages, type Stage } from '../vocabulary/stages.js'

/** How a section stands: committed, a survey, an option (chosen or not), or a section weighing options. */
type Standing = 'committed' | 'survey' | 'option' | 'options'

interface Patterns extends CommitmentTitles {
  prosCons: RegExp
  /** Cue words that count only in their requirement's home stage, by requirement. */
  homeOnly: Map<RequirementId, { home: Set<Stage>; matcher: Matcher<true> }>
}

const patternCache = new WeakMap<Vocabulary, Patterns>()

function patternsOf(vocabulary: Vocabulary): Patterns {
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
      homeOnly: new Map(),
    }
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

/** An option's name in its title: `Option 2:`, `B.`, `3b)`. Letters only as capitals, so "a" is no name. */
const optionTitleId = /^(?:(?:option|approach|alternative|variant)\s+)?([A-Z]|\d{1,2}[a-z]?)(?:\s*[.:)—–-]|\s*$)/i
/** An option named in a choice: "option 3", "we go with B". */
const chosenId =
  /(?:\b[Oo]ption\s+|\b(?:go with|pick|picked|choose|chose|select|selected|recommend)\s+)([A-Z]|\d{1,2}[a-z]?)\b/

/** Ranges of `Pros` / `Cons` list items with what is nested under them, from the file's lines (one pass). */
function prosConsRanges(source: string, pattern: RegExp): Range[] {
  const ranges: Range[] = []
  const lines = source.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  const indentOf = (line: string) => line.length - line.trimStart().length
  const listLine = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]/
  for (let index = 0; index < lines.length; index++) {
    const match = pattern.exec(lines[index])
    if (!match) continue
    const indent = match[1].length
    const item = match[2] !== undefined
    let last = index
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next]
      if (line.trim() === '') continue
      // Under a list item: what is indented deeper. Under a plain label line: the list that follows.
      if (indentOf(line) > indent || (!item && listLine.test(line))) last = next
      else break
    }
    ranges.push({ start: starts[index], end: starts[last] + lines[last].length })
    index = last
  }
  return ranges
}

export class Scope {
  #uncommitted?: Uint8Array

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
  ) {}

  /** Whether a sentence commits the design: not in a survey, an option nobody chose, or a list of pros and cons. */
  commits(sentence: Sentence): boolean {
    this.#uncommitted ??= this.#read()
    return sentence.index < 0 || this.#uncommitted[sentence.index] === 0
  }

  /**
   * Whether a sentence that a requirement's cue picks out anywhere stands
   * where its words mean it: inside the requirement's home stage, outside
   * any stage, or with a cue word that is not bound to the home stage.
   */
  standsFor(id: RequirementId, sentence: Sentence): boolean {
    const { document, compiled } = this
    const homeOnly = patternsOf(compiled.vocabulary).homeOnly.get(id)
    if (!homeOnly) return true
    const { stages } = document.sentenceScope(sentence.index)
    if (stages.length === 0 || stages.some((stage) => homeOnly.home.has(stage))) return true
    const cue = compiled.cues[id]
    const words = [cue.topic, cue.answer, cue.none].flatMap((matcher) =>
      matcher ? this.#within(matcher, sentence) : [],
    )
    const bound = this.#within(homeOnly.matcher, sentence)
    return words.some((word) => !bound.some((other) => other.start < word.end && word.start < other.end))
  }

  readonly #sorted = new Map<Matcher<true>, Array<TermMatch<true>>>()

  /** A term list's mentions inside a sentence (the document's mentions sorted once, then a binary search). */
  #within(matcher: Matcher<true>, sentence: Sentence): Array<TermMatch<true>> {
    let sorted = this.#sorted.get(matcher)
    if (!sorted) {
      sorted = [...this.document.mentionsOf(matcher)].sort((a, b) => a.start - b.start)
      this.#sorted.set(matcher, sorted)
    }
    const found: Array<TermMatch<true>> = []
    for (let index = lastAtOrBefore(sorted, sentence.end - 1); index >= 0; index--) {
      if (sorted[index].start < sentence.start) break
      found.push(sorted[index])
    }
    return found
  }

  #read(): Uint8Array {
    const { document, compiled } = this
    const patterns = patternsOf(compiled.vocabulary)
    const choosing = this.#choosing(patterns)
    const chosen = new Set<string>()
    for (const index of choosing) {
      const id = chosenId.exec(document.textOf(document.sentences[index]))
      if (id) chosen.add(id[1].toLowerCase())
    }
    const standing = this.#standings(patterns, choosing, chosen)
    const prosCons = prosConsRanges(document.source, patterns.prosCons)
    const result = new Uint8Array(document.sentences.length)
    let range = 0
    for (const sentence of document.sentences) {
      while (range < prosCons.length && prosCons[range].end <= sentence.start) range++
      const weighed = range < prosCons.length && prosCons[range].start <= sentence.start
      const where = sentence.section >= 0 ? standing[sentence.section] : 'committed'
      const open = where === 'survey' || where === 'option' || (where === 'options' && !choosing.has(sentence.index))
      if (weighed || open) result[sentence.index] = 1
    }
    return result
  }

  /** Sentences that state a choice: a choice word or a decision section, with no hedge and nothing left undecided. */
  #choosing(patterns: Patterns): Set<number> {
    const { document, compiled } = this
    const choice = document.sentencesMentioning(compiled.terms.choiceTerms)
    const hedged = document.sentencesMentioning(compiled.terms.choiceHedgeTerms)
    const decisionSection = document.sections.map((section) => !section.title && patterns.decision.test(section.text))
    const found = new Set<number>()
    for (const sentence of document.sentences) {
      if (hedged.has(sentence.index)) continue
      const chooses = choice.has(sentence.index) || (sentence.section >= 0 && decisionSection[sentence.section])
      // Whether it answers at all last: that classifies the sentence, which most never need.
      if (chooses && document.answers(sentence)) found.add(sentence.index)
    }
    return found
  }

  /** Each section's standing, parents first (sections come in document order, a parent before its children). */
  #standings(patterns: Patterns, choosing: Set<number>, chosen: Set<string>): Standing[] {
    const { document } = this
    const standing: Standing[] = []
    for (const section of document.sections) {
      const parent = section.parent >= 0 ? standing[section.parent] : 'committed'
      standing.push(this.#standing(section, parent, patterns, choosing, chosen))
    }
    return standing
  }

  #standing(
    section: Section,
    parent: Standing,
    patterns: Patterns,
    choosing: Set<number>,
    chosen: Set<string>,
  ): Standing {
    if (section.title) return 'committed'
    const title = section.text.replace(/\s+/g, ' ').trim()
    if (parent === 'survey' || patterns.survey.test(title)) return 'survey'
    if (patterns.decision.test(title)) return 'committed'
    const id = optionTitleId.exec(title)
    const named = id !== null && (parent === 'options' || /^(?:option|approach|alternative|variant)\s/i.test(title))
    if (named) return chosen.has(id[1].toLowerCase()) ? 'committed' : 'option'
    if (patterns.options.test(title)) {
      const own = this.document.sentencesIn(this.document.ownContent(section))
      return own.some((sentence) => choosing.has(sentence.index)) ? 'committed' : 'options'
    }
    // Under an option: the option's own parts. Under a section weighing options: its undecided parts,
    // unless the sub-section names a stage of its own (`Evaluation (whatever we pick)`).
    if (parent === 'option') return 'option'
    if (parent === 'options' && section.stages.length === 0) return 'options'
    return 'committed'
  }
}
