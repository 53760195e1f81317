/**
 * Reader tests for shapes met in the public batch `pv` (specs, course projects, templates by authors the rules had
 * never met): a `Value proposition` heading, where a listed dataset came from, model sizes counted in parameters, a
 * one-sided error target written as a label and its value, and an output said as which of the entities the model
 * picks out. Each shape has a nearby case where it must not fire.
 */
import { describe, expect, it } from 'vitest'
import { evidenceTexts, quantityTexts, read } from './read.js'

const quantities = quantityTexts
const evidence = evidenceTexts

/** The metric names a document mentions as metrics. */
function metricNames(value: string): string[] {
  return read(`# T\n\n${value}\n`).metrics.map((mention) => mention.metric.name)
}

describe('a value proposition heading', () => {
  it('opens the business objective', () => {
    const reading = read('# T\n\n## Value proposition\n\nRadiologists read every scan twice; we want to cut that.\n')
    const section = reading.sections.find((item) => item.text === 'Value proposition')
    expect(section?.parts).toContain('business-objective')
  })

  it('leaves a heading about something else alone', () => {
    const reading = read('# T\n\n## Proposal review\n\nThe committee meets on Fridays.\n')
    const section = reading.sections.find((item) => item.text === 'Proposal review')
    expect(section?.parts ?? []).not.toContain('business-objective')
  })
})

describe('where a listed dataset comes from', () => {
  const table = (cell: string) =>
    `## Value proposition\n\nFewer second reads.\n\n### Outside materials\n\n| name | origin |\n|---|---|\n| Spoken digits | ${cell} |`

  it('reads a count beside its provenance as data, not scale', () => {
    expect(quantities(table('Created by a university lab, 90k recorded clips of spoken digits'), 'scale')).toEqual([])
    expect(quantities(table('Compiled from four hospital archives, 90k recorded clips'), 'scale')).toEqual([])
    expect(quantities(table('Created by a university lab, 90k recorded clips of spoken digits'), 'data-size')).toEqual([
      '90k recorded clips',
    ])
  })

  it('still reads load created by users as scale', () => {
    expect(quantities('## Requirements\n\n- 9,500 tickets a day, created by customers', 'scale')).toEqual([
      '9,500 tickets a day',
    ])
  })
})

describe('model sizes', () => {
  it('does not count parameters as what the system serves', () => {
    expect(quantities('## Requirements\n\n- Encoder: a pretrained speech model (95m parameters)', 'scale')).toEqual([])
  })

  it('still counts what it serves in the same place', () => {
    expect(quantities('## Requirements\n\n- About 95m patients a year are screened', 'scale')).toHaveLength(1)
  })
})

describe('a one-sided error target as a label and its value', () => {
  it('answers which error matters', () => {
    expect(evidence('- **Per-class recall:** ≥ 0.80 for the rare categories', 'error-costs')).toHaveLength(1)
    expect(evidence('- Recall: > 0.75 (catch three churners in four)', 'error-costs')).toHaveLength(1)
  })

  it('leaves a reported value without a sign alone', () => {
    expect(evidence('- Recall: 0.80 on the held-out month', 'error-costs')).toEqual([])
  })
})

describe('an output said as which entities the model picks out', () => {
  it('states the output', () => {
    expect(
      evidence('We use machine learning to predict which patients will miss their appointment.', 'output'),
    ).toHaveLength(1)
  })

  it('leaves people who predict, or cannot, alone', () => {
    expect(evidence('Nobody can predict which wards will adopt the tool first.', 'output')).toEqual([])
    expect(
      evidence('Bed managers today predict which patients will leave tomorrow from experience alone.', 'output'),
    ).toEqual([])
  })
})

describe('moderation metrics measured on live traffic', () => {
  it('names the appeal overturn rate', () => {
    expect(metricNames('Online: the appeal overturn rate, weekly.')).toEqual(['user reports'])
    expect(metricNames('Online: the overturn rate of auto-hidden comments.')).toEqual(['user reports'])
  })

  it('leaves decisions overturned on appeal alone', () => {
    expect(metricNames('Decisions overturned on appeal are relabelled for the next training run.')).toEqual([])
  })
})

describe('a bold line that closes a table or a code block', () => {
  const closing = (body: string) => {
    const reading = read(`# T\n\n## Classes\n\n${body}\n\n## Model\n\nA detector.\n`)
    return reading.sections.filter((section) => section.pseudo).map((section) => reading.closesContent(section))
  }
  const table = '| Class | Images |\n| --- | --- |\n| empty | 4,000 |'

  it('closes what stands before it when it carries a value of its own', () => {
    expect(closing(`${table}\n\n**Total: 1 class, about 4,000 images**`)).toEqual([true])
    expect(closing(`${table}\n\n**Same labelling guide for every store cluster**`)).toEqual([true])
  })

  it('does not when it is a bare title, names a stage, or follows prose', () => {
    expect(closing(`${table}\n\n**Next steps**`)).toEqual([false])
    expect(closing(`${table}\n\n**Monitoring**`)).toEqual([false])
    expect(closing('Two classes: empty and misplaced.\n\n**Total: 2 classes**')).toEqual([false])
  })
})
