/**
 * Reader tests for where and how documents state their data, scale, latency and constraints (issue 13, fourth
 * round, part D): counts that are shares or data, recorded time, tuples, bare questions about the labels, modes and
 * cadences that are about something else, and limits on personal data and hardware. Each shape has a nearby case
 * where it must not fire.
 */
import { describe, expect, it } from 'vitest'
import type { QuantityKind } from '../src/index.js'
import { read } from './read.js'

/** The texts of a document's quantities of one kind. */
function quantities(value: string, kind: QuantityKind): string[] {
  return read(value)
    .quantities(kind)
    .map((item) => item.text)
}

/** The texts of the sentences that say how fast predictions must be. */
function speedTexts(value: string): string[] {
  const reading = read(value)
  return reading.speedStatements().map(({ sentence }) => reading.textOf(reading.sentences[sentence]).trim())
}

/** Whether a document states a constraint (besides latency) anywhere. */
function constrained(value: string): boolean {
  return read(value).evidence('constraints').length > 0
}

describe('scale', () => {
  it('does not count the base of a share', () => {
    expect(quantities('# T\n\n## Context\n\n- ~1 in 9 calls is re-routed by hand\n', 'scale')).toEqual([])
    expect(quantities('# T\n\n## Context\n\n- one in 20 orders arrives late\n', 'scale')).toEqual([])
    expect(quantities('# T\n\n## Context\n\n- about 9 calls a minute at peak\n', 'scale')).toEqual(['9 calls a minute'])
  })

  it('does not count held-out or labelled data as load', () => {
    expect(quantities('# T\n\n## Evaluation\n\nEditors judge drafts for 200 held-out requests.\n', 'scale')).toEqual([])
    expect(quantities('# T\n\n## Requirements\n\n- 200 requests a second at peak\n', 'scale')).toEqual([
      '200 requests a second',
    ])
  })

  it('keeps a count per entity under a Scale or Volume label', () => {
    expect(quantities('# T\n\n- Volume: ~14k applications per autumn intake\n', 'scale')).toEqual(['14k applications'])
    expect(quantities('# T\n\n## Model\n\n- score ~400 candidates per customer\n', 'scale')).toEqual([])
  })

  it('reads a large count of what is served in the requirements', () => {
    expect(
      quantities('# T\n\n## Context\n\n- 62,000 connected units in 4 countries send telemetry.\n', 'scale'),
    ).toEqual(['62,000 connected units'])
    // Not with a data word, nor in the data's own section, nor when small.
    expect(quantities('# T\n\n## Context\n\n- 62,000 units of logged telemetry.\n', 'scale')).toEqual([])
    expect(quantities('# T\n\n## Data available\n\n- 62,000 connected units.\n', 'scale')).toEqual([])
    expect(quantities('# T\n\n## Context\n\n- 40 connected units in 4 countries.\n', 'scale')).toEqual([])
  })
})

describe('data size', () => {
  it('reads recorded hours and nights where the data is described', () => {
    expect(quantities('# T\n\n## Data\n\n- Internal: 300 h of consented meetings\n', 'history')).toEqual(['300 h'])
    expect(quantities('# T\n\n## Data\n\n- ~5,600 ring nights total\n', 'history')).toEqual(['5,600 ring nights'])
    // Elsewhere, or as a window or delay, it is a duration.
    expect(quantities('# T\n\n## Model\n\n- 300 h of consented meetings\n', 'history')).toEqual([])
    expect(quantities('# T\n\n## Data\n\n- reward window 2 h is long enough\n', 'history')).toEqual([])
    expect(quantities('# T\n\n## Data\n\n- labels arrive 48 h after the call\n', 'history')).toEqual([])
    expect(quantities('# T\n\n## Data\n\n- open rate with a half-life 7 days\n', 'history')).toEqual([])
    // Days retained are the history there is; days in a label's definition are not.
    expect(quantities('# T\n\ndata:\n- netflow, ~30 days retained in the lake\n', 'history')).toEqual(['30 days'])
    expect(quantities('# T\n\n## Data\n\n- label: bad = 60+ days past due\n', 'history')).toEqual([])
    expect(quantities('# T\n\n## Data\n\n- label: churned = no purchase in 30 days\n', 'history')).toEqual([])
  })

  it('reads no delay as history', () => {
    expect(quantities('# T\n\n- Labels?\n  - lag: 2-6 weeks\n', 'history')).toEqual([])
    expect(quantities('# T\n\n- Labels?\n  - 2 yrs of chargebacks\n', 'history')).toEqual(['2 yrs'])
  })

  it('reads the answers to a bare question about the labels as the data', () => {
    expect(quantities('# T\n\n- Labels?\n  - 1.9M past verifications with the analyst outcome\n', 'data-size')).toEqual(
      ['1.9M past verifications'],
    )
    expect(quantities('# T\n\n- Goal?\n  - 1.9M past verifications with the analyst outcome\n', 'data-size')).toEqual(
      [],
    )
  })

  it('reads a count through the tuple a row holds', () => {
    expect(quantities('# T\n\n- Data: send logs, ~1.1B (user, event, sent, opened) rows\n', 'data-size')).toEqual([
      '1.1B (user, event, sent, opened) rows',
    ])
    expect(quantities('# T\n\n- Data: a net with 2 (deep & cross) layers\n', 'data-size')).toEqual([])
  })

  it('reads no year as a count', () => {
    expect(quantities('# T\n\n## Data\n\n- the 2025 random-hour test logs\n', 'data-size')).toEqual([])
  })
})

describe('data source', () => {
  it('reads a bold data label with a full stop from its first word', () => {
    const sources = (value: string) => read(value).evidence('data-source').length
    expect(sources('# T\n\n- **Data.** referral ledger since 2023: ~310k payouts\n')).toBe(1)
    expect(sources('# T\n\n- **Model.** a ledger of experiments since 2023\n')).toBe(0)
  })

  it('reads where people keep and pull data as its source, and an export as data', () => {
    const sources = (value: string) => read(value).evidence('data-source').length
    expect(sources('# T\n\n- clf: resolved vs not\n  - ~210k replies in the helpdesk export (2 yrs)\n')).toBe(1)
    expect(sources('# T\n\n- the model binary is exported to ONNX\n')).toBe(0)
    expect(
      quantities('# T\n\n- clf: resolved vs not\n  - ~210k replies in the helpdesk export (2 yrs)\n', 'data-size').map(
        (text) => text.startsWith('210k replies'),
      ),
    ).toEqual([true])
  })
})

describe('labels', () => {
  it('reads human-written references as labels', () => {
    const labels = (value: string) => read(value).evidence('data-labels').length
    expect(labels('# T\n\n- 480 instructor-written lecture summaries from the old product → our references\n')).toBe(1)
    expect(labels('# T\n\n- a logistic regression trained alongside as the interpretable reference\n')).toBe(0)
  })

  it('reads existing records kept as labels', () => {
    const labels = (value: string) => read(value).evidence('data-labels').length
    expect(labels("# T\n\n- 38k resolved chats, the agent's final messages kept as reference answers\n")).toBe(1)
    expect(labels('# T\n\n- 38k resolved chats, kept as a backup in cold storage\n')).toBe(0)
  })
})

describe('latency and serving mode', () => {
  it('reads no mode or cadence under a retraining, pipeline or explanation label', () => {
    expect(speedTexts('# T\n\n- **Retraining.** Weekly on the last 18 months of decisions.\n')).toEqual([])
    expect(speedTexts('# T\n\n- Pipeline: a nightly Spark job joins the listing snapshot at query time.\n')).toEqual([])
    expect(speedTexts('# T\n\n- Serving: scored in a nightly batch job.\n')).toEqual([
      'Serving: scored in a nightly batch job.',
    ])
  })

  it('reads no budget in a duration beside the history', () => {
    expect(speedTexts('# T\n\n## Data\n\n- 2.5 yrs of lead deliveries (no response in 48 h)\n')).toEqual([])
    expect(speedTexts('# T\n\n## Requirements\n\n- each response within 2 s end to end\n')).toHaveLength(1)
  })
})

describe('constraints', () => {
  it('reads limits on personal data', () => {
    expect(constrained('# T\n\n- photos kept 90 days (privacy policy updated)\n')).toBe(true)
    expect(constrained('# T\n\n- GPS pings only for hauliers who signed the data-sharing agreement\n')).toBe(true)
    // Words of keeping with no topic of privacy, hardware or data limit.
    expect(constrained('# T\n\n- the agent final messages kept as reference answers\n')).toBe(false)
  })

  it('reads hardware already bought', () => {
    expect(constrained('# T\n\n- cams + edge PC per 4 looms already bought (1× RTX 4000)\n')).toBe(true)
  })

  it('reads no limit in training-serving consistency', () => {
    expect(constrained('# T\n\nTraining must see the same information as serving.\n')).toBe(false)
    expect(constrained('# T\n\nTraining must finish in under 2 hours.\n')).toBe(true)
  })
})

describe('cue words about something else in the data', () => {
  /** The texts of the sentences a requirement's evidence stands on. */
  const evidenceTexts = (value: string, id: 'data-source' | 'data-labels') => {
    const reading = read(value)
    return reading.evidence(id).map((item) => reading.textOf(reading.sentences[item.sentence]).trim())
  }

  it('reads a label defined by a state not reached as a label, and only a pending decision as undecided', () => {
    const labels = '# T\n\n## Data\n\n- Labels: orders not pulled from the shelf within 2 h are labelled abandoned.\n'
    expect(evidenceTexts(labels, 'data-labels')).not.toEqual([])
    const pending = '# T\n\n## Data\n\n- Labels: the label source is not pulled yet.\n'
    expect(evidenceTexts(pending, 'data-labels')).toEqual([])
  })

  it('reads decibels as a unit, not a database', () => {
    expect(
      evidenceTexts('# T\n\n## Data\n\n- Readings are noise levels in dB from the floor.\n', 'data-source'),
    ).toEqual([])
    expect(evidenceTexts('# T\n\n## Data\n\n- Readings come from the grading DB.\n', 'data-source')).not.toEqual([])
  })

  it('reads predictions written back to a system as no label source, and references written by people as one', () => {
    expect(evidenceTexts('# T\n\n## Data\n\nPredicted labels are written back to the CRM.\n', 'data-labels')).toEqual(
      [],
    )
    expect(
      evidenceTexts('# T\n\n## Data\n\n- 480 instructor-written summaries are the references.\n', 'data-labels'),
    ).not.toEqual([])
  })
})
