/**
 * Reader tests for sizes that are not of the data the model learns from (tune-da round): the bytes of the index or
 * of the embeddings the system serves from, and the window a fine-tune is run on.
 */
import { describe, expect, it } from 'vitest'
import type { QuantityKind } from '../src/index.js'
import { read } from './read.js'

/** The texts of the quantities of a kind, whitespace folded. */
function quantities(value: string, kind: QuantityKind): string[] {
  return read(`# T\n\n${value}\n`)
    .quantities(kind)
    .map((item) => item.text.replace(/\s+/g, ' ').trim())
}

describe('the bytes of what the system serves from', () => {
  it('reads no data size in the size of an index or of embeddings', () => {
    expect(quantities('## Data storage\n\n- 800M embeddings × 256 dims × 4 bytes ≈ 0.8 TB raw', 'data-size')).toEqual(
      [],
    )
    expect(quantities('## Data storage\n\n- With indexing overhead and replication: ~3 TB.', 'data-size')).toEqual([])
  })

  it('still reads the bytes of the data, and of embeddings the model is trained on', () => {
    expect(quantities('## Data\n\n- 3 TB of clickstream logs from the last two years', 'data-size')).toEqual(['3 TB'])
    // An index that is a measure, not a store.
    expect(quantities('## Data\n\n- 2 TB of sky camera frames, each with its clear-sky index', 'data-size')).toEqual([
      '2 TB',
    ])
    expect(
      quantities('## Data\n\n- The ranker is trained on 2 TB of logged query embeddings and clicks.', 'data-size'),
    ).toEqual(['2 TB'])
  })
})

describe('the window a fine-tune runs on', () => {
  it('reads no history in the span of a periodic fine-tune', () => {
    expect(quantities('## Model\n\n- Periodically fine-tune on the last 30 days of data.', 'history')).toEqual([])
  })

  it('still reads the history the data holds', () => {
    expect(quantities('## Data\n\n- We keep 30 days of data in the warehouse.', 'history')).toEqual(['30 days of data'])
  })
})
