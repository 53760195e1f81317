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

describe('serving words that name a listening server, an interactive app or a device runtime', () => {
  // As the rule reads them: any serving word inside the deployment stage, only a chosen mode outside it.
  const serves = (section: string, text: string) => {
    const reading = read(`# Churn\n\n## Model\n\nGradient-boosted trees.\n\n## ${section}\n\n${text}\n`)
    const stage = reading.stageOpenings('deployment').map((opening) => opening.content)
    return (
      reading.hasEvidence('serving-mode', (item) => reading.overlaps(stage, reading.sentences[item.sentence])) ||
      reading.servingChoices().length > 0
    )
  }

  it('state the serving mode in the deployment stage', () => {
    for (const text of [
      'Two replicas of the container stay reachable on port 8080.',
      'Clients post a visit record and get a prediction back.',
      'A Streamlit page lets the nurse enter a visit and see the risk.',
      'A Gradio demo lets reviewers paste a comment and see its label.',
      'The model ships inside the iOS app bundle through Core ML.',
      'We convert the network to TFLite for the handheld scanners.',
      'Edge deployment on a small board beside each gate camera.',
      'The classifier is hosted on managed inference endpoints.',
    ])
      expect(serves('Deployment', text), text).toBe(true)
  })

  it('state nothing outside it: a dashboard, a database port, a converted model being measured', () => {
    for (const text of [
      'Runs are compared side by side in a Streamlit dashboard.',
      'The feature database listens on port 5432.',
      'The TFLite copy loses 0.3 points of recall on the held-out month.',
    ])
      expect(serves('Evaluation', text), text).toBe(false)
  })
})

describe('qualified deployment headings', () => {
  it('name the deployment stage: where or how the model goes live, and notes or steps on going live', () => {
    const titles = [
      'Cloud deployment',
      'Production deployment',
      'Live deployment',
      'Gradual rollout',
      'Staged rollout',
      'Deployment considerations',
      'Deployment guide',
    ]
    expect(
      stagesOf(`# T\n\n${titles.map((title) => `## ${title}\n\nx\n`).join('\n')}`).map(([, stages]) => stages),
    ).toEqual(titles.map(() => ['deployment']))
  })

  it('name nothing when the deployment is of something else, or the notes are on another topic', () => {
    const titles = ['Kafka cluster deployment', 'Feature flag rollout plans', 'Scalability considerations']
    expect(
      stagesOf(`# T\n\n${titles.map((title) => `## ${title}\n\nx\n`).join('\n')}`).map(([, stages]) => stages),
    ).toEqual([[], [], []])
  })
})

describe('qualified monitoring headings', () => {
  it('name the stage kept up all the time, and how it works', () => {
    const titles = ['Continuous monitoring', 'Monitoring logic', 'Continuous evaluation']
    expect(
      stagesOf(`# T\n\n${titles.map((title) => `## ${title}\n\nx\n`).join('\n')}`).map(([, stages]) => stages),
    ).toEqual([['monitoring'], ['monitoring'], ['evaluation']])
  })

  it('name nothing for the other senses of the words', () => {
    const titles = ['Continuous integration', 'Business logic', 'Continuous glucose monitoring']
    expect(
      stagesOf(`# T\n\n${titles.map((title) => `## ${title}\n\nx\n`).join('\n')}`).map(([, stages]) => stages),
    ).toEqual([[], [], []])
  })

  it('name the stage by what the watch runs on, beside another stage too, but not a patient’s monitor', () => {
    const titles = ['Model serving and monitoring platforms', 'Monitoring tools', 'Patient monitoring platform']
    expect(
      stagesOf(`# T\n\n${titles.map((title) => `## ${title}\n\nx\n`).join('\n')}`).map(([, stages]) => stages),
    ).toEqual([['deployment', 'monitoring'], ['monitoring'], []])
  })
})

describe('a prose paragraph that opens on its topic', () => {
  it('labels the paragraph with the topic when the topic names a stage', () => {
    const reading = read(
      '# Spam filter\n\n## Model support\n\nFor model hosting, a Flask service behind a load balancer scores each message as it arrives.\n\nAs for monitoring, we chart the share of flagged messages each day.\n',
    )
    expect(reading.statements.map((statement) => [statement.label, statement.stages])).toEqual([
      ['model hosting', ['deployment']],
      ['monitoring', ['monitoring']],
    ])
    expect(reading.stageOpenings('deployment').map((opening) => opening.substantive)).toEqual([true])
  })

  it('labels nothing when the opener names no stage, or stands in a list item', () => {
    const reading = read(
      '# Spam filter\n\n## Notes\n\nFor example, the model could be hosted later.\n\nFor most users, nothing changes.\n\n- For monitoring, see the runbook.\n',
    )
    expect(reading.statements.map((statement) => statement.label)).toEqual([])
  })
})
