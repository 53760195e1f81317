/**
 * Property-based tests over generated design documents: the order of the
 * rules in the preset does not change the messages, and appending a clear
 * statement of a requirement never adds a message for that requirement's
 * rule. Fixed seed, 1,000 cases per property (`pnpm fuzz` runs 100,000).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { designDocument, numRuns, seed, timeout } from './arbitraries.js'
import { describeAll, lintWith, presetProcessor, processorWith, rulePlugins, syntaxPlugins } from './harness.js'

/** A clear statement of each requirement, as its own section. */
const clearStatements: Record<string, string> = {
  'ml-monitoring': '## Monitoring\n\nWe alert on feature drift (PSI > 0.2) and roll back on alert.',
  'ml-business-objective': '## Business objective\n\nReduce monthly churn from 4% to 3.5% within two quarters.',
  'ml-latency': '## Latency\n\nThe p99 latency budget is 50 ms per request.',
  'ml-scale': '## Scale\n\nWe serve 10 million daily active users and 2,000 requests per second at peak.',
  'ml-missing-data':
    '## Missing data\n\nMissing values are imputed with the median and flagged with an indicator feature.',
  'ml-retraining': '## Retraining\n\nThe model is retrained weekly on the last 90 days of data.',
  'ml-outliers': '## Outliers\n\nWe clip transaction amounts at the 99.9th percentile.',
  'ml-deployment':
    '## Deployment\n\nPredictions are served in real time behind the payments API, rolled out by a 5% canary.',
  'ml-interpretability': '## Interpretability\n\nEach decline shows the top three SHAP features to the analyst.',
  'ml-class-imbalance':
    '## Class imbalance\n\nFraud is 0.1% of transactions, so we downsample negatives to 1:10 and reweight.',
}

/** Processors with the rules in a random order, built once per order. */
const byOrder = new Map<string, ReturnType<typeof processorWith>>()
function shuffled(order: number[]) {
  const key = order.join(',')
  let processor = byOrder.get(key)
  if (!processor) {
    processor = processorWith([...syntaxPlugins, ...order.map((index) => rulePlugins[index])])
    if (byOrder.size > 200) byOrder.clear()
    byOrder.set(key, processor)
  }
  return processor
}

const indices = rulePlugins.map((_, index) => index)

describe('the preset over generated documents', () => {
  it('has rules to shuffle', () => {
    expect(rulePlugins.length).toBeGreaterThanOrEqual(22)
  })

  it(
    'gives the same messages whatever the order of its rules',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          designDocument,
          fc.shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length }),
          async (value, order) => {
            const expected = describeAll(await lintWith(presetProcessor, value)).sort()
            const actual = describeAll(await lintWith(shuffled(order), value)).sort()
            expect(actual).toEqual(expected)
          },
        ),
        { seed, numRuns },
      )
    },
    timeout,
  )

  it(
    'never adds a message for a requirement when a clear statement of it is appended',
    async () => {
      await fc.assert(
        fc.asyncProperty(designDocument, fc.constantFrom(...Object.keys(clearStatements)), async (value, ruleId) => {
          const newline = value.includes('\r\n') ? '\r\n' : '\n'
          const addition = `${newline}${newline}${clearStatements[ruleId].replace(/\n/g, newline)}${newline}`
          const before = await lintWith(presetProcessor, value)
          const after = await lintWith(presetProcessor, value + addition)
          const reasons = (file: typeof before) =>
            file.messages.filter((message) => message.ruleId === ruleId).map((message) => message.reason)
          const old = reasons(before)
          for (const reason of reasons(after)) expect(old).toContain(reason)
        }),
        { seed, numRuns },
      )
    },
    timeout,
  )
})
