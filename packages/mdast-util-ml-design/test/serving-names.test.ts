/**
 * Stages named by what acts on the model: list labels that give an order on the model (`Deploy the model:`); and
 * headings that name an API, which name none (an interview answer defines its API before the data).
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

const stagesOf = (value: string) =>
  read(value)
    .sections.filter((section) => !section.title)
    .map((section) => [section.text, section.stages, section.parts])

describe('service interface headings', () => {
  it('name no stage: an interview answer defines its API before the data and the model', () => {
    expect(
      stagesOf(
        '# Recipes\n\n## 1. Clarify requirements\n\n2M users.\n\n## 2. API design\n\nGET /recommendations\n\n## 3. Data\n\nCooking logs.\n\n## 4. Model\n\nTwo towers.\n',
      ),
    ).toEqual([
      ['1. Clarify requirements', ['requirements'], []],
      ['2. API design', [], []],
      ['3. Data', ['data'], []],
      ['4. Model', ['model'], []],
    ])
  })
})

describe('list labels that give an order on the model', () => {
  it('name the order’s step', () => {
    const reading = read(
      '# Fake profiles\n\n## Next steps\n\n1. **Deploy the model:** score each new profile online at sign-up.\n2. **Train models** <br>\n   Two candidates on last quarter.\n',
    )
    expect(reading.statements.map((statement) => [statement.label, statement.stages])).toEqual([
      ['Deploy the model', ['deployment']],
      ['Train models', ['model']],
    ])
  })

  it('name nothing among risks or what will not be done', () => {
    for (const title of ['Risks', 'Out of scope (what we will not do in this phase)', 'Non-goals']) {
      const reading = read(
        `# Fake profiles\n\n## ${title}\n\n1. **Deploy the model:** too early a launch would block real users.\n2. **Monitor the model:** not this quarter.\n`,
      )
      expect(reading.statements, title).toEqual([])
    }
  })

  it('leave a bare order and an order on another object alone', () => {
    const reading = read(
      '# Fake profiles\n\n## Checks\n\n- **Test the health check:** call `/health` after each release.\n- **Test:** the staging cluster.\n- **Run the notebook:** it prints the table.\n',
    )
    expect(reading.statements).toEqual([])
  })
})
