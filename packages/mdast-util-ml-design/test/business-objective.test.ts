/** `reading.businessObjective()`: the goal the document gives, and an ML objective given in its place. */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

const objective = (value: string) => {
  const reading = read(value)
  const { accepted, mlOnly, givesMlObjective } = reading.businessObjective()
  const text = (sentence: number) => value.slice(reading.sentences[sentence].start, reading.sentences[sentence].end)
  return {
    accepted: accepted.map((item) => text(item.sentence)),
    mlOnly: mlOnly && text(mlOnly.sentence),
    givesMlObjective,
  }
}

describe('the business objective', () => {
  it('takes a business goal under a goal heading', () => {
    expect(objective('# Fraud\n\n## Business objective\n\nCut card fraud losses by 20% this year.\n')).toEqual({
      accepted: ['Cut card fraud losses by 20% this year.'],
      mlOnly: undefined,
      givesMlObjective: false,
    })
  })

  it('gives an ML objective under a goal heading in place of the business goal', () => {
    expect(objective('# Fraud\n\n## Objective\n\nMaximise ROC-AUC on the held-out month.\n')).toEqual({
      accepted: [],
      mlOnly: 'Maximise ROC-AUC on the held-out month.',
      givesMlObjective: true,
    })
  })

  it('reads a business gain where the document opens, unless a goal heading states an ML objective', () => {
    const gain = 'Fewer abusive refunds would save $2M a year.'
    expect(objective(`# Refunds\n\n${gain}\n\n## Model\n\nLightGBM.\n`)).toEqual({
      accepted: [gain],
      mlOnly: undefined,
      givesMlObjective: false,
    })
    expect(
      objective(`# Refunds\n\n${gain}\n\n## Goal\n\nMaximise recall of abusive refunds.\n\n## Model\n\nLightGBM.\n`),
    ).toEqual({ accepted: [], mlOnly: 'Maximise recall of abusive refunds.', givesMlObjective: true })
  })

  it("reads a purpose column beside a metric as that metric's purpose, not the business goal", () => {
    const table = '| Metric | Purpose |\n|---|---|\n| log loss | calibration of the click probability |\n'
    expect(objective(`# Ads\n\n## Metrics\n\n${table}`)).toEqual({
      accepted: [],
      mlOnly: undefined,
      givesMlObjective: false,
    })
    const teams = '| Team | Purpose |\n|---|---|\n| Risk | cut chargeback losses by 20% this year |\n'
    expect(objective(`# Ads\n\n## Owners\n\n${teams}`).accepted).toEqual(['| cut chargeback losses by 20% this year |'])
  })

  it("reads a purpose column beside a feature as that feature's purpose, not an ML objective given as the goal", () => {
    const features =
      '| Feature | Window | Purpose |\n|---|---|---|\n| Amount z-score | 30 days | anomaly detection on spend |\n'
    expect(objective(`# Fraud\n\n## Features\n\n${features}`)).toEqual({
      accepted: [],
      mlOnly: undefined,
      givesMlObjective: false,
    })
  })

  it('reads a move between two values as a target, and a span of years as none', () => {
    const reading = read(
      '# T\n\nLift the average store rating from 4.2 to 4.4 by December.\n\nWe have logs from 2019 to 2023.\n',
    )
    expect(reading.sentences.slice(1).map((sentence) => reading.hasTarget(sentence.index))).toEqual([true, false])
  })

  it('reads a why cell beside a decision, a question or an unknown metric as explaining it, not the goal', () => {
    const decision =
      '| Decision | Our choice | Why |\n|---|---|---|\n| Model | gradient boosting | handles the evening rush |\n'
    expect(objective(`# Lockers\n\n## Trade-offs\n\n${decision}`).accepted).toEqual([])
    const questions = '| Question | Why it matters |\n|---|---|\n| How many lockers? | sizes the fleet |\n'
    expect(objective(`# Lockers\n\n## Scope\n\n${questions}`).accepted).toEqual([])
    const metrics = '| Metric | Why it matters |\n|---|---|\n| Late-pickup share | couriers plan from it |\n'
    expect(objective(`# Lockers\n\n## Online metrics\n\n${metrics}`).accepted).toEqual([])
    const business = '| Metric | Why it matters |\n|---|---|\n| Lockers freed | the primary business metric |\n'
    expect(objective(`# Lockers\n\n## Online metrics\n\n${business}`).accepted).toEqual([
      '| the primary business metric |',
    ])
  })

  it("reads a goal label under a decision record's heading as what the decision changes", () => {
    const record = '### Decision 3: hourly buckets\n\n**Impact:** couriers see one forecast per slot.\n'
    expect(objective(`# Lockers\n\n## Design log\n\n${record}`).accepted).toEqual([])
    expect(objective('# Lockers\n\n## Impact\n\nCouriers see one forecast per slot.\n').accepted).toEqual([
      'Couriers see one forecast per slot.',
    ])
  })
})
