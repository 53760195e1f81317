/**
 * Where a document describes the data the model learns from, beyond a section or label that names data
 * availability: people write the data's source, labels and size under a plain `Data` heading of the data stage
 * (`## Data`, `3.1 Data`, `Get the data`), under a bare `- Data` or `**Data.**` label, nested under a list label with
 * nothing after its colon (`- Data size:` then `- roughly 50 PB`), or as the answer nested under a clarifying
 * question about the data (`- What data do we have?` then `- 2 yrs of resolved tickets`). A size there is the data's.
 * There the place says what a sentence is about: a source needs no data noun of its own, and a span or a count of
 * whatever the domain counts is an amount of the data.
 */
import type { DesignDocument } from '../document/document.js'
import type { Range, Section } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { Stage } from '../vocabulary/stages.js'
import { nestedUnder, questionAnswers } from './questions.js'

/** A title that names the data as such (`Data`, `Get the data`, `Data & features`, `Datasets`, `Данные`). */
const dataTitle = /(?:^|[^\p{L}])(?:data|datasets?|данные|данных|датасеты?)(?![\p{L}])/iu

/** A title about working on the data rather than the data there is (`Data preparation`, `Data quality`). */
const workTitle =
  /(?:^|[^\p{L}])(?:prep|preparation|processing|preprocessing|pipelines?|cleaning|engineering|quality|splits?|splitting|augmentation|transformations?|validation|drift|governance|flow|подготовк\p{L}*|обработк\p{L}*|предобработк\p{L}*|очистк\p{L}*|качеств\p{L}*|разбиени\p{L}*|аугментаци\p{L}*|пайплайн\p{L}*|дрейф\p{L}*)(?![\p{L}])/iu

/**
 * A bare label that names the data as such: `Data`, `The data`, `Training data`, `Dataset`, `Data size`; as a
 * question also its labels or history (`- Labels?` then `- 1.9M past verifications with the analyst outcome`).
 */
const dataLabel =
  /^(?:(?:the |our |training )?(?:data|datasets?)(?: size| volume)?|(?:обучающие )?(?:данные|датасет)|(?:объ[её]м|размер) (?:данных|датасета))$/iu
const dataQuestionLabel = /^(?:the |our )?(?:labels?|labell?ed data|history|historical data)$/i

/** Stages whose sections describe the system built on the data, not the data there is. */
const laterStages: readonly Stage[] = ['model', 'evaluation', 'deployment', 'monitoring']

/** The ranges that describe the data: all of them, and those that answer a question about it. */
export interface DataContext {
  ranges: Range[]
  answers: Range[]
}

const cache = new WeakMap<DesignDocument, DataContext>()

/**
 * The ranges that describe the data as such (see the module comment), in no particular order. A section counts
 * when its title names the data, it names no part of its own (`Missing data` is a part) and it stands in no later
 * stage, and it is not about working on the data (`Data preparation`); a sub-section that names no part counts
 * under one that does. Computed once per document.
 */
export function dataContext(document: DesignDocument, compiled: Compiled): DataContext {
  const cached = cache.get(document)
  if (cached) return cached
  const result: Range[] = []
  const answers: Range[] = []
  const counted = new Set<number>()
  const plain = (section: Section) =>
    section.parts.length === 0 && !section.title && !section.inStages.some((stage) => laterStages.includes(stage))
  for (const section of document.sections) {
    if (!plain(section)) continue
    if ((dataTitle.test(section.normalized) && !workTitle.test(section.normalized)) || counted.has(section.parent)) {
      counted.add(section.index)
      result.push(document.ownContent(section))
    }
  }
  for (const statement of document.statements) {
    if (statement.parts.length > 0 || statement.source === 'front-matter') continue
    // From the label on: the first sentence of `- **Data.** referral ledger ...` starts inside the label's markup.
    if (dataLabel.test(statement.label.replace(/[^\p{L}\s]+/gu, ' ').trim()))
      result.push({ start: Math.min(statement.labelRange.start, statement.start), end: statement.end })
  }
  // `- What data do we have?` over nested answers: the answers describe the data.
  answers.push(...questionAnswers(document, document.sentencesMentioning(compiled.terms.dataQuestionTerms)))
  // `- Data?`, `- Training data?`: a question that is only the data's name.
  const bare = (index: number) =>
    document
      .textOf(document.sentences[index])
      .replace(/[^\p{L}\s]+/gu, ' ')
      .trim()
  const mentions = [...document.sentencesMentioning(compiled.terms.dataContextTerms)]
  const bares = mentions.map(bare)
  const named = mentions.filter((_index, at) => dataLabel.test(bares[at]))
  answers.push(...questionAnswers(document, named))
  // `- Labels?`, `- History?`: a question that is only the name of the labels or the history.
  answers.push(
    ...questionAnswers(
      document,
      mentions.filter((_index, at) => dataQuestionLabel.test(bares[at])),
    ),
  )
  // `- Data size:` over nested bullets: a list label with nothing after its colon describes the data nested under it.
  for (const index of named) {
    const sentence = document.sentences[index]
    if (!/:\s*$/.test(document.textOf(sentence))) continue
    const nested = nestedUnder(document.source, sentence)
    if (nested) answers.push(nested)
  }
  const context = { ranges: [...result, ...answers], answers }
  cache.set(document, context)
  return context
}
