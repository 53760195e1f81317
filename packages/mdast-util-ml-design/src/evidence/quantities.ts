/** Quantities with units: scale, data size, history, and durations fast and slow. */
import type { DesignDocument } from '../document/document.js'
import { within } from '../document/ranges.js'
import type { Range } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import { execAt } from '../match/matcher.js'
import { byteSize, countTuple, execAll, largeCount, quantityStarts, ratioBefore, slashTeam } from '../match/numbers.js'
import { dataContext } from './data-context.js'
import {
  blankTexNumbers,
  countsLoad,
  dataQualified,
  durationInput,
  exampleBefore,
  ordinalBefore,
  perEntity,
  recordedSpan,
  recordedSpanAfter,
  recordedSpanBefore,
  scaleWithoutNumber,
  spanWindowBefore,
  startsAtQuantity,
  yearCount,
  yearRange,
} from './quantity-shapes.js'
import { countAnswers, countExpressions } from './questions.js'
import type { Scope } from './scope.js'
import type { QuantityKind, QuantityMention } from './types.js'

/** A closed range of years in one match (`yearRange` without its global flag, for `test`). */
const yearSpan = new RegExp(yearRange.source, 'u')

export class Quantities {
  readonly #cache = new Map<QuantityKind, QuantityMention[]>()
  readonly #sentences = new Map<QuantityKind, Set<number>>()
  /** Each expression's matches, found once (several kinds read the same expression). */
  readonly #matches = new Map<RegExp, QuantityMention[]>()

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
    readonly scope: Scope,
  ) {}

  /**
   * Quantities of one kind, outside headings, prompts and placeholders:
   *
   * * `scale`: counts of what is served or predicted for (`45M active cards`) and rates
   *   (`18,000 checks a day`), but not counts of data to learn or test from
   *   (`40,000 held-out photos`);
   * * `data-size`: counts of data (`1.1M labelled photos`), but not traffic rates
   *   (`3M new comments/day`) unless the sentence is about data, nor what a scale
   *   statement gives;
   * * `history` (`90 days of logs`), `fast-duration` (`80 ms`), `slow-duration` (`2 s`).
   *
   * Neither scale nor data size counts a normaliser (`per 1,000 sessions`) or a filter's
   * threshold (`accounts with more than 500 queries an hour are removed`); scale counts
   * nothing in a survey, an option nobody chose or a pros/cons list (`cons: 3 lines to 3
   * pages`). (The data there is, described beside the options, is still the data.)
   */
  of(kind: QuantityKind): QuantityMention[] {
    const cached = this.#cache.get(kind)
    if (cached) return cached
    const { document } = this
    const { terms, patterns } = this.compiled
    const expression = {
      scale: patterns.scale,
      'data-size': patterns.dataSize,
      history: patterns.history,
      'fast-duration': patterns.fastDuration,
      'slow-duration': patterns.slowDuration,
    }[kind]
    let result = [...this.#match(expression, false)]
    if (kind === 'fast-duration' || kind === 'slow-duration') {
      // "25 ms windows", "3 seconds of caller speech": a length of input, not a time to answer.
      const input = durationInput(this.compiled)
      result = result.filter((item) => !input.test(document.prose.slice(item.end, item.end + 32)))
    }
    const before = (item: QuantityMention) => document.prose.slice(document.sentences[item.sentence].start, item.start)
    if (kind === 'history') {
      // "Four years of billing, usage and CRM records", "история продаж за 3 года": history in a sentence about data.
      const [dataSentences, dataRanges] = [document.sentencesMentioning(terms.dataContextTerms), document.dataRanges()]
      const periods = this.#match(patterns.anySpan, false).filter((s) => patterns.historySpanBefore.test(before(s)))
      for (const item of [...this.#match(patterns.historySpan, false), ...periods]) {
        if (result.some((found) => found.start === item.start)) continue
        if (dataSentences.has(item.sentence) || dataRanges.some((range) => within(range, item.start))) result.push(item)
      }
      // "ban decisions for 2 yrs", "nine seasons": under a `Data available` heading or label, a plain `Data` one or
      // a question about the data, a span is history, and so is a closed range of years ("sale records, 2019 – 2025").
      const availability = [...document.partRanges('data-availability'), ...dataContext(document, this.compiled).ranges]
      // A row or label filed as online (`| online | 10% owner experiment vs the rest, 4 weeks |`) is the live test:
      // its span is how long the test runs, even in a `data` column.
      const online = document.statements.filter((statement) => statement.kind === 'online')
      for (const item of [...this.#match(patterns.anySpan, false), ...this.#match(yearRange, false)]) {
        if (result.some((found) => found.start < item.end && item.start < found.end)) continue
        if (online.some((statement) => within(statement, item.start))) continue
        // "lag: 2-6 weeks", "every 6 months": a delay or a cadence, not the history there is.
        if (patterns.windowBefore.test(before(item)) || recordedSpanBefore.test(before(item))) continue
        if (recordedSpanAfter.test(document.prose.slice(item.end, item.end + 24))) continue
        if (availability.some((range) => within(range, item.start))) result.push(item)
      }
      // "300 h of consented meetings", "~5,600 ring nights": recorded time is an amount of the data there.
      for (const item of this.#match(recordedSpan, false)) {
        if (result.some((found) => found.start < item.end && item.start < found.end)) continue
        const text = before(item)
        const after = document.prose.slice(item.end, item.end + 24)
        if (patterns.windowBefore.test(text) || recordedSpanBefore.test(text) || recordedSpanAfter.test(after)) continue
        if (patterns.rateTail.test(after)) continue
        if (availability.some((range) => within(range, item.start))) result.push(item)
      }
      // No history: "defaults within 6 months", "≥ 7 months old" (an outcome's window); "retrain on the last 6 months"
      // (training's); "the 2024 season" (a year names a period; a range spans them); "MVP сделаем за 3 месяца" (a job).
      const uses = document.sentencesMentioning(terms.windowUseTerms)
      result = result
        .filter(
          (item) =>
            !(yearCount.test(item.text) && !yearSpan.test(item.text)) &&
            !spanWindowBefore.test(before(item)) &&
            !patterns.jobSpanBefore.test(before(item)) &&
            !(patterns.windowBefore.test(before(item)) && uses.has(item.sentence)),
        )
        .sort((a, b) => a.start - b.start)
    }
    if (kind === 'scale' || kind === 'data-size') {
      if (kind === 'scale') {
        // Rates of anything ("5 per second", "35k reads per second") and units before their number ("DAU 500
        // million"), merged with the unit matches.
        const merged: QuantityMention[] = []
        // Copies: merging marks rates on them, and the matches are shared.
        for (const item of [
          ...result,
          ...this.#match(patterns.rate, true),
          ...this.#match(patterns.scaleUnitFirst, false),
          ...this.#answeredCounts(),
        ]
          .map((found) => ({ ...found }))
          .sort((a, b) => a.start - b.start || b.end - a.end)) {
          const last = merged[merged.length - 1]
          if (last && item.start < last.end) {
            last.rate = last.rate || item.rate
            continue
          }
          merged.push(item)
        }
        result = merged
      }
      const dataSentences = document.sentencesMentioning(terms.dataContextTerms)
      const filterSentences = document.sentencesMentioning(terms.filterTerms)
      const trainingSentences = document.sentencesMentioning(terms.trainingTerms)
      const stores = document.sentencesMentioning(terms.servedStoreTerms)
      const transforms = this.compiled.cues['feature-transforms'].topic
      const transformSentences = transforms ? document.sentencesMentioning(transforms) : new Set<number>()
      const scaleRanges = document.partContent('scale')
      const dataRanges = document.dataRanges()
      const described = dataContext(document, this.compiled).ranges
      result = result.filter((item) => {
        const text = before(item)
        if (/\bper\s*$/i.test(text) || ratioBefore.test(text)) return false
        if (patterns.boundBefore.test(text) && filterSentences.has(item.sentence)) return false
        const aboutData = dataSentences.has(item.sentence)
        if (kind === 'scale') {
          // "200 held-out requests", "410 labelled users": data to learn or test from, whatever its unit.
          if (dataQualified.test(item.text)) return false
          // "Retrain when agents publish 200+ new articles" is a trigger; "one-hot over 8 regions" a feature's size.
          if (!item.rate && (trainingSentences.has(item.sentence) || transformSentences.has(item.sentence)))
            return false
          // "the first 120 pages" is a window of one input; "contracts over 200 pages" under `Outliers` a threshold.
          if (!item.rate && patterns.itemWindowBefore.test(text)) return false
          if (item.rate && aboutData && patterns.dataGrowthBefore.test(text)) return false
          if (!item.rate && this.#notServed(item)) return false
          // Where the data is described as such (`## Data`, `- What data do we have?`), a count is of the data
          // (`1.9M completed loads`, `~6.5M requests`), not of what is served; a rate may still be load.
          if (!item.rate && described.some((range) => within(range, item.start))) return false
          if (patterns.boundBefore.test(text) && document.sentenceScope(item.sentence).parts.includes('outliers'))
            return false
          return !(patterns.dataUnitEnd.test(item.text) && !item.rate && aboutData)
        }
        if (item.rate && !aboutData) return false
        if (patterns.windowBefore.test(text) || exampleBefore.test(text)) return false
        // "the 2025 random-hour test": a year, not a count.
        if (yearCount.test(item.text)) return false
        // The bytes of an index or of embeddings (`2 TB of raw vectors`) are what the system stores to serve.
        if (byteSize.test(item.text) && stores.has(item.sentence) && !trainingSentences.has(item.sentence)) return false
        if (scaleRanges.some((range) => within(range, item.start))) return false
        // A parameter of a feature (`prior strength = 200 impressions`) is no amount of data, unless said to be.
        if (!aboutData && this.#definitionRanges().definitions.some((range) => within(range, item.start))) return false
        // Elsewhere (`the model binary must stay under 4 MB`, `the first 512 tokens`) a size is not of data, unless
        // its unit counts only data (`18 months of txns in the ledger, ~410M rows`).
        return (
          aboutData ||
          dataRanges.some((range) => within(range, item.start)) ||
          described.some((range) => within(range, item.start)) ||
          patterns.dataOnlyUnitEnd.test(item.text)
        )
      })
      // Where the document's own size slot is left open (`- size: TBD`, `How much? — count not pulled yet`), a count
      // elsewhere is of something else (a test set, one option's annotations), unless its unit counts only data.
      const open = kind === 'data-size' && this.#sizeLeftOpen()
      // Where the document's own scale slot says it without a number (`- **Scale.** large; every council service`),
      // a count elsewhere that is no rate and no unit of load (`a T&S team of 25`, `to check 2k more calls`) is of
      // something else: the author gave the scale there, and it has no number.
      const vague = kind === 'scale' && scaleWithoutNumber(document)
      result = [...result, ...this.#countsOfAnything(kind, result)]
        .filter((item) => kind === 'data-size' || this.scope.commits(document.sentences[item.sentence]))
        .filter((item) => !open || patterns.dataOnlyUnitEnd.test(item.text))
        .filter(
          (item) =>
            !vague || item.rate === true || countsLoad(item.text, this.compiled.vocabulary.scaleUnitsBeforeNumber),
        )
        .sort((a, b) => a.start - b.start)
    }
    this.#cache.set(kind, result)
    return result
  }

  /**
   * Whether the document leaves its own slot for the data's size open: a label or question that names the size
   * (`sizeSlotLabels`: `- size: TBD`, `<b>How many:</b> ?`, `- How much? — count not pulled yet`) where the data is
   * described, whose value is a placeholder or undecided (a question, in the sentence after it in its block).
   */
  #sizeLeftOpen(): boolean {
    const { document, compiled } = this
    const slot = compiled.patterns.sizeSlot
    // The scan finds the sentences that mention a slot's words; the expression asks whether one opens with them.
    return [...document.sentencesMentioning(compiled.terms.sizeSlotLabels)].some((index) => {
      const sentence = document.sentences[index]
      if (sentence.heading || !slot.test(document.textOf(sentence).trim())) return false
      const { stages, parts } = document.sentenceScope(index)
      if (!stages.includes('data') && !parts.includes('data-availability')) return false
      if (sentence.placeholder || sentence.undecided) return true
      const next = document.sentences[index + 1]
      return (
        sentence.prompt && next !== undefined && next.block === sentence.block && (next.placeholder || next.undecided)
      )
    })
  }

  /**
   * Whether a count that is no rate is not what the system serves: a size per entity (`~400 candidates per
   * customer`, `max 2 products per category`), a hardware or size figure (`2 GB RAM phones`), a unit of data
   * inside the data sections (`Size: 52,000 leaf photos`), or a count in a feature or input definition (`one-hot
   * over 8 regions`).
   */
  #notServed(item: QuantityMention): boolean {
    const { document, compiled } = this
    // Under a `Scale` or `Volume` heading or label the author says what the count is: `~14k applications per intake`.
    if (
      perEntity(compiled).test(document.prose.slice(item.end, item.end + 40)) &&
      !document.partContent('scale').some((range) => within(range, item.start))
    )
      return true
    // The first word after the number and its multiplier: `2 GB RAM phones` counts gigabytes, not phones.
    const words = item.text.toLowerCase().match(/[\p{L}]+/gu) ?? []
    const first = compiled.vocabulary.countMultipliers.includes(words[0] ?? '') ? words[1] : words[0]
    if (first && compiled.notCounted.has(first)) return true
    const ranges = this.#definitionRanges()
    if (ranges.definitions.some((range) => within(range, item.start))) return true
    return compiled.patterns.dataUnitEnd.test(item.text) && ranges.data.some((range) => within(range, item.start))
  }

  #definitions?: { data: Range[]; definitions: Range[] }

  /** The data sections, and where features and the model's input are defined. */
  #definitionRanges(): { data: Range[]; definitions: Range[] } {
    this.#definitions ??= {
      data: this.document.dataRanges(),
      definitions: (['feature-engineering', 'input-output', 'input'] as const).flatMap((part) =>
        this.document.partRanges(part),
      ),
    }
    return this.#definitions
  }

  /**
   * Scale given as the answer to a question that asks how many (`- How many daily active users? (~300M)`, or the
   * number nested under it): the question carries the unit, the answer the value (a question that carries a value
   * gives it). A question about the data (`How many labelled queries?`) is left to the data size.
   */
  #answeredCounts(): QuantityMention[] {
    const { document, compiled } = this
    const { question, value } = countExpressions(compiled)
    const aboutData = document.sentencesMentioning(compiled.terms.dataContextTerms)
    const result: QuantityMention[] = []
    for (const sentence of document.sentences) {
      if (sentence.heading || aboutData.has(sentence.index)) continue
      const text = document.textOf(sentence)
      if (!text.endsWith('?') || !question.test(text)) continue
      for (const answer of countAnswers(document, sentence, value)) {
        if (answer.placeholder) continue
        const digits = /\d[\d,.]*(?:\s*[\p{L}]+)?/u.exec(document.prose.slice(answer.start, answer.end))
        if (!digits) continue
        const start = answer.start + digits.index
        result.push({ start, end: start + digits[0].length, text: digits[0], sentence: answer.index, rate: false })
      }
    }
    return result
  }

  /** The sentences holding a quantity of a kind (a set, for lookups per sentence). */
  sentencesWith(kind: QuantityKind): Set<number> {
    let found = this.#sentences.get(kind)
    if (!found) {
      found = new Set(this.of(kind).map((item) => item.sentence))
      this.#sentences.set(kind, found)
    }
    return found
  }

  /**
   * Counts of whatever a document's domain counts (`4,700 charging sites`, `118,000
   * field-seasons`, `2.3M historical headlines`) where the heading, label or sentence says
   * what is counted: scale under a `Scale` heading or label; data size under a `Data
   * available` one, or in a sentence about data outside the design stages.
   */
  #countsOfAnything(kind: 'scale' | 'data-size', found: QuantityMention[]): QuantityMention[] {
    const { document, compiled } = this
    const { patterns } = compiled
    const ranges = document.partRanges(kind === 'scale' ? 'scale' : 'data-availability')
    // Under a plain `Data` heading or label, or answering a question about the data, only a large count is a size,
    // and no count is scale (a `Volume` column of the data table counts the data).
    const context = dataContext(document, compiled).ranges
    const dataSentences = document.sentencesMentioning(compiled.terms.dataContextTerms)
    const scaleRanges = kind === 'data-size' ? document.partRanges('scale') : []
    const result: QuantityMention[] = []
    // What the unit lists already read (`50M DAU` is scale, `90 days of logs` history) is not read again.
    // Where the data is described, a count the scale units read (`~900M read events`) is of the data.
    const known = [...found, ...this.of('history')]
    const scaleUnits = this.#match(patterns.scale, false)
    const overlaps = (item: QuantityMention, others: QuantityMention[]) =>
      others.some((other) => other.start < item.end && item.start < other.end)
    const skipped = (word: string) => compiled.notCounted.has(word) || compiled.notCounted.has(word.replace(/s$/, ''))
    for (const item of this.#match(patterns.anyCount, false)) {
      const inContext = context.some((range) => within(range, item.start))
      if (overlaps(item, known) || (!(kind === 'data-size' && inContext) && overlaps(item, scaleUnits))) continue
      const text = item.text.replace(countTuple, ' ')
      const words = text.toLowerCase().match(/[\p{L}][\p{L}-]*/gu) ?? []
      // `~400k trials with a known outcome`: the count ends before a word that ends no count; so cut, only a large
      // count stands (`the 5 findings in the report` counts nothing).
      const cut = words.length > 1 && compiled.countStopWords.has(words[words.length - 1])
      if (cut) words.pop()
      const large = largeCount(text, compiled.vocabulary.countMultipliers)
      if (cut && !large) continue
      const noun = words[words.length - 1] ?? ''
      if (words.some(skipped) || compiled.countStopWords.has(noun)) continue
      if (slashTeam(document.prose.slice(item.end, item.end + 40))) continue
      const sentence = document.sentences[item.sentence]
      const before = document.prose.slice(sentence.start, item.start)
      if (
        /\bper\s*$/i.test(before) ||
        ratioBefore.test(before) ||
        yearCount.test(item.text) ||
        patterns.itemWindowBefore.test(before) ||
        patterns.boundBefore.test(before) ||
        ordinalBefore.test(before) ||
        (kind === 'data-size' && exampleBefore.test(before))
      )
        continue
      // A rate is load, not data ("180k signups/day").
      if (kind === 'data-size' && patterns.rateTail.test(document.prose.slice(item.end, item.end + 24))) continue
      if (kind === 'scale' && inContext) continue
      if ((ranges.some((range) => within(range, item.start)) && (kind === 'scale' || large)) || (inContext && large)) {
        result.push(item)
        continue
      }
      if (kind === 'scale') {
        // `62,000 connected units in 4 countries` in the context or requirements: a large count of what the system
        // serves, not of data (no data word in the sentence, no data section, no training).
        if (large && !dataSentences.has(item.sentence) && this.#servedInRequirements(item)) result.push(item)
        continue
      }
      if (!dataSentences.has(item.sentence)) continue
      if (scaleRanges.some((range) => within(range, item.start))) continue
      const stages = document.sentenceScope(item.sentence).stages
      if (stages.every((stage) => stage === 'requirements')) result.push(item)
    }
    return result
  }

  /**
   * Whether a count stands where the requirements are stated and nothing says it is data: a sentence of the
   * requirements stage alone, outside the data's own sections and labels, in no training sentence and no history.
   */
  #servedInRequirements(item: QuantityMention): boolean {
    const { document, compiled } = this
    const { stages, parts } = document.sentenceScope(item.sentence)
    if (stages.length === 0 || stages.some((stage) => stage !== 'requirements')) return false
    if (parts.includes('data-availability')) return false
    if (document.sentencesMentioning(compiled.terms.trainingTerms).has(item.sentence)) return false
    if (this.sentencesWith('history').has(item.sentence)) return false
    return !dataContext(document, compiled).ranges.some((range) => within(range, item.start))
  }

  #match(expression: RegExp, rates: boolean): QuantityMention[] {
    let found = this.#matches.get(expression)
    if (!found) {
      found = this.#matchAll(expression, rates)
      this.#matches.set(expression, found)
    }
    return found
  }

  #prose?: string

  #matchAll(expression: RegExp, rates: boolean): QuantityMention[] {
    const { document, compiled } = this
    this.#prose ??= blankTexNumbers(document.prose)
    const prose = this.#prose
    const result: QuantityMention[] = []
    for (const match of this.#exec(expression, prose)) {
      const sentence = document.sentenceAt(match.index)
      const found = sentence >= 0 ? document.sentences[sentence] : undefined
      if (found && !found.prompt && !found.placeholder && !found.heading) {
        const text = match[0]
        const end = match.index + text.length
        // "2 hours a day", "3 times a week" count no entities (asked of rates only, before the join and unit: `в месяц`).
        const counted = () => text.replace(compiled.patterns.rateEnd, '')
        if (!rates || !compiled.terms.rateNonEntities.test(counted())) {
          result.push({
            start: match.index,
            end,
            text,
            sentence,
            rate: rates || compiled.patterns.rateTail.test(prose.slice(end, end + 24)),
          })
        }
      }
    }
    return result
  }

  #starts?: number[]

  /** An expression's matches: tried only where a quantity may start when it is one that starts so (`execAt`). */
  #exec(expression: RegExp, prose: string): RegExpExecArray[] {
    if (!startsAtQuantity(this.compiled.patterns).has(expression)) return execAll(expression, prose)
    this.#starts ??= quantityStarts(prose, this.compiled.patterns.quantityStarts)
    return execAt(expression, prose, this.#starts)
  }
}
