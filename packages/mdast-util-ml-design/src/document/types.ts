/** The shapes the structure pass produces. */
import type { Heading, Html, Paragraph } from 'mdast'
import type { MetricKind } from '../vocabulary/metrics.js'
import type { Part, Stage } from '../vocabulary/stages.js'

/** Offsets into the file: `start` included, `end` excluded. */
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
  /** The heading, the bold paragraph, or the HTML node that holds a heading element. */
  node: Heading | Paragraph | Html
  /** Where the heading (or bold lead-in) ends and the content starts. */
  contentStart: number
  /** Stages and parts the heading itself names. */
  stages: Stage[]
  parts: Part[]
  /**
   * Stages the heading names as a whole, by a stage word (`Data & features`
   * names data; `Business objective` names a part of requirements, not the
   * stage): where any missing part of the stage may be written.
   */
  wholeStages: Stage[]
  /**
   * Stages the heading takes in framework order: the stages it names and those
   * of parts that belong to one stage only (`Metrics`, a part of framing and
   * evaluation both, takes none).
   */
  ordered: Stage[]
  /**
   * Parts the heading points at without naming them where it stands (`Online testing and deployment` is the
   * rollout, `Evaluation` > `Online`): a missing part's message goes there; they answer nothing.
   */
  mentions: Part[]
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
  readonly prompt: boolean
  /** TBD, TODO, `<fill in>` and their kin. */
  readonly placeholder: boolean
  /** "Not decided yet" and its kin. */
  undecided: boolean
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

/** A piece of evidence that a requirement is answered: where, and the sentence that answers. */
export interface Evidence extends Range {
  via: 'section' | 'statement' | 'sentence'
  /** The answering sentence's index. */
  sentence: number
}
