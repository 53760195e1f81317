/**
 * Vocabulary in another language than English, as a pack of additions: each
 * field adds words to the English list of the same name, so every pass reads
 * them without knowing the language. A requirement's `topic` and `answer`
 * words may only be added where the English cue has them (an absent list
 * means "any sentence", and adding words to it would narrow the cue).
 */
import type { RequirementCue, RequirementId } from './cues.js'
import type { ClassificationKind, Family, Paradigm } from './families.js'
import type { MetricEntry } from './metrics.js'
import type { HeadingTarget, Part, Stage } from './stages.js'

type CueWords = Pick<RequirementCue, 'topic' | 'answer' | 'none' | 'not' | 'sure'>

export interface LanguagePack {
  /** The language's name, for error messages. */
  name: string
  stageSynonyms?: Partial<Record<Stage, string[]>>
  partSynonyms?: Partial<Record<Part, string[]>>
  contextualSynonyms?: Array<{ synonym: string; within: Stage; target: HeadingTarget }>
  /** Words added to a requirement's cue lists. */
  cues?: Partial<Record<RequirementId, CueWords>>
  /** Spellings added to a metric, by its English name (`'recall': ['полнота']`). */
  metricTerms?: Record<string, string[]>
  familyTerms?: Partial<Record<Family, string[]>>
  /** Words that name a classification with its kind (`'binary': ['бинарная классификация']`). */
  kindTerms?: Partial<Record<ClassificationKind, string[]>>
  paradigmTerms?: Partial<Record<Paradigm, string[]>>
  /** Words added to any other plain word list, by its name. */
  words?: Record<string, string[]>
}

/** The lists a pack adds to. */
export interface PackTarget {
  stageSynonyms: Record<Stage, string[]>
  partSynonyms: Record<Part, string[]>
  contextualSynonyms: Array<{ synonym: string; within: Stage; target: HeadingTarget }>
  cues: Record<RequirementId, RequirementCue>
  metrics: MetricEntry[]
  familyTerms: Record<Family, string[]>
  impliedFamilyTerms: Array<{ terms: string[]; family: Family; kind?: ClassificationKind }>
  paradigmTerms: Record<Paradigm, string[]>
}

function merged<K extends string>(record: Record<K, string[]>, extra: Partial<Record<K, string[]>> = {}) {
  const result = { ...record }
  for (const [key, words] of Object.entries(extra) as Array<[K, string[]]>) result[key] = [...record[key], ...words]
  return result
}

/** A vocabulary with a language pack's words added; throws when the pack names a list or entry that does not exist. */
export function withLanguage<V extends PackTarget>(vocabulary: V, pack: LanguagePack): V {
  const fail = (what: string) => {
    throw new Error(`The ${pack.name} vocabulary adds to ${what}, which the English vocabulary does not have`)
  }
  const result: V = {
    ...vocabulary,
    stageSynonyms: merged(vocabulary.stageSynonyms, pack.stageSynonyms),
    partSynonyms: merged(vocabulary.partSynonyms, pack.partSynonyms),
    contextualSynonyms: [...vocabulary.contextualSynonyms, ...(pack.contextualSynonyms ?? [])],
    familyTerms: merged(vocabulary.familyTerms, pack.familyTerms),
    impliedFamilyTerms: [
      ...vocabulary.impliedFamilyTerms,
      ...(Object.entries(pack.kindTerms ?? {}) as Array<[ClassificationKind, string[]]>).map(([kind, terms]) => ({
        family: 'classification' as const,
        kind,
        terms,
      })),
    ],
    paradigmTerms: merged(vocabulary.paradigmTerms, pack.paradigmTerms),
  }
  const cues = { ...vocabulary.cues }
  for (const [id, words] of Object.entries(pack.cues ?? {}) as Array<[RequirementId, CueWords]>) {
    const cue = cues[id]
    if (!cue) fail(`the requirement \`${id}\``)
    const next: RequirementCue = { ...cue }
    for (const field of ['topic', 'answer', 'none', 'not', 'sure'] as const) {
      const extra = words[field]
      if (!extra) continue
      if ((field === 'topic' || field === 'answer') && !cue[field]) fail(`\`${id}\`'s ${field} words`)
      next[field] = [...(cue[field] ?? []), ...extra]
    }
    cues[id] = next
  }
  result.cues = cues
  if (pack.metricTerms) {
    const names = new Set(vocabulary.metrics.map((entry) => entry.name))
    for (const name of Object.keys(pack.metricTerms)) if (!names.has(name)) fail(`the metric \`${name}\``)
    result.metrics = vocabulary.metrics.map((entry) =>
      pack.metricTerms?.[entry.name] ? { ...entry, terms: [...entry.terms, ...pack.metricTerms[entry.name]] } : entry,
    )
  }
  for (const [name, words] of Object.entries(pack.words ?? {})) {
    const list = (vocabulary as unknown as Record<string, unknown>)[name]
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) fail(`the word list \`${name}\``)
    ;(result as unknown as Record<string, string[]>)[name] = [...(list as string[]), ...words]
  }
  return result
}

function joined<K extends string>(a: Partial<Record<K, string[]>> = {}, b: Partial<Record<K, string[]>> = {}) {
  const result: Partial<Record<K, string[]>> = { ...a }
  for (const [key, words] of Object.entries(b) as Array<[K, string[]]>) result[key] = [...(result[key] ?? []), ...words]
  return result
}

/** One pack from several parts of one language (headings, each stage's cues): their words side by side. */
export function combinePacks(name: string, parts: Array<Omit<LanguagePack, 'name'>>): LanguagePack {
  const pack: LanguagePack = { name }
  for (const part of parts) {
    pack.stageSynonyms = joined(pack.stageSynonyms, part.stageSynonyms)
    pack.partSynonyms = joined(pack.partSynonyms, part.partSynonyms)
    pack.contextualSynonyms = [...(pack.contextualSynonyms ?? []), ...(part.contextualSynonyms ?? [])]
    pack.metricTerms = joined(pack.metricTerms, part.metricTerms) as Record<string, string[]>
    pack.familyTerms = joined(pack.familyTerms, part.familyTerms)
    pack.kindTerms = joined(pack.kindTerms, part.kindTerms)
    pack.paradigmTerms = joined(pack.paradigmTerms, part.paradigmTerms)
    pack.words = joined(pack.words, part.words) as Record<string, string[]>
    const cues = { ...pack.cues }
    for (const [id, words] of Object.entries(part.cues ?? {}) as Array<[RequirementId, CueWords]>) {
      cues[id] = joined(
        cues[id] as Partial<Record<keyof CueWords, string[]>>,
        words as Partial<Record<keyof CueWords, string[]>>,
      ) as CueWords
    }
    pack.cues = cues
  }
  return pack
}
