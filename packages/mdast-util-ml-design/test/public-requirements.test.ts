/**
 * Reader tests for the requirement shapes met in public design documents (issue 13, public round): numbers set as
 * TeX math, scale given as the answer to a "how many" question, bare kinds under `Constraints`, serving modes listed
 * as alternatives.
 */
import { describe, expect, it } from 'vitest'
import type { QuantityKind } from '../src/index.js'
import { evidenceTexts, read } from './read.js'

/** The texts of the quantities of a kind, whitespace folded. */
function quantities(value: string, kind: QuantityKind): string[] {
  return read(`# T\n\n${value}\n`)
    .quantities(kind)
    .map((item) => item.text.replace(/\s+/g, ' ').trim())
}

/** The texts of the sentences that answer a requirement (once each: a section and a sentence may both find one). */
function evidence(value: string, id: 'constraints' | 'data-labels'): string[] {
  const reading = read(`# T\n\n${value}\n`)
  const sentences = new Set(reading.evidence(id).map((item) => item.sentence))
  return [...sentences].map((sentence) => reading.textOf(reading.sentences[sentence]).trim())
}

const constraints = (value: string) => evidence(value, 'constraints')

/** The texts of the sentences that state how fast predictions must be. */
function speed(value: string): string[] {
  const reading = read(`# T\n\n${value}\n`)
  return reading.speedStatements().map((item) => reading.textOf(reading.sentences[item.sentence]).trim())
}

describe('numbers set as TeX math', () => {
  it('reads a number between dollar signs as the number', () => {
    expect(quantities('## Requirements\n\n- Scale: $100$ million users', 'scale')).toEqual(['100 million users'])
    expect(quantities('## Requirements\n\n- Traffic: $40$k ad requests per second', 'scale')).toEqual([
      '40 k ad requests per second',
    ])
  })

  it('leaves formulas and money alone', () => {
    expect(quantities('## Requirements\n\n- Storage: $5 * 10^{16}$ users of bytes', 'scale')).toEqual([])
    expect(quantities('## Requirements\n\n- The plan costs $40 a month.', 'scale')).toEqual([])
  })
})

describe('scale given as the answer to a question that asks how many', () => {
  it('takes the unit from the question and the number from its answer', () => {
    expect(
      quantities(
        '## Clarifying questions\n\n- What is the total number of users on the site? (roughly 1 billion)',
        'scale',
      ),
    ).toEqual(['1 billion'])
    expect(quantities('## Clarifying questions\n\n- How many daily active users?\n  - ~300M', 'scale')).toEqual([
      '300M',
    ])
  })

  it('does not read a count per entity, a question about data or an unanswered question as scale', () => {
    expect(
      quantities('## Clarifying questions\n\n- How many friends does an average user have? (about 500)', 'scale'),
    ).toEqual([])
    expect(
      quantities('## Clarifying questions\n\n- How many labelled queries does the training data hold? (10k)', 'scale'),
    ).toEqual([])
    expect(quantities('## Clarifying questions\n\n- How many users are there?\n- Is it global?', 'scale')).toEqual([])
  })
})

describe('a data label over nested bullets', () => {
  it('reads a size nested under `Data size:` as the size of the data', () => {
    expect(quantities('## Estimation\n\n- Data size:\n  - Roughly 50 PB in all.', 'data-size')).toEqual(['50 PB'])
  })

  it('does not read a size nested under another label as data', () => {
    expect(quantities('## Estimation\n\n- Model binary:\n  - Roughly 50 PB in all.', 'data-size')).toEqual([])
  })
})

describe('constraints under a `Constraints` heading', () => {
  it('does not take a bare kind for a limit', () => {
    expect(constraints('## Constraints\n\n- Inference and infrastructure costs\n- PII/PHI considerations.')).toEqual([])
  })

  it('still takes a kind with a value or a sentence that limits something', () => {
    expect(constraints('## Constraints\n\n- Hardware: one 16 GB GPU')).toEqual(['Hardware: one 16 GB GPU'])
    expect(constraints('## Constraints\n\n- PII never leaves the EU region.')).toEqual([
      'PII never leaves the EU region.',
    ])
  })

  it('does not take a retraining cadence for a limit', () => {
    expect(constraints('## Constraints\n\n- The model requires periodic retraining as tastes change.')).toEqual([])
    expect(constraints('## Constraints\n\n- Training must finish within 2 hours on one GPU.')).toEqual([
      'Training must finish within 2 hours on one GPU.',
    ])
  })
})

describe('serving modes listed as alternatives', () => {
  it('chooses no mode from a list of batch and live modes', () => {
    expect(speed('## Deployment\n\n- Serving pattern (batch, realtime, streaming).')).toEqual([])
    expect(speed('## Requirements\n\n- Predictions served real-time or batch, to be decided with the team.')).toEqual(
      [],
    )
  })

  it('still reads a mode chosen beside the list, and a run of one kind', () => {
    expect(speed('## Requirements\n\n- Batch or real-time: we score every order in real time.')).toEqual([
      'Batch or real-time: we score every order in real time.',
    ])
    expect(speed('## Requirements\n\n- Each request is scored online/real-time by the ranking service.')).toEqual([
      'Each request is scored online/real-time by the ranking service.',
    ])
  })
})

describe('labels', () => {
  const labels = (value: string) => evidence(value, 'data-labels')

  it('does not read business outcomes as labels', () => {
    expect(labels('## Skills\n\n- Connect technical decisions to business outcomes.')).toEqual([])
  })

  it('still reads an outcome that is recorded or used as the target', () => {
    expect(labels('## Data\n\n- The repayment outcome after 90 days is recorded in the loan ledger.')).toEqual([
      'The repayment outcome after 90 days is recorded in the loan ledger.',
    ])
  })
})

describe('numbers that complete a name', () => {
  it('reads no count after a phase, step or option word', () => {
    expect(
      quantities(
        '## Requirements\n\n- The SMS data is acceptable for the Phase 1 baseline; later phases add email data.',
        'data-size',
      ),
    ).toEqual([])
  })

  it('still reads the count beside it', () => {
    expect(
      quantities('## Requirements\n\n- Phase 1 trains on the SMS data: 5,574 labelled messages.', 'data-size'),
    ).toEqual(['5,574 labelled messages'])
  })
})

describe('tuning-half shapes', () => {
  it('takes stripping data for privacy as a limit, and stripping alone as none', () => {
    expect(constraints('## Data\n\n- Query clean-up: strip phone numbers and account ids (privacy).')).toEqual([
      'Query clean-up: strip phone numbers and account ids (privacy).',
    ])
    expect(constraints('## Data\n\n- Strip HTML tags from the articles.')).toEqual([])
  })

  it('reads no scale in a condition on one session', () => {
    expect(quantities('## Product\n\n- The contact button appears only after 2 searches.', 'scale')).toEqual([])
    expect(quantities('## Product\n\n- The help center serves 2M searches a day.', 'scale')).toEqual([
      '2M searches a day',
    ])
  })
})

describe('a platform or where data must reside, as a limit', () => {
  it('counts under `Constraints` only: elsewhere the same words describe the design', () => {
    expect(evidenceTexts('# T\n\n## Constraints\n\n- Must be deployed on AWS only\n', 'constraints')).toEqual([
      'Must be deployed on AWS only',
    ])
    expect(evidenceTexts('# T\n\n## Constraints\n\n- Data must be stored in Germany\n', 'constraints')).toEqual([
      'Data must be stored in Germany',
    ])
    const design = [
      '# T',
      '## Monitoring',
      'The monitoring infrastructure must page the on-call engineer when drift exceeds the threshold.',
      '## Deployment',
      'The model is served on AWS and must return a score per request.',
    ].join('\n\n')
    expect(evidenceTexts(`${design}\n`, 'constraints')).toEqual([])
  })
})
