/** Titles that name the data preparation stage in other words (probe round, helper dp). */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

/** The stages each `##` section of a document is read under, by title. */
function stagesOf(titles: string[]): Record<string, string[]> {
  const reading = read(`# T\n\n${titles.map((title) => `## ${title}\n\nRows are joined by id.\n`).join('\n')}`)
  return Object.fromEntries(reading.sections.slice(1).map((section) => [section.text, [...section.stages]]))
}

describe('data preparation titles', () => {
  it('reads the steps that build the training rows as the data stage', () => {
    const titles = [
      'Dataset construction',
      'Dataset creation plan',
      'Dataset preparation',
      'Training data generation',
      'Training set construction',
      'Data ingestion pipeline',
      'Ingestion and indexing',
      'Data cleaning',
      'Data transformation',
    ]
    const stages = stagesOf(titles)
    for (const title of titles) expect(stages[title], title).toEqual(['data'])
  })

  it('reads the preparation of one kind of input as the data stage', () => {
    const titles = ['Text preprocessing', 'Text processing', 'Image preprocessing']
    const stages = stagesOf(titles)
    for (const title of titles) expect(stages[title], title).toEqual(['data'])
  })

  it('reads a gerund step on the data as the data stage, and on the model as the model', () => {
    const stages = stagesOf(['Preparing the data', 'Building the dataset', 'Building the model'])
    expect(stages['Preparing the data']).toEqual(['data'])
    expect(stages['Building the dataset']).toEqual(['data'])
    expect(stages['Building the model']).toEqual(['model'])
  })

  it('reads what a title tells about the data (information, description) as the data stage', () => {
    const titles = ['Dataset information', 'Data description', 'Dataset info']
    const stages = stagesOf(titles)
    for (const title of titles) expect(stages[title], title).toEqual(['data'])
    // The qualifier names no stage of its own: a project's description stays outside the stages.
    expect(stagesOf(['Project description'])['Project description']).toEqual([])
  })

  it('does not read a feature store, an index or other processing as the data stage', () => {
    const stages = stagesOf(['Feature store', 'Indexing', 'Document processing', 'Payment processing'])
    for (const title of ['Feature store', 'Indexing', 'Document processing', 'Payment processing']) {
      expect(stages[title], title).not.toContain('data')
    }
  })
})

describe('talk of features that names none', () => {
  const features = (body: string) => {
    const reading = read(`# T\n\n## Objective\n\nPredict churn next month, a binary classification.\n\n${body}`)
    return reading.evidence('features').map((item) => reading.textOf(reading.sentences[item.sentence]).trim())
  }

  it('reads features named after a word that only ranks them', () => {
    expect(
      features(
        '## Feature engineering\n\nThe most informative features are tenure in days and the log of weekly sessions.\n',
      ),
    ).not.toEqual([])
  })

  it('does not read a promise of relevant features or a prompt for their definitions as the features', () => {
    expect(features('## Feature engineering\n\nWe will engineer relevant features from the raw data.\n')).toEqual([])
    expect(features('## Features\n\n- Feature definitions and transformations.\n')).toEqual([])
  })

  it('still reads the features named beside such talk', () => {
    const found = features(
      '## Feature engineering\n\nWe will engineer relevant features from the raw data.\n\nFeatures: 7-day order count (log-scaled), device one-hot.\n',
    )
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((text) => text.includes('7-day order count'))).toBe(true)
  })
})

describe("a list's lead-in sentence that names the model's features", () => {
  const featureLists = (intro: string) =>
    read(`# T\n\n## Model\n\n${intro}\n\n- seller age in days, bucketed\n- refund count over 28 days\n`)
      .statements.filter((statement) => statement.parts.includes('feature-engineering'))
      .map((statement) => statement.label)

  it('files the list as the feature list, after other sentences too', () => {
    expect(featureLists('The model uses these features:')).toEqual(['The model uses these features'])
    expect(featureLists('A gradient-boosted classifier. Inputs to the model:')).toEqual(['Inputs to the model'])
    expect(featureLists('We feed the model the following signals:')).toEqual([
      'We feed the model the following signals',
    ])
  })

  it("does not take an endpoint's, a check's or an alert's inputs and signals for the model's", () => {
    expect(featureLists('The scoring endpoint takes as input:')).toEqual([])
    expect(featureLists('Input validation rejects these records:')).toEqual([])
    expect(featureLists('We alert on these signals:')).toEqual([])
    expect(featureLists('Retention agents use these features of the CRM:')).toEqual([])
  })

  it("does not take the product's features for the model's", () => {
    expect(featureLists('It has two main features:')).toEqual([])
    expect(featureLists('**The app has three features:**')).toEqual([])
  })
})
