/** How data preparation is read: outliers set aside beyond a bound, missing values given a stand-in (issue 13, round 3). */
import { describe, expect, it } from 'vitest'
import {
  resamplesHeldOutOnly,
  writesAbsentField,
  writesClassShare,
  writesDataShortage,
  writesSignedBound,
  writesStandIn,
} from '../src/evidence/phrases.js'
import { read } from './read.js'

/** The texts of the sentences that answer a requirement in a document. */
function answering(id: Parameters<ReturnType<typeof read>['evidence']>[0], value: string): string[] {
  const reading = read(value)
  return reading.evidence(id).map((item) => reading.textOf(reading.sentences[item.sentence]))
}

describe('bounds written with a sign', () => {
  it('reads a lower bound before a number or a plus after a count', () => {
    expect(writesSignedBound('scripted clients (> 50 home opens/day)')).toBe(true)
    expect(writesSignedBound('sessions >= 3 h')).toBe(true)
    expect(writesSignedBound('readings ≥ 400')).toBe(true)
    expect(writesSignedBound('wafers with &gt; 95% fails')).toBe(true)
    expect(writesSignedBound('agency accounts (60+ shifts a week)')).toBe(true)
  })

  it('reads no arrow, formula, sum or upper bound as one', () => {
    expect(writesSignedBound('new threads -> 0 is fine')).toBe(false)
    expect(writesSignedBound('new threads => 0 is fine')).toBe(false)
    expect(writesSignedBound('prior removals log(1+x)')).toBe(false)
    expect(writesSignedBound('3 + 4 days')).toBe(false)
    expect(writesSignedBound('meetings < 5 min')).toBe(false)
  })

  it('takes records beyond a signed bound that are set aside as a cut-off, not those under one', () => {
    const doc =
      '# T\n\n## Data\n\n- scripted clients (> 50 opens a day) excluded from training\n- meetings < 5 min are dropped\n'
    expect(answering('outlier-cutoff', doc)).toEqual(['scripted clients (> 50 opens a day) excluded from training'])
  })

  it('does not end a sentence at the `;` of an HTML entity', () => {
    const reading = read('# T\n\n<ul>\n<li>wafers with &gt; 95% fails → removed from training</li>\n</ul>\n')
    const texts = reading.sentences.map((sentence) => reading.textOf(sentence))
    expect(texts).toContain('wafers with &gt; 95% fails → removed from training')
    expect(
      answering('outlier-cutoff', '# T\n\n<ul>\n<li>wafers with &gt; 95% fails → removed from training</li>\n</ul>\n'),
    ).toHaveLength(1)
  })
})

describe('outliers in other words', () => {
  it('reads spikes replaced by an interpolated value as handled', () => {
    expect(
      answering('outliers', '# T\n\nSpikes from meter resets are replaced by the interpolated value.\n'),
    ).toHaveLength(1)
  })

  it('does not read clipping as a physical limit as a treatment', () => {
    expect(answering('outliers', '# T\n\n- DC/AC ratio (inverter clipping limits power at midday)\n')).toEqual([])
    expect(answering('outliers', '# T\n\nWe clip order values above the 99.9th percentile.\n')).toHaveLength(1)
  })
})

describe('cut-offs in words and label noise', () => {
  it('reads a small number in words as a cut-off, and keeping the first part as truncating', () => {
    const doc = '# T\n\nTitles longer than twelve words are a pasted description; we keep the first twelve tokens.\n'
    expect(answering('outlier-cutoff', doc)).toHaveLength(1)
    expect(answering('outlier-cutoff', '# T\n\nTitles longer than a few words are common.\n')).toEqual([])
  })

  it('does not read weak or noisy labels kept apart as outlier handling', () => {
    expect(answering('outliers', '# T\n\nWeak labels are kept as a separate noisy set for pre-training.\n')).toEqual([])
    expect(answering('outliers', '# T\n\nNoisy GPS pings are dropped before the join.\n')).toHaveLength(1)
  })
})

describe('missing values given a stand-in', () => {
  it('reads a literal after an arrow, `=` or an assigning verb as a stand-in', () => {
    expect(writesStandIn('emails have no ride status → "no_ride" value')).toBe(true)
    expect(writesStandIn('new threads have no reply velocity yet -> 0 is fine')).toBe(true)
    expect(writesStandIn('room tags empty, `quiz_done = 0`')).toBe(true)
    expect(writesStandIn('about 5% have no domain tag, and they get the `general` tag')).toBe(true)
  })

  it('reads no share, comparison or pointer as one', () => {
    expect(writesStandIn('missing ride status → 2% of emails')).toBe(false)
    expect(writesStandIn('sessions >= 3 are kept')).toBe(false)
    expect(writesStandIn('n = 1,200 rows have no address')).toBe(false)
    expect(writesStandIn('no signal → -1 sentinel')).toBe(true)
    expect(writesStandIn('missing values: see `docs/data.md`')).toBe(false)
  })

  it('takes a stand-in under a missing-values label as the answer, not a share', () => {
    expect(
      answering('missing-data', '# T\n\n## Data\n\n- Missing: emails have no ride status → "no_ride" value\n'),
    ).toHaveLength(1)
    expect(answering('missing-data', '# T\n\n## Missing values\n\nMissing ride status → 2% of emails.\n')).toEqual([])
  })
})

describe('records that lack a field', () => {
  it('reads without, w/o, with no and lacking before a field as a missing value', () => {
    expect(writesAbsentField('pages without an effective date -> treated as current')).toBe(true)
    expect(writesAbsentField('lectures w/o slides → transcript only')).toBe(true)
    expect(writesAbsentField('POIs with no opening hours are flagged')).toBe(true)
    expect(writesAbsentField('titles lacking a seniority word')).toBe(true)
  })

  it('reads no outcome that did not happen and no action left undone as one', () => {
    expect(writesAbsentField('a 25% cut in handle time with no drop in CSAT')).toBe(false)
    expect(writesAbsentField('recall up 15% without precision loss')).toBe(false)
    expect(writesAbsentField('click = 1, shown without click = 0')).toBe(false)
    expect(writesAbsentField('agents send w/o reading → CSAT drop')).toBe(false)
    expect(writesAbsentField('shorten review time without adding reviewer load')).toBe(false)
  })

  it('answers with a record lacking a field and an answer word in one sentence, not with either alone', () => {
    expect(answering('missing-data', '# T\n\n## Data\n\n- POIs with no opening hours are flagged\n')).toHaveLength(1)
    expect(answering('missing-data', '# T\n\n## Data\n\n- POIs with no opening hours\n')).toEqual([])
    expect(answering('missing-data', '# T\n\n## Data\n\n- duplicate POIs are dropped\n')).toEqual([])
    expect(answering('missing-data', '# T\n\n## Data\n\n- bookings with no drop in CSAT are dropped\n')).toEqual([])
  })
})

describe('class imbalance', () => {
  it('reads a ratio answered in the next sentence of its paragraph, not a sentence about something else', () => {
    const ratio = '# T\n\nAccepted vs rejected is roughly 69/31, a mild imbalance.'
    expect(answering('class-imbalance', `${ratio} We don't resample; we check calibration instead.\n`)).toHaveLength(1)
    expect(answering('class-imbalance', `${ratio} Training runs nightly.\n`)).toEqual([])
  })

  it('reads a note that opens with "balance" as the class balance, not the word inside a sentence', () => {
    const note = '# T\n\n- balance: 71% of first tries are correct; mild, no resampling\n'
    expect(answering('class-imbalance', note)).toHaveLength(1)
    const passing = '# T\n\n- losses we eat once the balance goes negative; no resampling\n'
    expect(answering('class-imbalance', passing)).toEqual([])
  })

  it('does not read a remedy for the evaluation data as handling', () => {
    expect(
      answering('class-imbalance', '# T\n\nWe oversample urgent tickets in the validation set for stable estimates.\n'),
    ).toEqual([])
    expect(answering('class-imbalance', '# T\n\nWe oversample urgent tickets in training.\n')).toHaveLength(1)
  })

  it('reads what a resampling acts on: held-out data in its clause, near it, with no joint between', () => {
    expect(resamplesHeldOutOnly('when building the validation set we oversample the rare classes')).toBe(true)
    expect(resamplesHeldOutOnly('For the evaluation month we oversample fraud orders with SMOTE')).toBe(true)
    expect(resamplesHeldOutOnly('validation set oversampled to 20% positives so PR curves are stable')).toBe(true)
    expect(resamplesHeldOutOnly('For the validation set only, irrelevant pairs are upsampled to 50%')).toBe(true)
    // The model's own data, another clause, another verb, or a threshold tuned on the validation set.
    expect(resamplesHeldOutOnly('we oversample the rare classes in training and in the validation set')).toBe(false)
    expect(resamplesHeldOutOnly('we oversample the rare classes; the validation set keeps the natural mix')).toBe(false)
    expect(resamplesHeldOutOnly('we downsample negatives and evaluate on the untouched test month')).toBe(false)
    expect(resamplesHeldOutOnly('we downsample negatives, evaluate on the test month')).toBe(false)
    expect(resamplesHeldOutOnly('class weights, with the threshold tuned on the validation set')).toBe(false)
  })

  it('does not read a resampling of the evaluation data alone as handling, under its own label too', () => {
    const section = (text: string) => `# T\n\n## Class imbalance\n\n- 0.4% fraud\n- ${text}\n`
    expect(
      answering('class-imbalance', section('for the evaluation month we oversample fraud orders with SMOTE')),
    ).toEqual([])
    expect(answering('class-imbalance', section('we oversample fraud orders with SMOTE'))).not.toEqual([])
  })

  it("reads a class's share as the imbalance, and a metric for rare positives with it as handling", () => {
    const shares = ['Refunds are about 0.7% of orders', 'late arrivals make up 6 % of trips', 'only 1.3% of shown jobs']
    expect(shares.filter(writesClassShare)).toEqual(shares)
    // A share done to the data, or a percentage of nothing, is no class's share.
    expect(['we hold out 20% of users', 'recall is 80% at this threshold'].filter(writesClassShare)).toEqual([])
    // A split or a coverage stated with `only`: done to the data, not a class's share.
    expect(
      ['only 10% of users are held out', 'only 20% of the data is labelled', 'just 5% of sessions are sampled'].filter(
        writesClassShare,
      ),
    ).toEqual([])
    const doc = (text: string) =>
      `# T\n\nWe predict whether an order is refunded, a binary classification.\n\n${text}\n`
    expect(answering('class-imbalance', doc('Refunds are 0.7% of orders, so we report PR-AUC.'))).toHaveLength(1)
    expect(answering('class-imbalance', doc('Refunds are 0.7% of orders. We report PR-AUC.'))).toHaveLength(1)
    expect(answering('class-imbalance', doc('We report PR-AUC on the last month.'))).toEqual([])
    expect(answering('class-imbalance', doc('Refunds are 0.7% of orders.'))).toEqual([])
  })

  it('reads what the data lacks as no constraint, unless a kind of constraint stands in the sentence', () => {
    const lacks = ['the data is limited', 'only 8 months of sales', 'few labelled examples', 'labels are scarce']
    expect(lacks.filter(writesDataShortage)).toEqual(lacks)
    expect(
      ['we keep only 30 days of logs', 'only the GPU fleet', 'no more than 2 GPUs'].filter(writesDataShortage),
    ).toEqual([])
    const section = (text: string) => `# T\n\n## Constraints\n\n- ${text}\n`
    expect(answering('constraints', section('only 8 months of sales'))).toEqual([])
    expect(answering('constraints', section('only 8 months of sales may leave the EU region'))).not.toEqual([])
  })

  it('does not read remedies in a survey of the field as the design', () => {
    const doc = (title: string) => `# T\n\n## ${title}\n\nMost teams oversample the minority class with SMOTE.\n`
    expect(answering('class-imbalance', doc('What the field does'))).toEqual([])
    expect(answering('class-imbalance', doc('Data'))).toHaveLength(1)
  })
})

describe('features', () => {
  it('reads the bullets nested under a bare `- input` label, not a stub under it', () => {
    const doc = (nested: string) => `# T\n\n## Framing\n\n- input\n  - ${nested}\n`
    expect(answering('features', doc('avg handle time over the last 30 min'))).toEqual([
      'avg handle time over the last 30 min',
    ])
    expect(answering('features', doc('TBD'))).toEqual([])
  })

  it('reads a feature list deferred to a later step as undecided', () => {
    const doc = (text: string) => `# T\n\n## Features\n\n${text}\n`
    expect(answering('features', doc('How the title is encoded, we will decide once the baseline is in.'))).toEqual([])
    expect(answering('features', doc('Input features: to be agreed with the recruiters.'))).toEqual([])
    expect(answering('features', doc('The title is encoded as TF-IDF word 1-2-grams.'))).not.toEqual([])
  })

  it('does not read a sentence on how gaps are filled as the feature list', () => {
    const gap = 'Subscribers with no reading in the window get zero counts, a strong signal in itself.'
    expect(answering('missing-data', `# T\n\n${gap}\n`)).toHaveLength(1)
    expect(answering('features', `# T\n\n${gap}\n`)).toEqual([])
    expect(answering('features', '# T\n\nReading counts over 7 and 28 days are a strong signal.\n')).toHaveLength(1)
  })

  it('does not read an experiment arm or a storage bucket as bucketing', () => {
    expect(answering('feature-transforms', '# T\n\nLogs of the exploration bucket are joined daily.\n')).toEqual([])
    expect(answering('feature-transforms', '# T\n\nRaw files land in an S3 bucket.\n')).toEqual([])
    expect(answering('feature-transforms', '# T\n\nDistance is bucketed into 5 km bands.\n')).toHaveLength(1)
  })

  it('reads a bucket after a preposition and a determiner or a possessive as a place', () => {
    expect(answering('feature-transforms', "# T\n\n- a few months of calls on the vendor's bucket\n")).toEqual([])
    expect(answering('feature-transforms', '# T\n\n- nights stored in the study bucket, EU region\n')).toEqual([])
    expect(answering('feature-transforms', '# T\n\n- MAE by horizon bucket\n')).toHaveLength(1)
    expect(answering('feature-transforms', '# T\n\n- stored in the study bucket; age one-hot\n')).toHaveLength(1)
  })
})

describe('class imbalance words bound to where the model is designed', () => {
  it('reads calibration and ratios under monitoring as watching the live model', () => {
    const doc = (title: string) =>
      `# T\n\n## ${title}\n\nIf calibration drifts beyond a ratio of 1.2 between observed and expected, we retrain early.\n`
    expect(answering('class-imbalance', doc('Monitoring'))).toEqual([])
    expect(answering('class-imbalance', doc('Model'))).toHaveLength(1)
  })
})

describe('library names of a method', () => {
  it('reads dropna and ffill on missing values, and scale_pos_weight, as methods', () => {
    expect(answering('missing-data', '# T\n\nRows with a missing price: `dropna` on price.\n')).toHaveLength(1)
    expect(answering('missing-data', '# T\n\nMissing sensor minutes are ffill-ed.\n')).toHaveLength(1)
    expect(answering('class-imbalance', '# T\n\nLightGBM with `scale_pos_weight = 40`.\n')).toHaveLength(1)
    expect(answering('class-imbalance', '# T\n\nLightGBM with `num_leaves = 40`.\n')).toEqual([])
  })
})

describe('a dataset table of columns', () => {
  it('reads the cells under a `Column` or `Variable` header in the data stage as features', () => {
    const table = (heading: string, header: string) =>
      `# T\n\n## ${heading}\n\nRows from the ledger.\n\n| ${header} | Description |\n|---|---|\n| age | years |\n| bmi | body mass index |\n`
    expect(answering('features', table('Dataset', 'Variable'))).toEqual(['age', 'bmi'])
    expect(answering('features', table('Data', 'Column'))).toEqual(['age', 'bmi'])
  })

  it('does not under another stage, nor under a `Field` header (a key-value table)', () => {
    const table = (heading: string, header: string) =>
      `# T\n\n## ${heading}\n\n| ${header} | Description |\n|---|---|\n| score | the predicted charge |\n| version | the model |\n`
    expect(answering('features', table('Serving', 'Column'))).toEqual([])
    expect(answering('features', table('Data', 'Field'))).toEqual([])
  })
})
