/**
 * Reader tests for what the model is asked to do: the task families and
 * paradigms committed to, the category choice, metric words as features,
 * notation.
 */
import { describe, expect, it } from 'vitest'
import { notationParts } from '../src/evidence/io.js'
import { read, readUnderTitle } from './read.js'

const familiesOf = (value: string) => [...readUnderTitle(value).familySet].sort()

/** The families committed to, each with its classification kind: `classification:binary`. */
const familyKinds = (text: string) =>
  readUnderTitle(text).families.map((mention) => `${mention.family}:${mention.kind ?? ''}`)

describe('task families', () => {
  it('leaves out a family word under the model input and where data is prepared or watched', () => {
    expect(
      familiesOf(
        '## Framing\n\n- Binary classification: p(buys the upgrade | offer)\n- Input: route, price ratio, load forecast\n\n' +
          '## Data\n\n- load forecast missing on ~2% of departures, filled with the route median\n\n' +
          '## Monitoring\n\n- input drift: load forecast distribution',
      ),
    ).toEqual(['classification'])
  })

  it('leaves out a model that fills gaps under a `Data pre-processing` label, hyphen and all', () => {
    const notes =
      '- Model: we predict the customer lifetime value, a regression\n- Data Pre-processing\n' +
      '  - Handle missing values: drop a field that is half empty. Otherwise build a classifier and use the field as its target.'
    expect(familiesOf(notes)).toEqual(['regression'])
  })

  it('keeps a family word that predicts or measures there', () => {
    expect(familiesOf('## Data\n\nWe forecast the occupancy of each garage for the next six hours.')).toEqual([
      'forecasting',
      'regression',
    ])
    expect(familiesOf('## Monitoring\n\n- forecast error of yesterday’s occupancy, reported daily')).toEqual([
      'forecasting',
      'regression',
    ])
  })

  it('commits to no family in a table row marked rejected', () => {
    const table =
      '## Options\n\n| option | status |\n|---|---|\n| pretrained DNA language model + head | rejected |\n| supervised regression on screens | chosen |'
    expect(familiesOf(table)).toEqual(['regression'])
  })

  it('keeps the family of a chosen row whose other cell drops something', () => {
    const table =
      '## Options\n\n| option | cleaning | status |\n|---|---|---|\n| XGBoost classifier | rows with nulls dropped | chosen |'
    expect(familiesOf(table)).toContain('classification')
  })
})

describe('a component trained as a binary classifier', () => {
  it('reads a binary cross-entropy loss or two relevance labels as binary classification, per label as multi-label', () => {
    const kinds = (text: string) =>
      readUnderTitle(text).families.map((mention) => `${mention.family}${mention.kind ? `:${mention.kind}` : ''}`)
    expect(kinds('## Model\n\nThe reranker is trained with binary cross-entropy.')).toContain('classification:binary')
    expect(kinds('## Model\n\nEach pair is labelled relevant or not relevant.')).toContain('classification:binary')
    expect(kinds('## Model\n\nA binary cross-entropy per tag.')).toEqual(['classification:multi-label'])
    // Trained listwise, a reranker is no classifier.
    expect(kinds('## Model\n\nThe reranker is trained with a listwise softmax loss.')).not.toContain(
      'classification:binary',
    )
  })

  it('reads a binary cross-entropy in a multi-label task as the loss of each label, no binary classifier', () => {
    const kinds = (text: string) =>
      readUnderTitle(text).families.map((mention) => `${mention.family}${mention.kind ? `:${mention.kind}` : ''}`)
    const tags = '## Framing\n\nEach recipe can carry several tags (vegan, quick, spicy).\n\n## Model\n\n'
    expect(kinds(`${tags}A small transformer trained with binary cross-entropy.`)).toEqual([
      'classification:multi-label',
    ])
    expect(kinds('## Model\n\nA multi-label tagger, trained with BCE loss on the labelled recipes.')).toEqual([
      'classification:multi-label',
    ])
    // Without a multi-label task it still names a binary classifier.
    expect(kinds('## Model\n\nA small transformer trained with binary cross-entropy.')).toContain(
      'classification:binary',
    )
  })
})

describe('metric words', () => {
  it('reads a metric word under the model input as a feature, and a rate after `recall at 1` as an operating point', () => {
    const reading = readUnderTitle(
      '## Framing\n\n- Inputs\n  - per player: rating, last-20 win rate, ping\n- Offline: recall at 1 false hold / 200 payments',
    )
    const used = reading.metrics.filter((mention) => reading.usesMetric(mention)).map((m) => m.metric.name)
    expect(used).toEqual(['recall'])
  })
})

describe('arrow notation', () => {
  it('reads a labelled signature and a pair scored as a probability, not a note’s step', () => {
    expect(notationParts('retrieval: (question) → top 8 chunks')).toEqual({ input: true, output: true })
    expect(notationParts('pair (invoice A, invoice B) → P(duplicate)')).toEqual({ input: true, output: true })
    expect(notationParts('junk signups (test accounts) → filtered before training')).toEqual({
      input: false,
      output: false,
    })
  })
})

describe('families and paradigms', () => {
  it('reads an implied binary classification and a supervised paradigm from prose', () => {
    const reading = read(
      '# T\n\nWe predict whether a transaction is fraudulent; the model is trained on labelled chargebacks.\n',
    )
    expect(reading.families.map((mention) => [mention.family, mention.kind])).toContainEqual([
      'classification',
      'binary',
    ])
    expect(reading.paradigms.map((mention) => mention.paradigm)).toContain('supervised')
  })

  it('does not take an option under discussion or a rejected alternative as a choice', () => {
    const reading = read(
      '# T\n\nWe could frame this as regression or as ranking.\n\n## Alternatives considered\n\nClustering.\n',
    )
    expect(reading.families).toEqual([])
  })

  it('reads a horizon as forecasting only in a sentence that predicts', () => {
    const family = (text: string) => readUnderTitle(text).families.map((mention) => mention.family)
    expect(family('We predict the units each store sells 7 days ahead.')).toContain('forecasting')
    expect(family('The metric is the share of failures alerted 14 to 60 days ahead.')).toEqual([])
    expect(family('Requests made 300+ days ahead are removed as staff tests.')).toEqual([])
  })

  it('reads ranking in a pointwise score that sorts candidates', () => {
    const family = (text: string) => readUnderTitle(text).families.map((mention) => mention.family)
    expect(family('A pointwise binary classifier; we sort candidates by it and the top one plays.')).toContain(
      'ranking',
    )
    expect(family('A pointwise binary classifier flags each video.')).not.toContain('ranking')
  })

  it('does not take a family word denied just before it', () => {
    const family = (text: string) => readUnderTitle(text).families.map((mention) => mention.family)
    expect(family('We rank with a listwise LambdaMART ranker, not a per-item classifier.')).not.toContain(
      'classification',
    )
    expect(family('A per-item classifier scores each book.')).toContain('classification')
  })

  it('does not take a software regression guarded against as the regression task', () => {
    const family = (text: string) => readUnderTitle(text).families.map((mention) => mention.family)
    expect(family('Judged queries serve as evaluation gates and regression control.')).toEqual([])
    expect(family('- Add regression gates and quality report templates.')).toEqual([])
    expect(family('A regression model predicts the dwell time of each result.')).toContain('regression')
  })

  it('reads the kind of a classifier from the classes listed after it', () => {
    const kinds = (text: string) => readUnderTitle(text).families.map((mention) => mention.kind)
    expect(kinds('A weakly supervised classifier for Info/Trans/Nav intents.')).toEqual(['multi-class'])
    expect(kinds('We classify each message as spam/ham.')).toEqual(['binary'])
    expect(kinds('A classifier for each query, retrained weekly.')).toEqual([undefined])
  })

  it('reads "one of" the classes as a multi-class choice, and no other "one of the"', () => {
    expect(familyKinds('Each ticket is assigned to one of the 12 categories.')).toEqual(['classification:multi-class'])
    expect(familyKinds('The model picks one of the classes for each photo.')).toEqual(['classification:multi-class'])
    expect(familyKinds('- Action: one of the active banners')).toEqual([])
    expect(familyKinds('Teams hand over a model in one of the supported formats.')).toEqual([])
  })

  it('does not take a family word that describes a feature as the task', () => {
    const family = (text: string) => readUnderTitle(text).families.map((mention) => mention.family)
    expect(
      family('## Feature schema\n\n| feature | description |\n|---|---|\n| `city_type` | urban classification |'),
    ).toEqual([])
    expect(family('## Framing\n\nA binary classification of each order as late or on time.')).toContain(
      'classification',
    )
  })

  it('does not take a paradigm from the reasons for one approach, or from build-or-buy left open', () => {
    const paradigm = (text: string) => readUnderTitle(text).paradigms.map((mention) => mention.paradigm)
    expect(
      paradigm('1. Pointwise LTR\n   - Why this approach:\n     - It becomes a supervised learning problem.'),
    ).toEqual([])
    expect(paradigm('- Develop or integrate an off-the-shelf 3-class sentiment classifier.')).toEqual([])
    expect(paradigm('- Integrate an off-the-shelf 3-class sentiment classifier.')).toEqual(['pretrained'])
  })

  it('reads the probability of one event written as notation as a binary classification, not a ranking score', () => {
    expect(familyKinds('- model: xgb, p(relist in 30 d | discount email)')).toEqual(['classification:binary'])
    expect(familyKinds('- output: P(fraud) per payment')).toEqual(['classification:binary'])
    expect(familyKinds('- rank tutors for a request by P(trial booked within 14 days)')).toEqual([])
    expect(familyKinds('- choose the send hour that maximises P(lesson started within 2 h)')).toEqual([])
    expect(familyKinds('- the p-value of the test, p(0.05)')).toEqual([])
  })
})

describe('onlyForecasts', () => {
  it('holds for a document that forecasts and nothing else, not for one that also classifies', () => {
    const forecast = read(
      '# Demand\n\n## Model\n\nWe forecast daily orders per store 14 days ahead with a gradient-boosted model.\n',
    )
    expect(forecast.onlyForecasts).toBe(true)
    const mixed = read(
      '# Demand\n\n## Model\n\nWe forecast daily orders per store 14 days ahead, and a binary classifier flags stores likely to run out.\n',
    )
    expect(mixed.onlyForecasts).toBe(false)
  })
})

describe('onlyRegresses', () => {
  it('holds for a document that regresses or forecasts and nothing else, not for one that also classifies', () => {
    const regression = read(
      '# Dwell\n\n## Model\n\nA regression model predicts the hours a parcel stays in its locker.\n',
    )
    expect(regression.onlyRegresses).toBe(true)
    expect(regression.onlyForecasts).toBe(false)
    const mixed = read(
      '# Dwell\n\n## Model\n\nA regression model predicts the hours, and a binary classifier flags parcels never collected.\n',
    )
    expect(mixed.onlyRegresses).toBe(false)
    expect(read('# Dwell\n\n## Notes\n\nNothing about the task yet.\n').onlyRegresses).toBe(false)
  })
})

describe('categoryChoice', () => {
  /** The chosen families, the options, and the texts the missing kind and range point at. */
  function choice(text: string) {
    const { families, options, unkinded, unranged } = readUnderTitle(text).categoryChoice()
    return {
      families: [...new Set(families.map((mention) => mention.family))],
      options: [...new Set(options.map((mention) => mention.family))],
      unkinded: unkinded?.text,
      unranged: unranged?.text,
    }
  }

  it('points at a classification named without its kind and a regression named without its range', () => {
    expect(choice('## Framing\n\nA classifier routes each ticket; a regression gives the handling time.')).toEqual({
      families: ['classification', 'regression'],
      options: [],
      unkinded: 'classifier',
      unranged: 'regression',
    })
  })

  it('leaves both out once the kind and the range are stated', () => {
    expect(
      choice(
        '## Framing\n\nA multi-class classifier routes each ticket; a regression gives the handling time, 1 to 90 minutes.',
      ),
    ).toEqual({ families: ['classification', 'regression'], options: [], unkinded: undefined, unranged: undefined })
  })
})
