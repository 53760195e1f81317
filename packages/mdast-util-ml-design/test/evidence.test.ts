import { describe, expect, it } from 'vitest'
import type { RequirementId } from '../src/index.js'
import type { RequirementCue } from '../src/vocabulary/cues.js'
import { defaultVocabulary } from '../src/vocabulary/index.js'
import { read } from './read.js'

/** The texts of the sentences that answer a requirement. */
function answers(value: string, id: RequirementId): string[] {
  const reading = read(value)
  return [...new Set(reading.evidence(id).map((item) => reading.textOf(reading.sentences[item.sentence]).trim()))]
}

/** The texts of a document's quantities of one kind. */
function quantityTexts(value: string, kind: 'scale' | 'data-size'): string[] {
  return read(value)
    .quantities(kind)
    .map((item) => item.text)
}

/** Documents that must not answer a requirement, and documents that must (each after a `# T` title). */
function expectCue(id: RequirementId, silent: string[], answering: string[]) {
  for (const text of silent) expect(answers(`# T\n\n${text}\n`, id), text).toEqual([])
  for (const text of answering) expect(answers(`# T\n\n${text}\n`, id), text).toHaveLength(1)
}

describe('retraining evidence', () => {
  it('takes a period or an event, not "regularly", "periodically" or "as new data comes in"', () => {
    expect(answers('# T\n\nWe retrain periodically, as new labels come in.\n', 'retraining')).toEqual([])
    expect(answers('# T\n\nThe model is updated continuously.\n', 'retraining')).toEqual([])
    expect(answers('# T\n\nWe retrain weekly, as new labels come in.\n', 'retraining')).toHaveLength(1)
  })
})

describe('error-cost evidence', () => {
  it('needs the two errors ranked, not each one priced', () => {
    expect(
      answers('# T\n\nA false hold costs an escalation; a missed bust-out costs the balance.\n', 'error-costs'),
    ).toEqual([])
    expect(answers('# T\n\nA missed fraud costs more than a false decline.\n', 'error-costs')).toHaveLength(1)
    expect(answers('# T\n\nFalse alarms are far cheaper than misses.\n', 'error-costs')).toHaveLength(1)
  })

  it('does not count a ranking that is not agreed yet', () => {
    expect(answers('# T\n\nWe have not yet agreed whether a false negative is worse.\n', 'error-costs')).toEqual([])
  })

  it('needs a ranking under an error-costs label too', () => {
    const label = (text: string) => answers(`# T\n\n**Error costs:** ${text}\n`, 'error-costs')
    expect(label('a held honest refund makes a customer wait; a paid abusive one loses €85.')).toEqual([])
    expect(label('a false hold costs an escalation, a miss costs the balance. Both matter.')).toEqual([])
    expect(label('a paid abusive refund costs more than a held honest one.')).toHaveLength(1)
  })

  it('does not count a deferral or a threshold chosen on a validation month', () => {
    expect(answers('# T\n\nWhich false positive is worse: ask finance.\n', 'error-costs')).toEqual([])
    expect(
      answers('# T\n\nWe choose the threshold on the validation month rather than at 0.5.\n', 'error-costs'),
    ).toEqual([])
    expect(answers('# T\n\nThe threshold is set for a 1% false-positive rate.\n', 'error-costs')).toHaveLength(1)
  })
})

describe('baseline evidence', () => {
  it('lets a `Baseline:` label speak for the baseline under a combined heading', () => {
    const doc = (baseline: string) =>
      `# T\n\n## Models and baseline\n\n- Candidates: logistic regression, then LightGBM\n- We go with LightGBM\n- Baseline: ${baseline}\n`
    expect(answers(doc('TBD'), 'baseline')).toEqual([])
    expect(answers(doc('the most-contacted-first list shown today'), 'baseline')).toHaveLength(1)
  })

  it('does not count a baseline left to discuss or a gate against the previous version', () => {
    expect(
      answers('# T\n\n## Baseline\n\n- Off-the-shelf model? Or the keyword rules? -> to discuss\n', 'baseline'),
    ).toEqual([])
    expect(
      answers('# T\n\nEach retrain is compared with the previous model version before it ships.\n', 'baseline'),
    ).toEqual([])
    expect(answers('# T\n\nThe new ranker is compared with the current rules.\n', 'baseline')).toHaveLength(1)
  })
})

describe('decisions on the score', () => {
  it('reads an action taken without a person as a decision', () => {
    expect(answers('# T\n\nPosts scoring below 0.1 are posted automatically.\n', 'decision-threshold')).toHaveLength(1)
    expect(answers('# T\n\nRaw forms are held automatically for 30 days.\n', 'decision-threshold')).toEqual([])
  })

  it('does not read cleaning the data as acting on the output', () => {
    expect(
      answers(
        '# T\n\nCodes are removed from the feature matrix so the model does not learn them.\n',
        'decision-threshold',
      ),
    ).toEqual([])
    expect(
      answers('# T\n\nPosts the model scores above 0.9 are removed from the feed.\n', 'decision-threshold'),
    ).toHaveLength(1)
  })
})

describe('scale quantities', () => {
  const scale = (value: string) => quantityTexts(value, 'scale')

  it('leaves out output lengths, sizes per entity and hardware figures', () => {
    expect(scale('# T\n\nThe email shows a block of 6 products, at most 2 products per category.\n')).toEqual([])
    expect(scale('# T\n\nWe rank ~400 candidates per customer on 2 GB RAM phones.\n')).toEqual([])
    expect(scale('# T\n\nA login faster than 900 km/h is impossible travel.\n')).toEqual([])
  })

  it('keeps counts served and rates', () => {
    expect(scale('# T\n\nEach of our 3M subscribers gets a list of 6 products.\n')).toEqual(['3M subscribers'])
    expect(scale('# T\n\nThe API takes 400 requests per second.\n')).toHaveLength(1)
  })

  it('reads a unit of data inside the data section as data, not scale', () => {
    expect(scale('# T\n\n## Data\n\nSize: 52,000 leaf photos.\n')).toEqual([])
    expect(scale('# T\n\n## Requirements\n\nFarmers upload 52,000 leaf photos.\n')).toHaveLength(1)
  })
})

describe('scale rates', () => {
  it('keeps a count per working day as load', () => {
    const items = read('# T\n\nWe see ~4,500 pull requests per working day.\n').quantities('scale')
    expect(items.map((item) => item.text)).toEqual(['4,500 pull requests'])
  })
})

describe('constraint evidence', () => {
  it('does not take a hosting choice or a topic word as a limit', () => {
    expectCue(
      'constraints',
      ['A fine-tuned open model, self-hosted, with user consent.'],
      ['The model must be self-hosted: transcripts may not leave our cloud.'],
    )
  })

  it('needs a word of a limit or of its kind under a Constraints label', () => {
    expect(answers('# T\n\n- Constraints\n  - must be cheap; nothing fancy\n', 'constraints')).toEqual([])
    expect(answers('# T\n\n- **Constraints:** the model runs on low-end Android phones.\n', 'constraints')).toEqual([
      'Constraints: the model runs on low-end Android phones.',
    ])
  })

  it('does not read a sub-section that opens another stage as the content of Constraints', () => {
    const doc = '# T\n\n## Constraints\n\n<fill in>\n\n**Framing**\n\nThe model must group transactions.\n'
    expect(answers(doc, 'constraints')).toEqual([])
  })

  it('reads a note that someone still has to be asked as undecided', () => {
    expect(answers('# T\n\n- Privacy: to check with legal which texts we may quote\n', 'constraints')).toEqual([])
    expect(answers('# T\n\n- Privacy: we may quote review texts only with consent\n', 'constraints')).toEqual([
      'Privacy: we may quote review texts only with consent',
    ])
  })
})

describe('paraphrased answers', () => {
  it('reads treatments of outliers said in other words, only on the topic', () => {
    expect(answers('# T\n\nImplausible readings above 200 are treated as missing.\n', 'outliers')).toHaveLength(1)
    expect(answers('# T\n\nNew accounts have no history, so it is treated as missing.\n', 'outliers')).toEqual([])
  })

  it('reads downsampling said with the noun first', () => {
    expect(answers('# T\n\nNegatives downsampled to 10% with weights restored.\n', 'class-imbalance')).toHaveLength(1)
    expect(answers('# T\n\nWe keep a fraction of the negatives (5%) for training.\n', 'class-imbalance')).toHaveLength(
      1,
    )
    expect(answers('# T\n\nWe keep a fraction of the logs for audits.\n', 'class-imbalance')).toEqual([])
  })

  it('reads the bullets nested under a question as its answer', () => {
    const question = '# T\n\n## Data\n\n1. **How do we stop noisy captions from dominating the training pairs?**\n'
    expect(answers(`${question}   - Short: reweighting and filtering.\n`, 'outliers')).toEqual([
      'Short: reweighting and filtering.',
    ])
    expect(answers(`${question}   - Still open: we first want to read a sample.\n`, 'outliers')).toEqual([])
  })

  it('reads negatives drawn at random as negative sampling, not any random sample', () => {
    expect(
      answers('# T\n\n- too few negative examples\n  - use random negative examples from page 50\n', 'class-imbalance'),
    ).toEqual(['use random negative examples from page 50'])
    expect(
      answers('# T\n\nClicks are the positive examples; we label a random sample of queries.\n', 'class-imbalance'),
    ).toEqual([])
  })
})

describe('data size', () => {
  it('does not read a parameter of a feature as an amount of data', () => {
    const sizes = (value: string) => quantityTexts(value, 'data-size')
    expect(sizes('# T\n\n## Feature engineering\n\nCTR smoothed with a prior of strength 200 impressions.\n')).toEqual(
      [],
    )
    expect(sizes('# T\n\n## Data\n\nWe have 3M labelled impressions.\n')).toEqual(['3M labelled impressions'])
  })
})

describe('the data described as such', () => {
  const history = (value: string) =>
    read(value)
      .quantities('history')
      .map((item) => item.text)
  const sizes = (value: string) => quantityTexts(value, 'data-size')

  it('reads spans, year ranges and large counts under a plain Data heading', () => {
    expect(history('# T\n\n## Data\n\n- ACD interval reports per queue per 30 min, 4 years\n')).toEqual(['4 years'])
    expect(history('# T\n\n## Data\n\n| Source | sale records, 2019 – 2025 |\n| --- | --- |\n')).toEqual([
      '2019 – 2025',
    ])
    expect(sizes('# T\n\n## Data\n\n- chat platform export, ~5.6M chats\n')).toEqual(['5.6M chats'])
    // Working on the data is not the data there is; a small count or a year is no size.
    expect(history('# T\n\n## Data preparation\n\n- Interval reports, 4 years\n')).toEqual([])
    expect(sizes('# T\n\n## Data\n\n- Images resized to 1024 with padding; studies since 2016.\n')).toEqual([])
  })

  it('reads no window as history and no arrow as a bound', () => {
    expect(history('# T\n\n## Data\n\n- bad = default within 6 months; kept for 3 years\n')).toEqual(['3 years'])
    expect(history('# T\n\nWe retrain monthly on the last 6 months of logs.\n')).toEqual([])
    expect(history('# T\n\nWe have the last 18 months of logs.\n')).toEqual(['18 months of logs'])
    expect(sizes('# T\n\n- Data we have?\n  - reading sessions since mid-2023 -> ~900M read events\n')).toEqual([
      '900M read events',
    ])
    expect(
      sizes('# T\n\n## Data\n\n- Labels: ~400k trials with a known outcome; the 5 findings in the report\n'),
    ).toEqual(['400k trials with'])
  })

  it('reads the answers to a clarifying question about the data', () => {
    const doc = '# T\n\n## Clarifying questions\n\n- What data do we have?\n  - 2 yrs of resolved tickets, ~1.4M\n'
    expect(history(doc)).toEqual(['2 yrs'])
    expect(answers(doc, 'data-source')).toEqual(['2 yrs of resolved tickets, ~1.4M'])
    // An answer to another question says nothing about the data.
    expect(answers('# T\n\n- How fast?\n  - 2 yrs of resolved tickets\n', 'data-source')).toEqual([])
  })

  it('takes the topic of a source from a plain Data heading, not from Data preparation', () => {
    expect(answers('# T\n\n## Data\n\nThe model learns from our delivery scans.\n', 'data-source')).toEqual([
      'The model learns from our delivery scans.',
    ])
    expect(answers('# T\n\n## Data preparation\n\nStops far away are dropped from training.\n', 'data-source')).toEqual(
      [],
    )
  })
})

describe('phrases about something else', () => {
  it('does not read in-batch negatives or a batch size as batch prediction', () => {
    expect(answers('# T\n\nA two-tower model trained with in-batch negatives.\n', 'serving-mode')).toEqual([])
    expect(answers('# T\n\nWe use a batch size of 512.\n', 'serving-mode')).toEqual([])
    expect(answers('# T\n\nScores are precomputed in a nightly batch job.\n', 'serving-mode')).toHaveLength(1)
    const reading = read('# T\n\nContrastive training with in-batch negatives.\n')
    expect(reading.speedStatements()).toEqual([])
  })

  it('keeps its phrases out of every cue topic and answer list', () => {
    for (const cue of Object.values(defaultVocabulary.cues) as RequirementCue[]) {
      const words = new Set([...(cue.topic ?? []), ...(cue.answer ?? []), ...(cue.none ?? [])])
      expect((cue.not ?? []).filter((phrase) => words.has(phrase))).toEqual([])
    }
  })
})

describe('baseline evidence', () => {
  it('does not read a comparison over time or a model name as a baseline', () => {
    expectCue(
      'baseline',
      ['Daily WAPE per hub, compared with the previous period.', 'Candidates: LightGBM or N-BEATS.'],
      ['The model must beat the current rules engine.'],
    )
  })
})

describe('offline evaluation evidence', () => {
  it('needs the held-out data named, under its own heading too', () => {
    expectCue(
      'offline-evaluation',
      ['## Offline evaluation\n\nWe report macro-F1.'],
      ['## Offline evaluation\n\nMacro-F1 on the held-out last month.'],
    )
  })
})

describe('example numbers', () => {
  it('does not read a number given as an example as the size of the data', () => {
    const sizes = (value: string) => quantityTexts(value, 'data-size')
    expect(sizes('# T\n\n## Data\n\nWe could fine-tune on a few labelled clips, e.g. 500 videos.\n')).toEqual([])
    expect(sizes('# T\n\n## Data\n\nWe have 500 labelled videos.\n')).toEqual(['500 labelled videos'])
  })
})

describe('input and output written as notation', () => {
  it('reads the condition of a predicted probability as the input, not the condition of a metric', () => {
    expectCue(
      'input',
      ['Open rate: P(open | sent), the share of sent notifications that are opened.', 'Precision is 0.8 (p < 0.01).'],
      ['- the model predicts p(click | user, thread) -> sort -> top 5'],
    )
  })

  it('reads a call with an arrow as both: its arguments in, its result out', () => {
    const call = 'API: `rank(user_id, item_ids) -> scores`, called once per page view.'
    expect(answers(`# T\n\n${call}\n`, 'input')).toHaveLength(1)
    expect(answers(`# T\n\n${call}\n`, 'output')).toHaveLength(1)
    expectCue(
      'input',
      [
        'The pipeline (nightly) -> the warehouse -> dashboards.',
        'Use f(x) for the loss.',
        'Naive: rank by P(order in 7 days) -> wastes coupons on people who would order anyway.',
        'Judged set: queries labelled with their answering article(s) → test set only.',
      ],
      [call],
    )
  })

  it('reads the pool a prediction is made for as its input', () => {
    expectCue(
      'input',
      ['We keep a pool of spare workers for the nightly jobs.', 'The ranking team owns a list of open issues.'],
      ['The model predicts the probability of engagement for a pool of tweets.'],
    )
  })
})
