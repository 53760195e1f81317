/**
 * Table rows: which cells stand on one row of a table, and which cell heads each column. A GFM row is one line, and a
 * table is a run of cell blocks (`text.ts` makes a block of every cell, the header row's too), so both are read from
 * the blocks alone, once per list of blocks.
 */
import type { Block } from './text.js'

/** A table row: the blocks of its cells, and of its table's first (header) row, each in column order. */
export interface TableRow {
  readonly cells: readonly number[]
  readonly header: readonly number[]
}

const rowsByBlocks = new WeakMap<readonly Block[], ReadonlyArray<TableRow | undefined>>()

/** The row of the cell at block `index`; undefined for a block that is no cell, or a cell with no position. */
export function tableRowOf(blocks: readonly Block[], index: number): TableRow | undefined {
  let rows = rowsByBlocks.get(blocks)
  if (!rows) {
    rows = indexRows(blocks)
    rowsByBlocks.set(blocks, rows)
  }
  return rows[index]
}

/** Whether two blocks are cells of one row. */
export function sameTableRow(blocks: readonly Block[], first: number, second: number): boolean {
  const row = tableRowOf(blocks, first)
  return row !== undefined && row === tableRowOf(blocks, second)
}

function indexRows(blocks: readonly Block[]): Array<TableRow | undefined> {
  const rows: Array<TableRow | undefined> = new Array(blocks.length).fill(undefined)
  let header: number[] | undefined
  let row: { cells: number[]; header: number[] } | undefined
  let line = -1
  blocks.forEach((block, index) => {
    const at = block.kind === 'cell' ? block.node.position?.start.line : undefined
    if (at === undefined) {
      // Not a cell: the table, if any, ends here.
      header = undefined
      row = undefined
      line = -1
      return
    }
    if (!row || at !== line) {
      const cells: number[] = []
      header ??= cells
      row = { cells, header }
      line = at
    }
    row.cells.push(index)
    rows[index] = row
  })
  return rows
}
