/**
 * The whole vocabulary as one value, and its extension by user options.
 */
import { businessNouns, directionTerms, measurableDirectionTerms, mlOnlyTerms } from './business.js'
import { cues, negationTerms, type RequirementCue, type RequirementId, undecidedTerms } from './cues.js'
import {
  type ClassificationKind,
  type Family,
  families,
  familyTerms,
  impliedFamilyTerms,
  optionHedgeTerms,
  type Paradigm,
  paradigms,
  paradigmTerms,
} from './families.js'
import { type MetricEntry, type MetricKind, metrics } from './metrics.js'
import { placeholderTerms, templateVerbs, topicWords } from './placeholders.js'
import {
  boundTerms,
  dataContextTerms,
  dataUnits,
  fastTimeUnits,
  filterTerms,
  historyNouns,
  historyUnits,
  latencyBounds,
  latencyContext,
  latencyWords,
  nonPredictionTerms,
  notLatencyTerms,
  predictionContext,
  predictionModeTerms,
  predictionModeWeakTerms,
  predictionVerbs,
  rateNonEntities,
  rateUnits,
  scaleUnits,
  slowTimeUnits,
  trainingTerms,
  windowTerms,
} from './quantities.js'
import {
  contextualSynonyms,
  type HeadingTarget,
  type Part,
  partSynonyms,
  parts,
  type Stage,
  stageSynonyms,
  stages,
} from './stages.js'

export * from './business.js'
export * from './cues.js'
export * from './families.js'
export * from './metrics.js'
export * from './placeholders.js'
export * from './quantities.js'
export * from './stages.js'

export interface Vocabulary {
  stageSynonyms: Record<Stage, string[]>
  partSynonyms: Record<Part, string[]>
  contextualSynonyms: Array<{ synonym: string; within: Stage; target: HeadingTarget }>
  metrics: MetricEntry[]
  familyTerms: Record<Family, string[]>
  impliedFamilyTerms: Array<{ terms: string[]; family: Family; kind?: ClassificationKind }>
  paradigmTerms: Record<Paradigm, string[]>
  optionHedgeTerms: string[]
  cues: Record<RequirementId, RequirementCue>
  undecidedTerms: string[]
  negationTerms: string[]
  placeholderTerms: string[]
  templateVerbs: string[]
  topicWords: string[]
  scaleUnits: string[]
  dataUnits: string[]
  historyUnits: string[]
  historyNouns: string[]
  fastTimeUnits: string[]
  slowTimeUnits: string[]
  latencyContext: string[]
  latencyWords: string[]
  latencyBounds: string[]
  nonPredictionTerms: string[]
  trainingTerms: string[]
  predictionVerbs: string[]
  predictionModeWeakTerms: string[]
  predictionContext: string[]
  notLatencyTerms: string[]
  predictionModeTerms: string[]
  rateUnits: string[]
  rateNonEntities: string[]
  dataContextTerms: string[]
  boundTerms: string[]
  filterTerms: string[]
  windowTerms: string[]
  directionTerms: string[]
  measurableDirectionTerms: string[]
  businessNouns: string[]
  mlOnlyTerms: string[]
}

/** The built-in vocabulary. */
export const defaultVocabulary: Vocabulary = {
  stageSynonyms,
  partSynonyms,
  contextualSynonyms,
  metrics,
  familyTerms,
  impliedFamilyTerms,
  paradigmTerms,
  optionHedgeTerms,
  cues,
  undecidedTerms,
  negationTerms,
  placeholderTerms,
  templateVerbs,
  topicWords,
  scaleUnits,
  dataUnits,
  historyUnits,
  historyNouns,
  fastTimeUnits,
  slowTimeUnits,
  latencyContext,
  latencyWords,
  latencyBounds,
  nonPredictionTerms,
  trainingTerms,
  predictionVerbs,
  predictionModeTerms,
  predictionModeWeakTerms,
  predictionContext,
  notLatencyTerms,
  rateUnits,
  rateNonEntities,
  dataContextTerms,
  boundTerms,
  filterTerms,
  windowTerms,
  directionTerms,
  measurableDirectionTerms,
  businessNouns,
  mlOnlyTerms,
}

/**
 * Vocabulary a user adds through any rule's options. Every field adds to
 * the built-in lists; nothing replaces them.
 */
export interface VocabularyOptions {
  /** Extra heading or lead-in synonyms, by stage or part id (`{"business-objective": ["North star"]}`). */
  headings?: Record<string, string[]>
  /** Extra online metrics (`["bookings per search"]`). */
  onlineMetrics?: string[]
  /** Extra offline metrics; they fit any task family. */
  offlineMetrics?: string[]
  /** Extra words naming a task family, by family id. */
  families?: Record<string, string[]>
  /** Extra words naming a learning paradigm, by paradigm id. */
  paradigms?: Record<string, string[]>
  /** Extra answer words for a requirement, by requirement id (`{"missing-data": ["MICE"]}`). */
  answers?: Record<string, string[]>
}

export const vocabularyOptionKeys = [
  'headings',
  'onlineMetrics',
  'offlineMetrics',
  'families',
  'paradigms',
  'answers',
] as const

export const stageAndPartIds: string[] = [...stages, ...Object.keys(parts)]
export const familyIds: readonly string[] = families
export const paradigmIds: readonly string[] = paradigms
export const requirementIds: string[] = Object.keys(cues)

function addTo<K extends string>(record: Record<K, string[]>, key: K, extra: string[]): Record<K, string[]> {
  return { ...record, [key]: [...record[key], ...extra] }
}

/** The built-in vocabulary extended with a user's options (already validated). */
export function extendVocabulary(options: VocabularyOptions): Vocabulary {
  const result: Vocabulary = { ...defaultVocabulary }
  for (const [id, extra] of Object.entries(options.headings ?? {})) {
    if ((stages as readonly string[]).includes(id)) {
      result.stageSynonyms = addTo(result.stageSynonyms, id as Stage, extra)
    } else {
      result.partSynonyms = addTo(result.partSynonyms, id as Part, extra)
    }
  }
  const extraMetrics: MetricEntry[] = []
  for (const [kind, names] of [
    ['online', options.onlineMetrics ?? []],
    ['offline', options.offlineMetrics ?? []],
  ] as Array<[MetricKind, string[]]>) {
    for (const name of names) extraMetrics.push({ name, kind, terms: [name] })
  }
  if (extraMetrics.length > 0) result.metrics = [...extraMetrics, ...result.metrics]
  for (const [id, extra] of Object.entries(options.families ?? {})) {
    result.familyTerms = addTo(result.familyTerms, id as Family, extra)
  }
  for (const [id, extra] of Object.entries(options.paradigms ?? {})) {
    result.paradigmTerms = addTo(result.paradigmTerms, id as Paradigm, extra)
  }
  if (options.answers) {
    const next = { ...result.cues } as Record<RequirementId, RequirementCue>
    for (const [id, extra] of Object.entries(options.answers)) {
      const cue = next[id as RequirementId]
      next[id as RequirementId] = cue.answer
        ? { ...cue, answer: [...cue.answer, ...extra] }
        : { ...cue, topic: [...(cue.topic ?? []), ...extra] }
    }
    result.cues = next
  }
  return result
}
