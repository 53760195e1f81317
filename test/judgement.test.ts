/**
 * The model keeps lint runs deterministic: every rule judging by the model
 * gives the same messages on every run over the same input; `cues` and
 * `model` differ only where the model refuses or adds a unit.
 */
import { readFileSync } from 'node:fs'
import type { PluggableList } from 'unified'
import { describe, expect, it } from 'vitest'
import { loadRules } from '../scripts/score.js'
import { lines, lint } from './lint.js'

const documents = ['fixtures/complete-fraud-detection.md', 'fixtures/corpus/a-telco-churn.md']

async function messages(text: string, judgement: 'cues' | 'model'): Promise<string[]> {
  const rules = await loadRules()
  const plugins: PluggableList = rules.map((rule) => [rule.plugin, { judgement }])
  const file = await lint(text, plugins)
  return file.messages.map((message) => `${message.ruleId} ${lines({ messages: [message] } as never)[0]}`)
}

describe('judgement: "model"', () => {
  it.each(documents)('gives the same messages on every run over %s', async (path) => {
    const text = readFileSync(path, 'utf8')
    const first = await messages(text, 'model')
    expect(await messages(text, 'model')).toEqual(first)
  })

  it('changes nothing in a document whose units the model does not judge', async () => {
    const text = '# Notes\n\nNothing about a model here.\n'
    expect(await messages(text, 'model')).toEqual(await messages(text, 'cues'))
  })
})

describe('`judgement: "either"`, an option no rule defaults to', () => {
  // A limit under a heading the word lists do not map, in words no constraint cue has: the model adds it.
  const text = [
    '# Hourly garage prices',
    '',
    '## What the concession allows',
    '',
    'At most one price change per garage per hour, and every price must be shown on the entrance board.',
    '',
  ].join('\n')

  async function constraints(options?: { judgement: string }): Promise<string[]> {
    const rule = (await loadRules()).find((candidate) => candidate.id === 'ml-constraints')
    if (!rule) throw new Error('no ml-constraints rule')
    const file = await lint(text, [options ? [rule.plugin, options] : rule.plugin])
    return file.messages.map((message) => `${message.ruleId} ${lines({ messages: [message] } as never)[0]}`)
  }

  it('lets `ml-constraints` take an answer the model adds; by default (`cues`) it is missing', async () => {
    expect(await constraints({ judgement: 'either' })).toEqual([])
    // With the word lists alone it is missing; the stub goes at the end, where a `Constraints` section would.
    const cues = await constraints()
    expect(cues).toHaveLength(1)
    expect(cues[0]).toMatch(/^ml-constraints 6:1: Unexpected missing constraints, expected what the system must live/)
    expect(await constraints({ judgement: 'cues' })).toEqual(cues)
  })
})
