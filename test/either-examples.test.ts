/**
 * Every rule's header examples under `judgement: "either"`: the examples are
 * the contract's own cases, so a sentence the model adds must not silence a
 * rule where the contract says it fires. The examples whose messages differ
 * from the default's are listed here with why: one where the rule fires only
 * because no word list knows the writer's words (`either` adds a right
 * answer), or, for a rule whose default is `model`, one where `model`
 * refuses a word-list unit that `either`, which never refuses, keeps.
 */
import { describe, expect, it } from 'vitest'
import { readRuleDocs, rulePackages } from '../scripts/rule-docs.js'
import { lines, lint } from './lint.js'

/** `rule example`: why `either` differs there, and the messages it gives instead. */
const expectedDifferences: Record<string, { why: string; output: string[] }> = {
  // Not an addition: "keeping the status quo", an option under `Alternatives considered`, is the word lists'
  // baseline; `model` (the rule's default) refuses it, and `either` keeps every unit the word lists pick.
  'ml-model-selection no-candidates.md': {
    why: 'the word lists count a baseline that the default `model` refuses',
    output: [
      '3:1-3:27: Unexpected missing candidate models, expected the models or algorithms the design will try in a `Model selection` section, such as `Candidates: logistic regression, then LightGBM on the same features`',
    ],
  },
}

/** Every header example whose messages under `either` differ from its default's, with what `either` gives. */
async function differences(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>()
  for (const packageName of rulePackages()) {
    const docs = readRuleDocs(packageName)
    const rule = (await import(packageName)).default
    for (const example of docs.examples) {
      const config = { ...((example.config as object | undefined) ?? {}), judgement: 'either' }
      const file = await lint(example.input, [[rule, config]], example.name)
      const got = lines(file)
      if (JSON.stringify(got) !== JSON.stringify(example.output)) found.set(`${docs.id} ${example.name}`, got)
    }
  }
  return found
}

describe('header examples under `judgement: "either"`', () => {
  it('give the default messages but where listed, and there the listed ones', async () => {
    const found = await differences()
    expect([...found.keys()].sort()).toEqual(Object.keys(expectedDifferences).sort())
    for (const [key, got] of found) expect(got, key).toEqual(expectedDifferences[key].output)
  })
})
