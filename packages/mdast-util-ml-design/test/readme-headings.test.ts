/** Headings a project README writes for its stages (nineteenth round), beside the other senses of their words. */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

/** The stages each `##` section of a document names itself, by title. */
function stagesOf(titles: string[]): Record<string, string[]> {
  const reading = read(`# T\n\n${titles.map((title) => `## ${title}\n\nTwo replicas run it.\n`).join('\n')}`)
  return Object.fromEntries(reading.sections.slice(1).map((section) => [section.text, [...section.stages]]))
}

describe('project README headings', () => {
  it('reads a platform before a stage noun as that stage, and the model performance as the evaluation', () => {
    const stages = stagesOf(['Kubernetes deployment', 'Cloud monitoring', 'Model performance'])
    expect(stages['Kubernetes deployment']).toEqual(['deployment'])
    expect(stages['Cloud monitoring']).toEqual(['monitoring'])
    expect(stages['Model performance']).toEqual(['evaluation'])
  })

  it('keeps the other senses: a bare Performance is the requirements, a platform alone names nothing', () => {
    const stages = stagesOf(['Performance', 'Kubernetes', 'Cloud costs'])
    expect(stages.Performance).toEqual(['requirements'])
    expect(stages.Kubernetes).toEqual([])
    expect(stages['Cloud costs']).toEqual([])
  })

  it('reads a question about a generic noun as no business goal, and a bare why as one', () => {
    const stages = stagesOf(['Why pipelines?', 'Why?'])
    expect(stages['Why pipelines?']).toEqual([])
    expect(stages['Why?']).toEqual(['requirements'])
  })
})
