/**
 * The other senses the twelfth round's review found for its new reading (invented documents): an author who
 * answers their own question with an example, a bare title after a table, a template's "one of the following
 * categories", and high risk that is not a person's. Each case failed before its mend.
 */
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { describe, expect, it } from 'vitest'
import { lint } from './lint.js'

async function reasons(value: string, rule: string): Promise<string[]> {
  const file = await lint(value, [remarkPresetLintMlDesign])
  return file.messages.filter((message) => message.ruleId === rule).map((message) => message.reason)
}

describe('an example after a question', () => {
  it('is the design when the author answers their own question with it', async () => {
    const value =
      '# Payment scoring\n\n## Serving\n\nHow fast must it be? For example, the checkout page waits at most 100 ms (p99) for the score.\n'
    expect(await reasons(value, 'ml-no-placeholders')).toEqual([])
    expect((await reasons(value, 'ml-latency')).join('\n')).not.toMatch(/missing latency/)
  })

  it('is still the prompt when it offers ways (`can be framed as ... or ...`)', async () => {
    const value =
      '# Design\n\n## Problem framing\n\nHow will you frame the problem? For example, fraud detection can be framed as classification or as anomaly detection.\n'
    expect((await reasons(value, 'ml-no-placeholders')).length).toBe(1)
  })
})

describe('a bold line after a table', () => {
  const table = '| metric | value |\n| --- | --- |\n| recall | 0.8 |\n'
  it('is an empty section when it is a bare title', async () => {
    const value = `# Design\n\n## Evaluation\n\n${table}\n**Next steps**\n\n## Deployment\n\nNightly batch scores.\n`
    expect((await reasons(value, 'ml-no-placeholders')).join('\n')).toMatch(/Next steps/)
  })

  it('closes the table when it carries a value', async () => {
    const value = `# Design\n\n## Evaluation\n\n${table}\n**Total: 18 classes**\n\n## Deployment\n\nNightly batch scores.\n`
    expect((await reasons(value, 'ml-no-placeholders')).join('\n')).not.toMatch(/Total/)
  })
})

describe('high risk', () => {
  const base =
    '# Loan default\n\n## Framing\n\nA binary classifier predicts whether a loan defaults; the score is logged for a quarterly report.\n\n'
  it('of dependencies or releases takes no decision on the output', async () => {
    const value = `${base}## Risks\n\nIdentify high-risk dependencies early: the bureau feed changes format twice a year.\n\n## Deployment\n\nHigh-risk releases are blocked on Fridays and reviewed by two engineers.\n`
    expect(await reasons(value, 'ml-error-costs')).toEqual([])
  })

  it('of people picked out is selecting whom to act on', async () => {
    const value = `${base}## Use\n\nThe score is used to identify high-risk borrowers for a call from the collections team.\n`
    expect((await reasons(value, 'ml-error-costs')).length).toBe(1)
  })
})

describe('one of the following categories', () => {
  it('names a multi-class task, as a template lists its classes', async () => {
    const value =
      '# Ticket routing\n\n## Framing\n\nEach support ticket is assigned to one of the following categories: billing, technical, sales or account.\n'
    expect((await reasons(value, 'ml-category')).join('\n')).not.toMatch(/missing task family/)
  })
})
