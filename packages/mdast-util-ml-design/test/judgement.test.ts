/**
 * The judgement model: its features are a pure function of the unit, the
 * gate only narrows (or, in a home section, widens) the cues' evidence, and
 * the shipped weights stay small.
 */
import { statSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  featuresOf,
  fnv1a,
  type LinearModel,
  score,
  sentenceFeatures,
  structureOf,
  thresholds,
  useWeights,
  words,
} from '../src/judgement/index.js'
import { weights } from '../src/judgement/weights.js'
import { read } from './read.js'

const doc = [
  '# Churn',
  '',
  '## Business objective',
  '',
  'Cut monthly churn on the premium plan from 3.1% to 2.7% by the end of the year.',
  '',
  'ML objective: predict, for each subscriber, the probability of churning in the next 30 days.',
  '',
  '## Options we considered',
  '',
  '- Should we use a survival model?',
  '',
].join('\n')

describe('features', () => {
  it('hashes with FNV-1a into 2^18 buckets', () => {
    // FNV-1a of "a" is 0xe40c292c; its low 18 bits:
    expect(fnv1a('a')).toBe(0xe40c292c & ((1 << 18) - 1))
  })

  it('are sorted, without repeats, and the same on every call', () => {
    const first = featuresOf('Cut churn by 5% this year.', ['list item'])
    expect(first).toEqual(featuresOf('Cut churn by 5% this year.', ['list item']))
    expect(first).toEqual([...new Set(first)].sort((a, b) => a - b))
    expect(featuresOf('Cut churn by 5% this year.', [])).not.toEqual(first)
  })

  it('are the hashes of the feature strings the weights were trained on (computed without building them)', () => {
    // The spelled-out definition: each feature is FNV-1a of its kind's prefix and its text.
    const spelled = (text: string, flags: string[]) => {
      const tokens = words(text)
      const folded = ` ${tokens.join(' ')} `
      const strings = [
        ...tokens.map((word) => `w ${word}`),
        ...tokens.slice(1).map((word, index) => `b ${tokens[index]} ${word}`),
        ...Array.from({ length: Math.max(folded.length - 2, 0) }, (_, at) => `c ${folded.slice(at, at + 3)}`),
        ...Array.from({ length: Math.max(folded.length - 3, 0) }, (_, at) => `c ${folded.slice(at, at + 4)}`),
        ...flags.map((flag) => `s ${flag}`),
        's bias',
      ]
      return [...new Set(strings.map(fnv1a))].sort((a, b) => a - b)
    }
    for (const text of ['Cut churn by 5% this year.', 'Ünïcödé — p95 ≤ 80 ms; café’s 2nd try', '', 'a']) {
      expect(featuresOf(text, ['list item', 'stage data'])).toEqual(spelled(text, ['list item', 'stage data']))
    }
  })

  it('fold digits and case in words', () => {
    expect(words('Cut P95 latency to 80ms')).toEqual(['cut', 'p00', 'latency', 'to', '00ms'])
  })

  it('read the structure: scope, question mark, modal verb, options heading', () => {
    const reading = read(doc)
    const question = reading.sentences.findIndex((sentence) => reading.textOf(sentence).startsWith('Should'))
    expect(structureOf(reading, question)).toEqual(
      expect.arrayContaining(['list item', 'question mark', 'modal', 'options heading']),
    )
    const goal = reading.sentences.findIndex((sentence) => reading.textOf(sentence).startsWith('Cut'))
    expect(structureOf(reading, goal)).toEqual(expect.arrayContaining(['part business-objective', 'digit']))
    expect(sentenceFeatures(reading, goal)).toEqual(sentenceFeatures(read(doc), goal))
  })
})

describe('the gate', () => {
  it("keeps the cues' evidence with `cues`, and judges it with `model`", () => {
    const reading = read(doc)
    const cues = reading.evidence('business-objective').map((item) => item.sentence)
    expect(reading.decisions('business-objective')).toEqual([])
    reading.judgement = 'model'
    const judged = reading.evidence('business-objective').map((item) => item.sentence)
    const decisions = reading.decisions('business-objective')
    expect(decisions.length).toBeGreaterThan(0)
    for (const decision of decisions) {
      expect(decision.answer).toBeGreaterThanOrEqual(0)
      expect(decision.answer).toBeLessThanOrEqual(1)
      expect(judged.includes(decision.sentence)).toBe(decision.accepted)
      if (decision.via !== 'model') expect(cues).toContain(decision.sentence)
    }
    // The business goal with its target counts either way.
    const goal = reading.sentences.findIndex((sentence) => reading.textOf(sentence).startsWith('Cut'))
    expect(cues).toContain(goal)
    expect(judged).toContain(goal)
    reading.judgement = 'cues'
    expect(reading.evidence('business-objective').map((item) => item.sentence)).toEqual(cues)
  })

  it('leaves requirements without a model to the cues', () => {
    const reading = read(doc)
    const cues = reading.evidence('measure-verb')
    reading.judgement = 'model'
    expect(reading.evidence('measure-verb')).toEqual(cues)
    expect(reading.decisions('measure-verb')).toEqual([])
  })

  it('scores with the shipped weights, and knows no made-up model', () => {
    expect(score('no-such-part', [1, 2, 3])).toBeUndefined()
    const probability = score('commitment', featuresOf('We serve the model in batch every night.', []))
    expect(probability).toBeGreaterThan(0)
    expect(probability).toBeLessThan(1)
  })
})

describe("a cue's `sure` phrases", () => {
  afterEach(() => useWeights(undefined))

  it('count whatever the model scores, and other units stay refused', () => {
    // A baseline model sure that nothing answers (bias -6, p = 0.002).
    useWeights({ ...weights, models: { ...weights.models, baseline: { bias: -6, index: [], value: [] } } })
    const reading = read(
      '# T\n\n## Evaluation\n\nThe new ranker is A/B tested against the old model.\n\nThe baseline is a popularity sort.\n',
    )
    reading.judgement = 'model'
    const texts = reading.evidence('baseline').map((item) => reading.textOf(reading.sentences[item.sentence]))
    expect(texts).toEqual(['The new ranker is A/B tested against the old model.'])
  })

  it('do not answer where no model running today is compared against', () => {
    useWeights({ ...weights, models: { ...weights.models, baseline: { bias: -6, index: [], value: [] } } })
    const reading = read(
      '# T\n\n## Evaluation\n\nThe old model is retired once the new ranker ships.\n\nIncoming forms are validated against the old schema.\n\nLabels are checked against the existing annotations.\n\nThe service is load-tested vs the current traffic peak.\n',
    )
    reading.judgement = 'model'
    expect(reading.evidence('baseline')).toEqual([])
    // What runs today, named after the comparison, still is the baseline.
    const today = read('# T\n\n## Evaluation\n\nOnline: interleaving against the current search for 2 weeks.\n')
    today.judgement = 'model'
    expect(today.evidence('baseline')).toHaveLength(1)
  })
})

describe('`either`: the model only adds', () => {
  afterEach(() => useWeights(undefined))
  // Models that score every unit alike, whatever its words: sure it answers (bias 6, p = 0.998) or sure it does not.
  const constant = (bias: number): LinearModel => ({ bias, index: [], value: [] })
  const sure = (part: string, bias: number) =>
    useWeights({ ...weights, models: { ...weights.models, [part]: constant(bias), commitment: constant(6) } })
  const sentences = (
    reading: ReturnType<typeof read>,
    id: 'outliers' | 'constraints' | 'missing-data' | 'online-evaluation',
  ) => reading.evidence(id).map((item) => reading.textOf(reading.sentences[item.sentence]))

  /** A document of one titled section holding one line. */
  const oneSection = (title: string, heading: string, line: string) =>
    [`# ${title}`, '', `## ${heading}`, '', line, ''].join('\n')

  // A limit in words no constraint cue holds, in notes outside any section of the part.
  const notes = oneSection('Hourly garage prices', 'Notes', 'Every price must be shown on the entrance board.')

  it('counts a unit outside any section of the part (an answer in the notes), where `cues` finds nothing', () => {
    sure('constraint', 6)
    const reading = read(notes)
    expect(reading.evidence('constraints')).toEqual([])
    reading.judgement = 'either'
    expect(sentences(reading, 'constraints')).toEqual(['Every price must be shown on the entrance board.'])
    expect(reading.decisions('constraints')).toEqual([expect.objectContaining({ via: 'model', accepted: true })])
    // `model` adds only from the requirement's home section, and this document has none.
    reading.judgement = 'model'
    expect(reading.evidence('constraints')).toEqual([])
  })

  it('adds an online evaluation only where its paragraph sets two live groups side by side', () => {
    sure('online-evaluation', 6)
    const past = read(
      oneSection(
        'Artwork choice',
        'Evaluation',
        'Online, we compare take rate per impression before and after the launch.',
      ),
    )
    past.judgement = 'either'
    expect(sentences(past, 'online-evaluation')).toEqual([])
    // The groups may stand in the next sentence of the paragraph, as the evaluation pass reads an `Online,` paragraph.
    const live = read(
      oneSection(
        'Artwork choice',
        'Evaluation',
        'Online, we watch take rate per impression for three weeks. Half of the titles get the new artwork.',
      ),
    )
    expect(live.evidence('online-evaluation')).toEqual([])
    live.judgement = 'either'
    expect(sentences(live, 'online-evaluation')).toContain('Online, we watch take rate per impression for three weeks.')
  })

  it('adds nothing the model is unsure of (below `thresholds.either`), and the threshold decides', () => {
    sure('constraint', 2) // p = 0.88, under the shipped 0.9
    const reading = read(notes)
    reading.judgement = 'either'
    expect(reading.evidence('constraints')).toEqual([])
    expect(reading.decisions('constraints')).toEqual([])
    const shipped = thresholds.either
    thresholds.either = 0.85
    try {
      const lower = read(notes)
      lower.judgement = 'either'
      expect(sentences(lower, 'constraints')).toHaveLength(1)
    } finally {
      thresholds.either = shipped
    }
  })

  it('adds only where a cue could count a sentence: committed, decided, not an aside, not about something else', () => {
    sure('constraint', 6)
    const reading = read(
      [
        '# Hourly garage prices',
        '',
        '## Survey of the field',
        '',
        'Other cities cap changes at one per day.',
        '',
        '## Design',
        '',
        '- Price limit options:',
        '  - one change per garage per hour',
        '  - one change per garage per day',
        '- Shown on the board',
        '  - pros: drivers see it',
        '  - cons: boards cost money',
        '- Must it change more than hourly?',
        '- Cap: TBD',
        '- The city must be cheap.',
        '',
        '## Constraints',
        '',
        '- Latency: every request is answered in 50 ms.',
        '',
        '## Non-goals',
        '',
        'Prices are never changed by hand.',
        '',
        '## Notes',
        '',
        'Every price must be shown on the entrance board.',
        '',
      ].join('\n'),
    )
    expect(reading.evidence('constraints')).toEqual([])
    reading.judgement = 'either'
    // Not the survey, the options nobody chose, the weighed item and its pros and cons, the question, the
    // placeholder, "must be cheap" (a cue's `not` phrase), the latency's own label inside `Constraints` or the non-goal.
    expect(sentences(reading, 'constraints')).toEqual(['Every price must be shown on the entrance board.'])
  })

  // An outlier treatment in words no list holds, in the requirement's home section.
  const unlisted = oneSection(
    'Card fraud',
    'Outliers',
    'Purchases past ten thousand dollars are folded into the top amount bucket before training.',
  )

  it('adds no unit without the answer its cue asks even in its own section (`answerInSection`)', () => {
    sure('outliers', 6)
    const reading = read(unlisted)
    expect(reading.evidence('outliers')).toEqual([])
    reading.judgement = 'either'
    expect(reading.evidence('outliers')).toEqual([])
    // Refused before it is scored: the model is not asked.
    expect(reading.decisions('outliers')).toEqual([])
  })

  it('adds a unit with the answer where no topic word put it on the topic', () => {
    sure('missing-data', 6)
    const reading = read(oneSection('Card fraud', 'Notes', 'Income the applicant skipped is replaced with the median.'))
    expect(reading.evidence('missing-data')).toEqual([])
    reading.judgement = 'either'
    expect(sentences(reading, 'missing-data')).toEqual(['Income the applicant skipped is replaced with the median.'])
  })

  // A treatment the word lists know.
  const listed = oneSection(
    'Card fraud',
    'Outliers',
    'We clip transaction amounts at the 99.9th percentile before training.',
  )

  it('keeps every unit a word list picked, even one the model would refuse', () => {
    sure('outliers', -6)
    const reading = read(listed)
    const cues = sentences(reading, 'outliers')
    expect(cues).toContain('We clip transaction amounts at the 99.9th percentile before training.')
    reading.judgement = 'model'
    expect(reading.evidence('outliers')).toEqual([])
    expect(reading.decisions('outliers').every((decision) => !decision.accepted)).toBe(true)
    reading.judgement = 'either'
    expect(sentences(reading, 'outliers')).toEqual(cues)
    // Where the word lists found a unit, the model is not asked at all.
    expect(reading.decisions('outliers')).toEqual([])
  })
})

describe('`both`: the model only refuses', () => {
  afterEach(() => useWeights(undefined))
  const constant = (bias: number): LinearModel => ({ bias, index: [], value: [] })
  const sure = (part: string, bias: number) =>
    useWeights({ ...weights, models: { ...weights.models, [part]: constant(bias), commitment: constant(6) } })
  const sentences = (reading: ReturnType<typeof read>) =>
    reading.evidence('outliers').map((item) => reading.textOf(reading.sentences[item.sentence]))
  const outliers = (line: string) => ['# Card fraud', '', '## Outliers', '', line, ''].join('\n')
  // A treatment the word lists know, and one in words no list holds, each in the requirement's home section.
  const listed = outliers('We clip transaction amounts at the 99.9th percentile before training.')
  const unlisted = outliers(
    'Purchases past ten thousand dollars are folded into the top amount bucket before training.',
  )

  it("refuses a word list's unit the model scores below `thresholds.answer`, as `model` does", () => {
    sure('outliers', -6) // p = 0.002
    const reading = read(listed)
    expect(sentences(reading)).toContain('We clip transaction amounts at the 99.9th percentile before training.')
    reading.judgement = 'both'
    expect(reading.evidence('outliers')).toEqual([])
    const decisions = reading.decisions('outliers')
    expect(decisions).toHaveLength(1)
    expect(decisions[0]).toMatchObject({ accepted: false })
    expect(decisions[0].answer).toBeLessThan(thresholds.answer)
    reading.judgement = 'model'
    expect(reading.evidence('outliers')).toEqual([])
  })

  it("keeps a word list's unit the model accepts, and only those", () => {
    sure('outliers', 0) // p = 0.5
    const reading = read(listed)
    const cues = reading.evidence('outliers')
    reading.judgement = 'both'
    expect(reading.evidence('outliers')).toEqual(cues)
    expect(reading.decisions('outliers').map((decision) => decision.accepted)).toEqual([true])
  })

  it('adds nothing, where `model` adds a unit of the home section no word list picked', () => {
    sure('outliers', 6) // p = 0.998 for every sentence, past the home threshold
    const reading = read(unlisted)
    expect(reading.evidence('outliers')).toEqual([])
    reading.judgement = 'model'
    expect(sentences(reading)).toEqual([
      'Purchases past ten thousand dollars are folded into the top amount bucket before training.',
    ])
    expect(reading.decisions('outliers')).toEqual([expect.objectContaining({ via: 'model', accepted: true })])
    reading.judgement = 'both'
    expect(reading.evidence('outliers')).toEqual([])
    // The model is not asked where the word lists picked nothing.
    expect(reading.decisions('outliers')).toEqual([])
  })
})

describe('the shipped weights', () => {
  it('are at most 1 MiB', () => {
    expect(statSync(new URL('../src/judgement/weights.ts', import.meta.url)).size).toBeLessThanOrEqual(1024 * 1024)
  })
})
