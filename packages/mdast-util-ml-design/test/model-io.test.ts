/** Reader tests for the model's input and output (`definesModel`) and the metrics an evaluation reports. */
import { describe, expect, it } from 'vitest'
import { readUnderTitle as read } from './read.js'

/** The index of the first sentence whose text includes `words`. */
function sentenceWith(reading: ReturnType<typeof read>, words: string): number {
  const found = reading.sentences.find((sentence) => reading.textOf(sentence).includes(words))
  if (!found) throw new Error(`no sentence with ${words}`)
  return found.index
}

describe('whether the document designs a model', () => {
  it('does when it states an ML objective or fills in an Input or Output label', () => {
    expect(read('## Framing\n\nThe model predicts the probability that the user clicks the ad.').designsModel()).toBe(
      true,
    )
    expect(read('- Output: a fraud probability between 0 and 1.').designsModel()).toBe(true)
  })

  it('does not for a feature catalogue with no model', () => {
    const reading = read(
      '## Feature engineering\n\nEach feature definition names a source, an entity key such as the user, and a window.',
    )
    expect(reading.designsModel()).toBe(false)
    expect(reading.definesModel('input')).toBe(false)
    expect(reading.definesModel('output')).toBe(false)
  })
})

describe('the ML objective written as an imperative', () => {
  const objectives = (value: string) => {
    const reading = read(value)
    return reading.evidence('ml-objective').map((item) => reading.textOf(reading.sentences[item.sentence]).trim())
  }

  it('reads a sentence that opens with the task verb', () => {
    expect(objectives('- predict offered calls per queue per 30-minute interval')).toEqual([
      'predict offered calls per queue per 30-minute interval',
    ])
    expect(objectives('Predict, for every stop on the route, the arrival time.')).toHaveLength(1)
  })

  it('does not read an inflected word or a verb inside the sentence', () => {
    expect(objectives('- predicted calls are cached for an hour')).toEqual([])
    expect(objectives('- the planners predict by hand today')).toEqual([])
  })
})

describe('whether a sentence describes the serving pipeline', () => {
  it('does for a sentence of the serving stage only', () => {
    const reading = read(
      '## Framing\n\nThe model predicts the probability that the student books a trial.\n\n## Serving\n\nRequest posted → candidate tutors → features from the online store → LightGBM.',
    )
    expect(reading.describesPipeline(sentenceWith(reading, 'candidate tutors'))).toBe(true)
    expect(reading.describesPipeline(sentenceWith(reading, 'books a trial'))).toBe(false)
    // Its features are no input of the model; the objective still states the output.
    expect(reading.definesModel('input')).toBe(false)
    expect(reading.definesModel('output')).toBe(true)
  })
})

describe('an input left open where it is asked for', () => {
  it('is not defined by features listed elsewhere', () => {
    const reading = read(
      '## Framing\n\nThe model predicts the probability that a photo shows a prohibited item.\n\n- Input: TBD (photo only? photo + title?)\n\n## Features\n\n- 384 px center crop',
    )
    expect(reading.definesModel('input')).toBe(false)
  })

  it('is defined when the label says what it is', () => {
    const reading = read(
      '## Framing\n\nThe model predicts the probability that a photo shows a prohibited item.\n\n- Input: the photo, its title and description',
    )
    expect(reading.definesModel('input')).toBe(true)
  })
})

describe('input and output under a joined heading', () => {
  it('lets each label answer its own side only', () => {
    const reading = read(
      '## Input and output\n\n- Input: <fill in>\n- Output: the probability that the seeker applies to the job.',
    )
    expect(reading.definesModel('input')).toBe(false)
    expect(reading.definesModel('output')).toBe(true)
  })
})

describe('metrics the evaluation reports', () => {
  /** The names of the used metrics the evaluation reports. */
  function reported(value: string): string[] {
    const reading = read(value)
    return reading.metrics
      .filter((mention) => reading.usesMetric(mention) && reading.reportsMetric(mention))
      .map((mention) => mention.metric.name)
  }

  it('keeps a metric of the evaluation', () => {
    expect(reported('## Evaluation\n\nWe report accuracy on the held-out month.')).toEqual(['accuracy'])
  })

  it('leaves out a confusion matrix and a signal watched in production', () => {
    expect(reported('## Evaluation\n\nA confusion matrix of the held-out month.')).toEqual([])
    expect(reported('## Monitoring\n\nWeekly recall on matured labels; a drop of 5 points pages the on-call.')).toEqual(
      [],
    )
  })

  it('leaves out a metric named only as the side of an error-cost trade-off', () => {
    expect(
      reported('## Error costs\n\nA missed takeover costs far more than a false alarm, so we favour recall.'),
    ).toEqual([])
  })
})

describe('where online testing stands beside deployment', () => {
  it('takes a deployment heading that names the testing, not a plain rollout', () => {
    const reading = read(
      '## 6. Online testing and deployment\n\n- 10 pilot sites vs 10 without\n\n## 7. Rollout\n\n- canary on 5% of sites',
    )
    const ranges = reading.onlineTesting().map((section) => reading.content(section))
    const pilot = reading.prose.indexOf('10 pilot')
    const canary = reading.prose.indexOf('canary')
    expect(reading.holds(ranges, pilot)).toBe(true)
    expect(reading.holds(ranges, canary)).toBe(false)
  })
})

describe('content the model reads, and content it only chooses (second review)', () => {
  it('takes content as the input only beside a verb of reading it', () => {
    expect(
      read('## ML objective\n\nClassify each chest X-ray image as normal or abnormal.').definesModel('input'),
    ).toBe(true)
    // The items a recommender ranks, or a property predicted of them, are chosen, not read whole.
    for (const objective of [
      'Recommend the videos each user is most likely to watch to the end.',
      'Predict the probability that a user likes each of the photos in the feed.',
      'Модель рекомендует видео, которые пользователь досмотрит.',
    ])
      expect(read(`## ML objective\n\n${objective}`).definesModel('input'), objective).toBe(false)
  })

  it('reads a verb of reading only as the model’s act: not a noun of something else beside the content', () => {
    for (const objective of [
      'Predict whether a customer churns next month; their support answers are kept as text for audits.',
      'Forecast weekly demand per store, extracting value from the images of the shelves the staff take.',
    ])
      expect(read(`## ML objective\n\n${objective}`).definesModel('input'), objective).toBe(false)
    for (const objective of [
      'The model detects hard hats in each video frame.',
      'Translate each support text into English with a service that the agents call.',
      'ML objective: answer the user’s question from the policy documents.',
    ])
      expect(read(`## ML objective\n\n${objective}`).definesModel('input'), objective).toBe(true)
  })

  it('takes a list led in as input data only when the lead-in names the model', () => {
    const job = read(
      '## ML objective\n\nForecast tomorrow’s sales per store.\n\n## Data pipeline\n\nThe nightly job reads these sources as input data for the warehouse tables:\n\n- the point-of-sale exports\n- the weather feed\n',
    )
    expect(job.definesModel('input')).toBe(false)
    const model = read(
      '## ML objective\n\nForecast tomorrow’s sales per store.\n\n## Data\n\nThese sources will be used as input data for the model:\n\n- the point-of-sale exports\n- the weather feed\n',
    )
    expect(model.definesModel('input')).toBe(true)
  })
})

describe('the input said in prose without the word input (probe of many authors)', () => {
  const objective = '## ML objective\n\nPredict whether a trial account converts to a paid plan.\n\n'
  it('takes what a prediction is made from, what is used to predict, and what a named model takes', () => {
    for (const text of [
      'We predict conversion from the seats invited, the integrations connected and the weekly active days.',
      'The forecaster uses the last 8 weeks of sign-ups per region to estimate next week’s sign-ups.',
      'A DeBERTa-v3 encoder reads the onboarding survey answers.',
      'The ranker takes the account’s plan, its seat count and its usage history.',
      'We predict which plan an account picks next, using its seats, its integrations and its usage history.',
    ])
      expect(read(`${objective}${text}`).definesModel('input'), text).toBe(true)
  })

  it('takes no method, tool, data in general, time, place or clause of another verb for an input', () => {
    for (const text of [
      'We predict conversion using LightGBM and score accounts using a two-tower model.',
      'We forecast conversions from historical data.',
      'The model takes two hours to train and the service reads from Kafka.',
      'Scoring takes place every night.',
      'We rank accounts by the predicted probability, pulling data from the billing tables and the CRM exports.',
      'We predict conversion, and the ops team pulls the payments, the plans and the tickets from Kafka.',
      'The classifier sees a drop in recall after each release, and the LLM takes too long on long tickets.',
    ])
      expect(read(`${objective}${text}`).definesModel('input'), text).toBe(false)
  })

  it('takes nothing a model or its service accepts that the model does not read (second review)', () => {
    for (const text of [
      'The model accepts missing values natively.',
      'The model reads its weights from S3 at start-up.',
      'The model takes up most of the GPU memory.',
      'The model receives retraining every week.',
      'The service accepts a batch size of 64.',
    ])
      expect(read(`${objective}${text}`).definesModel('input'), text).toBe(false)
    const requests = 'The ranker receives requests with the user id, the query and the last 20 clicks.'
    expect(read(`${objective}${requests}`).definesModel('input')).toBe(true)
  })

  it('takes none where the document designs no model', () => {
    const store = read(
      '## Feature store\n\nThe service takes the seats, the plans and the regions from the CRM nightly.',
    )
    expect(store.definesModel('input')).toBe(false)
  })
})

describe('a chain of arrows with a model as its second step (probe of many authors)', () => {
  const objective = '## Framing\n\nML objective: predict whether a listener plays an episode for five minutes.\n\n'
  it('takes the step before the model as its input and the step after as its output', () => {
    const reading = read(`${objective}- listener history + episode metadata → two-tower model → play probability\n`)
    expect(reading.definesModel('input')).toBe(true)
  })

  it('takes no chain without a model, nor a model further down a pipeline, nor a parenthesis of options', () => {
    for (const line of [
      'A version moves through draft → staging → production → archived.',
      'Real-time: request → candidate pool → availability filter → LightGBM → top 20',
    ])
      expect(read(`${objective}${line}\n`).definesModel('input'), line).toBe(false)
  })
})
