/**
 * The structure of a design document, read eagerly in a fixed order:
 * prose → sections → statements (and front matter) → the term scan →
 * sentences (numbered once); media on first use. Everything after is a
 * query over what these passes found. It never writes to the caller's tree.
 */
import type { Root } from 'mdast'
import type { Point } from 'unist'
import { location } from 'vfile-location'
import type { Compiled } from '../match/compile.js'
import type { Matcher, TermMatch } from '../match/matcher.js'
import { titleCandidates } from '../match/normalize.js'
import { type Part, parts as partStages, type Stage } from '../vocabulary/stages.js'
import { commitmentTitles } from './commitments.js'
import { FrontMatterReader } from './front-matter.js'
import { titleTargets } from './headings.js'
import { homeSectionOf, notesHomeOf } from './homes.js'
import { readMedia } from './media.js'
import { lastAtOrBefore, latestHolding, within } from './ranges.js'
import { readSections } from './sections.js'
import { BodySentence, readSentences } from './sentences.js'
import { Labels, readStatements } from './statements.js'
import { type Block, readProse } from './text.js'
import type { FrontMatter, Range, Section, Sentence, StageOpening, Statement } from './types.js'

export class DesignDocument {
  readonly source: string
  /** The file's text with everything but prose blanked, at the same offsets. */
  readonly prose: string
  readonly blocks: Block[]
  readonly sections: Section[]
  readonly statements: Statement[] = []
  readonly sentences: Sentence[]
  readonly frontMatter: FrontMatter
  /** Where messages about the whole document go: the first heading, or the start. */
  readonly documentPlace: { start: Point; end: Point }

  protected readonly compiled: Compiled
  readonly #location: ReturnType<typeof location>
  /** Every scanned term list's mentions: one pass over the prose for all of them. */
  readonly #scanned: Map<Matcher<unknown>, Array<TermMatch<unknown>>>
  readonly #ownMentions = new Map<Matcher<unknown>, Array<TermMatch<unknown>>>()
  readonly #termSentences = new Map<Matcher<true>, Set<number>>()
  readonly #tree: Root
  #media?: Range[]

  constructor(tree: Root, source: string, compiled: Compiled) {
    this.source = source
    this.compiled = compiled
    this.#location = location(source)
    // A quoted heading opens a section when its title names a stage or a part (`> ## Evaluation`).
    const prose = readProse(tree, source, (title) => titleTargets(compiled, title, []).length > 0)
    this.prose = prose.text
    this.blocks = prose.blocks
    this.sections = readSections(compiled, this.prose, this.blocks, source)
    const labels = new Labels(compiled, this.prose, this.sections)
    const frontMatter = new FrontMatterReader(labels, source, this.statements)
    readStatements(labels, source, tree, this.statements, (value, offset) => frontMatter.read(value, offset))
    this.frontMatter = frontMatter.frontMatter
    this.#scanned = compiled.scanner.scan(this.prose)
    const undecided = {
      anywhere: this.mentionsOf(compiled.terms.undecidedTerms),
      opening: this.mentionsOf(compiled.terms.openValueTerms),
    }
    this.sentences = readSentences(compiled, this.prose, this.blocks, this.sections, undecided, frontMatter.sentences)
    this.#tree = tree
    const first = this.sections.find((section) => !section.pseudo)
    const start = this.point(first ? first.start : 0)
    this.documentPlace = { start, end: first ? this.point(first.contentStart) : start }
  }

  // ------------------------------------------------------------ positions

  /** A unist point for an offset in the file. */
  point(offset: number): Point {
    const point = this.#location.toPoint(Math.min(Math.max(offset, 0), this.source.length))
    return point ?? { line: 1, column: 1, offset: 0 }
  }

  /** A unist position for a range of offsets. */
  place(range: Range): { start: Point; end: Point } {
    return { start: this.point(range.start), end: this.point(range.end) }
  }

  /** The text of a range, with markup blanked and white space folded. */
  textOf(range: Range): string {
    if (range instanceof BodySentence) return range.text
    return this.prose.slice(range.start, range.end).replace(/\s+/g, ' ').trim()
  }

  // ------------------------------------------------------------- sections

  /** The section an offset falls in (-1 before the first heading). */
  sectionAt(offset: number): number {
    return lastAtOrBefore(this.sections, offset)
  }

  /** The range of a section's content: after its heading, to its end (sub-sections included). */
  content(section: Section): Range {
    return { start: section.contentStart, end: section.end }
  }

  /** The range of a section's own content, before its first sub-section. */
  ownContent(section: Section): Range {
    const first = section.children[0]
    return { start: section.contentStart, end: first === undefined ? section.end : this.sections[first].start }
  }

  /** The range of a section's heading (or bold lead-in). */
  headingOf(section: Section): Range {
    return { start: section.start, end: section.contentStart }
  }

  /** Whether a section (or one it stands in) collects questions, so its questions are its content: `Open questions`. */
  questionSection(section: Section): boolean {
    // Asked of every section for each missing part's home: worked out once per section (by its index).
    let known = this.#questionSections.get(section.index)
    if (known === undefined) {
      known = false
      for (let current: Section | undefined = section; current; current = this.sections[current.parent]) {
        if (titleCandidates(current.text).some((candidate) => this.compiled.questionTitles.has(candidate))) known = true
        if (known || current.parent < 0) break
      }
      this.#questionSections.set(section.index, known)
    }
    return known
  }

  readonly #questionSections = new Map<number, boolean>()

  /** Whether a section stands outside the framework's flow (an appendix, future work, references, a survey) or under one. */
  outsideFlow(section: Section): boolean {
    for (let current: Section | undefined = section; current; current = this.sections[current.parent]) {
      if (this.compiled.patterns.outsideFlowTitle.test(current.normalized)) return true
      // A survey of how others do it comes before the design, whatever stages its headings name.
      if (!current.title && commitmentTitles(this.compiled.vocabulary).survey.test(current.text)) return true
      if (current.parent < 0) break
    }
    return false
  }

  /** Whether a sentence stands in a section of rejected or future options (alternatives, non-goals). */
  inAside(sentence: Sentence): boolean {
    return sentence.section >= 0 && this.sections[sentence.section].aside
  }

  /** Whether any of the ranges holds an offset. */
  holds(ranges: readonly Range[], offset: number): boolean {
    return ranges.some((range) => within(range, offset))
  }

  /** Whether any of the ranges overlaps a range. */
  overlaps(ranges: readonly Range[], range: Range): boolean {
    return ranges.some((other) => range.end > other.start && range.start < other.end)
  }

  /**
   * Whether a section is a bold line that closes the table or code block right before it (`**Total: 18 classes**`):
   * no sub-sections, no stage or part named, something of its own (a number, a value, a comma, five words or more;
   * a bare title such as `**Next steps**` still opens a section), or a closing marker (`End of specification`).
   */
  closesContent(section: Section): boolean {
    if (!section.pseudo || section.children.length > 0 || section.stages.length > 0 || section.parts.length > 0)
      return false
    if (!/\d|:\s*\S|,|^end\b/i.test(section.text) && section.text.split(/\s+/).length < 5) return false
    const before = this.sentences.filter((sentence) => sentence.end <= section.start).at(-1)
    if (!before) return false
    return this.blocks[before.block]?.kind === 'cell' || this.hasMedia({ start: before.end, end: section.start })
  }

  /** Whether a range holds content that is not prose: a code block, an image or diagram, HTML, math or a link. */
  hasMedia(range: Range): boolean {
    // Read on first use: only a few rules ask.
    this.#media ??= readMedia(this.compiled, this.#tree)
    const media = this.#media
    const index = lastAtOrBefore(media, range.end - 1)
    return index >= 0 && media[index].end > range.start && media[index].start >= range.start
  }

  // ------------------------------------------------------------ sentences

  /** Sentences inside a range. */
  sentencesIn(range: Range): Sentence[] {
    const result: Sentence[] = []
    this.#someIn(range, (sentence) => {
      result.push(sentence)
      return false
    })
    return result
  }

  /** Whether a sentence inside a range passes a test: in order, stopping at the first that does (no list built). */
  #someIn(range: Range, test: (sentence: Sentence) => boolean): boolean {
    for (let index = Math.max(lastAtOrBefore(this.sentences, range.start), 0); index < this.sentences.length; index++) {
      const sentence = this.sentences[index]
      if (sentence.start >= range.end) break
      if (sentence.end > range.start && test(sentence)) return true
    }
    return false
  }

  /** The sentence an offset falls in (-1 when none). */
  sentenceAt(offset: number): number {
    const index = lastAtOrBefore(this.sentences, offset)
    return index >= 0 && offset < this.sentences[index].end ? index : -1
  }

  /** Whether a sentence can answer anything: it says something and is decided. */
  answers(sentence: Sentence): boolean {
    return !sentence.heading && !sentence.prompt && !sentence.placeholder && !sentence.undecided
  }

  /** Whether a range says something: at least one sentence that is not a heading, prompt or placeholder. */
  substantive(range: Range): boolean {
    return this.#someIn(range, (sentence) => !sentence.heading && !sentence.prompt && !sentence.placeholder)
  }

  /** The stages and parts a sentence stands under: its section's, and those of any labelled statement holding it. */
  sentenceScope(sentence: number): { stages: Stage[]; parts: Part[] } {
    const found = this.sentences[sentence]
    const stageSet = new Set<Stage>()
    const partSet = new Set<Part>()
    if (found.section >= 0) {
      for (const stage of this.sections[found.section].inStages) stageSet.add(stage)
      for (const part of this.sections[found.section].inParts) partSet.add(part)
    }
    for (const statement of this.#statementsHolding(sentence)) {
      for (const stage of statement.stages) stageSet.add(stage)
      for (const part of statement.parts) partSet.add(part)
    }
    return { stages: [...stageSet], parts: [...partSet] }
  }

  /** Per sentence, the statements that give its scope (`latestHolding`). */
  #holders?: Statement[][]

  /**
   * Of the statements (from their label to their end) that hold where a sentence's words start (markup before them is
   * blanked), those that give its scope, latest label first; indexed for every sentence on first use (a search per
   * sentence was quadratic in a long table's rows: `latestHolding`).
   */
  #statementsHolding(sentence: number): Statement[] {
    this.#holders ??= latestHolding(
      this.statements,
      this.sentences.map(({ start, end }) => {
        const text = this.prose.slice(start, end)
        return start + text.length - text.trimStart().length
      }),
    )
    return this.#holders[sentence]
  }

  // ----------------------------------------------------------------- terms

  /** Every mention of a term list in the document (the vocabulary's lists all come from the one scan). */
  mentionsOf<T>(matcher: Matcher<T>): Array<TermMatch<T>> {
    if (this.compiled.scanner.covers(matcher)) return (this.#scanned.get(matcher) ?? []) as Array<TermMatch<T>>
    let own = this.#ownMentions.get(matcher)
    if (!own) {
      own = matcher.all(this.prose)
      this.#ownMentions.set(matcher, own)
    }
    return own as Array<TermMatch<T>>
  }

  /** Indexes of the sentences that mention any term of a matcher (computed once per matcher). */
  sentencesMentioning(matcher: Matcher<true>): Set<number> {
    let found = this.#termSentences.get(matcher)
    if (!found) {
      found = new Set()
      for (const match of this.mentionsOf(matcher)) {
        const index = this.sentenceAt(match.start)
        if (index >= 0) found.add(index)
      }
      this.#termSentences.set(matcher, found)
    }
    return found
  }

  // ------------------------------------------------------ stages and parts

  /** Statements whose label names a part. */
  statementsFor(part: Part): Statement[] {
    return this.statements.filter((statement) => statement.parts.includes(part))
  }

  /** Sections whose heading names a part. */
  sectionsFor(part: Part): Section[] {
    return this.sections.filter((section) => section.parts.includes(part))
  }

  /**
   * Sections whose heading points at a part without naming it where it stands (`Section.mentions`:
   * `Online testing and deployment`, `Evaluation` > `Online`): where its missing part belongs, never its answer.
   */
  sectionsMentioning(part: Part): Section[] {
    return this.sections.filter((section) => section.mentions.includes(part))
  }

  /** The content of the sections (sub-sections included) and statements that name a part. */
  partContent(part: Part): Range[] {
    return [...this.sectionsFor(part).map((section) => this.content(section)), ...this.statementsFor(part)]
  }

  /** The content of the sections and statements that open a stage. */
  stageContent(stage: Stage): Range[] {
    return [...this.stageSections(stage).map((section) => this.content(section)), ...this.stageStatements(stage)]
  }

  /** The content of the sections (or the sections they stand in) and statements that name a part. */
  partRanges(part: Part): Range[] {
    return [
      ...this.sections.filter((section) => section.inParts.includes(part)).map((section) => this.content(section)),
      ...this.statementsFor(part),
    ]
  }

  /** The content of data availability and data preparation sections and statements. */
  dataRanges(): Range[] {
    return [
      ...this.sections
        .filter((section) => section.inParts.includes('data-availability') || section.inStages.includes('data'))
        .map((section) => this.content(section)),
      ...this.statements.filter(
        (statement) => statement.parts.includes('data-availability') || statement.stages.includes('data'),
      ),
    ]
  }

  /**
   * Where a message about a missing part goes: the heading of the first
   * section that names it (`## Class imbalance` left as TBD), else the label
   * of the first statement that does (`- Baseline:` left empty), else the
   * document's place.
   */
  placeFor(part: Part): { start: Point; end: Point } {
    const section = this.sectionsFor(part)[0]
    if (section) return this.place(this.headingOf(section))
    const statement = this.statementsFor(part).find((item) => item.source !== 'front-matter')
    return statement ? this.place(statement.labelRange) : this.documentPlace
  }

  /** Sections that open a stage (by the stage or one of its parts). */
  stageSections(stage: Stage): Section[] {
    return this.sections.filter((section) => section.stages.includes(stage))
  }

  /** Statements whose label opens a stage (`**Evaluation:** ...`). */
  stageStatements(stage: Stage): Statement[] {
    return this.statements.filter((statement) => statement.stages.includes(stage))
  }

  /**
   * Where a stage is opened, in document order: each section whose heading
   * names it and each labelled statement whose label does, with the range to
   * point at (the heading or the label), its content, and whether that
   * content says something. A heading or label that only names a part
   * shared by several stages (`Metrics`, `Online metrics`) opens none of
   * them here.
   */
  stageOpenings(stage: Stage): StageOpening[] {
    const sharedOnly = (parts: Part[]) =>
      parts.length > 0 && parts.every((part) => (partStages[part] as readonly Stage[]).length > 1)
    const openings: StageOpening[] = []
    for (const section of this.stageSections(stage)) {
      if (sharedOnly(section.parts)) continue
      const content = this.content(section)
      openings.push({
        at: this.headingOf(section),
        content,
        substantive: this.substantive(content),
        section: section.index,
      })
    }
    for (const statement of this.stageStatements(stage)) {
      if (sharedOnly(statement.parts)) continue
      const content = { start: statement.start, end: statement.end }
      openings.push({ at: statement.labelRange, content, substantive: this.substantive(content) })
    }
    return openings.sort((a, b) => a.at.start - b.at.start)
  }

  /**
   * The section a stage's missing part belongs in: a heading that opens the
   * stage (a part shared by several stages alone, `Metrics`, opens none) in the
   * design's flow (a bold pseudo-heading too): not the title, not a section of
   * options set aside, not an appendix or a survey, not a section that
   * collects questions (`Clarifying questions` opens requirements, but an
   * answer written there reads as one more question). Of those, the first
   * that names the part itself, else the first that names only the stage as
   * a whole (`2. Requirements` for a missing latency, not `1. Problem &
   * goals` before it), else the first that names the stage as a whole among
   * other things, else the first (`## Why we are doing this`, the only
   * requirements section). A section that names only the business objective
   * comes last for any other part (`Constraints` before `Goal` for a missing
   * scale, `2. Requirements & constraints` before `1. Problem & goal`).
   */
  homeSection(stage: Stage, part?: Part): Section | undefined {
    return homeSectionOf(this, stage, part)
  }

  /**
   * In notes whose stage sections are all bold pseudo-headings, where a stage none of them opens is read about: the
   * section holding a labelled statement of another of its parts, else the first that opens a later stage.
   */
  notesHome(stage: Stage): Section | undefined {
    return notesHomeOf(this, stage)
  }

  /** Whether a section (sub-sections included) holds a point of the file, by its offset (else its line and column). */
  sectionHolds(section: Section, point: Point): boolean {
    const offset = point.offset ?? this.#location.toOffset(point)
    return offset !== undefined && within(section, offset)
  }

  /** Whether the document has a substantive section or labelled statement for a stage. */
  hasStage(stage: Stage): boolean {
    return (
      this.stageSections(stage).some((section) => this.substantive(this.content(section))) ||
      this.stageStatements(stage).some((statement) => this.substantive(statement))
    )
  }

  /** The section a piece of evidence stands in (sub-sections included); the whole document before any heading. */
  scopeOf(item: { via: string; start: number; sentence?: number }): Range {
    const index =
      item.via !== 'section' && item.sentence !== undefined
        ? this.sentences[item.sentence].section
        : this.sectionAt(item.start)
    return index >= 0
      ? { start: this.sections[index].start, end: this.sections[index].end }
      : { start: 0, end: this.source.length }
  }
}
