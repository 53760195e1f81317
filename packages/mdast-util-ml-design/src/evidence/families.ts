/** Task families and learning paradigms the document commits to, and those it only weighs. */
import type { DesignDocument } from '../document/document.js'
import type { Sentence } from '../document/types.js'
import type { Compiled, FamilyHit } from '../match/compile.js'
import type { TermMatch } from '../match/matcher.js'
import { countedClassNouns, type Family, type Paradigm, perLabelLosses } from '../vocabulary/families.js'
import { numberWords } from '../vocabulary/quantities.js'
import type { Scope } from './scope.js'
import type { FamilyMention, ParadigmMention } from './types.js'

/** A subject or auxiliary right before a family word that makes it the verb: "we forecast", "the model will rank". */
const predictingSubject = /\b(?:we|they|it|model|will|to|can|then)\s+$/i

/** Stages where a task family is used or watched rather than designed. */
const afterwardStages = new Set(['data', 'deployment', 'monitoring'])

/** Classes listed after a classifier, up to a few words on: `for Info/Trans/Nav`, `as spam/ham`, `into A / B / C`. */
const listedClasses =
  /^(?:\s+[\p{L}'-]+){0,3}?\s+(?:for|into|as|between)\s+(\p{L}[\p{L}\d-]*(?:\s*\/\s*\p{L}[\p{L}\d-]*)+)(?![\p{L}\d/])/u
/**
 * The classes counted after a classifier, up to a few words on: `classifies emails into 9 categories`, `sorted into
 * one of 41 conditions` (`countedClassNouns`). Slices (`compared across 4 customer groups`) count no classes.
 */
const countedClasses = new RegExp(
  String.raw`^(?:\s+[\p{L}'-]+){0,3}?\s+(?:into|among)\s+(?:one\s+of\s+(?:the\s+)?)?(\d{1,3}|${numberWords.join('|')})\s+(?:[\p{L}-]+\s+)?(?:${countedClassNouns.join('|')})\b`,
  'iu',
)

/**
 * The probability of one event written as notation, as "probability of" is in words: `p(relist in 30 d | email)`,
 * `P(fraud)`. Found in one pass over the prose (no nested quantifier: the class of the body excludes the brackets).
 */
const probabilityNotation = /(?<![\p{L}\d])[Pp]r?\(\s*\p{L}[^()\n]{0,80}\)/gu

/** Words that order options ("rank tutors for a request by P(...)") or pick the best of them ("maximises P(open)"). */
const orderWords = /\b(?:rank|ranks|ranked|ranking|order|orders|ordered|sort|sorts|sorted)\b/i
const bestWords = /\b(?:maximi[sz]es|maximi[sz]e|maximi[sz]ed|maximi[sz]ing|highest|argmax)$/i

/**
 * Whether the words before the notation order or choose options by it: "rank tutors for a request by P(trial
 * booked)", "choose the send hour that maximises P(lesson started)" score options, they classify nothing. Read in
 * code on the clause before it (no pattern scans to the end of the text from every position).
 */
function orderedBy(before: string): boolean {
  const text = before.trimEnd()
  if (bestWords.test(text)) return true
  if (!/(?:^|\s)by$/i.test(text)) return false
  const clause = text.slice(0, -2)
  const cut = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf(':'))
  return orderWords.test(clause.slice(Math.max(cut + 1, clause.length - 60)))
}

/**
 * A yes/no question right after a family word, as its target: `: will the user churn?`, `(is it spam?)`; not one
 * about the choice itself (`classification, is that right?`, `..., should we?`).
 */
const targetQuestion =
  /^\**\s*(?:[:,(—–]|\s-\s)\s*(?:will|would|is|are|does|do|did|has|have|can|should|was)\s+(?!(?:that|this|these|those|we)\b)\p{L}/iu

/** The binary losses, folded as `foldLoss` folds a mention's text. */
const perLabelLoss = new Set(perLabelLosses)

/** A mention's text as the loss terms are written: lower case, one space (`Binary  Cross-Entropy`). */
const foldLoss = (text: string) => text.toLowerCase().replace(/\s+/g, ' ')

export class Families {
  #all?: FamilyMention[]
  #committed?: FamilyMention[]
  #mentioned?: FamilyMention[]
  #options?: FamilyMention[]
  #paradigms?: ParadigmMention[]
  #falseFriends?: Array<TermMatch<true>>

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly scope: Scope,
  ) {}

  /**
   * Whether a mention in a sentence counts: the sentence answers, stands outside asides, surveys, options nobody
   * chose and pros/cons, and is not hedged.
   */
  #counts(sentence: number, offset?: number, end?: number): boolean {
    const { document, compiled } = this
    if (sentence < 0) return false
    const found = document.sentences[sentence]
    if (!(document.answers(found) || this.#asksTarget(found, end)) || document.inAside(found)) return false
    if (!this.scope.commits(found)) return false
    if (this.scope.rejectedRow(found.start)) return false
    const hedges = compiled.terms.optionHedgeTerms
    if (!document.sentencesMentioning(hedges).has(sentence)) return true
    if (offset === undefined) return false
    // "Binary classification rather than regression, trained on labelled data": a contrast rejects only its own clause.
    return hedges
      .all(document.prose.slice(found.start, found.end), found.start)
      .every(
        (hedge) =>
          compiled.contrastHedges.has(hedge.text.toLowerCase().replace(/\s+/g, ' ')) &&
          (hedge.start > offset || /[,;:(]/.test(document.prose.slice(hedge.end, offset))),
      )
  }

  /**
   * Whether a question is the target of the family named right before it: "binary classification: will the
   * restaurant accept the order?" commits to the family and asks the model's yes/no question, not the reader.
   */
  #asksTarget(sentence: Sentence, end?: number): boolean {
    if (end === undefined || !sentence.prompt || sentence.heading || sentence.placeholder || sentence.undecided)
      return false
    return targetQuestion.test(this.document.prose.slice(end, Math.min(sentence.end, end + 40)))
  }

  #mentions(): FamilyMention[] {
    if (this.#all) return this.#all
    const { document } = this
    const all: FamilyMention[] = document.mentionsOf(this.compiled.families).map((match: TermMatch<FamilyHit>) => ({
      start: match.start,
      end: match.end,
      text: match.text,
      family: match.value.family,
      kind: match.value.kind,
      sentence: document.sentenceAt(match.start),
    }))
    // "xgb, p(relist in 30 d | discount email)": the probability of one event is a binary classification.
    probabilityNotation.lastIndex = 0
    for (
      let match = probabilityNotation.exec(document.prose);
      match;
      match = probabilityNotation.exec(document.prose)
    ) {
      const start = match.index
      const sentence = document.sentenceAt(start)
      const from = sentence >= 0 ? Math.max(document.sentences[sentence].start, start - 80) : start
      if (orderedBy(document.prose.slice(from, start))) continue
      all.push({
        start,
        end: start + match[0].length,
        text: match[0],
        family: 'classification',
        kind: 'binary',
        sentence,
      })
    }
    this.#all = all.sort((a, b) => a.start - b.start)
    return this.#all
  }

  /**
   * Task families the document commits to (hedged options and rejected alternatives left out), less the ones it
   * names only in passing (`#inPassing`).
   */
  get committed(): FamilyMention[] {
    if (this.#committed) return this.#committed
    const sentences = new Map<Family, Set<number>>()
    for (const mention of this.mentioned) {
      const set = sentences.get(mention.family) ?? new Set<number>()
      sentences.set(mention.family, set.add(mention.sentence))
    }
    const named = (family: Family) => sentences.get(family)?.size ?? 0
    const task = [...sentences.keys()].some((family) => named(family) > 1)
    this.#committed = this.mentioned.filter(
      (mention) => !task || named(mention.family) > 1 || !this.#inPassing(mention),
    )
    return this.#committed
  }

  /** Every committed mention of a family, those named in passing too. */
  get mentioned(): FamilyMention[] {
    if (this.#mentioned) return this.#mentioned
    const committed = this.#mentions()
      .map((mention) => ({ ...mention, kind: mention.kind ?? this.#listedKind(mention) }))
      .filter((mention) => this.#counts(mention.sentence, mention.start, mention.end) && this.#designed(mention))
    // In a multi-label task a binary cross-entropy is the loss of each label, not a binary classifier of its own.
    const multiLabel = committed.some((mention) => mention.kind === 'multi-label')
    this.#mentioned = multiLabel
      ? committed.filter((mention) => !(mention.kind === 'binary' && perLabelLoss.has(foldLoss(mention.text))))
      : committed
    return this.#mentioned
  }

  /**
   * Whether a family named in one sentence only, in a document whose task is named in two sentences or more, is
   * named in passing: outside the framing and the model, where the task and its candidates are designed ("**Recommendation:** proceed with the MVP" or "input validation to detect
   * anomalous feature values" in a demand forecast). The contract counts a component's family only where the
   * document designs it.
   */
  #inPassing(mention: FamilyMention): boolean {
    if (mention.sentence < 0) return false
    const { stages, parts } = this.document.sentenceScope(mention.sentence)
    if (stages.includes('framing') || stages.includes('model')) return false
    return !parts.some((part) => part === 'category' || part === 'ml-objective')
  }

  /**
   * The kind a classifier's classes imply when they are listed right after it, joined by slashes: "a classifier
   * for Info/Trans/Nav" sorts into one of three (multi-class), "classify each message as spam/ham" into one of two;
   * or counted there: "classifies emails into 9 categories" (multi-class).
   */
  #listedKind(mention: FamilyMention): FamilyMention['kind'] {
    if (mention.family !== 'classification') return undefined
    const after = this.document.prose.slice(mention.end, mention.end + 80)
    const listed = listedClasses.exec(after)
    if (listed) return listed[1].split('/').length > 2 ? 'multi-class' : 'binary'
    const counted = countedClasses.exec(after)
    if (!counted) return undefined
    const count = /\d/.test(counted[1]) ? Number(counted[1]) : numberWords.indexOf(counted[1].toLowerCase()) + 1
    return count > 2 ? 'multi-class' : count === 2 ? 'binary' : undefined
  }

  /** Task families named only as options still under discussion ("option B is a survival model"). */
  get options(): FamilyMention[] {
    const { document } = this
    this.#options ??= this.#mentions()
      .map((mention) => ({ ...mention }))
      .filter((mention) => {
        const sentence = document.sentences[mention.sentence]
        // An option under discussion is undecided by nature ("Still open: option A is a binary classifier"): it
        // answers no requirement, yet it names an option.
        return (
          sentence !== undefined &&
          (document.answers(sentence) ||
            (sentence.undecided && !sentence.heading && !sentence.prompt && !sentence.placeholder)) &&
          !document.inAside(sentence) &&
          document.sentencesMentioning(this.compiled.terms.openOptionTerms).has(mention.sentence) &&
          this.#designed(mention)
        )
      })
    return this.#options
  }

  /**
   * Whether a family mention names a task: not "no regression on the guardrail", not "the existing classifier",
   * not "not a per-item classifier", and a horizon ("30 days ahead") only in a sentence that predicts.
   */
  #designed(mention: FamilyMention): boolean {
    const { document, compiled } = this
    this.#falseFriends ??= document.mentionsOf(compiled.terms.familyFalseFriends)
    if (this.#falseFriends.some((match) => match.start < mention.end && match.end > mention.start)) return false
    // In the features (`## Feature schema`, `- Features: ...`) a family word describes an input ("city_type: urban
    // classification (metro, tier-2)", "the score of the spam classifier as a feature"), not the task designed.
    if (mention.sentence >= 0) {
      const { stages, parts } = document.sentenceScope(mention.sentence)
      const framesTask = parts.some((part) => part === 'category' || part === 'ml-objective')
      // The model's input is what it reads: "Input: ... std-class load forecast" names a feature, not the task.
      if ((parts.includes('feature-engineering') || parts.includes('input')) && !framesTask) return false
      // Where the data is prepared, served or watched a family word names what flows through ("load forecast missing
      // on ~2% of departures", "input drift: load forecast distribution"), unless the sentence predicts or measures
      // the model ("forecast error of yesterday's occupancy, reported daily").
      if (
        !framesTask &&
        stages.length > 0 &&
        stages.every((stage) => afterwardStages.has(stage)) &&
        !this.#predictsBeside(mention) &&
        !this.#measures(mention.sentence)
      )
        return false
    }
    const { horizonFamilyTerms, familyDenialTerms } = compiled.vocabulary
    if (
      horizonFamilyTerms.includes(mention.text.toLowerCase().replace(/\s+/g, ' ')) &&
      !document.sentencesMentioning(compiled.terms.predictionVerbs).has(mention.sentence)
    )
      return false
    const sentence = document.sentences[document.sentenceAt(mention.start)]
    const from = sentence ? Math.max(sentence.start, mention.start - 60) : mention.start
    const before = document.prose.slice(from, mention.start)
    const words = before
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => word.replace(/[^\p{L}']/gu, ''))
    if (words.slice(-3).some((word) => familyDenialTerms.includes(word))) return false
    return !words.slice(-2).some((word) => compiled.existingComponents.has(word))
  }

  /** Whether a sentence reports, measures or evaluates (the `metric-statement` cue). */
  #measures(sentence: number): boolean {
    const words = this.compiled.cues['metric-statement'].topic
    return words !== undefined && this.document.sentencesMentioning(words).has(sentence)
  }

  /**
   * Whether the mention's sentence predicts: the family word is the verb of a subject ("We forecast the occupancy"),
   * or another prediction word stands beside it ("we predict take-up from the load forecast").
   */
  #predictsBeside(mention: FamilyMention): boolean {
    const { document, compiled } = this
    if (!document.sentencesMentioning(compiled.terms.predictionVerbs).has(mention.sentence)) return false
    const { start, end } = document.sentences[mention.sentence]
    if (predictingSubject.test(document.prose.slice(Math.max(start, mention.start - 24), mention.start))) return true
    return compiled.terms.predictionVerbs
      .all(document.prose.slice(start, end), start)
      .some((verb) => verb.end <= mention.start || verb.start >= mention.end)
  }

  /** Learning paradigms the document commits to. */
  get paradigms(): ParadigmMention[] {
    if (this.#paradigms) return this.#paradigms
    const { document } = this
    const found: ParadigmMention[] = document.mentionsOf(this.compiled.paradigms).map((match: TermMatch<Paradigm>) => ({
      start: match.start,
      end: match.end,
      text: match.text,
      paradigm: match.value,
      sentence: document.sentenceAt(match.start),
    }))
    // "The model is trained on labelled payouts" states supervised learning.
    const supervised = this.compiled.vocabulary.expressions.supervised
    supervised.lastIndex = 0
    for (let match = supervised.exec(document.prose); match; match = supervised.exec(document.prose)) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        paradigm: 'supervised',
        sentence: document.sentenceAt(match.index),
      })
    }
    this.#paradigms = found
      .filter((mention) => this.#counts(mention.sentence, mention.start))
      .sort((a, b) => a.start - b.start)
    return this.#paradigms
  }

  /** The set of families named (forecasting also counts as regression). */
  get set(): Set<Family> {
    return familiesOf(this.committed)
  }

  /** The set of families named, those named in passing too. */
  get mentionedSet(): Set<Family> {
    return familiesOf(this.mentioned)
  }
}

function familiesOf(mentions: FamilyMention[]): Set<Family> {
  const set = new Set(mentions.map((mention) => mention.family))
  if (set.has('forecasting')) set.add('regression')
  return set
}
