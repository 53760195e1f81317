/**
 * The gate the evidence pass calls where a cue's unit becomes an answer.
 * With `model`, a unit a cue picked counts unless the part model is sure it
 * does not answer the requirement (the commitment veto is off by default:
 * it cost recall on the cross-validation); a unit of the requirement's home
 * section that no cue picked counts when both models are sure it answers
 * and commits. With `either`, the model only adds: every unit a cue picked
 * counts as it is, and only where the cues found nothing may a unit
 * anywhere in the document count (at `thresholds.either`), so it can
 * silence a rule but never make one fire. Such a unit must also pass the
 * word lists' own tests of where an answer stands and what it must say
 * (`Admits`, passed in by the evidence pass): the model judges what a
 * sentence is about, the word lists whether it commits and is complete.
 * With `both`, the model only refuses: a cue's unit is judged as under
 * `model`, and nothing is ever added, so a unit counts only when the word
 * lists and the model both accept it (for a message about a missing answer
 * it can only make a rule speak, never silence one). Every decision is kept
 * for `pnpm inspect`.
 */
import type { DesignDocument } from '../document/document.js'
import type { Evidence } from '../document/types.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Part } from '../vocabulary/stages.js'
import { sentenceFeatures } from './features.js'
import { commitmentModel, hasModel, type Judgement, requirementParts, score } from './model.js'

/**
 * With `model`, a unit a cue's words picked (`via: 'sentence'`) counts when
 * both probabilities reach `answer` and `commitment`; a unit that counts by
 * structure (inside the requirement's home section or under its label:
 * `via: 'section'` or `'statement'`) needs `structured` and `commitment`;
 * a home-section unit no cue picked counts when both reach `home`. With
 * `either`, a unit anywhere in the document counts, where the cues found
 * none, when both reach `either`. `both` refuses with `answer`, `structured`
 * and `commitment` as `model` does, and uses no other. Fixed for lint
 * runs; the training tools try others.
 */
export const thresholds = { answer: 0.1, commitment: 0, home: 0.9, structured: 0.1, either: 0.9 }

/**
 * Whether a sentence (by index) may answer the requirement being judged, as the word lists' tests say: given by the
 * evidence pass (`judgement` does not import `evidence`), asked before the model scores it.
 */
export type Admits = (sentence: number) => boolean

/** The judgements the gate applies (`cues` never reaches it). */
export type Judged = Exclude<Judgement, 'cues'>

export interface Decision {
  sentence: number
  /** What picked it: the cue's way (`section`, `statement`, `sentence`) or `model` for a unit the model added. */
  via: Evidence['via'] | 'model'
  answer: number
  commitment: number
  accepted: boolean
}

/** Whether a scored cue unit reaches its floor (`answer` for a sentence, `structured` for a section or label) and commits. */
function passes(item: Evidence, scores: { answer: number; commitment: number }): boolean {
  const floor = item.via === 'sentence' ? thresholds.answer : thresholds.structured
  return scores.answer >= floor && scores.commitment >= thresholds.commitment
}

/**
 * Whether a sentence is written in the script the models learned from: the corpus is English, so a sentence with more
 * Cyrillic letters than Latin ones (a Russian design document, English terms and all) gives them nothing to judge by,
 * and the word lists decide alone, as under `cues`.
 */
export function learnedScript(text: string): boolean {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0
  return cyrillic === 0 || cyrillic <= (text.match(/\p{Script=Latin}/gu)?.length ?? 0)
}

export class Gate {
  readonly #features = new Map<number, number[]>()
  readonly #commitments = new Map<number, number | undefined>()
  /** By judgement and requirement (`model business-objective`). */
  readonly #decisions = new Map<string, Decision[]>()

  constructor(readonly document: DesignDocument) {}

  #scores(id: RequirementId, sentence: number): { answer: number; commitment: number } | undefined {
    const part = requirementParts[id]
    if (!part || !learnedScript(this.document.textOf(this.document.sentences[sentence]))) return undefined
    let features = this.#features.get(sentence)
    if (!features) {
      features = sentenceFeatures(this.document, sentence)
      this.#features.set(sentence, features)
    }
    const answer = score(part, features)
    // The commitment model reads the sentence alone: scored once per sentence, whatever the requirement (a gate lives
    // for one reading, under one set of weights).
    let commitment = this.#commitments.get(sentence)
    if (!this.#commitments.has(sentence)) {
      commitment = score(commitmentModel, features)
      this.#commitments.set(sentence, commitment)
    }
    return answer === undefined || commitment === undefined ? undefined : { answer, commitment }
  }

  /** Whether the model judges a requirement (it has a model for the requirement's part). */
  judges(id: RequirementId): boolean {
    const part = requirementParts[id]
    return part !== undefined && hasModel(part) && hasModel(commitmentModel)
  }

  /**
   * The evidence the model keeps, plus the units it adds: with `model` it may refuse a cue's unit and adds
   * home-section units, with `either` it keeps them all and only adds, from the whole document, the units `admits`
   * lets through, with `both` it may refuse a cue's unit and adds nothing.
   */
  filter(
    id: RequirementId,
    parts: readonly Part[],
    evidence: Evidence[],
    judgement: Judged = 'model',
    admits: Admits = () => true,
  ): Evidence[] {
    if (!this.judges(id)) return evidence
    const decisions: Decision[] = []
    this.#decisions.set(`${judgement} ${id}`, decisions)
    // Under `either` a cue's unit is never scored: the model runs only where the word lists found nothing.
    if (judgement === 'either') return evidence.length > 0 ? evidence : this.#anywhere(id, decisions, admits)
    const kept: Evidence[] = []
    const seen = new Set<number>()
    for (const item of evidence) {
      const scores = this.#scores(id, item.sentence)
      if (!scores) {
        kept.push(item)
        continue
      }
      const accepted = passes(item, scores)
      if (!seen.has(item.sentence)) decisions.push({ sentence: item.sentence, via: item.via, ...scores, accepted })
      seen.add(item.sentence)
      if (accepted) kept.push(item)
    }
    // Home-section units are looked for only where no cue unit was kept: they can only turn a missing
    // answer into an answer, and scoring every sentence of the home section is most of the model's cost.
    // `both` never adds: what the word lists did not pick does not count.
    return kept.length > 0 || judgement === 'both' ? kept : this.#home(id, parts, decisions, seen)
  }

  /**
   * Whether `filter` keeps a cue's unit under a judgement, asked of one unit (no decision is recorded: `filter` records
   * them when it runs). The units it adds are not asked about here.
   */
  keeps(id: RequirementId, item: Evidence, judgement: Judged): boolean {
    if (!this.judges(id) || judgement === 'either') return true
    const scores = this.#scores(id, item.sentence)
    return !scores || passes(item, scores)
  }

  /** The units of the requirement's home sections that both models are sure of (`thresholds.home`), as section evidence. */
  #home(id: RequirementId, parts: readonly Part[], decisions: Decision[], seen: Set<number>): Evidence[] {
    const added: Evidence[] = []
    for (const section of this.document.sections) {
      if (!section.parts.some((part) => parts.includes(part))) continue
      for (const sentence of this.document.sentencesIn(this.document.content(section))) {
        if (seen.has(sentence.index) || !this.document.answers(sentence)) continue
        seen.add(sentence.index)
        const scores = this.#scores(id, sentence.index)
        if (!scores || scores.answer < thresholds.home || scores.commitment < thresholds.home) continue
        decisions.push({ sentence: sentence.index, via: 'model', ...scores, accepted: true })
        added.push({ via: 'section', start: section.start, end: section.contentStart, sentence: sentence.index })
      }
    }
    return added
  }

  /**
   * The units of the whole document that `admits` lets through and both models are sure of (`thresholds.either`), as
   * sentence evidence: most answers the word lists miss stand outside any section filed under the requirement's part
   * (docs/accuracy.md). A sentence the word lists' tests refuse is never scored, which also keeps `either` cheap.
   */
  #anywhere(id: RequirementId, decisions: Decision[], admits: Admits): Evidence[] {
    const added: Evidence[] = []
    for (const sentence of this.document.sentences) {
      if (!this.document.answers(sentence) || !admits(sentence.index)) continue
      const scores = this.#scores(id, sentence.index)
      if (!scores || scores.answer < thresholds.either || scores.commitment < thresholds.either) continue
      decisions.push({ sentence: sentence.index, via: 'model', ...scores, accepted: true })
      added.push({ via: 'sentence', start: sentence.start, end: sentence.end, sentence: sentence.index })
    }
    return added
  }

  /** The decisions the model made on a requirement's units under a judgement (after `filter`). */
  decisions(id: RequirementId, judgement: Judged = 'model'): Decision[] {
    return this.#decisions.get(`${judgement} ${id}`) ?? []
  }
}
