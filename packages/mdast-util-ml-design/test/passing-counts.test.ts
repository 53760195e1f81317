/**
 * Reader tests for words met in passing in public design documents (tune-da round): a count of the team or of the
 * work in a project plan is no size of the data, and fetching stored features names no retrieval task.
 */
import { describe, expect, it } from 'vitest'
import { quantityTexts, read } from './read.js'

/** The texts of the data sizes read, whitespace folded. */
const sizes = (value: string) => quantityTexts(value, 'data-size')

/** The task families the document commits to. */
function families(value: string): string[] {
  return [...new Set(read(`# T\n\n${value}\n`).families.map((item) => item.family))].sort()
}

describe('counts of the team and its work', () => {
  it('reads no data size in a staffing line, a role joined by a slash included', () => {
    expect(sizes('## Team\n\n- 1 Data/ML Architect to own the data platform')).toEqual([])
    expect(sizes('## Team\n\n- 1–2 Data/ML Ops engineers for the data pipelines')).toEqual([])
    expect(sizes('## Plan\n\n- Data ingestion epic: see the board (4 tasks)')).toEqual([])
  })

  it('still reads a count of data, with a slash between two kinds of data', () => {
    expect(sizes('## Data\n\n- 62,000 invoices/receipts from the billing export')).toEqual(['62,000 invoices'])
    expect(sizes('## Data\n\n- We learn from 12k labelled tickets in the helpdesk data.')).toEqual([
      '12k labelled tickets',
    ])
  })
})

describe('fetching stored features', () => {
  const eta = '## Framing\n\nWe predict the delivery time in minutes with a GBDT regressor.\n\n'

  it('names no retrieval task', () => {
    expect(
      families(`${eta}## Serving\n\n| step | budget |\n| --- | --- |\n| Feature retrieval from Redis | 20 ms |`),
    ).toEqual(['regression'])
    expect(
      read(`# T\n\n${eta}## Notes\n\n- Features retrieval from the online store takes 5 ms.\n`).onlyRegresses,
    ).toBe(true)
  })

  it('still reads retrieval as the task where candidates are retrieved', () => {
    expect(families('## Framing\n\nRetrieval: a two-tower model returns 500 candidate videos per user.')).toEqual([
      'ranking',
    ])
  })
})
