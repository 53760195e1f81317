/**
 * Whether the document defines its model's input and output (`ml-input-output`): the evidence of the `input` and
 * `output` requirements, weighed by where it stands.
 *
 * * Under a heading or label of its own (`## Input`, `- Output: ...`, an `Input` table column) a part is always
 *   defined; an `Output:` item under an `Input and output` heading answers the output only.
 * * Elsewhere, prose about inputs, features or outputs speaks of a model only when the document designs one
 *   (`designsModel`): it states an ML objective, names candidate models, or fills in an `Input` or `Output`
 *   heading or label.
 * * A sentence of the deployment or monitoring stage that mentions features describes the serving pipeline
 *   (`describesPipeline`), not the model's input; the output may be stated anywhere.
 */
import type { DesignDocument } from '../document/document.js'
import type { Range } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { RequirementId } from '../vocabulary/cues.js'
import { contentVerbLeaders } from '../vocabulary/phrases.js'
import type { Part } from '../vocabulary/stages.js'
import type { Evidence, ModelSide } from './types.js'

const leaders = new Set(contentVerbLeaders)

export class ModelIO {
  constructor(
    readonly document: DesignDocument,
    /** The evidence of a requirement as the reading judges it now (`cues` or `model`). */
    readonly evidence: (id: RequirementId) => Evidence[],
    /** Whether any evidence for a requirement passes a test (any at all without one), read only as far as the first. */
    readonly has: (id: RequirementId, test?: (item: Evidence) => boolean) => boolean,
    readonly compiled: Compiled,
  ) {}

  /** Content under a heading or label naming one of the parts (and not the other one). */
  #labelled(parts: Part[], not?: Part): Range[] {
    const { document } = this
    return parts.flatMap((part) => [
      ...document
        .sectionsFor(part)
        .filter((section) => !not || !section.parts.includes(not))
        .map((section) => document.content(section)),
      ...document
        .statementsFor(part)
        .filter((statement) => !not || !statement.parts.includes(not))
        // A column's label heads the table: from it to the cell would take in the row's other columns.
        .map((statement) => ({
          start:
            statement.source === 'table-column'
              ? statement.start
              : Math.min(statement.labelRange.start, statement.start),
          end: statement.end,
        })),
    ])
  }

  /** Whether an item's sentence starts inside the ranges (where its first word starts: markup before it is blank). */
  #inside(ranges: Range[], item: Evidence): boolean {
    const { document } = this
    const sentence = document.sentences[item.sentence]
    const start = sentence.start + Math.max(document.prose.slice(sentence.start, sentence.end).search(/\S/), 0)
    return document.holds(ranges, start)
  }

  /**
   * Whether a sentence describes the serving pipeline rather than the model's input: every stage it stands in is
   * deployment or monitoring ("request → candidate tutors → features from the online store → LightGBM").
   */
  describesPipeline(sentence: number): boolean {
    const { stages } = this.document.sentenceScope(sentence)
    return stages.length > 0 && stages.every((stage) => stage === 'deployment' || stage === 'monitoring')
  }

  /** What answers a side: under a heading or label of its own (`explicit`), or anywhere. */
  #answers(side: ModelSide, explicit: boolean): boolean {
    const other: ModelSide = side === 'input' ? 'output' : 'input'
    const named = this.#labelled([side, 'input-output'])
    // `- Output: ...` under an `Input and output` heading answers the output only.
    const others = this.#labelled([other], side)
    return this.has(
      side,
      (item) =>
        !this.#inside(others, item) &&
        (explicit ? this.#inside(named, item) : true) &&
        (side === 'output' || item.via !== 'sentence' || !this.describesPipeline(item.sentence)),
    )
  }

  /**
   * Whether the output is stated under a heading or label of its own (`- Output: class probabilities per slope`):
   * what the model predicts, so the ML objective too, unless the author left the objective open where it is asked
   * for (`### ML objective` then `TBD`).
   */
  labelsOutput(): boolean {
    return this.#answers('output', true) && !this.leftOpen('output') && !this.leftOpen('ml-objective')
  }

  /**
   * Whether the document designs a model, so that its prose about inputs, features or outputs speaks of one: it
   * states an ML objective or names candidate models, or fills in an `Input` or `Output` heading or label. A task
   * family alone does not count ("the ranking service" that consumes a feature store designs nothing).
   */
  designsModel(): boolean {
    return (
      this.has('ml-objective') ||
      this.has('candidate-models') ||
      this.#answers('input', true) ||
      this.#answers('output', true)
    )
  }

  /**
   * Whether the ML objective names the content the model reads whole ("detect helmets in each video frame", "answer
   * the user's question from the policy documents"): that content is its input. Entities the objective names ("predict
   * whether a user clicks a product") are not: what is known of them is. Nor is content the model writes or learns
   * from ("the model generates text", "a corpus of texts to train it on").
   */
  objectiveNamesContent(): boolean {
    const { terms } = this.compiled
    // Content the model reads: after a verb of reading it ("classify each text", not "recommend the videos").
    const content = this.#readContent()
    if (content.size === 0) return false
    // Content the model writes or learns from is no input: "the model generates text", "a corpus of texts to train on".
    const aside = this.document.sentencesMentioning(terms.inputContentAside)
    const { document } = this
    // The problem statement says it too, where the system or model does a task on the content: "the system retrieves
    // the clauses for the user's query", "a REST API that translates texts". "Sellers upload photos" sets none.
    const tasks = this.compiled.cues['ml-objective'].answer
    const tasked = tasks ? document.sentencesMentioning(tasks) : new Set<number>()
    const actors = document.sentencesMentioning(terms.contentTaskActors)
    for (const index of content) {
      if (aside.has(index) || !tasked.has(index) || !actors.has(index)) continue
      if (!document.answers(document.sentences[index])) continue
      const { stages } = document.sentenceScope(index)
      if (stages.length === 1 && stages[0] === 'framing' && this.designsModel()) return true
    }
    return this.has(
      'ml-objective',
      (item) => content.has(item.sentence) && !aside.has(item.sentence) && !this.describesPipeline(item.sentence),
    )
  }

  /**
   * The sentences where a verb of reading content (`inputContentVerbs`) acts on content (`inputContentTerms`) after it
   * in the same clause, within about a dozen words: the verb opens the sentence or a label, or follows a word that
   * makes it the model's act (`contentVerbLeaders`: "the model detects", "to answer", "that translates"). A noun of
   * something else ("support answers are kept as text", "extracting value from the images") reads nothing. Russian
   * stems count wherever they stand (the act is named by its noun there).
   */
  #readContent(): Set<number> {
    const { document, compiled } = this
    const { prose } = document
    const contentAt = document.mentionsOf(compiled.terms.inputContentTerms)
    const found = new Set<number>()
    for (const verb of document.mentionsOf(compiled.terms.inputContentVerbs)) {
      const index = document.sentenceAt(verb.start)
      if (index < 0 || found.has(index)) continue
      const sentence = document.sentences[index]
      const before = prose.slice(sentence.start, verb.start).replace(/[*_`]/g, ' ').trimEnd()
      const previous = before
        .split(/[^\p{L}]+/u)
        .pop()
        ?.toLowerCase()
      const opens = before.length === 0 || /[:—–-]$/.test(before)
      // Russian names the act by its noun as often as by its verb ("система детекции касок", "для поиска ответа"):
      // its stems are read wherever they stand.
      const russian = /\p{Script=Cyrillic}/u.test(verb.text)
      if (!opens && !russian && !(previous && leaders.has(previous))) continue
      // The first content after the verb (the mentions are in order: found by halving), in the same clause.
      let low = 0
      let high = contentAt.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (contentAt[middle].start < verb.end) low = middle + 1
        else high = middle
      }
      const term = contentAt[low]
      if (
        term &&
        term.start < Math.min(sentence.end, verb.end + 80) &&
        !/[;.!?]/.test(prose.slice(verb.end, term.start))
      )
        found.add(index)
    }
    return found
  }

  /**
   * Whether the author left a side open where it is asked for: every heading and label of its own (`### Input`,
   * `- Input: ...`) is empty, a prompt, or opens with a placeholder or an undecided note (`Input: TBD (single
   * sentence? the whole answer?)`, `_TBD: photo only, or photo + title?_`). A side with no heading or label of its
   * own is not left open.
   */
  leftOpen(side: ModelSide | 'ml-objective'): boolean {
    const { document } = this
    const own = [
      ...document.sectionsFor(side).map((section) => document.content(section)),
      ...document.statementsFor(side).filter((statement) => statement.source !== 'front-matter'),
    ]
    if (own.length === 0) return false
    return own.every((range) => {
      const sentences = document.sentencesIn(range).filter((sentence) => !sentence.heading)
      const first = sentences[0]
      return !first || first.placeholder || first.undecided || !sentences.some((sentence) => document.answers(sentence))
    })
  }

  /**
   * Whether the document defines the model's input (or output): under its own heading or label, or anywhere once
   * it designs a model. An input the author left open where it is asked for (`leftOpen`) is not defined by
   * features listed elsewhere; an output left open still follows from the ML objective ("predict room-nights").
   */
  defines(side: ModelSide): boolean {
    if (side === 'input' && this.leftOpen(side)) return false
    if (this.#answers(side, true) || (this.designsModel() && this.#answers(side, false))) return true
    return side === 'input' && this.objectiveNamesContent()
  }
}
