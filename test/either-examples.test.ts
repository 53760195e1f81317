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

/** `rule example`: why `either` differs there. */
const expectedDifferences: Record<string, string> = {
  // Not an addition: "keeping the status quo", an option under `Alternatives considered`, is the word lists'
  // baseline; `model` (the rule's default) refuses it, and `either` keeps every unit the word lists pick.
  'ml-model-selection no-candidates.md': 'the word lists count a baseline that the default `model` refuses',
}

async function differences(): Promise<string[]> {
  const found: string[] = []
  for (const packageName of rulePackages()) {
    const docs = readRuleDocs(packageName)
    const rule = (await import(packageName)).default
    for (const example of docs.examples) {
      const config = { ...((example.config as object | undefined) ?? {}), judgement: 'either' }
      const file = await lint(example.input, [[rule, config]], example.name)
      const got = lines(file)
      if (JSON.stringify(got) !== JSON.stringify(example.output)) {
        found.push(`${docs.id} ${example.name}: ${JSON.stringify(example.output)} -> ${JSON.stringify(got)}`)
      }
    }
  }
  return found
}

describe('header examples under `judgement: "either"`', () => {
  it('give the default messages but where `either` adds a right answer', async () => {
    const found = await differences()
    const keys = found.map((line) => line.slice(0, line.indexOf(':')))
    expect(found.filter((_, at) => !Object.hasOwn(expectedDifferences, keys[at]))).toEqual([])
    expect(keys.sort()).toEqual(Object.keys(expectedDifferences).sort())
  })
})
