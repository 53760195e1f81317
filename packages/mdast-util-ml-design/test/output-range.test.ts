/** Reader tests for a range of predicted values written in numbers or signs (the `output-range` cue's `numericRanges`). */
import { describe, expect, it } from 'vitest'
import { writesRange } from '../src/evidence/io.js'

describe('a range of values written in numbers or signs', () => {
  const ranges = [
    '- output: ETA in minutes, 0–240 (trucks > 4 h away are not tracked)',
    'Task: regression; output is minutes, 1 to 90',
    '| task | forecasting; values are core counts ≥ 0 |',
    '- Output: 3 values in [0,1], one per horizon',
    '- regression of room-nights (count, 0 … rooms of that type)',
  ]
  const others = [
    '- grading DB: 42k essays, 2019–2025',
    'Created: 2025-11-08',
    '- forecast offered calls per queue, 1-14 days ahead',
    '- send between 06:00–21:00 local',
    '- conf > 0.5 on hole → stop signal',
  ]

  it('reads a range, an interval and a non-negative bound', () => {
    expect(ranges.filter((text) => !writesRange(text))).toEqual([])
  })

  it('leaves out years, dates, windows of time, clock times and a score cut-off', () => {
    expect(others.filter((text) => writesRange(text))).toEqual([])
  })
})
