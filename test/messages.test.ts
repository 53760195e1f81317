import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluate } from '../scripts/evaluate.js'
import {
  type ActualMessage,
  checkExpectedMessages,
  type ExpectedMessage,
  locateMessages,
  matchMessages,
  partMatches,
  ruleStages,
  sectionMatches,
  type Tree,
} from '../scripts/messages.js'
import { createProcessor, loadRules } from '../scripts/score.js'

const stageOf = ruleStages()

const design = `# Churn model

## 1. Goals

We want to cut monthly churn by 5% for 2M subscribers, scoring each night in batch.

## 2. Framing

The model predicts the probability that a subscriber cancels within 30 days.

### Metrics

Offline: ROC-AUC on a held-out month.

## 5. Evaluation

TBD
`

function actual(rule: string, section: string | null, fields: Partial<ActualMessage> = {}): ActualMessage {
  return {
    rule,
    line: 1,
    column: 1,
    reason: 'Unexpected missing thing',
    section,
    missing: true,
    inOwnStage: false,
    ...fields,
  }
}

const expected = (rule: string, section: string, part = 'placeholder'): ExpectedMessage => ({ rule, part, section })

describe('sectionMatches', () => {
  it('compares heading text, whitespace aside', () => {
    expect(sectionMatches(expected('r', '5.  Evaluation'), actual('r', '5. Evaluation'))).toBe(true)
    expect(sectionMatches(expected('r', '5. Evaluation'), actual('r', 'Evaluation'))).toBe(false)
    expect(sectionMatches(expected('r', '5. Evaluation'), actual('r', null))).toBe(false)
  })

  it('takes "(missing)" as a missing-report outside the stage of its rule', () => {
    expect(sectionMatches(expected('r', '(missing)'), actual('r', 'Goals'))).toBe(true)
    expect(sectionMatches(expected('r', '(missing)'), actual('r', 'Goals', { inOwnStage: true }))).toBe(false)
    expect(sectionMatches(expected('r', '(missing)'), actual('r', 'Goals', { missing: false }))).toBe(false)
  })

  it('takes "(document)" anywhere', () => {
    expect(sectionMatches(expected('r', '(document)'), actual('r', null, { missing: false }))).toBe(true)
  })
})

describe('partMatches (the seam for message ids)', () => {
  it('accepts any part while messages carry none, and compares once they do', () => {
    expect(partMatches(expected('r', 'X', 'baseline'), actual('r', 'X'))).toBe(true)
    expect(partMatches(expected('r', 'X', 'baseline'), actual('r', 'X', { part: 'baseline' }))).toBe(true)
    expect(partMatches(expected('r', 'X', 'baseline'), actual('r', 'X', { part: 'candidates' }))).toBe(false)
  })
})

describe('matchMessages', () => {
  it('pairs one to one, same rule only, and reports the rest', () => {
    const match = matchMessages(
      [expected('a', 'Goals'), expected('a', 'Goals'), expected('b', 'Goals')],
      [actual('a', 'Goals'), actual('b', 'Data'), actual('c', 'Goals')],
    )
    expect(match.matched).toHaveLength(1)
    expect(match.missed.map((item) => item.rule)).toEqual(['a', 'b'])
    expect(match.extra.map((item) => item.rule)).toEqual(['b', 'c'])
  })

  it('finds the largest pairing where taking the first fit would not', () => {
    // The first actual message fits both expected ones; the second only the first.
    const match = matchMessages(
      [expected('a', '(document)'), expected('a', 'Data')],
      [actual('a', 'Data'), actual('a', 'Goals')],
    )
    expect(match.matched).toHaveLength(2)
    expect(match.missed).toEqual([])
    expect(match.extra).toEqual([])
  })
})

describe('checkExpectedMessages', () => {
  const rules = new Set(['ml-scale', 'ml-latency'])
  it('keeps sound messages', () => {
    const sound = [expected('ml-scale', '(missing)', 'scale')]
    expect(checkExpectedMessages('d.md', { 'ml-scale': 'why' }, sound, rules)).toEqual({
      problems: [],
      messages: sound,
      unscored: new Set(),
    })
  })
  it('names every problem, drops malformed messages and leaves their rules unscored', () => {
    const checked = checkExpectedMessages(
      'd.md',
      { 'ml-scale': 'why', 'ml-latency': 'why' },
      [
        expected('ml-scale', '', 'scale'),
        expected('ml-retraining', 'X', 'retraining'),
        expected('ml-latency', 'X', 'speed'),
      ],
      rules,
    )
    expect(checked.problems).toEqual([
      'd.md: messages[0]: no section',
      'd.md: messages[1]: unknown rule ml-retraining',
      'd.md: messages[2]: unknown part speed',
    ])
    expect(checked.messages).toEqual([])
    expect([...checked.unscored].sort()).toEqual(['ml-latency', 'ml-scale'])
  })
  it('reports a firing rule without messages and a message for a silent rule', () => {
    const checked = checkExpectedMessages(
      'd.md',
      { 'ml-scale': 'why' },
      [expected('ml-latency', 'X', 'latency')],
      rules,
    )
    expect(checked.problems).toEqual([
      'd.md: messages[0]: ml-latency is labelled silent',
      'd.md: ml-scale is labelled as firing but has no expected message',
    ])
    expect([...checked.unscored].sort()).toEqual(['ml-latency', 'ml-scale'])
  })
})

describe('locateMessages on a small design', () => {
  let located: ActualMessage[]
  beforeAll(async () => {
    const processor = createProcessor(await loadRules())
    const file = new VFile({ path: 'design.md', value: design })
    const tree = processor.parse(file) as Tree
    await processor.run(tree, file)
    located = locateMessages(tree, file, stageOf)
  }, 60_000)

  const find = (rule: string, reason: RegExp) =>
    located.find((message) => message.rule === rule && reason.test(message.reason))

  it('puts a message about a section at that section', () => {
    expect(find('ml-no-placeholders', /TBD/)).toMatchObject({ section: '5. Evaluation', line: 15, missing: false })
  })

  it('puts an insertion point in the section it would extend', () => {
    // Inserted before `## 2. Framing`: it extends the goals.
    expect(find('ml-constraints', /missing constraints/)).toMatchObject({ section: '1. Goals', inOwnStage: true })
    // Inserted before `## 5. Evaluation`, after the metrics: outside any data section.
    expect(find('ml-missing-data', /missing/)).toMatchObject({ section: 'Metrics', missing: true, inOwnStage: false })
  })

  it('puts an insertion at the end of the document in the last section', () => {
    expect(find('ml-monitoring', /missing monitoring stage/)).toMatchObject({
      section: '5. Evaluation',
      inOwnStage: false,
    })
  })
})

describe('message-level scores', () => {
  it('counts a right verdict with a misplaced message as wrong, and a well-placed one as right', async () => {
    const fires = { 'ml-no-placeholders': 'evaluation is TBD', 'ml-monitoring': 'no monitoring stage' }
    const messages = [
      expected('ml-no-placeholders', '2. Framing'), // wrong section on purpose
      expected('ml-monitoring', '(missing)', 'monitoring'),
    ]
    const scores = await evaluate(
      [{ name: 'design.md', split: 'heldout', shape: 'interview', text: design, fires, messages }],
      ['heldout'],
      ['heldout'],
    )
    expect(scores.messages.documents).toBe(1)
    expect(scores.messages.rules['ml-no-placeholders'].pairs).toMatchObject({ tp: 0, fp: 1, fn: 1 })
    expect(scores.messages.rules['ml-monitoring'].pairs).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(scores.rules['ml-no-placeholders'].heldout).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(scores.messageDisagreements.map((item) => item.rule)).toContain('ml-no-placeholders')
    expect(scores.shapes.interview).toMatchObject({ documents: 1, messageDocuments: 1 })
  }, 60_000)

  it('reports unsound expected messages and leaves their pairs out, without stopping', async () => {
    const scores = await evaluate(
      [{ name: 'd.md', split: 'heldout', text: design, fires: { 'ml-scale': 'x' }, messages: [] }],
      ['heldout'],
      ['heldout'],
    )
    expect(scores.labelProblems).toEqual(['d.md: ml-scale is labelled as firing but has no expected message'])
    const pairs = scores.messages.rules['ml-scale'].pairs
    expect(pairs.tp + pairs.fp + pairs.fn + pairs.tn).toBe(0)
    expect(scores.messages.rules['ml-latency'].pairs.tn + scores.messages.rules['ml-latency'].pairs.fp).toBe(1)
  }, 60_000)
})
