/** Table rows read from the blocks: the cells of one row, and the header cell over each column. */
import { describe, expect, it } from 'vitest'
import { sameTableRow, tableRowOf } from '../src/document/rows.js'
import { read } from './read.js'

const text = [
  '# T',
  '',
  '| Metric | Why it matters |',
  '|---|---|',
  '| AUC | ranking quality |',
  '| Recall | misses cost most |',
  '',
  'A paragraph between tables.',
  '',
  '| Signal | Action |',
  '|---|---|',
  '| drift | retrain |',
  '',
].join('\n')

describe('table rows', () => {
  const reading = read(text)
  const { blocks, prose } = reading
  const cellOf = (value: string) => blocks.findIndex((block) => prose.slice(block.start, block.end).trim() === value)
  const textOf = (index: number | undefined) =>
    index === undefined ? undefined : prose.slice(blocks[index].start, blocks[index].end).trim()

  it('gives a cell its row’s cells and its table’s header row, in column order', () => {
    const row = tableRowOf(blocks, cellOf('misses cost most'))
    expect(row?.cells.map(textOf)).toEqual(['Recall', 'misses cost most'])
    expect(row?.header.map(textOf)).toEqual(['Metric', 'Why it matters'])
    // A second table has a header of its own.
    expect(tableRowOf(blocks, cellOf('retrain'))?.header.map(textOf)).toEqual(['Signal', 'Action'])
  })

  it('tells cells of one row from cells of another, and a paragraph from a cell', () => {
    expect(sameTableRow(blocks, cellOf('AUC'), cellOf('ranking quality'))).toBe(true)
    expect(sameTableRow(blocks, cellOf('AUC'), cellOf('Recall'))).toBe(false)
    expect(tableRowOf(blocks, cellOf('A paragraph between tables.'))).toBeUndefined()
  })
})
