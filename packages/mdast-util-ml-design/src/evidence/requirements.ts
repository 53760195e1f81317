/**
 * Evidence that the document answers a requirement (see `vocabulary/cues.ts`):
 * named sections and labelled statements with substantive content, and
 * sentences anywhere that carry both a topic and an answer word.
 */
import type { DesignDocument } from '../document/document.js'
import { startsWithin } from '../document/ranges.js'
import { sameTableRow } from '../document/rows.js'
import type { Range, Section, Sentence } from '../document/types.js'
import type { Gate } from '../judgement/gate.js'
import type { Judgement } from '../judgement/model.js'
import type { Compiled } from '../match/compile.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Part } from '../vocabulary/stages.js'
import { admits, type CueTests } from './admission.js'
import { cueAside } from './asides.js'
import { dataContext } from './data-context.js'
import { setsErrorTarget } from './goals.js'
import { notationParts, writesRange } from './io.js'
import { answersYesOrNo, asksOver, bareLabel, continuesAfterSemicolon } from './line-shapes.js'
import {
  opensWith,
  writesAbsentField,
  writesClassShare,
  writesMergedRepeats,
  writesModelName,
  writesSignedBound,
  writesStandIn,
} from './phrases.js'
import { nestedUnder } from './questions.js'
import { Scope } from './scope.js'
import type { Evidence } from './types.js'
import { Walk } from './walk.js'

/** Whether a section names a stage of its own that the enclosing section does not. */
function opensOtherStage(inner: Section, outer: Section): boolean {
  return inner.stages.length > 0 && !inner.stages.some((stage) => outer.inStages.includes(stage))
}

export class Requirements {
  readonly #tests = new Map<RequirementId, CueTests>()
  #scope?: Scope
  /** By judgement and requirement (`either outliers`). */
  readonly #judged = new Map<string, Evidence[]>()
  /** Per sentence, whether its text is a bare label (0: not asked yet, 1: no, 2: yes): every requirement asks. */
  #bare?: Uint8Array

  /** `scope`: the reading's shared commitment reading (one per document); made here on first use when not given. */
  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly gate: Gate,
    scope?: Scope,
  ) {
    this.#scope = scope
  }

  /**
   * The evidence as the word lists find it (`cues`), or as the model then judges it (`model`), adds to it
   * (`either`) or only refuses it (`both`, see `judgement/gate.ts`).
   */
  judged(id: RequirementId, judgement: Judgement): Evidence[] {
    const found = this.evidence(id)
    if (judgement === 'cues') return found
    const key = `${judgement} ${id}`
    let judged = this.#judged.get(key)
    if (!judged) {
      judged = this.gate.filter(id, this.compiled.cueDefinitions[id].parts, found, judgement, (sentence) =>
        this.admits(id, this.document.sentences[sentence]),
      )
      // A unit holding one of the cue's `sure` phrases counts whatever the model scored (`against the old model`).
      const sure = this.cueSentences(id, 'sure')
      const kept = new Set(judged)
      if (found.some((item) => sure.has(item.sentence) && !kept.has(item))) {
        const added = judged.filter((item) => !found.includes(item))
        judged = [...found.filter((item) => kept.has(item) || sure.has(item.sentence)), ...added]
      }
      this.#judged.set(key, judged)
    }
    return judged
  }

  /**
   * `judged(id, judgement).some(test)`, read only as far as needed: up to the first item that passes and, under the
   * model, that the gate keeps or a `sure` phrase holds (in the judged list whatever else is); else the list in full.
   */
  judgedSome(id: RequirementId, judgement: Judgement, test?: (item: Evidence) => boolean): boolean {
    if (judgement === 'cues') return this.some(id, test)
    const sure = this.#judged.has(`${judgement} ${id}`) ? undefined : this.cueSentences(id, 'sure')
    const kept = (item: Evidence) => sure?.has(item.sentence) || this.gate.keeps(id, item, judgement)
    if (sure && this.some(id, (item) => (!test || test(item)) && kept(item))) return true
    const judged = this.judged(id, judgement)
    return test ? judged.some((item) => test(item)) : judged.length > 0
  }

  /** Whether a sentence the model offers (`either`) may answer a requirement: see `admits` in `admission.ts`. */
  admits(id: RequirementId, sentence: Sentence): boolean {
    this.evidence(id)
    const tests = this.#tests.get(id)
    return tests !== undefined && admits(id, sentence, tests, this.document, this.compiled, this.#commitments())
  }

  /** `bareLabel` of a sentence's text, worked out once per sentence. */
  #bareLabel(sentence: Sentence): boolean {
    this.#bare ??= new Uint8Array(this.document.sentences.length)
    if (this.#bare[sentence.index] === 0) this.#bare[sentence.index] = bareLabel(this.document.textOf(sentence)) ? 2 : 1
    return this.#bare[sentence.index] === 2
  }

  /** `notationParts` of a sentence's text, worked out once per sentence (both `input` and `output` ask). */
  #notation(sentence: Sentence): { input: boolean; output: boolean } {
    let found = this.#notations.get(sentence.index)
    if (!found) {
      found = notationParts(this.document.textOf(sentence))
      this.#notations.set(sentence.index, found)
    }
    return found
  }

  readonly #notations = new Map<number, { input: boolean; output: boolean }>()

  /**
   * The sentences a requirement's cue picks out: those with a topic word, an answer word, a "none" word, or a
   * `not` phrase (words about something else: "during training we monitor the validation loss").
   */
  cueSentences(id: RequirementId, cue: 'topic' | 'answer' | 'none' | 'not' | 'sure'): Set<number> {
    const matcher = this.compiled.cues[id][cue]
    return matcher ? this.document.sentencesMentioning(matcher) : new Set()
  }

  /** The shared commitment reading: the one the reading gave, else made here once. */
  #commitments(): Scope {
    this.#scope ??= new Scope(this.document, this.compiled)
    return this.#scope
  }

  /** Each requirement's evidence, found on first use and only as far as asked (`Walk`). */
  readonly #walks = new Map<RequirementId, Walk<Evidence>>()

  #walk(id: RequirementId): Walk<Evidence> {
    const walk = this.#walks.get(id) ?? new Walk((found: Evidence[]) => this.#find(id, found))
    this.#walks.set(id, walk)
    return walk
  }

  evidence(id: RequirementId): Evidence[] {
    return this.#walk(id).all()
  }

  /** Whether any evidence for a requirement passes a test (any at all without one), found only as far as the first. */
  some(id: RequirementId, test?: (item: Evidence) => boolean): boolean {
    return this.#walk(id).some(test)
  }

  /** Finds a requirement's evidence into `result`, pausing after each item (so a caller can stop at the first). */
  *#find(id: RequirementId, result: Evidence[]): Generator<void, void> {
    const reading = this.document
    // Surveys, options nobody chose and pros/cons commit to nothing (candidate models are options by nature).
    const scope = this.#commitments()
    const answers = (sentence: Sentence) =>
      reading.answers(sentence) && (id === 'candidate-models' || scope.commits(sentence))
    const cue = this.compiled.cues[id]
    const definition = this.compiled.cueDefinitions[id]
    const partsOf: readonly Part[] = definition.parts
    const answerSet = cue.answer ? reading.sentencesMentioning(cue.answer) : undefined
    const noneSet = cue.none ? reading.sentencesMentioning(cue.none) : undefined
    const topicSet = cue.topic ? reading.sentencesMentioning(cue.topic) : undefined
    const sectionTopicSet = cue.sectionTopic ? reading.sentencesMentioning(cue.sectionTopic) : undefined
    const aside = cueAside(reading, this.compiled, id, answerSet, topicSet)
    const answerInSection = Boolean(definition.answerInSection)
    // An outline's imperative opens with the topic's verb, after a family's label too: "- predict x", "Regression: predict x".
    const openings = definition.opening ? new Set(definition.opening) : undefined
    const opens = (sentence: Sentence) => opensWith(reading.textOf(sentence), openings, this.compiled.families)
    const wordInSection = Boolean(definition.wordInSection)
    const dataTopic = definition.topicInDataContext ? dataContext(reading, this.compiled) : undefined
    // Every sentence of such a cue asks whether it stands in the data's ranges: marked once, not searched each time.
    const inDataTopic = dataTopic ? startsWithin(reading.sentences, dataTopic.ranges) : undefined
    // A stand-in written as a literal (`→ "none"`, `-> 0`) answers like an answer word; asked of on-topic sentences only.
    const standIn = (sentence: Sentence) =>
      (definition.standIns === true && writesStandIn(reading.source.slice(sentence.start, sentence.end))) ||
      // A range written in numbers or signs (`0–240`, `≥ 0`): asked of on-topic sentences only, like a stand-in.
      (definition.numericRanges === true && writesRange(reading.textOf(sentence)))

    // What makes an on-topic sentence an answer; `admits` asks it of the model's sentences too.
    const answered = (sentence: Sentence) =>
      (!answerSet && !noneSet) ||
      answerSet?.has(sentence.index) === true ||
      noneSet?.has(sentence.index) === true ||
      standIn(sentence) ||
      (definition.signedTargets === true && setsErrorTarget(reading, sentence)) ||
      // `- What data do we have?` then `- 2 yrs of resolved tickets`: the answer names the data, whatever its words.
      (dataTopic !== undefined && reading.holds(dataTopic.answers, sentence.start))
    // Under `Constraints`, a bare kind with no value (`- Inference and infrastructure costs`, `- PII/PHI
    // considerations`) names a topic, not a limit: a topic word alone counts only in a longer fragment or with a number.
    const bareKind = (sentence: Sentence) => !/\d/.test(reading.textOf(sentence)) && this.#bareLabel(sentence)
    // There a word that states any requirement (`Must support real-time indexing`, `Only some crime types are
    // predicted`) is no limit without a kind of one: it needs a firmer answer word or a number (`must finish in 2 h`).
    const firmSet = cue.firm ? reading.sentencesMentioning(cue.firm) : undefined
    const firmInSection = (sentence: Sentence) =>
      !firmSet || firmSet.has(sentence.index) || /\d/.test(reading.textOf(sentence))
    // The sentences of a range that answer, in order: a generator, so that a caller stopping at the first reads no more.
    const rangeAnswers = function* (range: Range, asks = false): Generator<number> {
      for (const sentence of reading.sentencesIn(range)) {
        if (
          !aside(sentence.index) &&
          (!wordInSection ||
            ((topicSet?.has(sentence.index) || sectionTopicSet?.has(sentence.index)) &&
              (answerSet?.has(sentence.index) || !bareKind(sentence))) ||
            (answerSet?.has(sentence.index) && firmInSection(sentence))) &&
          (!answerInSection ||
            answerSet?.has(sentence.index) ||
            noneSet?.has(sentence.index) ||
            standIn(sentence) ||
            // Under `Candidates`, a model named as models are written is one (`DenseNet-121`, `13B code models`).
            (definition.namesInSection === true && writesModelName(reading.textOf(sentence))) ||
            // Under a yes/no question heading (`Does it need to be explainable?`), a plain yes or no answers.
            (asks && answersYesOrNo(reading.textOf(sentence)))) &&
          answers(sentence)
        )
          yield sentence.index
      }
    }

    // Inside a section, a label that names another part overrides the heading: `- latency: 50 ms` under
    // `Constraints` is the latency, not a constraint.
    const elsewhere: Range[] = reading.statements
      .filter((statement) => statement.parts.length > 0 && !statement.parts.some((part) => partsOf.includes(part)))
      .map((statement) => ({ start: Math.min(statement.labelRange.start, statement.start), end: statement.end }))
    // A label that names this very part inside a combined section answers for it there: under `Models and baseline`,
    // `- Baseline: TBD` leaves the baseline open whatever the candidates' bullets say.
    const own: Range[] = reading.statements
      .filter((statement) => statement.parts.some((part) => partsOf.includes(part)))
      .map((statement) => ({ start: Math.min(statement.labelRange.start, statement.start), end: statement.end }))
    for (const section of reading.sections) {
      if (!section.parts.some((part) => partsOf.includes(part))) continue
      const asks = /\?\s*$/.test(section.text)
      const content = reading.content(section)
      const labelled =
        (section.parts.length > 1 || /(?:^|[^\p{L}])(?:and|и)(?![\p{L}])|[&/+,]/iu.test(section.text)) &&
        own.some((range) => range.start >= content.start && range.start < content.end)
      for (const sentence of rangeAnswers(content, asks)) {
        if (reading.holds(elsewhere, reading.sentences[sentence].start)) continue
        // A sub-section that opens another stage (`Constraints` left as `<fill in>`, then `**Framing**` read under
        // it) is not this section's content.
        const home = reading.sentences[sentence].section
        if (home !== section.index && home >= 0 && opensOtherStage(reading.sections[home], section)) continue
        if (labelled && !reading.holds(own, reading.sentences[sentence].start)) continue
        result.push({ via: 'section', start: section.start, end: section.contentStart, sentence })
        yield
      }
      // An options document titles each candidate: `### B. Two-tower on view sessions` under `## Model options`.
      if (definition.headingsAnswer && answerSet) {
        for (const sentence of reading.sentencesIn(content)) {
          if (!sentence.heading || !answerSet.has(sentence.index) || aside(sentence.index)) continue
          if (sentence.placeholder || sentence.undecided) continue
          result.push({ via: 'section', start: section.start, end: section.contentStart, sentence: sentence.index })
          yield
        }
      }
    }
    for (const statement of reading.statements) {
      if (!statement.parts.some((part) => partsOf.includes(part))) continue
      for (const sentence of rangeAnswers(statement)) {
        // Where the sentence's words start: one that only touches the statement's end with its leading space is the
        // next label's (`Baseline: none yet. Candidates: EfficientNet, ConvNeXt.`: the candidates are no baseline).
        const { start, end } = reading.sentences[sentence]
        const text = reading.prose.slice(start, end)
        if (start + text.length - text.trimStart().length >= statement.end) continue
        result.push({ via: 'statement', start: statement.labelRange.start, end: statement.end, sentence })
        yield
      }
    }
    // A sentence that answers a requirement this one yields to ("the delay features are left empty": missing data)
    // answers this one only through a section or label.
    const yielded = new Set(
      (definition.yieldsTo ?? []).flatMap((other) =>
        this.evidence(other as RequirementId)
          .filter((item) => item.via === 'sentence')
          .map((item) => item.sentence),
      ),
    )
    // Whether a sentence answers at all is asked last in each branch: it classifies the sentence, which most never
    // need (a cue without topic words looks at every sentence).
    // Where only the topic words can put a sentence on topic (no opening verb, sign, absent field, data context or
    // notation), the sentences without them are skipped without being looked at: in document order, as before.
    const topicOnly =
      topicSet !== undefined &&
      !openings &&
      definition.signedBounds !== true &&
      definition.absentFields !== true &&
      dataTopic === undefined &&
      id !== 'input' &&
      id !== 'output'
    // Where the data is prepared, copies of one record merged into one (`customers who send the same email 3–4 times →
    // merged into one example`) are on the topic: asked only of sentences with an answer word (few).
    const topical = new Set<number>()
    if (definition.repeatsInData === true && answerSet) {
      const preparing = reading.stageContent('data')
      for (const index of answerSet) {
        const sentence = reading.sentences[index]
        if (reading.overlaps(preparing, sentence) && writesMergedRepeats(reading.textOf(sentence))) topical.add(index)
      }
    }
    // A class's share (`fraud is 0.2% of payments`) is on the topic: asked of the sentences with an answer word and of
    // the one before each (its next sentence may answer it).
    if (definition.classShares === true && answerSet) {
      for (const at of [...answerSet].flatMap((index) => [index - 1, index])) {
        if (at >= 0 && writesClassShare(reading.textOf(reading.sentences[at]))) topical.add(at)
      }
    }
    // A lead-in of the model's input names the model (`... as input data for the model:`), not a job's tables.
    const { inputLeadInTerms, contentTaskActors } = this.compiled.terms
    const actors = id === 'input' ? reading.sentencesMentioning(contentTaskActors) : undefined
    const leadIns = actors && [...reading.sentencesMentioning(inputLeadInTerms)].filter((index) => actors.has(index))
    const candidates = topicOnly
      ? [...new Set([...topicSet, ...topical])].sort((a, b) => a - b).map((index) => reading.sentences[index])
      : reading.sentences
    for (const sentence of candidates) {
      if (aside(sentence.index) || yielded.has(sentence.index)) continue
      // `p(click | user, thread)`, `predict(user_id, item_ids) -> scores`: notation defines an input or output.
      if ((id === 'input' || id === 'output') && this.#notation(sentence)[id] && answers(sentence)) {
        result.push({ via: 'sentence', start: sentence.start, end: sentence.end, sentence: sentence.index })
        yield
        continue
      }
      // A bound written with a sign is asked only of sentences with an answer word: few, and the scanner sees no signs.
      const onTopic =
        !topicSet ||
        topicSet.has(sentence.index) ||
        topical.has(sentence.index) ||
        opens(sentence) ||
        (definition.signedBounds === true &&
          answerSet?.has(sentence.index) === true &&
          writesSignedBound(reading.textOf(sentence))) ||
        // So is a record said to lack a field ("pages without an effective date -> treated as current").
        (definition.absentFields === true &&
          (answerSet?.has(sentence.index) === true || standIn(sentence)) &&
          writesAbsentField(reading.textOf(sentence))) ||
        // Under a plain `Data` heading or label, or answering a question about the data, the place is the topic.
        inDataTopic?.[sentence.index] === 1
      if (!onTopic) continue
      // `- Missing` or `- input: merchant x day` over nested bullets: the short label names the topic and a nested
      // bullet answers it (any cue with answer words). So does a question over its answer (`- Do sellers need to see
      // why?` then `- yes: show three similar sold items`), nested or next in the same item or paragraph.
      const text = reading.textOf(sentence)
      const asked = asksOver(text)
      // A cue without answer words takes each substantive bullet nested under its question or short label.
      const anyNested = definition.nestedAnswers === true && !answerSet && !noneSet
      if (anyNested && (asked || this.#bareLabel(sentence)) && !answers(sentence)) {
        const under = nestedUnder(reading.source, sentence)
        for (const other of under ? reading.sentencesIn(under) : []) {
          if (aside(other.index) || !answers(other) || !scope.standsFor(id, other)) continue
          // A label statement (`- goals` over its bullets) may have given it already.
          if (result.some((item) => item.sentence === other.index)) continue
          result.push({ via: 'sentence', start: other.start, end: other.end, sentence: other.index })
          yield
        }
        continue
      }
      if (answered(sentence) && (!asked || answers(sentence))) {
        if (!answers(sentence) || !scope.standsFor(id, sentence)) continue
        result.push({ via: 'sentence', start: sentence.start, end: sentence.end, sentence: sentence.index })
        yield
        continue
      }
      // A paragraph that leads in the list after it with the input's name (`Data from these sources will be used as
      // input data for the model:`) is answered by the list, whatever its words: its first item, where it commits.
      const first =
        id === 'input' && leadIns?.includes(sentence.index) ? reading.sentences[sentence.index + 1] : undefined
      if (
        first?.listItem &&
        !sentence.listItem &&
        /^[\s*_]*:[\s*_]*(?:[-*+]|\d{1,3}[.)])[ \t]+$/.test(reading.source.slice(sentence.end - 1, first.start))
      ) {
        if (!aside(first.index) && answers(first) && answers(sentence)) {
          result.push({ via: 'sentence', start: sentence.start, end: first.end, sentence: first.index })
          yield
        }
        continue
      }
      // A question bullet over its answers (`1. How do we stop noisy web data dominating?` then `- Reweighting and
      // filtering.`) is such a label too: the nested bullets answer it, and for some cues a bullet that states the fact
      // (`- classes are skewed: ...` over `- weighted cross-entropy`).
      const over = asked || this.#bareLabel(sentence) || definition.answerNested === true
      const nested = answerSet && over ? nestedUnder(reading.source, sentence) : undefined
      const inner =
        nested &&
        reading
          .sentencesIn(nested)
          .find(
            (other) =>
              answers(other) && !aside(other.index) && (answerSet?.has(other.index) || noneSet?.has(other.index)),
          )
      if (inner) {
        // The label may be a bare topic word (`- input` over the feature bullets), a prompt standing alone: what is
        // nested under it answers for it, where the document commits, unless a label statement already gave it.
        const label =
          asked ||
          answers(sentence) ||
          (sentence.prompt &&
            !sentence.placeholder &&
            !sentence.undecided &&
            scope.commits(sentence) &&
            !result.some((item) => item.sentence === inner.index))
        if (label) {
          result.push({ via: 'sentence', start: sentence.start, end: inner.end, sentence: inner.index })
          yield
        }
        continue
      }
      const next = reading.sentences[sentence.index + 1]
      // A clause after a semicolon finishes its sentence (`"why am I seeing this?" → not in v1; no regulator asks for
      // it`), and a question is answered by a plain yes or no after it (`do beekeepers need to know why? -> no.`).
      // A table row reads as one statement: a cell's topic is answered by the row's next cell (`| rare positives, 1 in
      // 150 | PR-AUC and a tuned threshold |`), as a paragraph's next sentence answers.
      const clauses = definition.clauseAnswers === true
      const clause = clauses && continuesAfterSemicolon(text)
      if (
        (definition.answerInNextSentence || asked || clause) &&
        next &&
        sentence.block >= 0 &&
        (next.block === sentence.block || sameTableRow(reading.blocks, sentence.block, next.block)) &&
        !aside(next.index) &&
        (answerSet?.has(next.index) ||
          noneSet?.has(next.index) ||
          (clauses && asked && answersYesOrNo(reading.textOf(next)))) &&
        answers(next) &&
        (asked || answers(sentence))
      ) {
        result.push({ via: 'sentence', start: sentence.start, end: next.end, sentence: next.index })
        yield
      }
    }
    this.#tests.set(id, { answers, aside, answered, elsewhere, yielded })
  }
}
