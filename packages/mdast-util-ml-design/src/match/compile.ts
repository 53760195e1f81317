/**
 * The one compile step: a vocabulary value becomes matchers and
 * expressions, once per vocabulary value (so once per process for the
 * built-in one). Plain word lists are compiled by a loop over the
 * vocabulary's `termLists`; a new list there needs no edit here.
 */

import type { RequirementCue, RequirementId } from '../vocabulary/cues.js'
import type { ClassificationKind, Family, Paradigm } from '../vocabulary/families.js'
import { shortTextTermLists, type TermList, termLists, type Vocabulary } from '../vocabulary/index.js'
import type { MetricEntry, MetricKind } from '../vocabulary/metrics.js'
import type { HeadingTarget, Part, Stage } from '../vocabulary/stages.js'
import { createMatcher, createTermMatcher, escapeRegExp, type Matcher } from './matcher.js'
import { foldWords, normalizeTitle } from './normalize.js'
import {
  alternation,
  anyCountExpression,
  before,
  choice,
  gap,
  notAfterWord,
  number,
  quantityStartExpression,
  startingWith,
} from './numbers.js'
import {
  dataGrowthBefore,
  jobSpanBefore,
  multiplierOf,
  quantityExpression,
  rateExpression,
  rateJoin,
  underASecond,
} from './quantity-expressions.js'
import { Scanner } from './scanner.js'

export interface FamilyHit {
  family: Family
  kind?: ClassificationKind
}

export interface CueMatchers {
  topic?: Matcher<true>
  /** Topic words that count only inside the cue's named sections (`RequirementCue.topicInSection`). */
  sectionTopic?: Matcher<true>
  answer?: Matcher<true>
  none?: Matcher<true>
  /** Phrases that carry an answer word about something else ("in-batch negatives"). */
  not?: Matcher<true>
  /** Topic phrases whose units the judgement model may not refuse (`RequirementCue.sure`). */
  sure?: Matcher<true>
  /** The answer words but the loose ones (`RequirementCue.looseInSection`), where the cue sets them. */
  firm?: Matcher<true>
}

/** Expressions built from the vocabulary's word lists. */
export interface Patterns {
  scale: RegExp
  dataSize: RegExp
  history: RegExp
  /** "Eighteen months of ...": a span of history whatever follows; it counts where the sentence is about data. */
  historySpan: RegExp
  /** Any span of time: "for 2 yrs", "nine seasons", "14 months". */
  anySpan: RegExp
  /** Words just before a span that make it the period the data covers: `за` (`история продаж за 3 года`). */
  historySpanBefore: RegExp
  /**
   * The same words after a word that is no data noun: how long a job takes (`разметку асессоры выполнят за 2
   * недели`, `пилот длится в течение 2 месяцев`), not the period the data covers (`история продаж сети за 3 года`).
   */
  jobSpanBefore: { test(text: string): boolean }
  /** A number and the word after it (`4,700 charging sites`). */
  anyCount: RegExp
  fastDuration: RegExp
  slowDuration: RegExp
  /** A bound just before a duration: "within 30". */
  latencyBoundBefore: RegExp
  /** A count given per unit of time: "200k requests per second", "3M comments/day". */
  rate: RegExp
  /** What follows a mode word that describes an input ("real-time kitchen queue length"), tested after the word. */
  modeInputAfter: RegExp
  /** A unit of load before its number: "DAU 500 million", "QPS: ~40k". */
  scaleUnitFirst: RegExp
  /** Where the expressions above (and the years and recorded spans) may start: `quantityStartExpression`. */
  quantityStarts: RegExp
  /** What follows a count to make it a rate (tested at the end of a quantity). */
  rateTail: RegExp
  /** The join word and time unit that end a rate (`per day`, `/s`, `в месяц`): what comes before is what it counts. */
  rateEnd: RegExp
  /** A quantity's text that ends in a unit of data (`1.1M photos`). */
  dataUnitEnd: RegExp
  /** A unit that counts only data, at the end of a quantity (`410M rows`). */
  dataOnlyUnitEnd: RegExp
  /** The label or question of the data's size opening a sentence (`size: TBD`, `How much? — ...`). */
  sizeSlot: RegExp
  /** A bound just before a number: "more than 500". */
  boundBefore: RegExp
  /** A window just before a number: "the first 512", "up to 50". */
  windowBefore: RegExp
  /** The data's growth just before a number: "the dataset grows by about 2k rows a week". */
  dataGrowthBefore: { test(text: string): boolean }
  /** A window of one input just before a number: "the first 120", "top 8". */
  itemWindowBefore: RegExp
  /** A count just before a metric (`50M DAU`): the metric is a quantity. */
  countBeforeMetric: RegExp
  /** A span of history just before a metric (`six months of sales`). */
  historyBeforeMetric: RegExp
  /** Heading words of a section set aside (alternatives, non-goals). */
  asideTitle: RegExp
  /** The numbering of a title (`Step 3 -`, `3.1`). */
  numbering: RegExp
  /** A numbered step lead-in (`**Step 2 — ...**`). */
  numberedStep: RegExp
  questionOpening: RegExp
  outsideFlowTitle: RegExp
  questionPhrases: Array<{ pattern: RegExp; synonym: string }>
  /** A template sentence whose value is left blank: "a missed fraud costs ...". */
  blankValue: RegExp
  bracketPromptStart: RegExp
  placeholderMarker: RegExp
  placeholderFirst: RegExp
  /** A marker opening the last clause, after a comma, a dash or an arrow: `the usual cart stuff, TBD`. */
  placeholderTail: RegExp
  statementWord: RegExp
  kindListVerb: RegExp
  mediaElement: RegExp
  /** "Online, the share of ...": a measure on live traffic in the author's words. */
  liveMetric: RegExp
  liveMattersTo: RegExp
  liveMeasure: RegExp
  /** A sentence that opens on live traffic (`Online,`, `Once live,`). */
  liveOpeningStart: RegExp
  /** A word that measures or weighs what follows (`we compare`, `measured`, `the measure that matters`). */
  liveMeasuring: RegExp
  /** A measure noun as a whole word (`share`, `rate`). */
  measureNoun: RegExp
  /** A metric kind named in two words or more in a sentence (`online metrics`, `business KPIs`): global. */
  metricKindPhrase: RegExp
  /** A word that names a metric kind on its own: the first word of a kind label (`offline`, `business`, `model`): global. */
  metricKindWord: RegExp
  /** A share, a rate or a count, or a change in one (`liveMeasureWords`). */
  liveMeasureWord: RegExp
  /** Held-out data, the training, the model or the labelled set (`liveMeasureRefusingWords`). */
  liveMeasureRefusing: RegExp
  /** A word that keeps a list's lead-in sentence from filing the list (`not`, `unlike`). */
  listIntroRejecting: RegExp
  /** A cut-off on a score between 0 and 1: `> 0.95`, `above 0.8`, `0.7-0.95`. */
  scoreCutoff: RegExp
  systemSignal: RegExp
  /** The model's decision threshold named or set (`thresholdNouns`...), and what else one can tune. */
  namedThreshold: RegExp
  parameterThreshold: RegExp
  labelName: RegExp
  /** A number, a bracket or a word that can bound a value. */
  boundHint: RegExp
}

export interface Compiled {
  /** The vocabulary this was compiled from. */
  vocabulary: Vocabulary
  /** Every term list of this vocabulary, matched in one pass over a document. */
  scanner: Scanner
  /** One matcher per plain word list (`termLists`). */
  terms: Record<TermList, Matcher<true>>
  headings: Map<string, HeadingTarget[]>
  contextual: Map<string, Array<{ within: Stage; target: HeadingTarget }>>
  metrics: Matcher<MetricEntry>
  families: Matcher<FamilyHit>
  paradigms: Matcher<Paradigm>
  placeholders: Set<string>
  templateVerbs: Set<string>
  topicWords: Set<string>
  questionTitles: Set<string>
  faqTitles: Set<string>
  contrastHedges: Set<string>
  existingComponents: Set<string>
  notCounted: Set<string>
  countStopWords: Set<string>
  metricKindLabels: Record<string, MetricKind>
  /** `liveMetricTitles`, normalised as titles are. */
  liveMetricTitles: Set<string>
  cues: Record<RequirementId, CueMatchers>
  cueDefinitions: Record<RequirementId, RequirementCue>
  patterns: Patterns
}

const cache = new WeakMap<Vocabulary, Compiled>()

function patterns(vocabulary: Vocabulary): Patterns {
  const v = vocabulary
  const numberingWords = choice(v.numberingWords)
  return {
    scale: quantityExpression(v, v.scaleUnits),
    dataSize: quantityExpression(v, v.dataUnits),
    history: new RegExp(
      String.raw`${startingWith(v.smallNumberWords)}${notAfterWord('.')}(?:${number}|(?:${choice(v.smallNumberWords)}))\+?\s*(?:${alternation(v.historyUnits)})\s+of\s+(?:[\p{L}\-]+\s+){0,2}?(?:${alternation(v.historyNouns)})(?![\p{L}\p{N}])`,
      'giu',
    ),
    historySpan: new RegExp(
      String.raw`${startingWith(v.smallNumberWords)}${notAfterWord('.')}(?:${number}|(?:${choice(v.smallNumberWords)}))\+?${gap}*(?:${alternation(v.historyUnits)})${gap}+of${gap}+[\p{L}]+`,
      'giu',
    ),
    anySpan: new RegExp(
      String.raw`${startingWith(v.spanCounts)}${notAfterWord('.')}(?:\d+(?:\.\d+)?|${choice(v.spanCounts)})\+?[^\S\n]*(?:${choice(v.spanUnits)})(?![\p{L}\p{N}])`,
      'giu',
    ),
    anyCount: anyCountExpression(v.countMultipliers),
    fastDuration: new RegExp(
      String.raw`${startingWith(['sub', ...underASecond])}(?:${notAfterWord('.')}${number}\s*(?:${alternation(v.fastTimeUnits)})(?![\p{L}\p{N}])|\bsub-?(?:second|millisecond)\b|\b(?:${choice(underASecond)})\s+(?:a|one)\s+second\b)`,
      'giu',
    ),
    slowDuration: new RegExp(
      String.raw`${startingWith([])}${notAfterWord('.')}${number}\s*(?:${alternation(v.slowTimeUnits)})(?![\p{L}\p{N}])`,
      'giu',
    ),
    latencyBoundBefore: before(v.latencyBounds, '<≤'),
    rate: rateExpression(v),
    modeInputAfter: new RegExp(
      String.raw`^[\s-]+(?:[\p{L}]+${gap}+){0,2}?(?:${alternation(v.modeInputNouns)})(?![\p{L}\p{N}])`,
      'iu',
    ),
    scaleUnitFirst: new RegExp(
      String.raw`${notAfterWord()}(?:(?:${alternation(v.scaleUnitsBeforeNumber)})(?:${gap}*[:=]|${gap}+(?:of|is|are|about|around|approximately|at)(?![\p{L}]))?(?:${gap}*[~≈])?${gap}*${number}${multiplierOf(v.numberMultipliers)}|(?:${alternation(v.scaleLabelUnits)})(?:${gap}*[:=]${gap}*|${gap}{2,})(?:[~≈]${gap}*)?${number}\s*(?:${choice(v.numberMultipliers)})(?![^\S\n]*[\p{L}]))\+?(?![\p{L}\p{N}])`,
      'giu',
    ),
    // The words the expressions above start with: `wordAmount`'s counts are followed by white space, the rest by anything.
    quantityStarts: quantityStartExpression(v.amountCounts, [
      ...v.amountPhrases,
      ...v.smallNumberWords,
      ...v.spanCounts,
      'sub',
      ...underASecond,
      ...v.scaleUnitsBeforeNumber,
      ...v.scaleLabelUnits,
    ]),
    rateTail: new RegExp(
      String.raw`^(?:${rateJoin(v)}(?:${alternation(v.rateUnits)})|${gap}+(?:${choice(v.rateAdverbs)}))(?![\p{L}\p{N}])`,
      'iu',
    ),
    // Starting only after a character that is no space, so a run of spaces is not tried from each of its positions.
    rateEnd: new RegExp(String.raw`(?<![^\S\n])${rateJoin(v)}(?:${alternation(v.rateUnits)})$`, 'iu'),
    dataUnitEnd: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(v.dataUnits)})$`, 'iu'),
    dataOnlyUnitEnd: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(v.dataOnlyUnits)})$`, 'iu'),
    sizeSlot: new RegExp(String.raw`^(?:${alternation(v.sizeSlotLabels)})[\s]*[:?]`, 'iu'),
    boundBefore: before(v.boundTerms, '<>≥≤'),
    windowBefore: before(v.windowTerms),
    dataGrowthBefore: dataGrowthBefore(v),
    // An empty list matches nothing (an empty alternative would match before any span).
    historySpanBefore: v.historySpanBefore.length > 0 ? before(v.historySpanBefore) : /(?!)/,
    jobSpanBefore: jobSpanBefore(v),
    itemWindowBefore: new RegExp(String.raw`(?:^|[^\p{L}])(?:${choice(v.itemWindowTerms)})[^\S\n]*$`, 'iu'),
    countBeforeMetric: new RegExp(String.raw`(?:^|[\s~≈<>])\d[\d.,]*\s*(?:${choice(v.countMultipliers)})?$`, 'i'),
    historyBeforeMetric: new RegExp(String.raw`\b(?:${choice(v.historyOfUnits)})\s+of\s+$`, 'i'),
    // Whole words in any script: `\b` is ASCII-only and never bounds a Cyrillic word (`пути развития`).
    asideTitle: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${choice(v.asideHeadingTerms)})(?![\p{L}\p{N}])`, 'u'),
    numbering: new RegExp(String.raw`^\s*(?:(?:${numberingWords})\s*(?:\d+|[ivxlc]+)\b|\d+(?:\.\d+)*\.?(?=\s))`, 'i'),
    numberedStep: new RegExp(String.raw`^(?:${numberingWords})\s*\d`, 'i'),
    questionOpening: new RegExp(String.raw`^(?:q\s*\d+\s+)?(?:${choice(v.questionOpeners)})(?: |$)`),
    outsideFlowTitle: new RegExp(`^(?:${v.outsideFlowHeadings.map(normalizeTitle).join('|')})(?: |$)`),
    questionPhrases: Object.entries(v.questionHeadingVerbs).map(([phrase, synonym]) => ({
      pattern: new RegExp(`(?:^| )${foldWords(phrase)}(?= |$)`),
      synonym: normalizeTitle(synonym),
    })),
    // A blank may carry its owner after it: "should be ..... (DS)".
    blankValue: new RegExp(
      String.raw`\b(?:${choice(v.blankValueWords)})\s*(?:\.{3,}|…\.?)\s*(?:\([^()]{0,20}\)\s*)?[;:,]?$`,
      'i',
    ),
    bracketPromptStart: new RegExp(String.raw`\[(?:${choice(v.bracketPromptOpeners)})`, 'i'),
    placeholderMarker: new RegExp(String.raw`\b(?:${choice(v.placeholderMarkers)})\b`, 'gi'),
    placeholderFirst: new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${choice(v.placeholderMarkers)})\b`, 'iu'),
    placeholderTail: new RegExp(String.raw`(?:,|\s[-–—]{1,2}|→|->)\s*(?:${choice(v.placeholderMarkers)})\b`, 'iu'),
    statementWord: new RegExp(String.raw`\b(?:${choice(v.statementWords)})\b`, 'i'),
    kindListVerb: new RegExp(String.raw`\b(?:${choice(v.kindListVerbs)})\b`, 'i'),
    mediaElement: new RegExp(String.raw`<(?:${choice(v.mediaElements)})\b`, 'i'),
    metricKindPhrase: wholeWords(
      `(?:${Object.keys(v.metricKindLabels)
        .filter((label) => label.includes(' '))
        .map((label) => escapeRegExp(label).replace(/ /g, String.raw`\s+`))
        .join('|')})s?`,
      'gi',
    ),
    metricKindWord: wholeWords(
      choice([...new Set(Object.keys(v.metricKindLabels).map((label) => label.split(' ')[0]))]),
      'gi',
    ),
    liveMeasureWord: wholeWords(choice(v.liveMeasureWords), 'i'),
    liveMeasureRefusing: wholeWords(choice(v.liveMeasureRefusingWords), 'i'),
    listIntroRejecting: wholeWords(choice(v.listIntroRejectingWords), 'i'),
    ...phrasePatterns(v),
  }
}

/** Alternatives as whole words in any script: `\b` is ASCII-only and never bounds a Cyrillic word. */
function wholeWords(alternatives: string, flags: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, `${flags}u`)
}

function phrasePatterns(v: Vocabulary) {
  const opening = String.raw`\b(?:${choice(v.liveOpenings)})\s*[,:;]\s*`
  const matters = `(?:${choice(v.whatMattersNouns)})s? (?:that )?matters?`
  const measure = String.raw`(?:the |a |an )?(?:${choice(v.measureNouns)})\b`
  const noScoreAfter = String.raw`(?![\d.]|\s*(?:%|(?:${choice(v.nonScoreUnits)})\b))`
  return {
    liveMetric: new RegExp(`${opening}(?:(?:the )?${matters} (?:is|are) )?${measure}`, 'i'),
    liveMattersTo: new RegExp(`${opening}(?:the )?${matters} to `, 'gi'),
    liveMeasure: new RegExp(` (?:is|are) ${measure}`, 'gi'),
    liveOpeningStart: new RegExp(String.raw`^\W*(?:${choice(v.liveOpenings)})\s*[,:;]\s`, 'i'),
    liveMeasuring: /\b(?:compar\w*|measur\w*|track(?:s|ed|ing)?|matters?)\b/i,
    measureNoun: new RegExp(String.raw`\b(?:${choice(v.measureNouns)})\b`, 'i'),
    scoreCutoff: new RegExp(
      String.raw`(?:[>≥<≤]=?|\b(?:${choice(v.cutoffWords)})\b)\s*(?:0?\.\d+|1\.0)${noScoreAfter}|\b0?\.\d+\s*[-–]\s*0?\.\d+${noScoreAfter}`,
      'i',
    ),
    systemSignal: new RegExp(String.raw`\b(?:${choice(v.systemSignals)})\b`, 'i'),
    namedThreshold: new RegExp(String.raw`\b(?:${choice(v.thresholdNouns)})\b`, 'i'),
    // A threshold of anything else: its words, or a count above one (`the threshold of 1,000 users a day`).
    parameterThreshold: new RegExp(
      String.raw`\b(?:${choice(v.parameterThresholdWords)})\b|\b(?:${choice(v.thresholdNouns)})\s+(?:of|at)\s+(?:about\s+|around\s+)?[$€£]?[1-9][\d,.]*`,
      'i',
    ),
    labelName: new RegExp(String.raw`\b(?:${choice(v.labelNameWords).replace(/ /g, String.raw`[\s-]`)})\b`, 'i'),
    boundHint: new RegExp(String.raw`\d|${choice(v.boundWords)}|\[`, 'i'),
  }
}

function synonymMap(vocabulary: Vocabulary): Map<string, HeadingTarget[]> {
  const map = new Map<string, HeadingTarget[]>()
  const add = (synonym: string, target: HeadingTarget) => {
    const key = normalizeTitle(synonym)
    const list = map.get(key) ?? []
    list.push(target)
    map.set(key, list)
  }
  for (const [stage, synonyms] of Object.entries(vocabulary.stageSynonyms) as Array<[Stage, string[]]>) {
    for (const synonym of synonyms) add(synonym, { stage })
  }
  for (const [part, synonyms] of Object.entries(vocabulary.partSynonyms) as Array<[Part, string[]]>) {
    for (const synonym of synonyms) add(synonym, { part })
  }
  return map
}

function cueMatchers(vocabulary: Vocabulary): Record<RequirementId, CueMatchers> {
  const result = {} as Record<RequirementId, CueMatchers>
  for (const [id, cue] of Object.entries(vocabulary.cues) as Array<[RequirementId, RequirementCue]>) {
    result[id] = {
      topic: cue.topic ? createTermMatcher(cue.topic) : undefined,
      sectionTopic: cue.topicInSection ? createTermMatcher(cue.topicInSection) : undefined,
      answer: cue.answer ? createTermMatcher(cue.answer) : undefined,
      none: cue.none ? createTermMatcher(cue.none) : undefined,
      not: cue.not ? createTermMatcher(cue.not) : undefined,
      sure: cue.sure ? createTermMatcher(cue.sure) : undefined,
      firm:
        cue.answer && cue.looseInSection
          ? createTermMatcher(cue.answer.filter((term) => !cue.looseInSection?.includes(term)))
          : undefined,
    }
  }
  return result
}

/** Compile a vocabulary (memoised per vocabulary value). */
export function compile(vocabulary: Vocabulary): Compiled {
  const cached = cache.get(vocabulary)
  if (cached) return cached

  const familyEntries: Array<readonly [string, FamilyHit]> = []
  for (const { terms, family, kind } of vocabulary.impliedFamilyTerms) {
    for (const term of terms) familyEntries.push([term, kind ? { family, kind } : { family }])
  }
  for (const [family, terms] of Object.entries(vocabulary.familyTerms) as Array<[Family, string[]]>) {
    for (const term of terms) familyEntries.push([term, { family }])
  }
  const paradigmEntries: Array<readonly [string, Paradigm]> = []
  for (const [paradigm, terms] of Object.entries(vocabulary.paradigmTerms) as Array<[Paradigm, string[]]>) {
    for (const term of terms) paradigmEntries.push([term, paradigm])
  }
  const metricEntries: Array<readonly [string, MetricEntry]> = []
  for (const entry of vocabulary.metrics) {
    for (const term of entry.terms) metricEntries.push([term, entry])
  }
  const contextual = new Map<string, Array<{ within: Stage; target: HeadingTarget }>>()
  for (const { synonym, within, target } of vocabulary.contextualSynonyms) {
    const key = normalizeTitle(synonym)
    const list = contextual.get(key) ?? []
    list.push({ within, target })
    contextual.set(key, list)
  }
  const terms = {} as Record<TermList, Matcher<true>>
  for (const name of termLists) terms[name] = createTermMatcher(vocabulary[name])

  const cues = cueMatchers(vocabulary)
  const metrics = createMatcher(metricEntries)
  const families = createMatcher(familyEntries)
  const paradigms = createMatcher(paradigmEntries)
  // Every term list looked for across a document in one scanner: the plain lists, the structured ones, the cues.
  const scanned = termLists.filter((name) => !shortTextTermLists.includes(name)).map((name) => terms[name])
  const matchers: Array<Matcher<unknown>> = [...scanned, metrics, families, paradigms]
  for (const cue of Object.values(cues)) for (const matcher of Object.values(cue)) if (matcher) matchers.push(matcher)
  const result: Compiled = {
    vocabulary,
    scanner: new Scanner(matchers),
    terms,
    headings: synonymMap(vocabulary),
    contextual,
    metrics,
    families,
    paradigms,
    placeholders: new Set(vocabulary.placeholderTerms.map(foldWords)),
    templateVerbs: new Set(vocabulary.templateVerbs),
    topicWords: new Set(vocabulary.topicWords.map(foldWords)),
    questionTitles: new Set(vocabulary.questionHeadings.map(normalizeTitle)),
    faqTitles: new Set(vocabulary.faqHeadings.map(normalizeTitle)),
    contrastHedges: new Set(vocabulary.contrastHedgeTerms),
    existingComponents: new Set(vocabulary.existingComponentTerms),
    notCounted: new Set(vocabulary.notCountedWords),
    countStopWords: new Set(vocabulary.countStopWords),
    metricKindLabels: vocabulary.metricKindLabels,
    liveMetricTitles: new Set(vocabulary.liveMetricTitles.map(normalizeTitle)),
    cues,
    cueDefinitions: vocabulary.cues,
    patterns: patterns(vocabulary),
  }
  cache.set(vocabulary, result)
  return result
}
