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
 *   a line in an option's section that decides among the options (`-> we lean
 *   toward Option 2`) ends the option there: what follows is the design's;
 * - a section that weighs options (`Serving options`) commits when its own
 *   content states a choice, else only its choosing sentences do;
 * - a list item labelled `Pros`, `Cons`, `Drawbacks` ... and what is nested
 *   under it weighs, and never commits.
 *
 * The document's title is never a survey or an options section (`# Search:
 * survey and proposal` names the document's shape).
 */

import type { DesignDocument } from '../document/document.js'
import { lastAtOrBefore } from '../document/ranges.js'
import { tableRowOf } from '../document/rows.js'
import type { Range, Section, Sentence } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { Matcher, TermMatch } from '../match/matcher.js'
import { alternation } from '../match/numbers.js'
import { weighingWords } from '../vocabulary/commitments.js'
import type { RequirementId } from '../vocabulary/cues.js'
import { rejectedOptionTerms } from '../vocabulary/families.js'
import { chosenId, optionTitleId, otherOption, type Patterns, patternsOf, weighingRanges } from './weighing.js'

/** The words of a text that weighs alternatives, as whole words (`weighingWords`). */
const weighing = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(weighingWords)})(?![\p{L}\p{N}])`, 'iu')

/** A cell that opens with a verdict against its row's option, after any mark or emoji (`❌ rejected`). */
const rejectedStatus = new RegExp(`^[^\\p{L}\\p{N}]*(?:${rejectedOptionTerms.join('|')})\\b`, 'iu')

/** How a section stands: committed, a survey, an option (chosen or not), or a section weighing options. */
type Standing = 'committed' | 'survey' | 'option' | 'options'

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
   * Whether an offset stands in a table row that another cell marks as rejected (`| DNA language model + head | too
   * big | rejected |`): the row weighs an option the document does not take, its family and its metric both. Read
   * on the row's own line.
   */
  rejectedRow(offset: number): boolean {
    const { document } = this
    // Found through the row's cells, not by scanning back for the line's start: a document of one long line would
    // make that scan quadratic over its mentions.
    const index = document.sentenceAt(offset)
    if (index < 0) return false
    const { blocks, source } = document
    const row = tableRowOf(blocks, document.sentences[index].block)
    if (!row) return false
    // A status cell: the verdict opens it (`| rejected |`, `| ❌ Rejected: too big |`), not a word of the domain
    // inside a note (`offers rejected by the customer count as negatives`).
    return row.cells.some((cell) =>
      rejectedStatus.test(source.slice(blocks[cell].start, blocks[cell].end).replace(/[*_`~]/g, '')),
    )
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
    const { prosCons, options } = weighingRanges(document.source, patterns)
    // A lead-in or front-matter key whose label introduces options weighs them too.
    for (const statement of document.statements) {
      if (patterns.optionList.test(statement.label.trim())) {
        options.push({ start: Math.min(statement.labelRange.start, statement.start), end: statement.end })
      }
    }
    // An option listed by name that a choice names commits ("- **A. GBDT ...**" and "we go with A + B").
    const unchosen = options.filter((option) => option.id === undefined || !chosen.has(option.id))
    unchosen.sort((a, b) => a.start - b.start)
    const result = new Uint8Array(document.sentences.length)
    const inside = (ranges: Range[], cursor: { at: number }, sentence: Sentence) => {
      while (cursor.at < ranges.length && ranges[cursor.at].end <= sentence.start) cursor.at++
      // Ranges may nest (an option inside a list of options): any that holds the sentence.
      for (let index = cursor.at; index < ranges.length && ranges[index].start <= sentence.start; index++) {
        if (ranges[index].end > sentence.start) return true
      }
      return false
    }
    const prosCursor = { at: 0 }
    const optionCursor = { at: 0 }
    // Option sections whose own content has reached a decision among the options (`#decidesAmong`).
    const decided = new Set<number>()
    for (const sentence of document.sentences) {
      const weighed = inside(prosCons, prosCursor, sentence)
      // Among options listed in a list, only a sentence that states a choice commits ("→ we go with the hybrid").
      const listed = inside(unchosen, optionCursor, sentence) && !choosing.has(sentence.index)
      let where = sentence.section >= 0 ? standing[sentence.section] : 'committed'
      if (where === 'option' && !weighed && !decided.has(sentence.section) && this.#decidesAmong(sentence)) {
        decided.add(sentence.section)
      }
      // From a decision among the options on, the option's section holds the design again (mostly the last option's).
      if (where === 'option' && decided.has(sentence.section)) where = 'committed'
      const open = where === 'survey' || where === 'option' || (where === 'options' && !choosing.has(sentence.index))
      if (weighed || listed || open) result[sentence.index] = 1
    }
    return result
  }

  /**
   * Whether a sentence of an option's own section, outside its pros and cons, decides among the options: it states a
   * choice, firm or hedged, or opens with an arrow, and names an option other than the section's own (`### Option 4:
   * ask the vendor` and then `-> we lean toward Option 2 ...`). The decision closes the option, whether it is firm or
   * hedged: the lines after it (a baseline, a refresh plan) are the design's, written under the option's heading for
   * want of another (mostly the last option's, but any option's section closes the same way). Only the section itself:
   * a subsection under it (`#### Plan`) is read as before.
   */
  #decidesAmong(sentence: Sentence): boolean {
    const { document, compiled } = this
    // A decision, firm or hedged, or a line that opens with an arrow to one; a comparison (`like Option 1 plus ...`) is
    // the option's own.
    const decides =
      /^\s*(?:->|→|=>)/.test(document.textOf(sentence)) ||
      document.sentencesMentioning(compiled.terms.choiceTerms).has(sentence.index) ||
      document.sentencesMentioning(compiled.terms.choiceHedgeTerms).has(sentence.index)
    if (!decides) return false
    const section = document.sections[sentence.section]
    const own = optionTitleId.exec(section.text.replace(/\s+/g, ' ').trim())?.[1].toLowerCase()
    for (const match of document.textOf(sentence).matchAll(otherOption)) {
      const ids = match.slice(1).filter((id): id is string => id !== undefined)
      if (ids.some((id) => id.toLowerCase() !== own)) return true
    }
    return false
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

  /** Whether a section's own text weighs alternatives: another option named (`Option A`), or `weighingWords`. */
  #weighs(section: Section): boolean {
    const own = this.document.ownContent(section)
    const text = this.document.prose.slice(own.start, own.end)
    otherOption.lastIndex = 0
    return otherOption.test(text) || weighing.test(text)
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
    if (patterns.options.test(title) && (!tradeOffsOf(title, section, patterns) || this.#weighs(section))) {
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

/**
 * Whether a heading joins trade-offs to a stage of its own (`Clarify requirements and tradeoffs`, `Latency &
 * trade-offs`): the trade-offs are that stage's considerations, not options weighed and left open, unless its text
 * weighs alternatives (`Option A ... Option B`, `could`, `either`: `#weighs`).
 */
function tradeOffsOf(title: string, section: Section, patterns: Patterns): boolean {
  const joined = /(?:\band|&)\s+trade-?offs\b|\btrade-?offs\s+(?:and\b|&)/i
  return section.stages.length > 0 && joined.test(title) && !patterns.options.test(title.replace(/trade-?offs/gi, ' '))
}
