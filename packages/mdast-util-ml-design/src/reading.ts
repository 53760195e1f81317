/**
 * The reading of a design document: built once per tree and shared by every
 * rule. It holds the sections (real and bold pseudo-headings) with the
 * stages and parts they name, the labelled statements, the sentences, and,
 * computed on first use, mentions of metrics, families, paradigms and
 * quantities, and the evidence for each requirement.
 */
import type { Heading, Nodes, Paragraph, Root, Table } from 'mdast'
import type { Point } from 'unist'
import { location } from 'vfile-location'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Compiled, FamilyHit } from './compile.js'
import type { Matcher, TermMatch } from './matcher.js'
import { foldWords, normalizeTitle, titleCandidates } from './normalize.js'
import { type Block, readProse, splitSentences } from './text.js'
import { metricAsGoalPattern, targetPattern } from './vocabulary/business.js'
import type { RequirementId } from './vocabulary/cues.js'
import {
  type ClassificationKind,
  contrastHedgeTerms,
  existingComponentTerms,
  type Family,
  type Paradigm,
  supervisedPattern,
} from './vocabulary/families.js'
import {
  type MetricEntry,
  type MetricKind,
  metricFalseFriendAfter,
  metricRejectedAfter,
  metricRejectedBefore,
} from './vocabulary/metrics.js'
import { questionHeadings } from './vocabulary/placeholders.js'
import {
  type HeadingTarget,
  outsideFlowHeadings,
  type Part,
  parts as partStages,
  questionHeadingVerbs,
  type Stage,
  stages,
} from './vocabulary/stages.js'

export interface Range {
  start: number
  end: number
}

export interface Section extends Range {
  index: number
  /** Heading rank; a pseudo-heading ranks one below the real heading before it. */
  depth: number
  pseudo: boolean
  /** The document's title (a lone top heading): it names no stage. */
  title: boolean
  text: string
  normalized: string
  node: Heading | Paragraph
  /** Where the heading (or bold lead-in) ends and the content starts. */
  contentStart: number
  /** Stages and parts the heading itself names. */
  stages: Stage[]
  parts: Part[]
  /**
   * Stages the heading takes in framework order: the stages it names and those
   * of parts that belong to one stage only (`Metrics`, a part of framing and
   * evaluation both, takes none).
   */
  ordered: Stage[]
  /** Stages and parts in force: its own, else its parent's. */
  inStages: Stage[]
  inParts: Part[]
  parent: number
  children: number[]
  /** A section of rejected or future options (alternatives, non-goals): evidence there is not a choice. */
  aside: boolean
}

export interface Statement extends Range {
  source: 'lead-in' | 'list-item' | 'table-row' | 'table-column' | 'front-matter'
  label: string
  labelRange: Range
  parts: Part[]
  stages: Stage[]
  /** The metric kind its label names (`Online metrics:`), if any. */
  kind?: MetricKind
}

export interface Sentence extends Range {
  index: number
  block: number
  section: number
  heading: boolean
  listItem: boolean
  frontMatter: boolean
  /** A question with no value, a template instruction, a list of options or a bare topic bullet. */
  prompt: boolean
  /** TBD, TODO, `<fill in>` and their kin. */
  placeholder: boolean
  /** "Not decided yet" and its kin. */
  undecided: boolean
}

export interface MetricMention extends Range {
  metric: MetricEntry
  text: string
  /** The kind the author filed it under (`Online metrics:`), if any. */
  filedAs?: MetricKind
  /** Where it was filed, for messages. */
  filedAt?: Range
  /** A number or a span of history before it makes it a quantity (`50M DAU`, `two years of sales`), not a metric. */
  quantity: boolean
  sentence: number
}

export interface MetricFiling extends Range {
  kind: MetricKind
  /** The heading or label that files the content. */
  at: Range
}

export interface FamilyMention extends Range {
  family: Family
  kind?: ClassificationKind
  text: string
  sentence: number
}

export interface ParadigmMention extends Range {
  paradigm: Paradigm
  text: string
  sentence: number
}

export interface QuantityMention extends Range {
  text: string
  sentence: number
  /** A count per unit of time ("3M comments/day", "4,000 requests per second"). */
  rate?: boolean
}

export interface Evidence extends Range {
  via: 'section' | 'statement' | 'sentence'
  sentence?: number
}

/** A section or labelled statement that opens a stage. */
export interface StageOpening {
  /** The heading or the label. */
  at: Range
  content: Range
  substantive: boolean
  /** The section's index, when it is a section. */
  section?: number
}

export interface FrontMatter {
  value?: unknown
  error?: { reason: string; offset: number }
}

const metricKindWords: Record<string, MetricKind> = {
  online: 'online',
  'online metric': 'online',
  'online kpi': 'online',
  'business metric': 'online',
  'product metric': 'online',
  offline: 'offline',
  'offline metric': 'offline',
  'model metric': 'offline',
}

const contrastHedges = new Set(contrastHedgeTerms)
const existingComponents = new Set(existingComponentTerms)

const asideTitle =
  /\b(?:alternative|non goal|nongoal|out of scope|future work|rejected|not doing|appendix|reference|related work|faq)\b/

/** The shape of a title's numbering (`Step 3 -` and `Step 4:` share `step #`, `3.` and `3.1` do not), if any. */
function numberingShape(title: string): string | undefined {
  const match = /^\s*(?:(?:step|stage|phase|part)\s*(?:\d+|[ivxlc]+)\b|\d+(?:\.\d+)*\.?(?=\s))/i.exec(title)
  return match
    ? match[0]
        .toLowerCase()
        .trim()
        .replace(/\d+|\b[ivxlc]+$/g, '#')
        .replace(/\s+/g, ' ')
    : undefined
}

/**
 * A number and the word after it (`4,700 charging sites`), for counts of what a heading or label names.
 * It does not start at a three-digit group after a grouped number's first group where that group may start a
 * match (`000` in ` 1,000,000`): the match from there is the same, and skipping keeps a long run of groups linear.
 */
const anyCount =
  /(?<![\p{L}\p{N}.@$€£#])(?!(?=\d{3}(?!\d))(?:(?<=[^\p{L}\p{N}.@$€£#]\d[,\u202f\u00a0])|(?<=[^\p{L}\p{N}.@$€£#]\d\d[,\u202f\u00a0])|(?<=[^\p{L}\p{N}.@$€£#]\d{3}[,\u202f\u00a0])))(?:\d{1,3}(?:[,\u202f\u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[^\S\n]*(?:k|m|b|bn|thousand|million|billion)(?![\p{L}]))?\+?[^\S\n]+(?:(?:[\p{L}]+)[^\S\n]+)?[\p{L}][\p{L}-]*[\p{L}](?![\p{L}\p{N}])/giu
/** What a bare count never counts as served load or learning data: time, money, shares, hardware, model parts. */
const notCounted = new Set(
  (
    'ms s sec second minute min hour hr h day week wk month mo year yr season quarter night time x percent pct ' +
    'point pp bp bps usd eur gbp dollar euro cent gpu cpu core vcpu node pod replica instance thread feature ' +
    'dimension dim layer epoch tree class type categorie category tag column field language countrie country ' +
    'team people person engineer annotator labeller labeler rater fold seed bit byte character char word step ' +
    'window horizon version model candidate option'
  ).split(' '),
)
/** Words that end no count: `50M DAU at ...`. */
const countStopWords = new Set(
  'a an the at in on of for to from by with and or as than per into over under about via is are was were be'.split(' '),
)
/** "The first 120 pages", "the last 20 orders", "top 8": a window of one input, not a count. */
const itemWindowBefore = /(?:^|[^\p{L}])(?:first|last|top)[^\S\n]*$/iu
/** Any span of time: "for 2 yrs", "nine seasons", "14 months". */
const historyAnySpan =
  /(?<![\p{L}\p{N}.])(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\+?[^\S\n]*(?:years?|yrs?|months?|mos?|weeks?|wks?|seasons?|quarters?)(?![\p{L}\p{N}])/giu

const questionTitles = new Set(questionHeadings.map(normalizeTitle))
const faqTitles = new Set(['faq', 'frequently asked questions'].map(normalizeTitle))
const questionOpening =
  /^(?:q\s*\d+\s+)?(?:how|what|which|why|when|where|who|do|doe|does|did|is|are|will|would|should|can|could|must|any)(?: |$)/
const questionPhrases = Object.entries(questionHeadingVerbs).map(([phrase, synonym]) => ({
  pattern: new RegExp(`(?:^| )${foldWords(phrase)}(?= |$)`),
  synonym: normalizeTitle(synonym),
}))

/** The synonyms a question heading names by its verbs: `How is it served?` names serving. */
function questionCandidates(title: string): string[] {
  const folded = normalizeTitle(title)
  if (!endsInQuestion(title) && !questionOpening.test(folded)) return []
  return questionPhrases.filter(({ pattern }) => pattern.test(folded)).map(({ synonym }) => synonym)
}

/** Whether a title ends in `?`, maybe inside its closing parenthesis (`... (why?)`). */
function endsInQuestion(title: string): boolean {
  let rest = title.trimEnd()
  if (rest.endsWith(')')) rest = rest.slice(0, -1).trimEnd()
  return rest.endsWith('?')
}

/** A value without the run of `chars` it ends with (a loop: `[...]+$` backtracks quadratically on a long run). */
function withoutTrailing(value: string, chars: string): string {
  let end = value.length
  while (end > 0 && chars.includes(value[end - 1])) end--
  return value.slice(0, end)
}

// "a missed fraud costs ...": a template sentence whose value is left blank. Tested on the trimmed text, as a
// `\s*$` after the other white space would backtrack quadratically.
const blankValue =
  /\b(?:is|are|was|costs?|us|of|to|by|at|the|a|an|be|with|for|from|than|about|around)\s*(?:\.{3}|…)\s*[;:,.]?$/i
const bracketPromptStart = /\[(?:more information needed|fill in|describe|add|insert|tbd)/i

/** A bracketed prompt left in the text (`[TBD: the latency]`): its opening words, and a `]` after them. */
function hasBracketPrompt(raw: string): boolean {
  const at = raw.search(bracketPromptStart)
  return at >= 0 && raw.includes(']', at)
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char)
}

/**
 * A paragraph's lead-in: `^(\s*)([^\n:.!?]{1,60}?)\s*(?::|\s[-–—]\s)` by hand (the expression backtracks
 * quadratically on long white space): the white space before the label, the label (at most 60 characters, the
 * shortest) and where the colon or spaced dash after it ends.
 */
function leadInAt(text: string): { indent: number; label: string; end: number } | undefined {
  let indent = 0
  while (isSpace(text[indent])) indent++
  // After a label ending at `labelEnd` and white space up to `spaceEnd`: a colon, or a dash with white space around.
  const close = (labelEnd: number, spaceEnd: number): number | undefined => {
    if (text[spaceEnd] === ':') return spaceEnd + 1
    const dash = text[spaceEnd] === '-' || text[spaceEnd] === '–' || text[spaceEnd] === '—'
    return spaceEnd > labelEnd && dash && isSpace(text[spaceEnd + 1]) ? spaceEnd + 2 : undefined
  }
  let spaceEnd = indent
  for (let end = indent + 1; end <= indent + 60 && end <= text.length && !'\n:.!?'.includes(text[end - 1]); end++) {
    if (spaceEnd < end) {
      spaceEnd = end
      while (isSpace(text[spaceEnd])) spaceEnd++
    }
    const matchEnd = close(end, spaceEnd)
    if (matchEnd !== undefined) return { indent, label: text.slice(indent, end), end: matchEnd }
  }
  // Else the label is the last white space character before the text (not a line break) and the colon or dash
  // starts the text: the only labels the expression finds by giving back leading white space.
  for (let start = indent - 1; start >= 0; start--) {
    if (text[start] === '\n') continue
    const matchEnd = close(start + 1, indent)
    if (matchEnd !== undefined) return { indent: start, label: text[start], end: matchEnd }
  }
  return undefined
}

const outsideFlowTitle = new RegExp(`^(?:${outsideFlowHeadings.map(normalizeTitle).join('|')})(?: |$)`)

/**
 * TBD, TODO and their kin standing for the content: at its start (after a
 * label), or with at most three other words ("Threshold TBD"). "Canary on 5%
 * of traffic, duration TBD" says something.
 */
function markedPlaceholder(raw: string): boolean {
  if (/\blorem ipsum\b/i.test(raw)) return true
  const marker = /\b(?:tbd|todo|tba|fixme)\b/gi
  if (!marker.test(raw)) return false
  const body = raw.replace(/^[-*+\d.)\s]+/, '').replace(/^[^:]{1,60}:\s*/, '')
  if (/^[^\p{L}\p{N}]*(?:tbd|todo|tba|fixme)\b/iu.test(body)) return true
  const rest = raw
    .replace(marker, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return rest.length === 0 || rest.split(' ').length <= 3
}

/**
 * Whether a text is only a list of short kinds: three or more ("budget,
 * hardware or legal constraints"), or two of at most two words ("batch or
 * real-time"). "Changing the send day or frequency" is an action, and
 * "unknown device or language becomes its own category" a statement.
 */
function kindList(text: string): boolean {
  const items = text
    .split(/,|;|\/|\bor\b|\band\b/i)
    .map((item) => item.replace(/[^\p{L}\p{N}\s-]+/gu, ' ').trim())
    .filter((item) => item.length > 0)
  const sizes = items.map((item) => item.split(/\s+/).length)
  if (sizes.some((size) => size > 3)) return false
  return items.length >= 3 || (items.length === 2 && sizes.every((size) => size <= 2))
}

/** HTML that shows something (`<img>`, `<table>`, `<details>`, ...), unlike a comment or a `<fill in>` pseudo-tag. */
const htmlElement =
  /<(?:img|picture|svg|video|audio|iframe|table|figure|details|div|pre|code|a|object|embed|canvas|math|p|span|ul|ol|dl|blockquote|h[1-6])\b/i

function within(range: Range, offset: number): boolean {
  return offset >= range.start && offset < range.end
}

/** Last index in a sorted list of ranges whose start is at or before the offset. */
function lastAtOrBefore(list: Range[], offset: number): number {
  let low = 0
  let high = list.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (list[middle].start <= offset) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

export class DesignReading {
  readonly source: string
  readonly prose: string
  readonly blocks: Block[]
  readonly sections: Section[] = []
  readonly statements: Statement[] = []
  readonly sentences: Sentence[] = []
  readonly frontMatter: FrontMatter = {}
  /** Where messages about the whole document go: the first heading, or the start. */
  readonly documentPlace: { start: Point; end: Point }

  readonly #compiled: Compiled
  readonly #location: ReturnType<typeof location>
  readonly #termSentences = new Map<Matcher<true>, Set<number>>()
  readonly #evidence = new Map<RequirementId, Evidence[]>()
  #metrics?: MetricMention[]
  #metricFilings?: MetricFiling[]
  #falseFriends?: Array<TermMatch<true>>
  #familyOptions?: FamilyMention[]
  #families?: FamilyMention[]
  #paradigms?: ParadigmMention[]
  readonly #quantities = new Map<string, QuantityMention[]>()

  constructor(tree: Root, source: string, compiled: Compiled) {
    this.source = source
    this.#compiled = compiled
    this.#location = location(source)
    const prose = readProse(tree, source)
    this.prose = prose.text
    this.blocks = prose.blocks
    this.#readSections()
    this.#readSentences()
    this.#readStatements(tree)
    this.#mergeFrontMatterSentences()
    this.#readMedia(tree)
    const first = this.sections.find((section) => !section.pseudo)
    const start = this.point(first ? first.start : 0)
    this.documentPlace = { start, end: first ? this.point(first.contentStart) : start }
  }

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
    return this.prose.slice(range.start, range.end).replace(/\s+/g, ' ').trim()
  }

  // ---------------------------------------------------------------- sections

  #targets(candidates: string[], ancestors: Stage[]): HeadingTarget[] {
    const found: HeadingTarget[] = []
    for (const candidate of candidates) {
      const contextual = this.#compiled.contextual.get(candidate)
      const inContext = contextual?.find((entry) => ancestors.includes(entry.within))
      if (inContext) {
        found.push(inContext.target)
        // The whole title decides when it matches in context.
        if (candidate === candidates[0]) return found
        continue
      }
      const targets = this.#compiled.headings.get(candidate)
      if (targets) {
        found.push(...targets)
        if (candidate === candidates[0]) return found
      }
    }
    return found
  }

  #pseudoHeading(block: Block): { title: string; end: number } | undefined {
    if (block.kind !== 'paragraph' || block.listItem) return undefined
    const paragraph = block.node as Paragraph
    const first = paragraph.children[0]
    if (!first || first.type !== 'strong' || first.position?.end.offset === undefined) return undefined
    const boldEnd = first.position.end.offset
    const title = this.prose.slice(block.start, boldEnd).replace(/\s+/g, ' ').trim()
    const rest = this.prose.slice(boldEnd, block.end).trim()
    if (title.length === 0 || title.length > 90) return undefined
    if (rest.length === 0) {
      // A paragraph that is only bold text; a whole sentence in bold is emphasis, not a heading,
      // unless it is a FAQ's question that names a stage by its verb (`**How will we evaluate it?**`).
      if (/[.!?]$/.test(title) && title.split(/\s+/).length > 4) {
        const asks = /\?$/.test(title) && this.#targets(questionCandidates(title), []).length > 0
        if (!asks) return undefined
      }
      return /:$/.test(title) ? { title: title.slice(0, -1), end: block.end } : { title, end: block.end }
    }
    // A bold lead-in that reads as a heading: `**Step 2 — Frame the problem.** ...`
    if (/:$/.test(title) || rest.startsWith(':')) return undefined
    if (/^(?:step|stage|phase|part)\s*\d/i.test(title) || /[.—–-]$/.test(title)) {
      const cleaned = withoutTrailing(title, '.—–-')
      return this.#targets(titleCandidates(cleaned), []).length > 0 ? { title: cleaned, end: boldEnd } : undefined
    }
    return undefined
  }

  #readSections() {
    let lastRealDepth = 0
    let lastRealNumbering: string | undefined
    const stack: Section[] = []
    let headingCount = 0
    let topCount = 0
    for (const block of this.blocks) {
      let depth: number
      let title: string
      let contentStart: number
      let pseudo = false
      if (block.kind === 'heading') {
        const heading = block.node as Heading
        depth = heading.depth
        lastRealDepth = depth
        title = this.textOf(block)
        lastRealNumbering = numberingShape(title)
        contentStart = block.end
        headingCount++
        if (depth === 1) topCount++
      } else {
        const found = this.#pseudoHeading(block)
        if (!found) continue
        // `**Step 3 - Data**` after `## Step 2 - Framing` is the next step, not a part of step 2.
        const numbering = numberingShape(found.title)
        depth = numbering && numbering === lastRealNumbering ? lastRealDepth : Math.min(lastRealDepth + 1, 7)
        title = found.title
        contentStart = found.end
        pseudo = true
      }
      while (stack.length > 0 && stack[stack.length - 1].depth >= depth) {
        const closed = stack.pop() as Section
        closed.end = block.start
      }
      const parent = stack.length > 0 ? stack[stack.length - 1] : undefined
      const section: Section = {
        index: this.sections.length,
        depth,
        pseudo,
        title: false,
        text: title,
        normalized: normalizeTitle(title),
        node: block.node as Heading | Paragraph,
        start: block.start,
        contentStart,
        end: this.source.length,
        stages: [],
        parts: [],
        ordered: [],
        inStages: [],
        inParts: [],
        parent: parent ? parent.index : -1,
        children: [],
        aside: asideTitle.test(normalizeTitle(title)) || (parent?.aside ?? false),
      }
      if (parent) parent.children.push(section.index)
      this.sections.push(section)
      stack.push(section)
    }

    // The title: a lone top heading that opens the document. A top heading that opens the
    // document and is not itself a stage's name (`# Churn prediction: model design`) is the
    // title too, when top headings are also used for the sections.
    const first = this.sections[0]
    if (first && !first.pseudo && first.depth === 1 && this.sections.length > 1) {
      const opens = this.blocks.every((block) => block.start >= first.start || block.kind === 'front-matter')
      const named = this.#compiled.headings.has(first.normalized)
      if ((topCount === 1 && headingCount > 1) || (opens && !named)) first.title = true
    }
    // A title that names the document's shape (`# Podcast recs: FAQ`) does not make the whole document an aside.
    if (first?.title && first.aside) {
      first.aside = false
      for (const section of this.sections) {
        if (section === first) continue
        const parent = section.parent >= 0 ? this.sections[section.parent] : undefined
        section.aside = asideTitle.test(section.normalized) || (parent?.aside ?? false)
      }
    }

    for (const section of this.sections) {
      const parent = section.parent >= 0 ? this.sections[section.parent] : undefined
      const ancestors = parent ? parent.inStages : []
      if (!section.title) {
        let targets = this.#targets(titleCandidates(section.text), ancestors)
        // A question heading that names no stage may name it by its verb (`How often do we retrain?`),
        // unless it stands under open questions, where it asks instead of answering.
        if (targets.length === 0 && !this.#underOpenQuestions(section))
          targets = this.#targets(questionCandidates(section.text), ancestors)
        const ownStages = new Set<Stage>()
        const ownParts = new Set<Part>()
        const ordered = new Set<Stage>()
        for (const target of targets) {
          if (target.part) {
            ownParts.add(target.part)
            if (!target.stage) for (const stage of partStages[target.part]) ownStages.add(stage)
            if (!target.stage && partStages[target.part].length === 1) ordered.add(partStages[target.part][0])
          }
          if (target.stage) {
            ownStages.add(target.stage)
            ordered.add(target.stage)
          }
        }
        section.stages = stages.filter((stage) => ownStages.has(stage))
        section.ordered = stages.filter((stage) => ordered.has(stage))
        section.parts = [...ownParts]
      }
      section.inStages = section.stages.length > 0 ? section.stages : parent ? parent.inStages : []
      section.inParts = section.parts.length > 0 ? section.parts : parent ? parent.inParts : []
    }
  }

  /** Whether a section stands under one that collects open questions (`Open questions`, not a FAQ or the title). */
  #underOpenQuestions(section: Section): boolean {
    for (let index = section.parent; index >= 0; index = this.sections[index].parent) {
      const ancestor = this.sections[index]
      if (ancestor.title) continue
      const candidates = titleCandidates(ancestor.text)
      if (candidates.some((candidate) => questionTitles.has(candidate) && !faqTitles.has(candidate))) return true
    }
    return false
  }

  /** The section an offset falls in (-1 before the first heading). */
  sectionAt(offset: number): number {
    return lastAtOrBefore(this.sections, offset)
  }

  // --------------------------------------------------------------- sentences

  #readSentences() {
    const compiled = this.#compiled
    // Paragraphs that are wholly a bold pseudo-heading read as headings (a set: no scan per block).
    const wholePseudo = new Set(
      this.sections.filter((section) => section.pseudo).map((section) => `${section.start}:${section.contentStart}`),
    )
    const raws: string[] = []
    let section = -1
    this.blocks.forEach((block, blockIndex) => {
      if (block.kind === 'front-matter') return
      const isHeading = block.kind === 'heading' || wholePseudo.has(`${block.start}:${block.end}`)
      // Blocks come in order: the section only moves forward.
      while (section + 1 < this.sections.length && this.sections[section + 1].start <= block.start) section++
      for (const range of splitSentences(this.prose, block.start, block.end)) {
        raws.push(this.prose.slice(range.start, range.end).replace(/\s+/g, ' ').trim())
        this.sentences.push({
          start: range.start,
          end: range.end,
          index: this.sentences.length,
          block: blockIndex,
          section,
          heading: isHeading,
          listItem: block.listItem,
          frontMatter: false,
          prompt: false,
          placeholder: false,
          undecided: false,
        })
      }
    })
    // "Not decided yet" and its kin, found in the one pass over the document all term lists share.
    for (const mention of this.mentionsOf(compiled.undecided)) {
      const index = this.sentenceAt(mention.start)
      if (index >= 0) this.sentences[index].undecided = true
    }
    this.sentences.forEach((sentence, index) => {
      this.#classify(sentence, raws[index])
    })
  }

  #classify(sentence: Sentence, raw: string) {
    const compiled = this.#compiled
    // Long sentences are content unless marked: skip the word folding the short-text checks need.
    if (raw.length > 120 && raw.split(' ', 14).length > 13) {
      const trimmed = raw.trim()
      if (
        /^\[[^\]]*\]\.?$/.test(trimmed) ||
        /^<[^>]*>\.?$/.test(trimmed) ||
        markedPlaceholder(raw) ||
        blankValue.test(raw.trimEnd()) ||
        hasBracketPrompt(raw)
      ) {
        sentence.placeholder = true
      } else if (/\?\s*$/.test(raw) && !/\d/.test(raw)) {
        sentence.prompt = true
      }
      return
    }
    const folded = foldWords(raw.replace(/^[-*+\d.)\s]+/, '').toLowerCase())
    if (folded.length === 0 || /^[\s?.…\-–—_*/]*$/.test(raw)) {
      sentence.placeholder = true
      return
    }
    const withoutLabel = foldWords(raw.replace(/^[^:]{1,60}:\s*/, '').toLowerCase())
    if (
      compiled.placeholders.has(folded) ||
      compiled.placeholders.has(withoutLabel) ||
      /^\[[^\]]*\]\.?$/.test(raw.trim()) ||
      /^<[^>]*>\.?$/.test(raw.trim()) ||
      markedPlaceholder(raw) ||
      // A template sentence whose value is left blank: "a missed fraud costs ...".
      blankValue.test(raw.trimEnd()) ||
      hasBracketPrompt(raw)
    ) {
      sentence.placeholder = true
      return
    }
    const words = folded.split(' ')
    const hasDigit = /\d/.test(raw)
    // "Not decided yet." alone stands where the content should; what is undecided and why says something.
    if (sentence.undecided && foldWords(withoutLabel).split(' ').length <= 4 && !hasDigit) {
      sentence.placeholder = true
      return
    }
    // A question that carries no value asks instead of answering.
    if (/\?\s*$/.test(raw) && !hasDigit) {
      sentence.prompt = true
      return
    }
    // A template instruction: "Describe the objective here."
    if (
      compiled.templateVerbs.has(words[0]) &&
      words.length <= 12 &&
      !hasDigit &&
      !/\b(?:we|our|is|are|was|will)\b/i.test(raw)
    ) {
      sentence.prompt = true
      return
    }
    // A bullet or heading-like line that only names a topic: "- Monitoring".
    if (sentence.listItem || words.length <= 3) {
      const bare = withoutTrailing(folded, ':')
      if (compiled.topicWords.has(bare) || (sentence.listItem && compiled.headings.has(bare))) {
        sentence.prompt = true
        return
      }
    }
    // A list of kinds joined by "or" or slashes, with no verb and no value: "budget, hardware or legal constraints".
    if (
      !hasDigit &&
      words.length <= 12 &&
      (/\bor\b/i.test(raw) || (raw.match(/\//g)?.length ?? 0) >= 2) &&
      !/\b(?:is|are|was|were|be|been|will|must|should|can|cannot|can't|we|our|has|have|use|uses|need|needs|runs?|gets?|takes?|only)\b/i.test(
        raw,
      ) &&
      kindList(raw.replace(/^[^:]{1,60}:\s*/, ''))
    ) {
      sentence.prompt = true
    }
  }

  /** Sentences inside a range. */
  sentencesIn(range: Range): Sentence[] {
    const result: Sentence[] = []
    let index = Math.max(lastAtOrBefore(this.sentences, range.start), 0)
    for (; index < this.sentences.length; index++) {
      const sentence = this.sentences[index]
      if (sentence.start >= range.end) break
      if (sentence.end > range.start) result.push(sentence)
    }
    return result
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
    return this.sentencesIn(range).some((sentence) => !sentence.heading && !sentence.prompt && !sentence.placeholder)
  }

  /** Content that is not prose: code blocks, images, HTML (not comments), math, and links (a pointer is content). */
  #readMedia(tree: Root) {
    const stack: Nodes[] = [tree]
    while (stack.length > 0) {
      const node = stack.pop() as Nodes
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const media =
        node.type === 'code' ||
        node.type === 'image' ||
        node.type === 'imageReference' ||
        node.type === 'link' ||
        node.type === 'linkReference' ||
        (node.type === 'html' && htmlElement.test(node.value)) ||
        (node as { type: string }).type === 'math'
      if (media && start !== undefined && end !== undefined) this.#media.push({ start, end })
      else if ('children' in node) stack.push(...(node.children as Nodes[]))
    }
    this.#media.sort((a, b) => a.start - b.start)
  }

  readonly #media: Range[] = []

  /** Whether a range holds content that is not prose: a code block, an image or diagram, HTML, math or a link. */
  hasMedia(range: Range): boolean {
    const index = lastAtOrBefore(this.#media, range.end - 1)
    return index >= 0 && this.#media[index].end > range.start && this.#media[index].start >= range.start
  }

  /** Whether a section (or one it stands in) collects questions, so its questions are its content: `Open questions`. */
  questionSection(section: Section): boolean {
    for (let current: Section | undefined = section; current; current = this.sections[current.parent]) {
      if (titleCandidates(current.text).some((candidate) => questionTitles.has(candidate))) return true
      if (current.parent < 0) break
    }
    return false
  }

  /** Whether a section stands outside the framework's flow (an appendix, future work, references) or under one. */
  outsideFlow(section: Section): boolean {
    for (let current: Section | undefined = section; current; current = this.sections[current.parent]) {
      if (outsideFlowTitle.test(current.normalized)) return true
      if (current.parent < 0) break
    }
    return false
  }

  /** The range of a section's own content, before its first sub-section. */
  ownContent(section: Section): Range {
    const first = section.children[0]
    return { start: section.contentStart, end: first === undefined ? section.end : this.sections[first].start }
  }

  // -------------------------------------------------------------- statements

  #labelTargets(label: string, offset: number): { parts: Part[]; stages: Stage[]; kind?: MetricKind } {
    const folded = normalizeTitle(label)
    // A label is read in the context of its section: `Data:` under requirements is data availability.
    const section = offset >= 0 ? this.sectionAt(offset) : -1
    const targets = this.#targets(titleCandidates(label), section >= 0 ? this.sections[section].inStages : [])
    const partSet = new Set<Part>()
    const stageSet = new Set<Stage>()
    for (const target of targets) {
      if (target.part) {
        partSet.add(target.part)
        for (const stage of partStages[target.part]) stageSet.add(stage)
      }
      if (target.stage) stageSet.add(target.stage)
    }
    let kind: MetricKind | undefined = metricKindWords[folded]
    if (partSet.has('online-metrics')) kind = 'online'
    if (partSet.has('offline-metrics')) kind = kind === 'online' ? undefined : 'offline'
    return { parts: [...partSet], stages: stages.filter((stage) => stageSet.has(stage)), kind }
  }

  #addStatement(source: Statement['source'], labelRange: Range, range: Range) {
    const label = this.prose.slice(labelRange.start, labelRange.end).replace(/\s+/g, ' ').trim()
    if (label.length === 0) return
    const targets = this.#labelTargets(label, labelRange.start)
    if (targets.parts.length === 0 && targets.stages.length === 0 && !targets.kind) return
    this.statements.push({ source, label, labelRange, ...targets, ...range })
  }

  #readStatements(tree: Root) {
    const children = tree.children
    // Lead-ins in paragraphs and list items, anywhere in the tree.
    const visit = (nodes: Nodes[], inItem: boolean) => {
      for (let index = 0; index < nodes.length; index++) {
        const node = nodes[index]
        if (
          node.type === 'paragraph' &&
          node.position?.start.offset !== undefined &&
          node.position.end.offset !== undefined
        ) {
          const start = node.position.start.offset
          const end = node.position.end.offset
          const text = this.prose.slice(start, end)
          this.#readBoldLabels(node, index === 0 && inItem)
          const inner = this.#readInnerLeadIns(start, end)
          const match = leadInAt(text)
          if (match && match.label.trim().split(/\s+/).length <= 6) {
            const labelStart = start + match.indent
            const labelRange = { start: labelStart, end: labelStart + match.label.length }
            let rangeEnd = end
            // `Online metrics:` followed by a list: the list is the statement.
            const next = nodes[index + 1]
            if (
              text.slice(match.end).trim().length === 0 &&
              next?.type === 'list' &&
              next.position?.end.offset !== undefined
            ) {
              rangeEnd = next.position.end.offset
            }
            // In a list item, the rest of the item belongs to the label.
            if (inItem && index === 0) {
              const parentEnd = (node as Nodes & { parentEnd?: number }).parentEnd
              if (parentEnd !== undefined) rangeEnd = parentEnd
            }
            this.#addStatement(inItem ? 'list-item' : 'lead-in', labelRange, {
              start: start + match.end,
              end: inner ?? rangeEnd,
            })
          }
        } else if (node.type === 'table') {
          this.#readTable(node)
        } else if ('children' in node && node.type !== 'heading') {
          const list = node.children as Nodes[]
          if (node.type === 'listItem' && node.position?.end.offset !== undefined && list[0]?.type === 'paragraph') {
            ;(list[0] as Nodes & { parentEnd?: number }).parentEnd = node.position.end.offset
          }
          visit(list, node.type === 'listItem')
          if (node.type === 'listItem' && list[0]) delete (list[0] as Nodes & { parentEnd?: number }).parentEnd
        } else if (node.type === 'yaml') {
          this.#readFrontMatter(node.value, node.position?.start.offset ?? 0)
        }
      }
    }
    visit(children, false)
    this.statements.sort((a, b) => a.start - b.start || b.end - a.end)
  }

  /** `Online metrics: CTR. Offline metrics: AUC.`: plain labels after a sentence end inside a paragraph, each up to the next. */
  #readInnerLeadIns(start: number, end: number): number | undefined {
    const text = this.prose.slice(start, end)
    const inner = /[.;!?]\s+(\p{Lu}(?:[^\n:.!?;]{0,39}[^\n:.!?;\s])?)\s*:(?=\s)/gu
    const labels: Range[] = []
    for (let match = inner.exec(text); match; match = inner.exec(text)) {
      if (match[1].trim().split(/\s+/).length > 4) continue
      const labelStart = start + match.index + match[0].indexOf(match[1])
      labels.push({ start: labelStart, end: labelStart + match[1].trimEnd().length })
    }
    // Terse notes put one `key: value` per line of a paragraph, in any case: `in: signup ip ...` then `out: prob 0-1`.
    // (The prose folds soft line breaks to spaces; the source keeps them, at the same offsets.)
    const lines = this.source.slice(start, end)
    const lineStart = /\n[^\S\n]*([\p{L}](?:[^\n:.!?;]{0,39}[^\n:.!?;\s])?)[^\S\n]*:(?=\s)/gu
    for (let match = lineStart.exec(lines); match; match = lineStart.exec(lines)) {
      if (match[1].trim().split(/\s+/).length > 4) continue
      const labelStart = start + match.index + match[0].indexOf(match[1])
      if (labels.some((label) => label.start === labelStart)) continue
      labels.push({ start: labelStart, end: labelStart + match[1].trimEnd().length })
    }
    labels.sort((a, b) => a.start - b.start)
    let first: number | undefined
    labels.forEach((label, index) => {
      const next = labels[index + 1]
      const contentStart = this.prose.indexOf(':', label.end) + 1
      const before = this.statements.length
      this.#addStatement('lead-in', label, { start: contentStart, end: next ? next.start : end })
      if (first === undefined && this.statements.length > before) first = label.start
    })
    return first
  }

  /** `... **Scale:** 600k a day. **Latency:** ...`: bold labels inside a paragraph, each up to the next. */
  #readBoldLabels(paragraph: Paragraph, firstInItem: boolean) {
    const end = paragraph.position?.end.offset
    if (end === undefined) return
    const labels: Array<{ label: Range; start: number }> = []
    paragraph.children.forEach((child, index) => {
      if (index === 0 || child.type !== 'strong') return
      const from = child.position?.start.offset
      const to = child.position?.end.offset
      if (from === undefined || to === undefined) return
      const inside = this.prose.slice(from, to).trim()
      const after = this.prose.slice(to, to + 2).trimStart()
      if (/:$/.test(inside) || after.startsWith(':')) {
        const labelText = inside.replace(/:$/, '')
        if (labelText.split(/\s+/).length <= 6) {
          labels.push({
            label: { start: from, end: from + this.prose.slice(from, to).indexOf(labelText) + labelText.length },
            start: to,
          })
        }
      }
    })
    void firstInItem
    labels.forEach((item, index) => {
      const next = labels[index + 1]
      this.#addStatement('lead-in', item.label, { start: item.start, end: next ? next.label.start : end })
    })
  }

  #readTable(table: Table) {
    const [head, ...rows] = table.children
    if (!head) return
    const cellRange = (cell: Nodes): Range | undefined =>
      cell.position?.start.offset !== undefined && cell.position.end.offset !== undefined
        ? { start: cell.position.start.offset, end: cell.position.end.offset }
        : undefined
    const headers = head.children.map(cellRange)
    // Columns whose header names a part: each cell is a statement.
    headers.forEach((header, column) => {
      if (!header) return
      for (const row of rows) {
        const cell = row.children[column]
        const range = cell ? cellRange(cell) : undefined
        if (range) this.#addStatement('table-column', header, range)
      }
    })
    // Rows whose first cell names a part: the rest of the row is a statement.
    for (const row of rows) {
      const first = row.children[0] ? cellRange(row.children[0]) : undefined
      const last = row.children[row.children.length - 1]
      const lastRange = last ? cellRange(last) : undefined
      if (first && lastRange && row.children.length > 1) {
        const second = cellRange(row.children[1])
        if (second) this.#addStatement('table-row', first, { start: second.start, end: lastRange.end })
      }
      // A cell that only says `online` or `offline` files the row's metrics.
      for (const cell of row.children) {
        const range = cellRange(cell)
        if (!range) continue
        const kind = metricKindWords[normalizeTitle(this.prose.slice(range.start, range.end))]
        if (kind && first && lastRange) {
          this.statements.push({
            source: 'table-row',
            label: this.textOf(range),
            labelRange: range,
            parts: [kind === 'online' ? 'online-metrics' : 'offline-metrics'],
            stages: ['framing', 'evaluation'],
            kind,
            start: first.start,
            end: lastRange.end,
          })
        }
      }
    }
  }

  #readFrontMatter(value: string, nodeStart: number) {
    // The YAML text starts after the opening `---` line.
    const lineBreak = this.source.indexOf('\n', nodeStart)
    const base = lineBreak === -1 ? nodeStart : lineBreak + 1
    let document: ReturnType<typeof parseDocument>
    try {
      // Aliases are not expanded beyond a small budget, so alias bombs stay cheap.
      document = parseDocument(value, { uniqueKeys: false, prettyErrors: false })
    } catch (error) {
      this.frontMatter.error = { reason: String((error as Error).message ?? error), offset: nodeStart }
      return
    }
    if (document.errors.length > 0) {
      const first = document.errors[0]
      this.frontMatter.error = { reason: first.message.split('\n')[0], offset: base + (first.pos?.[0] ?? 0) }
      // The error is reported (by the preset), but what people meant is plain: read it line by line.
      this.#readLooseFrontMatter(value, base)
      return
    }
    try {
      this.frontMatter.value = document.toJS({ maxAliasCount: 100 })
    } catch (error) {
      this.frontMatter.error = { reason: String((error as Error).message ?? error), offset: nodeStart }
      return
    }
    const readMap = (node: unknown, prefix: string) => {
      if (!isMap(node)) return
      for (const pair of node.items) {
        const key = pair.key
        if (!isScalar(key) || !key.range) continue
        const name = String(key.value).replace(/[_-]+/g, ' ')
        const label = prefix ? `${name} ${prefix}` : name
        const valueNode = pair.value
        if (isMap(valueNode)) {
          readMap(valueNode, name)
          continue
        }
        const valueRange = (valueNode as { range?: [number, number, number] } | null)?.range
        if (!valueRange) continue
        const items = (isSeq(valueNode) ? valueNode.items : [valueNode]).flatMap((item) => {
          const itemRange = (item as { range?: [number, number, number] } | null)?.range
          return itemRange ? [{ start: base + itemRange[0], end: base + itemRange[1] }] : []
        })
        this.#frontMatterEntry(
          label,
          { start: base + key.range[0], end: base + key.range[1] },
          { start: base + valueRange[0], end: base + valueRange[1] },
          items,
        )
      }
    }
    readMap(document.contents, '')
  }

  /**
   * Front matter that is not valid YAML (`ml_category: still open: clustering or ...`):
   * each top-level `key: value` line, with its indented continuation lines or `- item`s.
   */
  #readLooseFrontMatter(value: string, base: number) {
    const lines: Array<{ start: number; text: string }> = []
    let offset = 0
    for (const text of value.split('\n')) {
      lines.push({ start: offset, text })
      offset += text.length + 1
    }
    for (let index = 0; index < lines.length; index++) {
      const match = /^([\p{L}](?:[\p{L}\p{N}_ -]*[\p{L}\p{N}_-])?)[^\S\n]*:(?=\s|$)/u.exec(lines[index].text)
      if (!match) continue
      const keyStart = base + lines[index].start
      const items: Range[] = []
      const first = lines[index].text.slice(match[0].length)
      const firstStart = keyStart + match[0].length + (first.length - first.trimStart().length)
      if (first.trim()) items.push({ start: firstStart, end: firstStart + first.trim().length })
      while (index + 1 < lines.length && /^\s+\S/.test(lines[index + 1].text)) {
        index++
        const line = lines[index]
        const item = /^\s+(?:-\s+)?/.exec(line.text)?.[0] ?? ''
        const start = base + line.start + item.length
        const end = base + line.start + line.text.trimEnd().length
        if (end > start) items.push({ start, end })
      }
      if (items.length === 0) continue
      const label = match[1].replace(/[_-]+/g, ' ').trim()
      this.#frontMatterEntry(
        label,
        { start: keyStart, end: keyStart + match[1].length },
        { start: items[0].start, end: items[items.length - 1].end },
        items,
      )
    }
  }

  /** A front-matter key whose name the vocabulary knows: a statement, and one sentence per value (or item). */
  #frontMatterEntry(label: string, labelRange: Range, range: Range, items: Range[]) {
    const targets = this.#labelTargets(label, -1)
    if (targets.parts.length === 0 && targets.stages.length === 0 && !targets.kind) return
    this.statements.push({ source: 'front-matter', label, labelRange, ...targets, ...range })
    // Front-matter values are prose too: one sentence per value (or item).
    for (const sentenceRange of items) {
      const raw = this.prose.slice(sentenceRange.start, sentenceRange.end).replace(/\s+/g, ' ').trim()
      const sentence: Sentence = {
        ...sentenceRange,
        index: 0,
        block: -1,
        section: -1,
        heading: false,
        listItem: false,
        frontMatter: true,
        prompt: false,
        placeholder: false,
        undecided: this.#compiled.undecided.test(raw),
      }
      this.#classify(sentence, raw.replace(/^["']|["']$/g, ''))
      this.#frontMatterSentences.push(sentence)
    }
  }

  #frontMatterSentences: Sentence[] = []

  /** Statements whose label names a part. */
  statementsFor(part: Part): Statement[] {
    return this.statements.filter((statement) => statement.parts.includes(part))
  }

  /** Sections whose heading names a part. */
  sectionsFor(part: Part): Section[] {
    return this.sections.filter((section) => section.parts.includes(part))
  }

  /**
   * Where a message about a missing part goes: the heading of the first
   * section that names it (`## Class imbalance` left as TBD), else the label
   * of the first statement that does (`- Baseline:` left empty), else the
   * document's place.
   */
  placeFor(part: Part): { start: Point; end: Point } {
    const section = this.sectionsFor(part)[0]
    if (section) return this.place({ start: section.start, end: section.contentStart })
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
      const content = { start: section.contentStart, end: section.end }
      openings.push({
        at: { start: section.start, end: section.contentStart },
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

  /** The section a piece of evidence stands in (sub-sections included); the whole document before any heading. */
  scopeOf(item: Evidence): Range {
    const index =
      item.via !== 'section' && item.sentence !== undefined
        ? this.sentences[item.sentence].section
        : this.sectionAt(item.start)
    return index >= 0
      ? { start: this.sections[index].start, end: this.sections[index].end }
      : { start: 0, end: this.source.length }
  }

  /** Whether the document has a substantive section or labelled statement for a stage. */
  hasStage(stage: Stage): boolean {
    return (
      this.stageSections(stage).some((section) =>
        this.substantive({ start: section.contentStart, end: section.end }),
      ) || this.stageStatements(stage).some((statement) => this.substantive(statement))
    )
  }

  // -------------------------------------------------------------- term sets

  #scanned?: Map<Matcher<unknown>, Array<TermMatch<unknown>>>
  readonly #ownMentions = new Map<Matcher<unknown>, Array<TermMatch<unknown>>>()

  /**
   * Every mention of a term list in the document. The vocabulary's lists are
   * all matched in one pass, the first time any is asked for.
   */
  mentionsOf<T>(matcher: Matcher<T>): Array<TermMatch<T>> {
    const scanner = this.#compiled.scanner
    if (scanner.covers(matcher)) {
      this.#scanned ??= scanner.scan(this.prose)
      return (this.#scanned.get(matcher) ?? []) as Array<TermMatch<T>>
    }
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

  /** Front-matter values join the sentences in file order (they come first). */
  #mergeFrontMatterSentences() {
    if (this.#frontMatterSentences.length === 0) return
    const merged = [...this.#frontMatterSentences, ...this.sentences].sort((a, b) => a.start - b.start)
    this.sentences.length = 0
    merged.forEach((sentence, index) => {
      sentence.index = index
      this.sentences.push(sentence)
    })
  }

  get compiled(): Compiled {
    return this.#compiled
  }

  // ------------------------------------------------------------- evidence

  /**
   * Evidence that the document answers a requirement (see `vocabulary/cues.ts`):
   * named sections and labelled statements with substantive content, and
   * sentences anywhere that carry both a topic and an answer word.
   */
  evidence(id: RequirementId): Evidence[] {
    const cached = this.#evidence.get(id)
    if (cached) return cached
    const cue = this.#compiled.cues[id]
    const definition = this.#compiled.cueDefinitions[id]
    const partsOf: readonly Part[] = definition.parts
    const answerSet = cue.answer ? this.sentencesMentioning(cue.answer) : undefined
    const noneSet = cue.none ? this.sentencesMentioning(cue.none) : undefined
    const topicSet = cue.topic ? this.sentencesMentioning(cue.topic) : undefined
    const answerInSection = Boolean(definition.answerInSection)
    const result: Evidence[] = []

    const rangeAnswers = (range: Range, asks = false): number[] =>
      this.sentencesIn(range)
        .filter(
          (sentence) =>
            this.answers(sentence) &&
            (!answerInSection ||
              answerSet?.has(sentence.index) ||
              noneSet?.has(sentence.index) ||
              // Under a yes/no question heading (`Does it need to be explainable?`), a plain yes or no answers.
              (asks && /^(?:yes|no)\b/i.test(this.textOf(sentence)))),
        )
        .map((sentence) => sentence.index)

    for (const section of this.sections) {
      if (!section.parts.some((part) => partsOf.includes(part))) continue
      const asks = /\?\s*$/.test(section.text)
      for (const sentence of rangeAnswers({ start: section.contentStart, end: section.end }, asks)) {
        result.push({ via: 'section', start: section.start, end: section.contentStart, sentence })
      }
    }
    for (const statement of this.statements) {
      if (!statement.parts.some((part) => partsOf.includes(part))) continue
      for (const sentence of rangeAnswers(statement)) {
        result.push({ via: 'statement', start: statement.labelRange.start, end: statement.end, sentence })
      }
    }
    for (const sentence of this.sentences) {
      if (!this.answers(sentence)) continue
      const onTopic = !topicSet || topicSet.has(sentence.index)
      if (!onTopic) continue
      const answered = (!answerSet && !noneSet) || answerSet?.has(sentence.index) || noneSet?.has(sentence.index)
      if (answered) {
        result.push({ via: 'sentence', start: sentence.start, end: sentence.end, sentence: sentence.index })
        continue
      }
      const next = this.sentences[sentence.index + 1]
      if (
        definition.answerInNextSentence &&
        next &&
        sentence.block >= 0 &&
        next.block === sentence.block &&
        this.answers(next) &&
        (answerSet?.has(next.index) || noneSet?.has(next.index))
      ) {
        result.push({ via: 'sentence', start: sentence.start, end: next.end, sentence: next.index })
      }
    }
    this.#evidence.set(id, result)
    return result
  }

  #metricsBySentence?: Map<number, MetricMention[]>

  /** The metric mentions of one sentence (indexed once). */
  metricsIn(sentence: number): MetricMention[] {
    if (!this.#metricsBySentence) {
      this.#metricsBySentence = new Map()
      for (const mention of this.metrics) {
        const list = this.#metricsBySentence.get(mention.sentence)
        if (list) list.push(mention)
        else this.#metricsBySentence.set(mention.sentence, [mention])
      }
    }
    return this.#metricsBySentence.get(sentence) ?? []
  }

  // ------------------------------------------------------------------ goals

  /**
   * What kind of goal a sentence states: `business` (a direction and
   * something the business cares about: "cut fraud losses by 25%"), `ml`
   * (only what a model predicts or how well: "maximise AUC", "accurately
   * predict churn"), or `other`.
   */
  goalKind(sentence: number): 'business' | 'ml' | 'other' {
    const compiled = this.#compiled
    const mentions = this.metricsIn(sentence).filter((mention) => !mention.quantity)
    const online = mentions.some((mention) => mention.metric.kind === 'online')
    const offline = mentions.some((mention) => mention.metric.kind === 'offline')
    const businessNoun = this.sentencesMentioning(compiled.businessNouns).has(sentence)
    // "Maximise the AUC of the churn model": a model metric is the goal.
    if (offline && !online && !businessNoun) return 'ml'
    const start = this.sentences[sentence].start
    const metricIsGoal = mentions.some(
      (mention) =>
        mention.metric.kind === 'offline' && metricAsGoalPattern.test(this.prose.slice(start, mention.start)),
    )
    if (metricIsGoal && !online) return 'ml'
    const direction = this.sentencesMentioning(compiled.direction).has(sentence)
    if (direction && (online || businessNoun || this.hasTarget(sentence))) return 'business'
    if (offline || this.sentencesMentioning(compiled.mlOnly).has(sentence)) return 'ml'
    return 'other'
  }

  /** Whether a sentence gives a measurable target: a number, a percentage, money. */
  hasTarget(sentence: number): boolean {
    return targetPattern.test(this.textOf(this.sentences[sentence]))
  }

  /**
   * Whether the document commits to a metric it mentions: the sentence says
   * something, stands outside rejected alternatives, and does not reject the
   * metric ("PR-AUC rather than accuracy", "accuracy would be misleading").
   */
  usesMetric(mention: MetricMention): boolean {
    if (mention.quantity || mention.sentence < 0) return false
    const sentence = this.sentences[mention.sentence]
    if (!this.answers(sentence)) return false
    if (sentence.section >= 0 && this.sections[sentence.section].aside) return false
    const before = this.prose.slice(sentence.start, mention.start).replace(/\s+/g, ' ')
    const after = this.prose.slice(mention.end, sentence.end).replace(/\s+/g, ' ')
    return !metricRejectedBefore.test(before) && !metricRejectedAfter.test(after) && !metricFalseFriendAfter.test(after)
  }

  /** Whether a goal is measurable: a target, or "increase"/"reduce" with a quantity the business tracks. */
  isMeasurable(sentence: number): boolean {
    if (this.hasTarget(sentence)) return true
    const compiled = this.#compiled
    return (
      this.sentencesMentioning(compiled.measurableDirection).has(sentence) &&
      (this.sentencesMentioning(compiled.businessNouns).has(sentence) ||
        this.metricsIn(sentence).some((mention) => mention.metric.kind === 'online'))
    )
  }

  // ---------------------------------------------------------------- metrics

  /** Where the author files metrics by kind: `Online metrics` sections and lead-ins, `Offline:` rows, with their content. */
  get metricFilings(): MetricFiling[] {
    if (this.#metricFilings) return this.#metricFilings
    const regions: MetricFiling[] = []
    for (const section of this.sections) {
      const kind = section.parts.includes('online-metrics')
        ? 'online'
        : section.parts.includes('offline-metrics')
          ? 'offline'
          : metricKindWords[section.normalized]
      if (kind)
        regions.push({
          start: section.contentStart,
          end: section.end,
          kind,
          at: { start: section.start, end: section.contentStart },
        })
    }
    for (const statement of this.statements) {
      if (statement.kind)
        regions.push({ start: statement.start, end: statement.end, kind: statement.kind, at: statement.labelRange })
    }
    regions.sort((a, b) => a.start - b.start)
    this.#metricFilings = regions
    return regions
  }

  /** Every metric mention, with the kind its author filed it under. */
  get metrics(): MetricMention[] {
    if (this.#metrics) return this.#metrics
    const regions = this.metricFilings
    this.#metrics = this.mentionsOf(this.#compiled.metrics).map((match: TermMatch<MetricEntry>) => {
      // The innermost filing region wins.
      let filed: (typeof regions)[number] | undefined
      // Regions are sorted by start: the innermost holding the match is the nearest one before it that holds it.
      for (let index = lastAtOrBefore(regions, match.start); index >= 0; index--) {
        if (within(regions[index], match.start)) {
          filed = regions[index]
          break
        }
      }
      const sentence = this.sentenceAt(match.start)
      const from = sentence >= 0 ? Math.max(this.sentences[sentence].start, match.start - 16) : match.start
      const before = this.prose.slice(from, match.start)
      return {
        start: match.start,
        end: match.end,
        text: match.text,
        metric: match.value,
        filedAs: filed?.kind,
        filedAt: filed?.at,
        // A number before it (`50M DAU`), or a span of history (`six months of sales`): data, not a metric.
        quantity:
          /(?:^|[\s~≈<>])\d[\d.,]*\s*(?:k|m|b|bn|million|billion|thousand)?$/i.test(before.trimEnd()) ||
          /\b(?:hours?|days?|weeks?|months?|years?|quarters?)\s+of\s+$/i.test(before),
        sentence,
      }
    })
    return this.#metrics
  }

  // --------------------------------------------------------------- families

  #counts(sentence: number, offset?: number): boolean {
    if (sentence < 0) return false
    const found = this.sentences[sentence]
    if (!this.answers(found)) return false
    if (found.section >= 0 && this.sections[found.section].aside) return false
    if (!this.sentencesMentioning(this.#compiled.hedges).has(sentence)) return true
    if (offset === undefined) return false
    // "Binary classification rather than regression, trained on labelled data": a contrast rejects only its own clause.
    return this.#compiled.hedges
      .all(this.prose.slice(found.start, found.end), found.start)
      .every(
        (hedge) =>
          contrastHedges.has(hedge.text.toLowerCase().replace(/\s+/g, ' ')) &&
          (hedge.start > offset || /[,;:(]/.test(this.prose.slice(hedge.end, offset))),
      )
  }

  #familyMentions(): FamilyMention[] {
    return this.mentionsOf(this.#compiled.families).map((match: TermMatch<FamilyHit>) => ({
      start: match.start,
      end: match.end,
      text: match.text,
      family: match.value.family,
      kind: match.value.kind,
      sentence: this.sentenceAt(match.start),
    }))
  }

  /** Task families the document commits to (hedged options and rejected alternatives left out). */
  get families(): FamilyMention[] {
    if (this.#families) return this.#families
    this.#families = this.#familyMentions().filter(
      (mention) => this.#counts(mention.sentence, mention.start) && this.#designed(mention),
    )
    return this.#families
  }

  /** Task families named only as options still under discussion ("option B is a survival model"). */
  get familyOptions(): FamilyMention[] {
    this.#familyOptions ??= this.#familyMentions().filter((mention) => {
      const sentence = this.sentences[mention.sentence]
      return (
        sentence !== undefined &&
        this.answers(sentence) &&
        !(sentence.section >= 0 && this.sections[sentence.section].aside) &&
        this.sentencesMentioning(this.#compiled.openOptions).has(mention.sentence) &&
        this.#designed(mention)
      )
    })
    return this.#familyOptions
  }

  /** Whether a family mention names a task: not "no regression on the guardrail", not "the existing classifier". */
  #designed(mention: Range): boolean {
    this.#falseFriends ??= this.mentionsOf(this.#compiled.falseFriends)
    if (this.#falseFriends.some((match) => match.start < mention.end && match.end > mention.start)) return false
    const sentence = this.sentences[this.sentenceAt(mention.start)]
    const from = sentence ? Math.max(sentence.start, mention.start - 60) : mention.start
    const before = this.prose.slice(from, mention.start)
    const words = before.toLowerCase().split(/\s+/).filter(Boolean).slice(-2)
    return !words.some((word) => existingComponents.has(word.replace(/[^\p{L}']/gu, '')))
  }

  /** Learning paradigms the document commits to. */
  get paradigms(): ParadigmMention[] {
    if (this.#paradigms) return this.#paradigms
    this.#paradigms = this.mentionsOf(this.#compiled.paradigms).map((match: TermMatch<Paradigm>) => ({
      start: match.start,
      end: match.end,
      text: match.text,
      paradigm: match.value,
      sentence: this.sentenceAt(match.start),
    }))
    // "The model is trained on labelled payouts" states supervised learning.
    supervisedPattern.lastIndex = 0
    let match = supervisedPattern.exec(this.prose)
    while (match) {
      this.#paradigms.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        paradigm: 'supervised',
        sentence: this.sentenceAt(match.index),
      })
      match = supervisedPattern.exec(this.prose)
    }
    this.#paradigms = this.#paradigms
      .filter((mention) => this.#counts(mention.sentence, mention.start))
      .sort((a, b) => a.start - b.start)
    return this.#paradigms
  }

  /** The set of families named (forecasting also counts as regression). */
  get familySet(): Set<Family> {
    const set = new Set(this.families.map((mention) => mention.family))
    if (set.has('forecasting')) set.add('regression')
    return set
  }

  // ------------------------------------------------------------- quantities

  /**
   * Quantities of one kind, outside headings, prompts and placeholders:
   *
   * * `scale`: counts of what is served or predicted for (`45M active cards`) and rates
   *   (`18,000 checks a day`), but not counts of data to learn or test from
   *   (`40,000 held-out photos`);
   * * `data-size`: counts of data (`1.1M labelled photos`), but not traffic rates
   *   (`3M new comments/day`) unless the sentence is about data, nor what a scale
   *   statement gives;
   * * `history` (`90 days of logs`), `fast-duration` (`80 ms`), `slow-duration` (`2 s`).
   *
   * Neither scale nor data size counts a normaliser (`per 1,000 sessions`) or a filter's
   * threshold (`accounts with more than 500 queries an hour are removed`).
   */
  quantities(kind: 'scale' | 'data-size' | 'history' | 'fast-duration' | 'slow-duration'): QuantityMention[] {
    const cached = this.#quantities.get(kind)
    if (cached) return cached
    const compiled = this.#compiled
    const expression = {
      scale: compiled.scale,
      'data-size': compiled.dataSize,
      history: compiled.history,
      'fast-duration': compiled.fastDuration,
      'slow-duration': compiled.slowDuration,
    }[kind]
    let result = this.#matchQuantities(expression, false)
    if (kind === 'history') {
      // "Four years of billing, usage and CRM records": any span of history in a sentence about data.
      const dataSentences = this.sentencesMentioning(compiled.dataContext)
      const dataRanges = this.#dataRanges()
      for (const item of this.#matchQuantities(compiled.historySpan, false)) {
        if (result.some((found) => found.start === item.start)) continue
        if (dataSentences.has(item.sentence) || dataRanges.some((range) => within(range, item.start))) result.push(item)
      }
      // "ban decisions for 2 yrs", "nine seasons": under a `Data available` heading or label, a span is history.
      const availability = this.#partRanges('data-availability')
      for (const item of this.#matchQuantities(historyAnySpan, false)) {
        if (result.some((found) => found.start < item.end && item.start < found.end)) continue
        const before = this.prose.slice(this.sentences[item.sentence].start, item.start)
        if (compiled.windowBefore.test(before)) continue
        if (availability.some((range) => within(range, item.start))) result.push(item)
      }
      result.sort((a, b) => a.start - b.start)
    }
    if (kind === 'scale' || kind === 'data-size') {
      if (kind === 'scale') {
        // Rates of anything ("5 per second", "35k reads per second"), merged with the unit matches.
        const merged: QuantityMention[] = []
        for (const item of [...result, ...this.#matchQuantities(compiled.rate, true)].sort(
          (a, b) => a.start - b.start || b.end - a.end,
        )) {
          const last = merged[merged.length - 1]
          if (last && item.start < last.end) {
            last.rate = last.rate || item.rate
            continue
          }
          merged.push(item)
        }
        result = merged
      }
      const dataSentences = this.sentencesMentioning(compiled.dataContext)
      const filterSentences = this.sentencesMentioning(compiled.filter)
      const scaleRanges = [
        ...this.sectionsFor('scale').map((section) => ({ start: section.contentStart, end: section.end })),
        ...this.statementsFor('scale'),
      ]
      const dataRanges = this.#dataRanges()
      result = result.filter((item) => {
        const before = this.prose.slice(this.sentences[item.sentence].start, item.start)
        if (/\bper\s*$/i.test(before)) return false
        if (compiled.boundBefore.test(before) && filterSentences.has(item.sentence)) return false
        const aboutData = dataSentences.has(item.sentence)
        if (kind === 'scale') {
          // "the first 120 pages" is a window of one input; "contracts over 200 pages" under `Outliers` a threshold.
          if (!item.rate && itemWindowBefore.test(before)) return false
          if (compiled.boundBefore.test(before) && this.sentenceScope(item.sentence).parts.includes('outliers'))
            return false
          return !(compiled.dataUnitEnd.test(item.text) && !item.rate && aboutData)
        }
        if (item.rate && !aboutData) return false
        if (compiled.windowBefore.test(before)) return false
        if (scaleRanges.some((range) => within(range, item.start))) return false
        // Elsewhere (`the model binary must stay under 4 MB`, `the first 512 tokens`) a size is not of data.
        return aboutData || dataRanges.some((range) => within(range, item.start))
      })
      result = [...result, ...this.#countsOfAnything(kind, result)].sort((a, b) => a.start - b.start)
    }
    this.#quantities.set(kind, result)
    return result
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
    // Where the sentence's words start (markup before them is blanked).
    const text = this.prose.slice(found.start, found.end)
    const first = found.start + text.length - text.trimStart().length
    for (const statement of this.#statementsHolding(first)) {
      for (const stage of statement.stages) stageSet.add(stage)
      for (const part of statement.parts) partSet.add(part)
    }
    return { stages: [...stageSet], parts: [...partSet] }
  }

  #byLabel?: { list: Statement[]; starts: Range[]; longest: number }

  /** Statements (from their label to their end) that hold an offset: a binary search, not a scan. */
  #statementsHolding(offset: number): Statement[] {
    if (!this.#byLabel) {
      const list = [...this.statements].sort((a, b) => a.labelRange.start - b.labelRange.start)
      const starts = list.map((statement) => ({ start: statement.labelRange.start, end: statement.end }))
      const longest = starts.reduce((max, range) => Math.max(max, range.end - range.start), 0)
      this.#byLabel = { list, starts, longest }
    }
    const { list, starts, longest } = this.#byLabel
    const found: Statement[] = []
    for (let index = lastAtOrBefore(starts, offset); index >= 0 && starts[index].start >= offset - longest; index--) {
      if (within(starts[index], offset)) found.push(list[index])
    }
    return found
  }

  readonly #quantitySentences = new Map<string, Set<number>>()

  /** The sentences holding a quantity of a kind (a set, for lookups per sentence). */
  #sentencesWith(kind: 'scale' | 'data-size' | 'history' | 'fast-duration' | 'slow-duration'): Set<number> {
    let found = this.#quantitySentences.get(kind)
    if (!found) {
      found = new Set(this.quantities(kind).map((item) => item.sentence))
      this.#quantitySentences.set(kind, found)
    }
    return found
  }

  /** Whether a sentence states how fast something must be: a duration in milliseconds, or a latency word (`p99`). */
  statesLatency(sentence: number): boolean {
    return (
      this.sentencesMentioning(this.#compiled.latencyWords).has(sentence) ||
      this.#sentencesWith('fast-duration').has(sentence)
    )
  }

  /**
   * Sentences that say how fast predictions must be: a latency budget (a duration in
   * milliseconds, or in seconds or minutes beside a latency word or in a sentence about
   * producing predictions, not about training, rollbacks or alerts), or a choice of
   * real-time or batch prediction. Prompts, placeholders and undecided sentences never do.
   */
  speedStatements(): Array<{ sentence: number; kind: 'budget' | 'mode' }> {
    const compiled = this.#compiled
    const latencyWords = this.sentencesMentioning(compiled.latencyWords)
    const context = this.sentencesMentioning(compiled.predictionContext)
    const notLatency = this.sentencesMentioning(compiled.notLatency)
    const found = new Map<number, 'budget' | 'mode'>()
    // Under a `Latency` heading or label, the heading says what a duration or a cadence is about.
    const latencyRanges = this.#partRanges('latency')
    const underLatency = (sentence: number) =>
      latencyRanges.some((range) => within(range, this.sentences[sentence].start))
    for (const item of this.quantities('fast-duration')) found.set(item.sentence, 'budget')
    for (const item of this.quantities('slow-duration')) {
      const before = this.prose.slice(this.sentences[item.sentence].start, item.start)
      if (
        compiled.latencyBoundBefore.test(before) &&
        (latencyWords.has(item.sentence) || context.has(item.sentence) || underLatency(item.sentence)) &&
        !notLatency.has(item.sentence)
      ) {
        found.set(item.sentence, 'budget')
      }
    }
    for (const sentence of this.sentencesMentioning(compiled.predictionMode)) {
      if (!found.has(sentence)) found.set(sentence, 'mode')
    }
    const nonPrediction = this.sentencesMentioning(compiled.nonPrediction)
    const verbs = this.sentencesMentioning(compiled.predictionVerbs)
    const training = this.sentencesMentioning(compiled.training)
    for (const sentence of this.sentencesMentioning(compiled.predictionModeWeak)) {
      if (found.has(sentence) || training.has(sentence)) continue
      if (!context.has(sentence) && !underLatency(sentence)) continue
      // A cadence in monitoring is how often something is watched.
      const section = this.sentences[sentence].section
      if (section >= 0 && this.sections[section].inStages.includes('monitoring')) continue
      // "Passage embeddings are computed in a nightly batch job" chooses nothing about predictions.
      if (nonPrediction.has(sentence) && !verbs.has(sentence)) continue
      found.set(sentence, 'mode')
    }
    return [...found]
      .filter(([sentence]) => this.answers(this.sentences[sentence]))
      .sort((a, b) => a[0] - b[0])
      .map(([sentence, kind]) => ({ sentence, kind }))
  }

  /** The content of the sections and statements that name a part. */
  #partRanges(part: Part): Range[] {
    return [
      ...this.sections
        .filter((section) => section.inParts.includes(part))
        .map((section) => ({ start: section.contentStart, end: section.end })),
      ...this.statements.filter((statement) => statement.parts.includes(part)),
    ]
  }

  /**
   * Counts of whatever a document's domain counts (`4,700 charging sites`, `118,000
   * field-seasons`, `2.3M historical headlines`) where the heading, label or sentence says
   * what is counted: scale under a `Scale` heading or label; data size under a `Data
   * available` one, or in a sentence about data outside the design stages.
   */
  #countsOfAnything(kind: 'scale' | 'data-size', found: QuantityMention[]): QuantityMention[] {
    const compiled = this.#compiled
    const ranges = this.#partRanges(kind === 'scale' ? 'scale' : 'data-availability')
    const dataSentences = kind === 'data-size' ? this.sentencesMentioning(compiled.dataContext) : new Set<number>()
    const scaleRanges = kind === 'data-size' ? this.#partRanges('scale') : []
    const result: QuantityMention[] = []
    // What the unit lists already read (`50M DAU` is scale, `90 days of logs` history) is not read again.
    const known = [...found, ...this.#matchQuantities(compiled.scale, false), ...this.quantities('history')]
    const skipped = (word: string) => notCounted.has(word) || notCounted.has(word.replace(/s$/, ''))
    for (const item of this.#matchQuantities(anyCount, false)) {
      if (known.some((other) => other.start < item.end && item.start < other.end)) continue
      const words = item.text.toLowerCase().match(/[\p{L}][\p{L}-]*/gu) ?? []
      const noun = words[words.length - 1] ?? ''
      if (words.some(skipped) || countStopWords.has(noun)) continue
      const sentence = this.sentences[item.sentence]
      const before = this.prose.slice(sentence.start, item.start)
      if (/\bper\s*$/i.test(before) || itemWindowBefore.test(before) || compiled.boundBefore.test(before)) continue
      // A rate is load, not data ("180k signups/day").
      if (kind === 'data-size' && compiled.rateTail.test(this.prose.slice(item.end, item.end + 24))) continue
      if (ranges.some((range) => within(range, item.start))) {
        result.push(item)
        continue
      }
      if (kind === 'scale' || !dataSentences.has(item.sentence)) continue
      if (scaleRanges.some((range) => within(range, item.start))) continue
      const stages = this.sentenceScope(item.sentence).stages
      if (stages.every((stage) => stage === 'requirements')) result.push(item)
    }
    return result
  }

  /** The content of data availability and data preparation sections and statements. */
  #dataRanges(): Range[] {
    return [
      ...this.sections
        .filter((section) => section.inParts.includes('data-availability') || section.inStages.includes('data'))
        .map((section) => ({ start: section.contentStart, end: section.end })),
      ...this.statements.filter(
        (statement) => statement.parts.includes('data-availability') || statement.stages.includes('data'),
      ),
    ]
  }

  #matchQuantities(expression: RegExp, rates: boolean): QuantityMention[] {
    const compiled = this.#compiled
    const result: QuantityMention[] = []
    expression.lastIndex = 0
    let match = expression.exec(this.prose)
    while (match) {
      const sentence = this.sentenceAt(match.index)
      const found = sentence >= 0 ? this.sentences[sentence] : undefined
      if (found && !found.prompt && !found.placeholder && !found.heading) {
        const text = match[0]
        const end = match.index + text.length
        // "2 hours a day" and "3 times a week" count no entities.
        const counted = text.replace(/(?:(?<!\s)\s*\/\s*|(?<!\s)\s+(?:per|a|an|each|every)\s+)[\p{L}]+$/iu, '')
        if (!rates || !compiled.rateNonEntity.test(counted)) {
          result.push({
            start: match.index,
            end,
            text,
            sentence,
            rate: rates || compiled.rateTail.test(this.prose.slice(end, end + 24)),
          })
        }
      }
      if (match[0].length === 0) expression.lastIndex++
      match = expression.exec(this.prose)
    }
    return result
  }
}
