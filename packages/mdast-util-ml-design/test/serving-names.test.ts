/**
 * Stages named by what serves or acts on the model: headings that name the interface a model is served through
 * (`API design`, `Prediction API`, `Flask API`), the deployment stage's serving, as a section title only; list labels
 * that give an order on the model (`Deploy the model:`).
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

const stagesOf = (value: string) =>
  read(value)
    .sections.filter((section) => !section.title)
    .map((section) => [section.text, section.stages, section.parts])

describe('service interface headings', () => {
  it('read an API title, alone or with serving words around it, as the serving', () => {
    expect(
      stagesOf(
        '# Claims triage\n\n## API\n\nPOST /score\n\n## API design\n\nOne endpoint.\n\n## Scoring API (v1)\n\nPOST /v1/score\n\n### Step 4 – FastAPI API\n\nA container.\n\n## REST API endpoints\n\nTwo routes.\n',
      ),
    ).toEqual([
      ['API', ['deployment'], ['serving']],
      ['API design', ['deployment'], ['serving']],
      ['Scoring API (v1)', ['deployment'], ['serving']],
      ['Step 4 – FastAPI API', ['deployment'], ['serving']],
      ['REST API endpoints', ['deployment'], ['serving']],
    ])
  })

  it('leave an API of another subject, and an API named in a list label, alone', () => {
    expect(
      stagesOf(
        '# Experiment tracker\n\n## Logging API\n\nCalls to record a run.\n\n## API for sensor uploads\n\nDevices push readings.\n\n## Week 6: API completion\n\nDone.\n',
      ),
    ).toEqual([
      ['Logging API', [], []],
      ['API for sensor uploads', [], []],
      ['Week 6: API completion', [], []],
    ])
    const reading = read('# Churn\n\n## Prerequisites\n\n- **APIs**: a basic grasp of REST calls\n')
    expect(reading.stageOpenings('deployment')).toEqual([])
  })

  it('open the deployment stage in the order after the evaluation', () => {
    const reading = read('# Claims triage\n\n## Evaluation\n\nAUC on March.\n\n## Prediction API\n\nPOST /score.\n')
    expect(reading.sections.filter((section) => !section.title).map((section) => section.ordered)).toEqual([
      ['evaluation'],
      ['deployment'],
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

  it('leave a bare order and an order on another object alone', () => {
    const reading = read(
      '# Fake profiles\n\n## Checks\n\n- **Test the health check:** call `/health` after each release.\n- **Test:** the staging cluster.\n- **Run the notebook:** it prints the table.\n',
    )
    expect(reading.statements).toEqual([])
  })
})
