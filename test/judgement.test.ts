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
