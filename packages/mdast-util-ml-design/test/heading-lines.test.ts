/**
 * Lines that look like headings or stubs but say something: a statement with a divider right under it, a heading
 * that writes its value after a label, and a table of contents written without links.
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

const titles = (value: string) => read(value).sections.map((section) => section.text)

describe('a statement with a line of dashes right under it', () => {
  it('is a paragraph of the section it stands in, not a heading', () => {
    const value = '# Fraud\n\n## Model\n\nXGBoost with 500 trees, depth 6.\n---\n\n## Serving\n\nNightly batch.\n'
    expect(titles(value)).toEqual(['Fraud', 'Model', 'Serving'])
    const reading = read(value)
    expect(reading.substantive(reading.content(reading.sections[1]))).toBe(true)
  })

  it('leaves a title underlined the same way a heading', () => {
    expect(titles('# Fraud\n\nModel\n-----\n\nXGBoost.\n')).toEqual(['Fraud', 'Model'])
    expect(titles('# Fraud\n\nOffline evaluation plan\n---\n\nPR-AUC.\n')).toEqual(['Fraud', 'Offline evaluation plan'])
    expect(titles('Fraud scoring at checkout\n===\n\nXGBoost.\n')).toEqual(['Fraud scoring at checkout'])
  })
})

describe('a heading that writes its value after a label', () => {
  const writes = (heading: string) => {
    const reading = read(`# Fraud\n\n## Plan\n\n### ${heading}\n\n## Model\n\nXGBoost.\n`)
    return reading.headingHoldsContent(reading.sections[2])
  }

  it('says something', () => {
    expect(writes('Latency: < 100 ms p99')).toBe(true)
    expect(writes('Model: XGBoost')).toBe(true)
    expect(writes('Author: Sam Lee')).toBe(true)
  })

  it('does not when the label numbers a step or names a part, or the value is a topic or a placeholder', () => {
    expect(writes('Step 1: Data collection')).toBe(false)
    expect(writes('Part II: Fraud scoring')).toBe(false)
    expect(writes('Appendix: Glossary')).toBe(false)
    expect(writes('Overview: Data')).toBe(false)
    expect(writes('Objective: TBD')).toBe(false)
    expect(writes('Metric: ?')).toBe(false)
    expect(writes('Deployment: describe the rollout here')).toBe(false)
    expect(writes('Problem: what do we solve?')).toBe(false)
    expect(writes('Model')).toBe(false)
  })
})

describe('a table of contents without links', () => {
  const lists = (list: string) => {
    const reading = read(`# Fraud\n\n## Contents\n\n${list}\n\n## Problem\n\nx.\n\n## Data\n\ny.\n\n## Model\n\nz.\n`)
    return reading.listsHeadings(reading.sections[1])
  }

  it('names the document own headings', () => {
    expect(lists('- Problem\n- Data\n- Model')).toBe(true)
    expect(lists('1. Problem\n2. Data\n3. Model\n4. Appendix')).toBe(true)
  })

  it('is not a list of other topic words, a single heading or a placeholder', () => {
    expect(lists('- Monitoring\n- Alerts\n- Dashboards')).toBe(false)
    expect(lists('- Problem\n- Alerts\n- Dashboards\n- Logging\n- Rollback')).toBe(false)
    expect(lists('- Problem')).toBe(false)
    expect(lists('- Problem\n- Data\n- TBD')).toBe(false)
  })
})

describe('a callout in an aside element (a Notion export)', () => {
  const says = (callout: string) => {
    const reading = read(`# Fraud\n\n## Model\n\n<aside>\n${callout}\n</aside>\n`)
    return reading.substantive(reading.content(reading.sections[1]))
  }

  it('is read as prose', () => {
    expect(says('💡 XGBoost on 200 features, retrained weekly.')).toBe(true)
    expect(says('💡 TBD')).toBe(false)
  })
})

describe('an order that opens with a template verb', () => {
  const prompt = (line: string) => {
    const reading = read(`# Fraud\n\n## Model\n\n${line}\n`)
    return reading.sentences.filter((sentence) => !sentence.heading).some((sentence) => sentence.prompt)
  }

  it('is a decision when it names something of its own', () => {
    expect(prompt('Explain each decline to the analyst with SHAP values.')).toBe(false)
    expect(prompt('Explain predictions with SHAP.')).toBe(false)
    expect(prompt('Provide a fallback to the rules engine when the model times out.')).toBe(false)
    expect(prompt('Summarize each ticket in two sentences for the agent.')).toBe(false)
  })

  it('is a template instruction when an order speaks to the author, also after a callout emoji', () => {
    expect(prompt('💡 Write what you will monitor here.')).toBe(true)
    expect(prompt('👉 Add your deployment diagram here')).toBe(true)
    expect(prompt('Add a missing-value indicator for each sensor.')).toBe(false)
    expect(prompt('Write the scores to the CRM every night.')).toBe(false)
  })

  it('is a template instruction when what it names a template could write too (a review of the first version)', () => {
    expect(prompt('Provide the ROC curve.')).toBe(true)
    expect(prompt('State the SLA.')).toBe(true)
    expect(prompt('Summarize the data sources used for each model.')).toBe(true)
    expect(prompt('Explain the model choice and the trade-offs considered.')).toBe(true)
    expect(prompt('List the metrics monitored in production and their alert thresholds.')).toBe(true)
  })

  it('is a template instruction when it says so, or is short and generic', () => {
    expect(prompt('List the features used for training.')).toBe(true)
    expect(prompt('State the business objective here.')).toBe(true)
    expect(prompt('Provide an overview of each service in the system architecture.')).toBe(true)
    expect(prompt('Describe each stage of the pipeline with its owner and schedule.')).toBe(true)
  })
})
