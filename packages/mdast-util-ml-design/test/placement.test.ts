/**
 * Where a missing part's message goes: the home section of a stage's part,
 * the stages a heading names as a whole, and the parts a heading points at
 * for placement only.
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

describe('home sections (where a stage’s missing part belongs)', () => {
  const homeOf = (value: string, stage: Parameters<ReturnType<typeof read>['homeSection']>[0], part?: string) =>
    read(value).homeSection(stage, part as Parameters<ReturnType<typeof read>['homeSection']>[1])?.text

  it('prefers a heading that names the stage as a whole to one that names another of its parts', () => {
    const doc =
      '# T\n\n## 1. Problem & goals\n\nGrow invites.\n\n## 2. Requirements\n\nFast.\n\n## 3. Data & features\n\nLogs.\n'
    expect(read(doc).sections.map((section) => section.wholeStages)).toEqual([
      [],
      ['requirements'],
      ['requirements'],
      ['data'],
    ])
    expect(homeOf(doc, 'requirements', 'latency')).toBe('2. Requirements')
    expect(homeOf(doc, 'data', 'outliers')).toBe('3. Data & features')
    // A heading for the part itself comes first.
    expect(homeOf('# T\n\n## Requirements\n\nx\n\n## Latency\n\ny\n', 'requirements', 'latency')).toBe('Latency')
  })

  it('falls back to the first section of the stage, and names none for an absent stage', () => {
    const doc = '# T\n\n## Why we are doing this\n\nCut churn by 5%.\n\n## Model\n\nGBDT.\n'
    expect(read(doc).sections[1].wholeStages).toEqual([])
    expect(homeOf(doc, 'requirements', 'constraints')).toBe('Why we are doing this')
    expect(homeOf(doc, 'data', 'outliers')).toBeUndefined()
  })

  it('puts another requirement after a section that names only the goal', () => {
    const doc = '# T\n\n## Goal\n\nMore practice.\n\n## Constraints\n\nRuns on school laptops.\n'
    expect(homeOf(doc, 'requirements', 'scale')).toBe('Constraints')
    expect(homeOf(doc, 'requirements', 'business-objective')).toBe('Goal')
    const joined =
      '# T\n\n## 1. Problem & business objective\n\nx\n\n## 2. Requirements & constraints\n\ny\n\n## 3. Data\n\nz\n'
    expect(homeOf(joined, 'requirements', 'latency')).toBe('2. Requirements & constraints')
  })

  it('puts a missing baseline with the candidate models (`companionParts`)', () => {
    const doc = '# T\n\n## Model\n\nx\n\n### Candidates\n\nGBDT, a small CNN.\n\n### Training\n\nNightly.\n'
    expect(homeOf(doc, 'model', 'baseline')).toBe('Candidates')
    expect(homeOf(doc, 'model', 'retraining')).toBe('Model')
  })

  it('puts a missing scale or latency with the constraints before a heading that names only the whole stage', () => {
    const doc =
      '# T\n\n## 1.2 Business requirements and constraints\n\nOne GPU.\n\n## 1.3 Scope\n\nMVP only.\n\n## 2. Model\n\nGBDT.\n'
    expect(homeOf(doc, 'requirements', 'scale')).toBe('1.2 Business requirements and constraints')
    expect(homeOf(doc, 'requirements', 'latency')).toBe('1.2 Business requirements and constraints')
    const russian =
      '# T\n\n## 1.2. Бизнес-требования и ограничения\n\nОдин сервер.\n\n## 1.3. Что входит в скоуп проекта\n\nТолько MVP.\n'
    expect(homeOf(russian, 'requirements', 'scale')).toBe('1.2. Бизнес-требования и ограничения')
    // Other parts keep the heading of the whole stage: a missing business objective is no technical requirement.
    expect(homeOf(doc, 'requirements', 'business-objective')).toBe('1.3 Scope')
  })

  it('puts a missing preparation under the heading that prepares the data, not the one that lists it', () => {
    const steps = '# T\n\n## Collect the data\n\nMeter logs.\n\n## Clean the data\n\nDrop duplicates.\n'
    expect(homeOf(steps, 'data', 'missing-data')).toBe('Clean the data')
    const notes = '# T\n\n**data**\n\n- listings\n\n**data prep**\n\n- join on seller id\n'
    expect(homeOf(notes, 'data', 'class-imbalance')).toBe('data prep')
    // Alone, or as a chapter over its sub-sections, the data heading holds the whole stage.
    expect(homeOf('# T\n\n## Data\n\nMeter logs.\n\n## Model\n\nGBDT.\n', 'data', 'outliers')).toBe('Data')
    const chapter = '# T\n\n## III. Data\n\n### Sources\n\nLogs.\n\n### Inference\n\nOnline.\n'
    expect(homeOf(chapter, 'data', 'outliers')).toBe('III. Data')
  })

  it('skips question sections, appendices, surveys and a part shared by several stages alone', () => {
    expect(homeOf('# T\n\n## Clarifying questions\n\n- How many users?\n', 'requirements', 'scale')).toBeUndefined()
    expect(homeOf('# T\n\n## Survey: how others evaluate\n\nMost use NDCG.\n', 'evaluation')).toBeUndefined()
    expect(homeOf('# T\n\n## Appendix: evaluation details\n\nx\n', 'evaluation')).toBeUndefined()
    expect(homeOf('# T\n\n## Metrics\n\nNDCG@10.\n', 'evaluation')).toBeUndefined()
    expect(homeOf('# T\n\n## Metrics and evaluation\n\nNDCG@10.\n', 'evaluation')).toBe('Metrics and evaluation')
    // A bold pseudo-heading is a home too (the rule kit puts no stub inside it).
    expect(homeOf('# T\n\n**context**\n\n- 9k trials a week\n', 'requirements', 'latency')).toBe('context')
  })
})

describe('headings that point at a part for placement only (`mentions`)', () => {
  const mentionsOf = (value: string) =>
    read(value)
      .sections.filter((section) => !section.title)
      .map((section) => [section.text, section.parts, section.mentions])

  it('mention the online evaluation in a joined rollout title and the halves under evaluation', () => {
    expect(
      mentionsOf(
        '# T\n\n## 4. Model + evaluation\n\nx\n\n## 5. Online testing and deployment\n\ny\n\n## Evaluation\n\n### Offline\n\nz\n\n### Live test\n\n?\n',
      ),
    ).toEqual([
      ['4. Model + evaluation', [], []],
      // Read as the rollout beside deployment, it still points at the online evaluation.
      ['5. Online testing and deployment', ['rollout'], ['online-evaluation']],
      ['Evaluation', [], []],
      ['Offline', [], ['offline-evaluation']],
      ['Live test', [], ['online-evaluation']],
    ])
  })

  it('mention nothing outside the stage they need, and never answer', () => {
    // `Online` under deployment is the serving mode, not the live comparison; `Keeping it fresh` under data is the
    // features' freshness.
    expect(
      mentionsOf(
        '# T\n\n## Deployment\n\n### Online\n\nx\n\n## Data\n\n### Keeping it fresh\n\ny\n\n## Model\n\n### Keeping it fresh\n\nz\n',
      ),
    ).toEqual([
      ['Deployment', [], []],
      ['Online', [], []],
      ['Data', [], []],
      ['Keeping it fresh', [], []],
      ['Model', [], []],
      ['Keeping it fresh', [], ['retraining']],
    ])
    const reading = read('# T\n\n## Evaluation\n\n### Online\n\nA two-week A/B test on CTR.\n')
    expect(reading.sectionsFor('online-evaluation')).toEqual([])
    expect(reading.sectionsMentioning('online-evaluation').map((section) => section.text)).toEqual(['Online'])
  })
})

describe('a stage’s or a part’s notes (`Model notes`)', () => {
  it('mention every part of the stage, or the part, and answer none', () => {
    const reading = read('# T\n\n## Options\n\nA or B.\n\n## Model notes\n\nWe like B.\n\n## Feature notes\n\nx\n')
    const notes = reading.sections.find((section) => section.text === 'Model notes')
    expect(notes?.stages).toEqual([])
    expect(notes?.mentions).toEqual(expect.arrayContaining(['baseline', 'interpretability', 'retraining']))
    expect(reading.sectionsMentioning('feature-engineering').map((section) => section.text)).toEqual(['Feature notes'])
    expect(reading.sectionsFor('baseline')).toEqual([])
  })

  it('leave notes of anything else alone (`Review notes`, `Meeting notes`)', () => {
    const reading = read('# T\n\n## Review notes\n\nx\n\n## Meeting notes\n\ny\n')
    expect(reading.sections.map((section) => section.mentions)).toEqual([[], [], []])
  })
})

describe('notes of bold headings (`notesHome`)', () => {
  const notes =
    '# Loom cam\n\n**why**\n\n- fewer seconds\n\n**data**\n\n- 40k tiles\n\n**model**\n\n- YOLO\n- output: boxes + class\n\n**open**\n\n- who owns it?\n'

  it('names the section holding another part of the stage, else the first that opens a later stage', () => {
    expect(read(notes).notesHome('framing')?.text).toBe('model')
    expect(read(notes.replace('- output: boxes + class\n', '')).notesHome('framing')?.text).toBe('data')
    // Never the notes' open items at the end.
    expect(read(notes).notesHome('monitoring')).toBeUndefined()
  })

  it('names nothing in a document of Markdown headings', () => {
    expect(read('# Loom cam\n\n## Why\n\nFewer seconds.\n\n## Model\n\n- output: boxes\n').notesHome('framing')).toBe(
      undefined,
    )
  })

  it('tells whether a section holds a point, by offset or by line and column', () => {
    const reading = read(notes)
    const model = reading.sections.find((section) => section.text === 'model')
    if (!model) throw new Error('no model section')
    expect(reading.sectionHolds(model, { line: 14, column: 3 })).toBe(true)
    expect(reading.sectionHolds(model, reading.point(model.start))).toBe(true)
    expect(reading.sectionHolds(model, { line: 17, column: 1 })).toBe(false)
    expect(reading.sectionHolds(model, { line: 9, column: 1 })).toBe(false)
  })
})
