/**
 * Reader tests for shapes of latency and scale answers met while playing new authors (s18 lat probes): a unit of
 * load written as a label or a table row's first cell before a number with a multiplier; a cadence that is a rhythm
 * of the data (`weekly seasonality`); a bound written `must not take longer than`.
 */
import { describe, expect, it } from 'vitest'
import { quantityTexts, read } from './read.js'

/** The texts of the sentences that say how fast predictions must be. */
function speedTexts(value: string): string[] {
  const reading = read(`# T\n\n${value}\n`)
  return reading.speedStatements().map(({ sentence }) => reading.textOf(reading.sentences[sentence]).trim())
}

/** The texts of the scale quantities read, whitespace folded. */
const scale = (value: string) => quantityTexts(`# T\n\n${value}\n`, 'scale').map((text) => text.replace(/\s+/g, ' '))

describe('a unit of load as a label before its number', () => {
  it('reads a lead-in label and a table row with a multiplied count', () => {
    expect(scale('- Users: 500M\n- **Items:** ~10M')).toEqual(['Users: 500M', 'Items: ~10M'])
    expect(scale('| Dimension | Value |\n|---|---|\n| Users | 500M |\n| Requests | 2B |')).toEqual([
      'Users 500M',
      'Requests 2B',
    ])
  })

  it('leaves a count that carries its own unit to that unit', () => {
    expect(scale('- Users: ~14M searches/day')).toEqual(['14M searches/day'])
  })

  it('reads no scale from a small bare count, a data section or a model size under such a label', () => {
    expect(scale('- Users: 12 nurses in one ward\n- Items: 40 forms')).toEqual([])
    expect(scale('## Data\n\n- Transactions: 40M')).toEqual([])
    expect(scale('| Property | Value |\n|---|---|\n| Parameters | 7B |')).toEqual([])
  })
})

describe('a cadence that is a rhythm of the data', () => {
  it('chooses no prediction mode', () => {
    expect(
      speedTexts('## Model\n\nWe use Prophet because it handles weekly and yearly seasonality in the forecast.'),
    ).toEqual([])
    expect(speedTexts('The forecasting model captures daily and weekly patterns of demand.')).toEqual([])
    expect(speedTexts('Prophet handles several seasonalities (yearly, weekly) in the forecast.')).toEqual([])
  })

  it('still reads a schedule of forecasts', () => {
    expect(
      speedTexts('## Serving\n\nForecasts are produced weekly by a batch job and written to the planning table.'),
    ).toEqual(['Forecasts are produced weekly by a batch job and written to the planning table.'])
  })
})

describe('a cadence that is the grain of a quantity or part of a name in code', () => {
  it('chooses no prediction mode', () => {
    expect(speedTexts('The regressor predicts the average daily rate of each listing.')).toEqual([])
    expect(speedTexts('The model forecasts daily sales for every shop in the chain.')).toEqual([])
    expect(speedTexts('A script pulls `PRICES_WEEKLY` from the vendor and the model scores it.')).toEqual([])
  })

  it('still reads a schedule of predictions', () => {
    expect(speedTexts('The model forecasts sales daily for every shop and writes them to the planning table.')).toEqual(
      ['The model forecasts sales daily for every shop and writes them to the planning table.'],
    )
    expect(speedTexts('Daily predictions are computed overnight for each shop.')).toEqual([
      'Daily predictions are computed overnight for each shop.',
    ])
  })
})

describe('a bound written as what a prediction must not take', () => {
  it('reads it as a budget', () => {
    expect(speedTexts('Ranking of a search page must not take longer than 1 second.')).toEqual([
      'Ranking of a search page must not take longer than 1 second.',
    ])
  })

  it('reads no budget from a duration something merely takes', () => {
    expect(speedTexts('Ranking of a search page takes longer than 1 second today.')).toEqual([])
  })
})
