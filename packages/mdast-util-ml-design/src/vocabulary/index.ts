/**
 * The whole vocabulary as one value, and its extension by user options.
 */
import {
  beneficiaryPattern,
  businessNouns,
  deliverableGoalPattern,
  directionTerms,
  measurableDirectionTerms,
  metricAsGoalPattern,
  mlOnlyTerms,
  mlTaskGoalPattern,
  modelErrorGoalPattern,
  partyGoodPattern,
  solvesProblemPattern,
  targetPattern,
} from './business.js'
import {
  choiceHedgeTerms,
  choiceTerms,
  decisionHeadingTerms,
  homeStageTerms,
  openValueTerms,
  optionHeadingTerms,
  optionListLabels,
  prosConsLabels,
  surveyHeadingTerms,
} from './commitments.js'
import { cues, negationTerms, type RequirementCue, type RequirementId, undecidedTerms } from './cues.js'
import {
  contrastHedgeTerms,
  existingComponentTerms,
  type Family,
  families,
  familyDenialTerms,
  familyFalseFriends,
  familyTerms,
  horizonFamilyTerms,
  impliedFamilyTerms,
  openOptionTerms,
  optionHedgeTerms,
  type Paradigm,
  paradigms,
  paradigmTerms,
  rejectedOptionTerms,
  supervisedPattern,
} from './families.js'
import { withLanguage } from './languages.js'
import {
  liveComparisonGroups,
  type MetricEntry,
  type MetricKind,
  metricBusinessFiling,
  metricCutoffOperatingPointAfter,
  metricEverydayBefore,
  metricFalseFriendAfter,
  metricLossAfter,
  metricLossLabelBefore,
  metricOperatingPointBefore,
  metricPartOfBefore,
  metricRejectedAfter,
  metricRejectedBefore,
  metrics,
  metricTrainingCriterionBefore,
  metricVerbAfter,
  metricVerbBefore,
  metricVerbForm,
  onlineTestingWords,
  pastComparison,
} from './metrics.js'
import {
  boundWords,
  contentTaskActors,
  cutoffWords,
  inputContentAside,
  inputContentTerms,
  inputContentVerbs,
  inputLeadInTerms,
  labelNameWords,
  liveOpenings,
  measureNouns,
  nonScoreUnits,
  parameterThresholdWords,
  systemSignals,
  thresholdNouns,
  whatMattersNouns,
} from './phrases.js'
import {
  addressedTemplateVerbs,
  decisionTemplateVerbs,
  instructionMarkers,
  numberedStubWords,
  orderDetailPattern,
  placeholderTerms,
  questionHeadings,
  requirementKinds,
  sectionLabelWords,
  templateVerbs,
  topicAcronyms,
  topicTails,
  topicWords,
} from './placeholders.js'
import {
  asideHeadingTerms,
  blankValueWords,
  bracketPromptOpeners,
  faqHeadings,
  kindListVerbs,
  listIntroRejectingWords,
  liveMeasureRefusingWords,
  liveMeasureWords,
  liveMetricTitles,
  mediaElements,
  metricKindLabels,
  numberingWords,
  placeholderMarkers,
  questionOpeners,
  statementWords,
} from './prose.js'
import {
  amountCounts,
  amountPhrases,
  amountWords,
  approximateWords,
  boundTerms,
  countMultipliers,
  countStopWords,
  dataContextTerms,
  dataGrowthSubjects,
  dataGrowthTerms,
  dataOnlyUnits,
  dataQuestionTerms,
  dataUnits,
  durationInputNouns,
  fastTimeUnits,
  filterTerms,
  historyNouns,
  historyOfUnits,
  historySpanBefore,
  historyUnits,
  itemWindowTerms,
  latencyBounds,
  latencyContext,
  latencyWords,
  modeInputNouns,
  nonPredictionTerms,
  notCountedWords,
  notLatencyTerms,
  numberMultipliers,
  predictionContext,
  predictionModeTerms,
  predictionModeWeakTerms,
  predictionVerbs,
  rateAdverbs,
  rateJoinWords,
  rateNonEntities,
  rateUnits,
  scaleLabelUnits,
  scaleUnits,
  scaleUnitsBeforeNumber,
  servedStoreTerms,
  sizeSlotLabels,
  slowTimeUnits,
  smallNumberWords,
  spanCounts,
  spanUnits,
  trainingTerms,
  windowTerms,
  windowUseTerms,
} from './quantities.js'
import { russian } from './russian/index.js'
import {
  contextualSynonyms,
  outsideFlowHeadings,
  type Part,
  partSynonyms,
  parts,
  questionHeadingVerbs,
  type Stage,
  stageSynonyms,
  stages,
} from './stages.js'

export * from './business.js'
export * from './commitments.js'
export * from './cues.js'
export * from './families.js'
export * from './metrics.js'
export * from './phrases.js'
export * from './placeholders.js'
export * from './prose.js'
export * from './quantities.js'
export * from './stages.js'

/** The English vocabulary: every word list the reader uses, by name (exported for tests that read without a pack). */
export const english = {
  stageSynonyms,
  partSynonyms,
  contextualSynonyms,
  questionHeadingVerbs,
  outsideFlowHeadings,
  questionHeadings,
  faqHeadings,
  asideHeadingTerms,
  surveyHeadingTerms,
  optionHeadingTerms,
  decisionHeadingTerms,
  choiceTerms,
  choiceHedgeTerms,
  prosConsLabels,
  optionListLabels,
  openValueTerms,
  homeStageTerms,
  numberingWords,
  questionOpeners,
  metrics,
  metricKindLabels,
  listIntroRejectingWords,
  liveMetricTitles,
  liveMeasureRefusingWords,
  liveMeasureWords,
  familyTerms,
  impliedFamilyTerms,
  paradigmTerms,
  optionHedgeTerms,
  rejectedOptionTerms,
  contrastHedgeTerms,
  openOptionTerms,
  familyFalseFriends,
  existingComponentTerms,
  familyDenialTerms,
  horizonFamilyTerms,
  onlineTestingWords,
  cues: cues as Record<RequirementId, RequirementCue>,
  undecidedTerms,
  negationTerms,
  placeholderTerms,
  placeholderMarkers,
  blankValueWords,
  bracketPromptOpeners,
  statementWords,
  kindListVerbs,
  mediaElements,
  templateVerbs,
  decisionTemplateVerbs,
  topicAcronyms,
  addressedTemplateVerbs,
  instructionMarkers,
  topicWords,
  topicTails,
  requirementKinds,
  numberedStubWords,
  sectionLabelWords,
  scaleUnits,
  scaleUnitsBeforeNumber,
  scaleLabelUnits,
  dataOnlyUnits,
  dataUnits,
  historyUnits,
  historyNouns,
  fastTimeUnits,
  slowTimeUnits,
  numberMultipliers,
  countMultipliers,
  amountCounts,
  amountWords,
  amountPhrases,
  smallNumberWords,
  spanCounts,
  sizeSlotLabels,
  spanUnits,
  durationInputNouns,
  historyOfUnits,
  historySpanBefore,
  itemWindowTerms,
  notCountedWords,
  countStopWords,
  latencyContext,
  latencyWords,
  latencyBounds,
  nonPredictionTerms,
  trainingTerms,
  predictionVerbs,
  predictionModeTerms,
  predictionModeWeakTerms,
  modeInputNouns,
  predictionContext,
  notLatencyTerms,
  rateUnits,
  rateJoinWords,
  rateAdverbs,
  rateNonEntities,
  dataContextTerms,
  dataQuestionTerms,
  boundTerms,
  filterTerms,
  windowTerms,
  windowUseTerms,
  dataGrowthTerms,
  dataGrowthSubjects,
  approximateWords,
  servedStoreTerms,
  directionTerms,
  measurableDirectionTerms,
  businessNouns,
  mlOnlyTerms,
  liveOpenings,
  whatMattersNouns,
  measureNouns,
  cutoffWords,
  contentTaskActors,
  inputContentAside,
  inputContentTerms,
  inputContentVerbs,
  inputLeadInTerms,
  nonScoreUnits,
  systemSignals,
  thresholdNouns,
  parameterThresholdWords,
  labelNameWords,
  boundWords,
  /** Expressions written as such (not extendable by options): the reader uses them as they are. */
  expressions: {
    /** A measurable target: a number, a percentage, money. */
    target: targetPattern,
    /** What an order names that a template could not (`placeholders.ts`). */
    orderDetail: orderDetailPattern,
    /** A direction verb whose object is the metric after it ("maximise the AUC"). */
    metricAsGoal: metricAsGoalPattern,
    /** A goal that opens with what the model does to each item ("accurately predict ...", "flag meters ..."). */
    mlTaskGoal: mlTaskGoalPattern,
    /** The model as the means to a stated problem ("solves that problem by classifying ..."): no ML objective. */
    solvesProblem: solvesProblemPattern,
    /** A goal that opens with building the system ("Build a ranking service ..."), the deliverable of `mlTaskGoal`. */
    deliverableGoal: deliverableGoalPattern,
    /** A model's own error as what a goal bounds ("keep hallucinated columns under 2%"). */
    modelErrorGoal: modelErrorGoalPattern,
    /** A good of the people served, the party in the singular ("customer support", "user privacy", "manual effort"). */
    partyGood: partyGoodPattern,
    /** A goal as what it does for the people served ("help farmers detect disease early", "so patients ..."). */
    beneficiary: beneficiaryPattern,
    /** "Trained on labelled payouts": supervised learning. */
    supervised: supervisedPattern,
    metricRejectedBefore,
    metricRejectedAfter,
    metricFalseFriendAfter,
    /** An engagement count read as a verb ("a script that saves the CSV"). */
    metricVerbForm,
    metricVerbBefore,
    metricVerbAfter,
    metricPartOfBefore,
    metricOperatingPointBefore,
    metricTrainingCriterionBefore,
    metricLossLabelBefore,
    metricLossAfter,
    metricBusinessFiling,
    metricCutoffOperatingPointAfter,
    liveComparisonGroups,
    pastComparison,
    metricEverydayBefore,
  },
}

/** The built-in vocabulary: the English lists with the other languages' words added (`languages.ts`). */
export const defaultVocabulary = withLanguage(english, russian)

/** A vocabulary: the built-in one, or one a user's options extend. */
export type Vocabulary = typeof defaultVocabulary

/** The names of the vocabulary's plain word lists. */
export type WordList = { [K in keyof Vocabulary]: Vocabulary[K] extends string[] ? K : never }[keyof Vocabulary]

/** Every plain word list, by name: what the generic `words` option extends. */
export const wordLists = (Object.keys(defaultVocabulary) as Array<keyof Vocabulary>).filter((name) => {
  const value = defaultVocabulary[name]
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}) as WordList[]

/**
 * The word lists the reader matches as terms; each becomes a matcher, and all but `shortTextTermLists` are matched
 * together in the one scan of a document. (`negationTerms` and `latencyContext` are data no pass reads yet.)
 */
export const termLists = [
  'optionHedgeTerms',
  'rejectedOptionTerms',
  'openOptionTerms',
  'familyFalseFriends',
  'undecidedTerms',
  'latencyWords',
  'nonPredictionTerms',
  'trainingTerms',
  'predictionVerbs',
  'predictionModeWeakTerms',
  'predictionContext',
  'notLatencyTerms',
  'predictionModeTerms',
  'rateNonEntities',
  'dataContextTerms',
  'dataQuestionTerms',
  'windowUseTerms',
  'servedStoreTerms',
  'filterTerms',
  'directionTerms',
  'measurableDirectionTerms',
  'businessNouns',
  'mlOnlyTerms',
  'choiceTerms',
  'choiceHedgeTerms',
  'sizeSlotLabels',
  'openValueTerms',
  'inputContentTerms',
  'inputContentVerbs',
  'inputContentAside',
  'contentTaskActors',
  'inputLeadInTerms',
] as const satisfies readonly WordList[]

export type TermList = (typeof termLists)[number]

/** Term lists only tested against a short text (a quantity's words), never looked for across a document. */
export const shortTextTermLists: readonly TermList[] = ['rateNonEntities']

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
  /** Extra words for any plain word list of the vocabulary, by its name (`{"latencyWords": ["turnaround"]}`). */
  words?: Partial<Record<WordList, string[]>>
}

export const vocabularyOptionKeys = [
  'headings',
  'onlineMetrics',
  'offlineMetrics',
  'families',
  'paradigms',
  'answers',
  'words',
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
  for (const [name, extra] of Object.entries(options.words ?? {}) as Array<[WordList, string[]]>) {
    result[name] = [...result[name], ...extra] as never
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
