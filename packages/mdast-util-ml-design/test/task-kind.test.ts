/** Reader tests for what the model is asked to do: the task families committed to, metric words as features, notation. */
import { describe, expect, it } from 'vitest'
import { notationParts } from '../src/evidence/io.js'
import { readUnderTitle as read } from './read.js'

const familiesOf = (value: string) => [...read(value).familySet].sort()

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
})

describe('metric words', () => {
  it('reads a metric word under the model input as a feature, and a rate after `recall at 1` as an operating point', () => {
    const reading = read(
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
