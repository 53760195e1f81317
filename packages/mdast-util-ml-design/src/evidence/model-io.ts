/**
 * Whether the document defines its model's input and output (`ml-input-output`): the evidence of the `input` and
 * `output` requirements, weighed by where it stands.
 *
 * * Under a heading or label of its own (`## Input`, `- Output: ...`, an `Input` table column) a part is always
 *   defined; an `Output:` item under an `Input and output` heading answers the output only.
 * * Elsewhere, prose about inputs, features or outputs speaks of a model only when the document designs one
 *   (`designsModel`): it states an ML objective, names candidate models, or fills in an `Input` or `Output`
 *   heading or label.
 * * Prose names the input without the word where it says what a prediction is made from, what is used to predict,
 *   or what a named model takes (`#proseInput`).
 * * A sentence of the deployment or monitoring stage that mentions features describes the serving pipeline
 *   (`describesPipeline`), not the model's input; the output may be stated anywhere.
 */
import type { DesignDocument } from '../document/document.js'
import type { Range } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { RequirementId } from '../vocabulary/cues.js'
import {
  contentTaskActors,
  contentVerbLeaders,
  inputLinkWords,
  inputUseVerbs,
  modelReceiveVerbs,
  notInputObjects,
  serviceActorWords,
} from '../vocabulary/phrases.js'
import type { Part } from '../vocabulary/stages.js'
import { signsModel } from './io.js'
import { writesModelName } from './phrases.js'
import type { Scope } from './scope.js'
import type { Evidence, ModelSide } from './types.js'

const leaders = new Set(contentVerbLeaders)
const actors = new Set(contentTaskActors)
/** Alternatives of whole words, longest first, as an expression's body (a fixed list: linear). */
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .replace(/\*$/, '')
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, '[ \\t]+')
        .concat(word.endsWith('*') ? '\\p{L}*' : ''),
    )
    .join('|')
/** A link word right after a verb of predicting, with at most a dozen words between: `predict churn from`. */
const linkAhead = new RegExp(`^([^.;:!?\\n]{0,80}?)\\b(?:${alternatives(inputLinkWords)})[ \\t]+`, 'iu')
/**
 * A link word closing the clause before a list (`Recommend events based on:` over nested bullets): the list is what is
 * led in. `using:` leads in methods as often as inputs, so it is left out.
 */
const linkBeforeList = new RegExp(
  `^([^.;:!?\\n]{0,80}?)\\b(?:${alternatives(inputLinkWords.filter((word) => word !== 'using'))})[ \\t]*:\\s*$`,
  'iu',
)
/** A verb of using before the act, `to` right before the act: `use the last 4 weeks of pickups to`. */
const useBehind = new RegExp(`\\b(?:${alternatives(inputUseVerbs)})[ \\t]+([^.;:!?\\n]{3,120})[ \\t]to[ \\t]+$`, 'iu')
/** A verb of receiving, anywhere in the prose. */
const receiving = new RegExp(`\\b(?:${alternatives(modelReceiveVerbs)})\\b`, 'giu')
/** What opens an object that is no input: a method, a tool, data in general, time taken (`takes 3 hours`). */
const notInput = new RegExp(
  `^(?:(?:a|an|the|our|its|simple|existing|standard|classical|modern)[ \\t]+){0,2}(?:${alternatives(
    notInputObjects,
  )})(?![\\p{L}\\p{N}-])|^[\\p{N}~<>≈]`,
  'iu',
)

/**
 * A model or method named in what is led in (`using LightGBM`, `using a two-tower model`, `from a fine-tuned BERT`): a
 * word with a capital inside after a small letter or letters before a digit, or a noun of a model. Not `writesModelName`,
 * which takes `X-ray` for a name like `XLM-R`.
 */
const modelNamed =
  /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*|\p{L}{2,}\p{N}[\p{L}\p{N}]*)(?![\p{L}\p{N}])/u
const modelNoun =
  /(?<![\p{L}\p{N}])(?:models?|regressors?|classifiers?|encoders?|networks?|architectures?|nets?|transformers?|xgboost|bert|gbdt|gbm|llms?)(?![\p{L}\p{N}])/iu
const namesModel = (text: string) => modelNamed.test(text) || modelNoun.test(text)
/**
 * A verb of predicting as an act, not a noun (`prediction`, `scores`): `predict`, `forecasts`, `estimating`. Not
 * `rank` (a ranking by a score names no score) nor a participle (`ranked by predicted engagement`).
 */
const predictingVerb = /^(?:predict(?:s|ing)?|forecast(?:s|ing)?|estimat(?:e|es|ing)|classif(?:y|ies|ying))$/iu
/** Its object right after it, in the same clause: a word (`the load`, `which patients`, `whether`). */
const objectAfter = /^[ \t]+(?:[*_`]+)?\p{L}/u

export class ModelIO {
  constructor(
    readonly document: DesignDocument,
    /** The evidence of a requirement as the reading judges it now (`cues` or `model`). */
    readonly evidence: (id: RequirementId) => Evidence[],
    /** Whether any evidence for a requirement passes a test (any at all without one), read only as far as the first. */
    readonly has: (id: RequirementId, test?: (item: Evidence) => boolean) => boolean,
    readonly compiled: Compiled,
    readonly scope?: Scope,
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
   * states an ML objective or names candidate models, writes a model's signature (`(user, ad) -> p(click)`), or
   * fills in an `Input` or `Output` heading or label. A task
   * family alone does not count ("the ranking service" that consumes a feature store designs nothing).
   */
  designsModel(): boolean {
    return (
      this.has('ml-objective') ||
      this.has('candidate-models') ||
      this.has('input', (item) => signsModel(this.document.textOf(this.document.sentences[item.sentence]))) ||
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
   * Whether a sentence says in prose what the model receives, whatever its words: what a prediction is made from
   * ("predict the fare from the pickup zone, the hour and the weather", "recommendations based on the watch history"),
   * what is used to predict ("we use the last 4 weeks of pickups to forecast ..."), or what a model takes right after
   * it ("a ResNet-50 takes a chest X-ray", "the LLM receives the question and the retrieved chunks"). What is led in
   * must not be a method, a tool or data in general ("predict using XGBoost", "from historical data", "training takes
   * 3 hours"), and, after a link or a verb of using, must name an input word or list three things or more.
   */
  #saysInput(): boolean {
    this.#prose ??= this.#proseInput()
    return this.#prose
  }

  #prose?: boolean

  #proseInput(): boolean {
    const { document, compiled } = this
    const { prose } = document
    const answer = compiled.cues.input.answer
    const words = answer ? document.mentionsOf(answer) : []
    const named = (start: number, end: number) => words.some((word) => word.start >= start && word.end <= end)
    // What is led in, to the end of its clause: no method or tool, and an input word or a list of three or more.
    const leadsIn = (start: number, end: number, strict: boolean) => {
      const object = prose.slice(start, end)
      if (!/\p{L}/u.test(object) || notInput.test(object)) return false
      if (namesModel(object.split(/\s+/).slice(0, 4).join(' '))) return false
      // Three things or more: two commas, or a comma and an `and` (`the seats, the integrations and the active days`).
      const joints = (object.match(/,/g)?.length ?? 0) + (/\b(?:and|or)\b/i.test(object) ? 1 : 0)
      return !strict || named(start, end) || joints >= 2
    }
    const fits = (index: number) => {
      const sentence = document.sentences[index]
      return (
        document.answers(sentence) && (!this.scope || this.scope.commits(sentence)) && !this.describesPipeline(index)
      )
    }
    for (const verb of document.mentionsOf(compiled.terms.predictionVerbs)) {
      const index = document.sentenceAt(verb.start)
      if (index < 0) continue
      const sentence = document.sentences[index]
      const clauseEnd = (from: number) => {
        const rest = prose.slice(from, sentence.end).search(/[.;!?\n]|:\s/)
        return rest < 0 ? sentence.end : from + rest
      }
      // `predict churn from tenure, plan and usage`
      // A parenthesis between is an aside (`into one of 8 intents (billing, cancel, ...) from its subject and body`).
      const after = prose
        .slice(verb.end, Math.min(sentence.end, verb.end + 120))
        .replace(/\([^()\n]*\)/g, (aside) => ' '.repeat(aside.length))
      const ahead = linkAhead.exec(after)
      // The link in the verb's own clause: not after a comma that opens another (`per store, extracting value from the
      // images`, `churn, and the ops team pulls data from Kafka`); `predict which jobs, using the profile` is one.
      if (ahead && !/,[ \t]*(?:\p{L}+ing|and|but|while|which|so|then)\b/iu.test(ahead[1])) {
        const start = verb.end + ahead[0].length
        if (leadsIn(start, Math.min(clauseEnd(start), start + 160), true) && fits(index)) return true
      }
      // `Recommend events based on:` over a list: the list's first item is what is led in.
      const colon = ahead ? null : linkBeforeList.exec(after)
      if (colon && !/,[ \t]*(?:\p{L}+ing|and|but|while|which|so|then)\b/iu.test(colon[1])) {
        const list = document.blocks[sentence.block + 1]
        const last = document.sentences[index + 1]?.block !== sentence.block
        if (last && list?.listItem && leadsIn(list.start, list.end, true) && fits(index)) return true
      }
      // `we use the last 4 weeks of pickups to predict`
      const behind = useBehind.exec(prose.slice(Math.max(sentence.start, verb.start - 160), verb.start))
      if (behind) {
        const start = verb.start - behind[0].length + behind[0].indexOf(behind[1])
        if (leadsIn(start, start + behind[1].length, true) && fits(index)) return true
      }
    }
    // `a ResNet-50 takes a chest X-ray`, `the LLM receives the question and the chunks`: the model right before the verb.
    receiving.lastIndex = 0
    for (let match = receiving.exec(prose); match; match = receiving.exec(prose)) {
      const index = document.sentenceAt(match.index)
      if (index < 0) continue
      const sentence = document.sentences[index]
      const before = prose.slice(Math.max(sentence.start, match.index - 40), match.index).trimEnd()
      const subject = before.split(/\s+/).pop() ?? ''
      // The model itself, not the service around it (`The service accepts a batch size of 64`).
      if (serviceActorWords.includes(subject.toLowerCase())) continue
      // `It` right after a sentence of the same paragraph that names a model (`We chose a fine-tuned DistilBERT. It
      // reads the message text`) is that model: what it reads must then be named as input is.
      const pronoun = /^it$/i.test(subject) && this.#afterModel(index)
      if (!pronoun && !actors.has(subject.toLowerCase()) && !writesModelName(subject)) continue
      const start = match.index + match[0].length + (prose.slice(match.index + match[0].length).search(/\S/) || 0)
      const rest = prose.slice(start, sentence.end).search(/[.;!?\n]/)
      if (leadsIn(start, rest < 0 ? sentence.end : start + rest, pronoun) && fits(index)) return true
    }
    return false
  }

  /** Whether the sentence before, in the same paragraph, names a model (`We chose a fine-tuned DistilBERT.`). */
  #afterModel(index: number): boolean {
    const { sentences, prose } = this.document
    const previous = sentences[index - 1]
    if (!previous || previous.block !== sentences[index].block) return false
    return namesModel(prose.slice(previous.start, previous.end))
  }

  /**
   * Whether the author left a side open where it is asked for: every heading and label of its own (`### Input`,
   * `- Input: ...`) is empty, a prompt, or opens with a placeholder or an undecided note (`Input: TBD (single
   * sentence? the whole answer?)`, `_TBD: photo only, or photo + title?_`). A side with no heading or label of its
   * own is not left open.
   */
  /** The side's own headings' content and labelled statements (not front matter). */
  #own(side: ModelSide | 'ml-objective'): Range[] {
    const { document } = this
    return [
      ...document.sectionsFor(side).map((section) => document.content(section)),
      ...document.statementsFor(side).filter((statement) => statement.source !== 'front-matter'),
    ]
  }

  /**
   * Whether a heading or label of the side holds only an example or a schema, in a code block or a table, and no
   * prose (`**Example input:**` over a JSON request): the fields it shows are what the model receives or emits.
   */
  #givenAsExample(side: ModelSide): boolean {
    const { document } = this
    return this.#own(side).some(
      (range) => document.hasMedia(range) && document.sentencesIn(range).every((sentence) => sentence.heading === true),
    )
  }

  leftOpen(side: ModelSide | 'ml-objective'): boolean {
    const { document } = this
    const own = this.#own(side)
    if (own.length === 0) return false
    return own.every((range) => {
      const sentences = document.sentencesIn(range).filter((sentence) => !sentence.heading)
      const first = sentences[0]
      // An example or a schema in a code block or a table states the side (`**Example input:**` over a JSON request).
      if (!first) return !document.hasMedia(range)
      return first.placeholder || first.undecided || !sentences.some((sentence) => document.answers(sentence))
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
    if (this.#givenAsExample(side)) return true
    if (side === 'output') return this.#objectivePredicts()
    return this.objectiveNamesContent() || (this.designsModel() && this.#saysInput())
  }

  /**
   * Whether the ML objective says what the model predicts, whatever it is: a verb of predicting with its object in
   * the same clause ("we forecast the electricity load for each of the next 24 hours", "predicts the next track"). What
   * it predicts is what it emits. Not a noun of predicting ("predictions are logged"), nor people who predict today
   * (the output's own exclusions).
   */
  #objectivePredicts(): boolean {
    const { document, compiled } = this
    const { prose } = document
    const excluded = compiled.cues.output.not ? document.sentencesMentioning(compiled.cues.output.not) : new Set()
    const acts = new Set<number>()
    for (const verb of document.mentionsOf(compiled.terms.predictionVerbs)) {
      if (!predictingVerb.test(verb.text) || !objectAfter.test(prose.slice(verb.end, verb.end + 40))) continue
      acts.add(document.sentenceAt(verb.start))
    }
    return this.has(
      'ml-objective',
      (item) => acts.has(item.sentence) && !excluded.has(item.sentence) && !this.describesPipeline(item.sentence),
    )
  }
}
