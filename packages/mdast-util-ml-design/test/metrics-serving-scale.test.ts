/** Reader tests for metric statements, serving choices and quantities typed by context (issue 13, causes 5 to 7). */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

/** The metric names a document mentions as metrics. */
function metricNames(value: string): string[] {
  return read(`# T\n\n${value}\n`).metrics.map((mention) => mention.metric.name)
}

/** The texts of the sentences a document states its serving mode in, anywhere. */
function servingTexts(value: string): string[] {
  const reading = read(`# T\n\n${value}\n`)
  return reading.servingChoices().map((sentence) => reading.textOf(reading.sentences[sentence]).trim())
}

describe('everyday metric words', () => {
  it('does not read a plain quality as the accuracy or precision metric', () => {
    expect(metricNames('Couriers live or die on ETA accuracy.')).toEqual([])
    expect(metricNames('Potential for higher accuracy with proper tuning.')).toEqual([])
    expect(metricNames('A high-precision forecasting service for delivery times.')).toEqual([])
    expect(metricNames('Slight reduction in model accuracy for this release.')).toEqual([])
    // A change weighed as a cost stays a plain quality even with a guess beside it.
    expect(metricNames('- Slight reduction in model accuracy (likely <1% given autocorrelation)')).toEqual([])
    expect(metricNames('- Accuracy dropped to 91% on the held-out week.')).toEqual(['accuracy'])
  })

  it('does not read a way of searching as a metric', () => {
    const used = (value: string) => {
      const reading = read(`# T\n\n${value}\n`)
      return reading.metrics.filter((mention) => reading.usesMetric(mention)).map((mention) => mention.metric.name)
    }
    expect(used('- Support an exact-match retrieval mode for quoted queries.')).toEqual([])
    expect(used('- Keep exact-match capabilities while trimming stopwords.')).toEqual([])
    expect(used('- Offline: exact match on the held-out questions.')).toHaveLength(1)
  })

  it('names speech, verification and off-policy metrics', () => {
    expect(metricNames('Offline: WER and CER on the held-out voicemails.')).toEqual([
      'word error rate',
      'word error rate',
    ])
    expect(metricNames('Offline: equal error rate (EER) and the false accept rate.')).toEqual([
      'equal error rate',
      'equal error rate',
      'equal error rate',
    ])
    expect(metricNames('Offline: an inverse-propensity-weighted estimate on held-out logs.')).toEqual([
      'off-policy estimate',
    ])
    expect(metricNames('Offline: a doubly-robust estimate of reward per render on logged data.')).toEqual([
      'off-policy estimate',
    ])
    expect(metricNames('Online: compare clicks and pages per session in an A/B test.')).toEqual(['engagement'])
    // Lowercase `far` and `wer` are words, not metrics.
    expect(metricNames('The far end of the queue is slower.')).toEqual([])
  })

  it('keeps them in metric statements', () => {
    expect(metricNames('We report accuracy on the held-out week.')).toEqual(['accuracy'])
    expect(metricNames('- **Accuracy**: ~85%')).toEqual(['accuracy'])
    expect(metricNames('Offline metrics: precision and recall.')).toEqual(['precision', 'recall'])
    expect(metricNames('## Evaluation\n\nTop-1 accuracy beats the rules.')).toEqual(['accuracy'])
    expect(metricNames('Precision and ROC-AUC tell the story.')).toEqual(['precision', 'ROC-AUC'])
  })

  it('leaves unambiguous metric names alone', () => {
    expect(metricNames('The old model had a better ROC-AUC.')).toEqual(['ROC-AUC'])
  })
})

describe('rejected metrics', () => {
  it('lets a rejection reach across an or list, and no further', () => {
    const used = (value: string) => {
      const reading = read(`# T\n\n${value}\n`)
      return reading.metrics.filter((mention) => reading.usesMetric(mention)).map((mention) => mention.metric.name)
    }
    expect(used('Focus on ML metrics instead of revenue metrics or CTR metrics.')).toEqual([])
    expect(used('We use PR-AUC rather than accuracy.')).toEqual(['PR-AUC'])
    expect(used('We report PR-AUC or ROC-AUC on the held-out week.')).toEqual(['PR-AUC', 'ROC-AUC'])
  })
})

describe('serving choices anywhere', () => {
  it('takes a real-time or batch choice about predictions, and a budget in milliseconds', () => {
    expect(servingTexts('## Requirements\n\nEach payment is scored in real time.')).toHaveLength(1)
    expect(servingTexts('## Requirements\n\nThe p99 latency must stay under 80 ms per request.')).toHaveLength(1)
    // A task statement above the first stage: approving is what the model decides.
    expect(servingTexts('> Design a real-time loan approval/rejection model for credit cards.')).toHaveLength(1)
    expect(servingTexts('## Requirements\n\nLoan applications arrive in real time from the branches.')).toEqual([])
  })

  it('does not take a mode about data, a hedged one, or an option nobody chose', () => {
    expect(servingTexts('## Constraints\n\nEconomic indicators are not available in real time.')).toEqual([])
    expect(servingTexts('Do we support on-demand features computed at request time, or defer them?')).toEqual([])
    expect(servingTexts('For real-time predictions: pre-compute features and cache models.')).toEqual([])
    expect(servingTexts('Callers have a budget, so a feature read must stay under 8 ms at p99.')).toEqual([])
    expect(servingTexts('## Monitoring\n\nEach payment is scored in real time; we watch the score drift.')).toEqual([])
    expect(servingTexts('| Prediction | Batch predictions instead of row-by-row |\n|---|---|')).toEqual([])
    expect(
      servingTexts('## Approaches\n\n### Option B: real-time scoring\n\nEach request is scored as it arrives.'),
    ).toEqual([])
  })
})

describe('mode words about something else', () => {
  it('does not read a mode word that describes an input, or a service, as a prediction mode', () => {
    const speed = (value: string) => read(`# T\n\n${value}\n`).speedStatements()
    expect(speed('Gains will come from real-time kitchen queue length.')).toEqual([])
    expect(speed('We keep small per-service models and re-diagnose them weekly.')).toEqual([])
    expect(speed('Each order is scored in real time.')).toHaveLength(1)
  })

  it('does not read a cadence that is the period of a cost or a count as a schedule of predictions', () => {
    const speed = (value: string) => read(`# T\n\n## Serving\n\n${value}\n`).speedStatements()
    expect(speed('- Estimated monthly costs for the scoring service: about $400')).toEqual([])
    expect(speed('- The scoring service runs monthly over every account.')).toHaveLength(1)
  })
})

describe('latency in hours', () => {
  it('reads a bound in hours on producing predictions as a budget, not one on retraining', () => {
    const speed = (value: string) => read(`# T\n\n${value}\n`).speedStatements()
    expect(speed('- Timing\n  - an audience is ready within 6 h of a seed upload')).toHaveLength(1)
    expect(speed('Scores are produced within 2 hours of the upload.')).toHaveLength(1)
    expect(speed('The model is retrained within 2 hours of new labels.')).toEqual([])
  })
})

/** The texts of a document's quantities of one kind. */
function quantityTexts(value: string, kind: 'scale' | 'data-size'): string[] {
  return read(`# T\n\n${value}\n`)
    .quantities(kind)
    .map((item) => item.text)
}

describe('speed answered in a question, cadences of data, durations of input', () => {
  const speed = (value: string) => {
    const reading = read(`# T\n\n${value}\n`)
    return reading.speedStatements().map((item) => `${item.kind}: ${reading.textOf(reading.sentences[item.sentence])}`)
  }

  it('reads the answer nested under a question about speed', () => {
    expect(speed('- Real-time or batch?\n  - batch, once a week (Sunday night)')).toEqual([
      'mode: batch, once a week (Sunday night)',
    ])
    expect(speed('- Latency?\n  - within 5 s of ticket creation')).toEqual(['budget: within 5 s of ticket creation'])
    // The same answer under a question about something else chooses nothing.
    expect(speed('- Which queues?\n  - batch, once a week')).toEqual([])
  })

  it('reads a cadence in the data stage as data arriving, and a duration of input as no budget', () => {
    expect(speed('## Data\n\n- Weather: hourly from the met service (observations and forecasts)')).toEqual([])
    expect(speed('Features are log mel filterbanks over 25 ms windows.')).toEqual([])
    expect(speed('Each request is scored within 25 ms.')).toEqual(['budget: Each request is scored within 25 ms.'])
  })

  it('reads processing and regenerating outputs as producing predictions, not training', () => {
    expect(speed('An invoice must be processed within 10 minutes of upload.')).toEqual([
      'budget: An invoice must be processed within 10 minutes of upload.',
    ])
    expect(speed('Training data is processed within 2 hours.')).toEqual([])
    expect(speed('Summaries are regenerated in a nightly batch.')).toEqual([
      'mode: Summaries are regenerated in a nightly batch.',
    ])
    expect(speed('Reviews are exported in a nightly batch.')).toEqual([])
  })
})

describe('scale where the data is described', () => {
  const scale = (value: string) =>
    read(`# T\n\n${value}\n`)
      .quantities('scale')
      .map((item) => item.text)

  it('reads a count in a plain Data section or a data question as data, a rate there as load', () => {
    expect(scale('## Data\n\n| Source | Volume |\n| --- | --- |\n| Load DB | 1.9M completed loads |')).toEqual([])
    expect(scale('- Is there labelled data?\n  - 14 months kept, ~6.5M requests')).toEqual([])
    expect(scale('## Data\n\n- Helpdesk export: 18k new tickets a day')).toEqual(['18k new tickets a day'])
    expect(scale('## Scale\n\n- ~6.5M requests a month from 400k guests')).not.toEqual([])
  })
})

describe('scale', () => {
  const scale = (value: string) => quantityTexts(value, 'scale')

  it('reads a unit of load written before its number', () => {
    expect(scale('* estimation\n  * DAU 500 million')).toEqual(['DAU 500 million'])
    expect(scale('Peak QPS: ~40k.')).toEqual(['Peak QPS: ~40k'])
  })

  it('does not read a training trigger or the size of a feature as scale', () => {
    expect(scale('Fine-tune again when agents publish 200+ new articles.')).toEqual([])
    expect(scale('Region is one-hot over 8 regions.')).toEqual([])
    expect(scale('We serve 40M users; the model is retrained nightly on 30 days of 2,000 requests/s.')).toEqual([
      '40M users',
      '2,000 requests/s',
    ])
  })

  it('does not read a count in a pros/cons list as scale', () => {
    expect(scale('- Heading-based sections\n  - pros: follows the structure\n  - cons: 3 lines to 3 pages')).toEqual([])
  })
})

describe('data size', () => {
  const dataSize = (value: string) => quantityTexts(value, 'data-size')

  it('reads a count in a unit that counts only data wherever it stands', () => {
    expect(dataSize('## Clarifying questions\n\n- How much history?\n  - the ledger, ~410M rows')).toEqual([
      '410M rows',
    ])
  })

  it('does not read a count in a unit that may be served as data outside the data sections', () => {
    expect(dataSize('## Requirements\n\nThe catalogue holds 2M videos.')).toEqual([])
  })
})

describe('metrics filed under the other kind', () => {
  /** The texts of the mentions that stand filed under the other kind. */
  function misfiled(value: string): string[] {
    const reading = read(`# T\n\n${value}\n`)
    return reading.metrics.filter((mention) => reading.misfiled(mention)).map((mention) => mention.text)
  }

  it('reports a live-traffic metric filed as an offline one', () => {
    expect(misfiled('- Offline metric: click-through rate on the held-out week')).toEqual(['click-through rate'])
  })

  it('leaves a metric inside a parenthesis that explains another, or part of a metric of the filed kind', () => {
    expect(misfiled('- Offline metric: log loss (lower than the click-through rate baseline)')).toEqual([])
    expect(misfiled('- Offline metric: log loss divided by the entropy of the background click-through rate')).toEqual(
      [],
    )
  })

  it('leaves a rate an offline metric is computed against, and the operating point models are compared at', () => {
    expect(misfiled('- Offline metric: MAE between predicted and actual acceptance rate per host')).toEqual([])
    expect(misfiled('- Offline metric: calibration, predicted vs observed default rate per grade')).toEqual([])
    expect(misfiled('- Offline metric: recall at the review-rate budget')).toEqual([])
    expect(misfiled('- Offline metric: the rules and the model at the same approval rate')).toEqual([])
    // Named on its own, the rate is filed under the wrong kind.
    expect(misfiled('- Offline metric: ROC-AUC and approval rate')).toEqual(['approval rate'])
  })

  it('leaves the value a metric is read at ("recall @ 5% review rate"), not a rate named after a number alone', () => {
    expect(misfiled('- Offline metrics: PR-AUC, recall @ 5% review rate')).toEqual([])
    expect(misfiled('- Offline metrics: PR-AUC, precision at 1% approval rate')).toEqual([])
    expect(misfiled('- Offline metrics: PR-AUC, 5% approval rate')).toEqual(['approval rate'])
  })

  it('reads the cells after an `offline` cell as notes', () => {
    const table = '| metric | kind | notes |\n|---|---|---|\n| NDCG@10 | offline | it tracked click-through rate well |'
    expect(misfiled(table)).toEqual([])
    expect(misfiled('| metric | kind |\n|---|---|\n| click-through rate | offline |')).toEqual(['click-through rate'])
  })

  it('leaves a metric whose kind the author names after the filing', () => {
    expect(misfiled('- Online: an A/B test, once the model beats the baseline AUC offline')).toEqual([])
  })
})

describe('what the evaluation reports offline', () => {
  /** The names of the metrics a document uses that its evaluation reports offline. */
  function reported(value: string): string[] {
    const reading = read(`# T\n\n${value}\n`)
    return reading.metrics
      .filter((mention) => reading.usesMetric(mention) && reading.reportsMetric(mention))
      .map((mention) => mention.metric.name)
  }

  it('leaves out a metric filed as online, a calibration plot and the criterion training stops on', () => {
    expect(reported('- Online metrics: AUC on the live pushes\n- Offline metrics: accuracy')).toEqual(['accuracy'])
    expect(reported('## Evaluation\n\nAccuracy on the held-out 2 weeks; calibration plot.')).toEqual(['accuracy'])
    expect(reported('## Model\n\n- LightGBM, 1,500 trees, early stop on validation log loss')).toEqual([])
  })

  it('keeps the same metrics where the evaluation reports them', () => {
    expect(reported('- Offline metrics: AUC and accuracy')).toEqual(['ROC-AUC', 'accuracy'])
    expect(reported('## Evaluation\n\nAccuracy and calibration error on the held-out 2 weeks.')).toEqual([
      'accuracy',
      'calibration',
    ])
    expect(reported('## Evaluation\n\nLog loss on the held-out month, after early stopping.')).toEqual(['log loss'])
  })
})

describe('metric words that are no metric of the model', () => {
  /** The names of the metrics a document uses. */
  function used(value: string): string[] {
    const reading = read(`# T\n\n${value}\n`)
    return reading.metrics.filter((mention) => reading.usesMetric(mention)).map((mention) => mention.metric.name)
  }

  it('reads "recall at N" before a rate as recall at an operating point, not a cut-off of a list', () => {
    expect(used('- Offline: recall at 1 alert per 40 transactions')).toEqual(['recall'])
    expect(used('- Offline: recall at 10 results per query')).toEqual(['recall@k'])
    expect(used('- Offline: recall at 10 on the test week')).toEqual(['recall@k'])
  })

  it('leaves out a metric word that describes the data in the data stage, not one filed or measured there', () => {
    expect(used('## Data\n\n- feats\n  - payer diversity (distinct payers 7d)')).toEqual([])
    expect(
      used('## Data preparation\n\nProposals are aligned with the annotations by time overlap (IoU > 0.5).'),
    ).toEqual([])
    expect(used('## Data\n\n- Offline metric: PR-AUC on the last month')).toEqual(['PR-AUC'])
    expect(used('## Data\n\nThe held-out month is where we measure PR-AUC.')).toEqual(['PR-AUC'])
    expect(used('## Evaluation\n\nIoU > 0.5 on the held-out stores.')).toEqual(['IoU'])
  })
})

describe('the deployment stage as a label, a mode word opening a deployment line', () => {
  const speed = (value: string) => read(`# T\n\n${value}\n`).speedStatements()

  it('reads a cadence under a lead-in label that opens the deployment stage as the serving mode', () => {
    expect(speed('**deploy:** nightly airflow job → writes the forecast table')).toHaveLength(1)
    expect(speed('**retrain:** nightly airflow job on the last 90 days')).toEqual([])
  })

  it('reads a mode word that opens a deployment line as the mode chosen, not a live test', () => {
    expect(speed('## Deployment\n\n- Online, inside the search API: query → classifier → boosts')).toHaveLength(1)
    expect(speed('## Deployment\n\n- Online: A/B test on 5% of traffic for two weeks')).toEqual([])
  })
})

describe('a scale slot answered without a number', () => {
  it('keeps only rates and units of load elsewhere', () => {
    const slot = '## Requirements\n\n- **Scale.** large; every council service routes through this line\n\n'
    expect(quantityTexts(`${slot}## Notes\n\n- staff to check 2k more calls\n`, 'scale')).toEqual([])
    expect(quantityTexts(`${slot}## Notes\n\nThe line takes about 6,000 calls a day.\n`, 'scale')).toHaveLength(1)
  })

  it('leaves counts elsewhere alone when the slot has a number', () => {
    const notes = '## Notes\n\n- staff to check 2k more calls\n'
    const texts = quantityTexts(`## Requirements\n\n- **Scale.** about 2 million calls\n\n${notes}`, 'scale')
    expect(texts.some((text) => text.startsWith('2k'))).toBe(true)
  })
})
