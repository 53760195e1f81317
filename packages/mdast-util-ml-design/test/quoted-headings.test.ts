/**
 * A heading inside a block quote: a line of the quote (`> ## Terms` over a glossary) unless its title names a stage
 * or a part (`> ## Evaluation`), where a document that quotes its sections keeps them.
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

/** Each section as its depth, title and the stages it names. */
const outline = (value: string) => read(value).sections.map((section) => [section.depth, section.text, section.stages])

describe('a heading inside a block quote', () => {
  it('opens a section when its title names a stage', () => {
    const value = [
      '# Parcel delay prediction',
      '## Problem Framing',
      'We predict whether a parcel arrives late, a binary classification.',
      '> ## Evaluation\n>\n> Recall at 80% precision on the last month of deliveries.',
      '> ## Monitoring\n>\n> We alert when the weekly late rate drifts by more than 5 points.',
    ].join('\n\n')
    expect(outline(value)).toEqual([
      [1, 'Parcel delay prediction', []],
      [2, 'Problem Framing', ['framing']],
      [2, 'Evaluation', ['evaluation']],
      [2, 'Monitoring', ['monitoring']],
    ])
  })

  it('stays a line of the quote when its title names nothing', () => {
    const value = [
      '# Parcel delay prediction',
      '## Problem',
      '> ## Glossary of terms\n>\n> - Late: delivered after the promised day.',
      'We predict whether a parcel arrives late, a binary classification.',
    ].join('\n\n')
    expect(outline(value).map(([, title]) => title)).toEqual(['Parcel delay prediction', 'Problem'])
  })
})
