/**
 * Vocabulary compiled into matchers, once per vocabulary value (so once per
 * process for the built-in one).
 */
import { createMatcher, createTermMatcher, escapeRegExp, type Matcher, Scanner } from './matcher.js'
import { foldWords, normalizeTitle } from './normalize.js'
import type { RequirementCue, RequirementId } from './vocabulary/cues.js'
import type { ClassificationKind, Family, Paradigm } from './vocabulary/families.js'
import { familyFalseFriends, openOptionTerms, type Vocabulary } from './vocabulary/index.js'
import type { MetricEntry } from './vocabulary/metrics.js'
import type { HeadingTarget, Part, Stage } from './vocabulary/stages.js'

export interface FamilyHit {
  family: Family
  kind?: ClassificationKind
}

export interface CueMatchers {
  topic?: Matcher<true>
  answer?: Matcher<true>
  none?: Matcher<true>
}

export interface Compiled {
  /** Every term list of this vocabulary, matched in one pass over a document. */
  scanner: Scanner
  falseFriends: Matcher<true>
  openOptions: Matcher<true>
  headings: Map<string, HeadingTarget[]>
  contextual: Map<string, Array<{ within: Stage; target: HeadingTarget }>>
  metrics: Matcher<MetricEntry>
  families: Matcher<FamilyHit>
  paradigms: Matcher<Paradigm>
  hedges: Matcher<true>
  undecided: Matcher<true>
  negation: Matcher<true>
  placeholders: Set<string>
  templateVerbs: Set<string>
  topicWords: Set<string>
  cues: Record<RequirementId, CueMatchers>
  cueDefinitions: Record<RequirementId, RequirementCue>
  scale: RegExp
  dataSize: RegExp
  history: RegExp
  /** "Eighteen months of ...": a span of history whatever follows; it counts where the sentence is about data. */
  historySpan: RegExp
  fastDuration: RegExp
  slowDuration: RegExp
  latencyContext: Matcher<true>
  latencyWords: Matcher<true>
  /** A bound just before a duration: "within 30". */
  latencyBoundBefore: RegExp
  nonPrediction: Matcher<true>
  training: Matcher<true>
  predictionVerbs: Matcher<true>
  predictionModeWeak: Matcher<true>
  predictionContext: Matcher<true>
  notLatency: Matcher<true>
  predictionMode: Matcher<true>
  /** A count given per unit of time: "200k requests per second", "3M comments/day". */
  rate: RegExp
  /** What follows a count to make it a rate (tested at the end of a quantity). */
  rateTail: RegExp
  rateNonEntity: Matcher<true>
  /** A quantity's text that ends in a unit of data (`1.1M photos`). */
  dataUnitEnd: RegExp
  dataContext: Matcher<true>
  /** A bound just before a number: "more than 500". */
  boundBefore: RegExp
  /** A window just before a number: "the first 512", "up to 50". */
  windowBefore: RegExp
  filter: Matcher<true>
  direction: Matcher<true>
  measurableDirection: Matcher<true>
  businessNouns: Matcher<true>
  mlOnly: Matcher<true>
}

const cache = new WeakMap<Vocabulary, Compiled>()

// Not at a three-digit group right after a grouped number's first group when that group may start a match (`000`
// in ` 1,000,000`, not in `$1,000,000`): the match from the first group is the same, and skipping the groups after
// it keeps a long run of groups linear.
const groupStart = String.raw`(?!(?=\d{3}(?!\d))(?:(?<=[^\p{L}\p{N}.@$€£#]\d[,\u202f\u00a0])|(?<=[^\p{L}\p{N}.@$€£#]\d\d[,\u202f\u00a0])|(?<=[^\p{L}\p{N}.@$€£#]\d{3}[,\u202f\u00a0])))`
const number = String.raw`${groupStart}(?:\d{1,3}(?:[,\u202f\u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`
const multiplier = String.raw`(?:\s*(?:k|K|m|M|mm|MM|b|B|bn|Bn|thousand|million|billion|trillion|hundred|lakh|crore)\b)?`
const wordAmount = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|several|a few|many|hundreds of|tens of)\s+(?:thousand|million|billion)s?|(?:hundreds of thousands|tens of thousands|tens of millions|hundreds of millions|thousands|millions|billions))(?:\s+of)?`
const smallWords = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety|a few|several)`

function alternation(terms: string[]): string {
  return [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map((term) => escapeRegExp(term).replace(/\\\*$/, '[\\p{L}]*').replace(/\s+/g, '[\\s\\-]+'))
    .join('|')
}

// Horizontal white space: a quantity never spans two blocks.
const gap = String.raw`[^\S\n]`
// A word between a number and its unit ("daily active"), but not a time unit or a joining word ("72 h among users").
const filler = String.raw`(?!(?:among|from|for|to|in|on|at|by|per|with|than|of|h|hrs?|ms|s|mins?|secs?|days?|weeks?|months?|years?)(?![\p{L}]))[\p{L}][\p{L}\-/]*`

function quantityExpression(units: string[]): RegExp {
  // Up to two words between the number and its unit ("3.4M daily active creators"); a unit that
  // opens a compound ("40,000 query-product pairs") is not the unit.
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}.@])(?:${number}${multiplier}\+?|${wordAmount})(?:${gap}*|(?:${gap}+${filler}){1,2}${gap}+)(?:${alternation(units)})(?![\p{L}\p{N}]|[\-\u2010-\u2015]\p{L})`,
    'giu',
  )
}

const rateJoin = String.raw`(?:${gap}*\/${gap}*|${gap}+(?:per|a|an|each|every)${gap}+)`

function rateExpression(units: string[]): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}.@$€£])(?:${number}${multiplier}\+?|${wordAmount})(?:${gap}+${filler}){0,4}?${rateJoin}(?:${alternation(units)})(?![\p{L}\p{N}])`,
    'giu',
  )
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
  for (const [id, cue] of Object.entries(vocabulary.cues) as Array<
    [RequirementId, Vocabulary['cues'][RequirementId]]
  >) {
    result[id] = {
      topic: cue.topic ? createTermMatcher(cue.topic) : undefined,
      answer: cue.answer ? createTermMatcher(cue.answer) : undefined,
      none: cue.none ? createTermMatcher(cue.none) : undefined,
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

  const compiled: Omit<Compiled, 'scanner'> = {
    falseFriends: createTermMatcher(familyFalseFriends),
    openOptions: createTermMatcher(openOptionTerms),
    headings: synonymMap(vocabulary),
    contextual,
    metrics: createMatcher(metricEntries),
    families: createMatcher(familyEntries),
    paradigms: createMatcher(paradigmEntries),
    hedges: createTermMatcher(vocabulary.optionHedgeTerms),
    undecided: createTermMatcher(vocabulary.undecidedTerms),
    negation: createTermMatcher(vocabulary.negationTerms),
    placeholders: new Set(vocabulary.placeholderTerms.map(foldWords)),
    templateVerbs: new Set(vocabulary.templateVerbs),
    topicWords: new Set(vocabulary.topicWords.map(foldWords)),
    cues: cueMatchers(vocabulary),
    cueDefinitions: vocabulary.cues,
    scale: quantityExpression(vocabulary.scaleUnits),
    dataSize: quantityExpression(vocabulary.dataUnits),
    history: new RegExp(
      String.raw`(?<![\p{L}\p{N}.])(?:${number}|${smallWords})\+?\s*(?:${alternation(vocabulary.historyUnits)})\s+of\s+(?:[\p{L}\-]+\s+){0,2}?(?:${alternation(vocabulary.historyNouns)})(?![\p{L}\p{N}])`,
      'giu',
    ),
    historySpan: new RegExp(
      String.raw`(?<![\p{L}\p{N}.])(?:${number}|${smallWords})\+?${gap}*(?:${alternation(vocabulary.historyUnits)})${gap}+of${gap}+[\p{L}]+`,
      'giu',
    ),
    fastDuration: new RegExp(
      String.raw`(?<![\p{L}\p{N}.])${number}\s*(?:${alternation(vocabulary.fastTimeUnits)})(?![\p{L}\p{N}])|\bsub-?(?:second|millisecond)\b|\b(?:under|within|below|less than)\s+(?:a|one)\s+second\b`,
      'giu',
    ),
    slowDuration: new RegExp(
      String.raw`(?<![\p{L}\p{N}.])${number}\s*(?:${alternation(vocabulary.slowTimeUnits)})(?![\p{L}\p{N}])`,
      'giu',
    ),
    latencyContext: createTermMatcher(vocabulary.latencyContext),
    latencyWords: createTermMatcher(vocabulary.latencyWords),
    nonPrediction: createTermMatcher(vocabulary.nonPredictionTerms),
    training: createTermMatcher(vocabulary.trainingTerms),
    predictionVerbs: createTermMatcher(vocabulary.predictionVerbs),
    latencyBoundBefore: new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${alternation(vocabulary.latencyBounds)}|[<≤])${gap}*(?:[~≈]${gap}*)?$`,
      'iu',
    ),
    predictionModeWeak: createTermMatcher(vocabulary.predictionModeWeakTerms),
    predictionContext: createTermMatcher(vocabulary.predictionContext),
    notLatency: createTermMatcher(vocabulary.notLatencyTerms),
    predictionMode: createTermMatcher(vocabulary.predictionModeTerms),
    rate: rateExpression(vocabulary.rateUnits),
    rateTail: new RegExp(
      String.raw`^(?:${rateJoin}(?:${alternation(vocabulary.rateUnits)})|${gap}+(?:daily|weekly|monthly|nightly|hourly))(?![\p{L}\p{N}])`,
      'iu',
    ),
    rateNonEntity: createTermMatcher(vocabulary.rateNonEntities),
    dataUnitEnd: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(vocabulary.dataUnits)})$`, 'iu'),
    dataContext: createTermMatcher(vocabulary.dataContextTerms),
    boundBefore: new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${alternation(vocabulary.boundTerms)}|[<>≥≤])${gap}*(?:[~≈]${gap}*)?$`,
      'iu',
    ),
    filter: createTermMatcher(vocabulary.filterTerms),
    windowBefore: new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${alternation(vocabulary.windowTerms)})${gap}*(?:[~≈]${gap}*)?$`,
      'iu',
    ),
    direction: createTermMatcher(vocabulary.directionTerms),
    measurableDirection: createTermMatcher(vocabulary.measurableDirectionTerms),
    businessNouns: createTermMatcher(vocabulary.businessNouns),
    mlOnly: createTermMatcher(vocabulary.mlOnlyTerms),
  }
  const matchers: Array<Matcher<unknown>> = []
  const collect = (value: unknown) => {
    if (value && typeof value === 'object' && 'entries' in value && 'all' in value)
      matchers.push(value as Matcher<unknown>)
  }
  for (const value of Object.values(compiled)) collect(value)
  for (const cue of Object.values(compiled.cues)) for (const value of Object.values(cue)) collect(value)
  const result: Compiled = { ...compiled, scanner: new Scanner(matchers) }
  cache.set(vocabulary, result)
  return result
}
