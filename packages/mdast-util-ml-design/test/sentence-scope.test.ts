/**
 * `sentenceScope`: the stages and parts a sentence stands under, from its section and from every labelled statement
 * that holds where its words start. The reading indexes the statements once per document; these tests hold it to the
 * definition, written out here the plain way (every statement tested against every sentence).
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

type Reading = ReturnType<typeof read>

/** The scope by its definition: the section's, then each holding statement's, latest label first. */
function scopeByDefinition(reading: Reading, index: number): { stages: string[]; parts: string[] } {
  const sentence = reading.sentences[index]
  const stages = new Set<string>()
  const parts = new Set<string>()
  if (sentence.section >= 0) {
    for (const stage of reading.sections[sentence.section].inStages) stages.add(stage)
    for (const part of reading.sections[sentence.section].inParts) parts.add(part)
  }
  const text = reading.prose.slice(sentence.start, sentence.end)
  const first = sentence.start + text.length - text.trimStart().length
  const holding = [...reading.statements]
    .sort((a, b) => a.labelRange.start - b.labelRange.start)
    .filter((statement) => first >= statement.labelRange.start && first < statement.end)
    .reverse()
  for (const statement of holding) {
    for (const stage of statement.stages) stages.add(stage)
    for (const part of statement.parts) parts.add(part)
  }
  return { stages: [...stages], parts: [...parts] }
}

function expectDefinition(reading: Reading) {
  for (let index = 0; index < reading.sentences.length; index++)
    expect(reading.sentenceScope(index), `sentence ${index}: ${reading.sentences[index].text}`).toEqual(
      scopeByDefinition(reading, index),
    )
}

describe('sentenceScope', () => {
  it('gives every cell of a long table the scope of the column it stands in', () => {
    const rows = Array.from({ length: 300 }, (_, index) => `| m${index} | recall at ${index} |`)
    const reading = read(`# Design\n\n## Notes\n\n| Kind | Metric |\n| - | - |\n${rows.join('\n')}\n`)
    expectDefinition(reading)
    const last = reading.sentences.findIndex((sentence) => sentence.text.includes('recall at 299'))
    expect(last).toBeGreaterThan(0)
    expect(reading.sentenceScope(last).parts).toContain('metrics')
  })

  it('joins the scopes of nested and overlapping labels in their order', () => {
    const reading = read(
      [
        '# Design',
        '',
        '## Constraints',
        '',
        '- Latency: 50 ms at p99.',
        '- Budget: one GPU.',
        '- Data:',
        '  - Labels: 40k reviewed tickets.',
        '  - Volume: 2M rows a day.',
        '',
        '**Scale:** 10M users. **Monitoring:** alert on drift.',
        '',
        '| Metric | Baseline |',
        '| - | - |',
        '| AUC | logistic regression |',
        '| recall | rules |',
        '',
        '## Model',
        '',
        'Plain prose under the model heading.',
      ].join('\n'),
    )
    expect(reading.statements.length).toBeGreaterThan(5)
    expectDefinition(reading)
    const latency = reading.sentences.findIndex((sentence) => sentence.text.includes('50 ms'))
    expect(reading.sentenceScope(latency).parts).toContain('latency')
  })

  it('gives a sentence outside any statement its section’s scope alone', () => {
    const reading = read('# Design\n\n## Monitoring\n\nWe alert on drift of the top features.\n')
    const index = reading.sentences.findIndex((sentence) => sentence.text.startsWith('We alert'))
    const section = reading.sections[reading.sentences[index].section]
    expect(reading.sentenceScope(index)).toEqual({ stages: [...section.inStages], parts: [...section.inParts] })
  })
})
