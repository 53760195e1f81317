/** Spans that name a period or a live test's length are no history of the data. */
import { describe, expect, it } from 'vitest'
import { readUnderTitle } from './read.js'

const history = (value: string) =>
  readUnderTitle(value)
    .quantities('history')
    .map((item) => item.text)

describe('history', () => {
  it('reads no count in a year that names a period, and still spans a range of years', () => {
    expect(history('## Data available\n\nBooking logs; we test on the 2024 season.\n')).toEqual([])
    expect(history('## Data available\n\nBooking logs for 3 seasons, 2019–2023.\n')).toEqual(['3 seasons', '2019–2023'])
  })

  it('reads no history in a row filed as online, even in a data column', () => {
    const table = (label: string) =>
      `## Evaluation\n\n| step | data | metric |\n|---|---|---|\n| ${label} | 10% owner experiment vs the rest, 4 weeks | bookings per listing |\n`
    expect(history(table('online'))).toEqual([])
    expect(history(table('training'))).toEqual(['4 weeks'])
  })

  it('reads no history in how late a label comes, and still reads the history beside it', () => {
    expect(history('## Labels for training\n\n- Chargebacks label fraud, but they are delayed ~30–60 days.\n')).toEqual(
      [],
    )
    expect(history('## Data\n\nLabels arrive within about two hours of checkout.\n')).toEqual([])
    expect(history('## Data\n\n14 months of completed orders; labels are delayed by 2 days.\n')).toEqual([
      '14 months of completed orders',
    ])
  })
})
