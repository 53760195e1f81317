/**
 * The reading of structure in the shapes people publish: generic sub-headings, step headings written as orders,
 * joined headings read part beside part, and labels in lists.
 */
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { readProse } from '../src/document/text.js'
import { read } from './read.js'

const stagesOf = (value: string) =>
  read(value)
    .sections.filter((section) => !section.title)
    .map((section) => [section.text, section.stages, section.inStages])

describe('a plain Data heading before the framing', () => {
  const ordered = (value: string) =>
    read(value)
      .sections.filter((section) => !section.title)
      .map((section) => [section.text, section.ordered])

  it('is the data available when the data stage opens again after the framing', () => {
    expect(ordered('# T\n\n## Requirements\n\nx\n\n## Data\n\ny\n\n## Framing\n\nz\n\n## Features\n\nw\n')).toEqual([
      ['Requirements', ['requirements']],
      ['Data', []],
      ['Framing', ['framing']],
      ['Features', ['data']],
    ])
  })

  it('keeps its place in the order otherwise', () => {
    expect(ordered('# T\n\n## Data\n\ny\n\n## Framing\n\nz\n\n## Model\n\nw\n')).toEqual([
      ['Data', ['data']],
      ['Framing', ['framing']],
      ['Model', ['model']],
    ])
    expect(ordered('# T\n\n## Data preparation\n\ny\n\n## Framing\n\nz\n\n## Features\n\nw\n')).toEqual([
      ['Data preparation', ['data']],
      ['Framing', ['framing']],
      ['Features', ['data']],
    ])
  })
})

describe('headings', () => {
  it('keeps a generic sub-heading in its parent’s stage', () => {
    expect(
      stagesOf(
        '# T\n\n## IV. Data\n\n### Overview\n\nx\n\n### Requirements\n\ny\n\n## V. Model\n\n### Inference\n\nz\n',
      ),
    ).toEqual([
      ['IV. Data', ['data'], ['data']],
      ['Overview', [], ['data']],
      ['Requirements', [], ['data']],
      ['V. Model', ['model'], ['model']],
      ['Inference', ['model'], ['model']],
    ])
  })

  it('still reads a generic heading with no stage above it, and a part under another stage', () => {
    expect(stagesOf('# T\n\n## Overview\n\nx\n\n## Inference\n\ny\n\n## Data\n\n### Labels\n\nz\n')).toEqual([
      ['Overview', ['requirements'], ['requirements']],
      ['Inference', ['deployment'], ['deployment']],
      ['Data', ['data'], ['data']],
      ['Labels', ['data'], ['data']],
    ])
    const labels = read('# T\n\n## Data\n\n### Labels\n\nz\n').sections[2]
    expect(labels.parts).toEqual(['data-availability'])
    // `Annotation` says how the data is labelled under the data stage, and names nothing elsewhere.
    expect(read('# T\n\n## Data\n\n- Annotation\n  - 8 annotators\n').statements[0].parts).toEqual([
      'data-availability',
    ])
    expect(read('# T\n\n## Model\n\n- Annotation\n  - 8 annotators\n').statements).toEqual([])
    // `Latency requirements` is not a generic title: it names latency under any parent.
    expect(stagesOf('# T\n\n## Deployment\n\n### Latency requirements\n\nx\n')[1][1]).toEqual(['requirements'])
  })

  it('keeps a generic title with filler (`System requirements`) in its parent’s stage', () => {
    expect(stagesOf('# T\n\n## Deployment\n\n### System requirements\n\nx\n')[1]).toEqual([
      'System requirements',
      [],
      ['deployment'],
    ])
    // With no stage above it, it still opens the requirements.
    expect(stagesOf('# T\n\n## System requirements\n\nx\n')[0][1]).toEqual(['requirements'])
  })

  it('takes a heading that repeats its parent’s subject out of the order, keeping its part', () => {
    const sections = read(
      '# T\n\n## Framing\n\nx\n\n## Multi-objective optimisation\n\n### Objectives\n\ny\n\n## Model\n\n### Objectives\n\nz\n',
    ).sections
    expect(sections.slice(1).map((section) => [section.text, section.parts, section.ordered])).toEqual([
      ['Framing', [], ['framing']],
      ['Multi-objective optimisation', [], []],
      ['Objectives', ['business-objective'], []],
      ['Model', [], ['model']],
      // Under a parent with a stage, the usual reading of its part; a part of another stage than its parent's
      // is a detail of the parent's stage and takes no part in the order either (see below).
      ['Objectives', ['business-objective'], []],
    ])
  })

  it('reads a bold line between a heading and its sub-heading as the heading’s subtitle', () => {
    const reading = read('# T\n\n## Model\n\n**A forecast per metric**\n\n### Candidates\n\nETS.\n')
    expect(reading.sections.map((section) => section.text)).toEqual(['T', 'Model', 'Candidates'])
    expect(reading.substantive(reading.ownContent(reading.sections[1]))).toBe(true)
    // After other content, a bold line still opens a section (a run of bold steps).
    const steps = read('# T\n\n## Plan\n\n**Data**\n\nClicks.\n\n**Model**\n\n## Risks\n\nNone.\n')
    expect(steps.sections.map((section) => section.text)).toEqual(['T', 'Plan', 'Data', 'Model', 'Risks'])
  })

  it('reads `Problem scale`, a qualified `Feature schema`, `Production` and `Containerization`', () => {
    expect(
      stagesOf(
        '# T\n\n## Problem scale\n\na\n\n## Feature schema\n\nb\n\n## Production & operations\n\nc\n\n## Containerization\n\nd\n',
      ).map(([, stages]) => stages),
    ).toEqual([['requirements'], ['data'], ['deployment', 'monitoring'], ['deployment']])
    // A noun phrase that only starts with the word names nothing.
    expect(stagesOf('# T\n\n## Production data\n\na\n')[0][1]).toEqual([])
  })

  it('reads `Pre-processing` with its hyphen as the data stage, as `Preprocessing`; `Post-processing` names none', () => {
    expect(
      stagesOf('# T\n\n## 1. Pre-processing\n\na\n\n## Data pre-processing\n\nb\n\n## Post-processing\n\nc\n').map(
        ([, stages]) => stages,
      ),
    ).toEqual([['data'], ['data'], []])
  })

  it('reads `Data model` (the tables the data is kept in) as the data stage; `Model` and `Model data` stay apart', () => {
    expect(
      stagesOf('# T\n\n## 6. Data model\n\na\n\n## Data model and contracts\n\nb\n\n## Model\n\nc\n').map(
        ([, stages]) => stages,
      ),
    ).toEqual([['data'], ['data'], ['model']])
  })

  it("reads a `Features` section that lists the product's functions as no stage, an aside to the design", () => {
    const product = (items: string) => read(`# T\n\n## Features\n\n${items}\n\n## Model\n\nA classifier.\n`).sections[1]
    for (const items of [
      '- Offline mode\n- Sharing with friends\n- Playlists picked by mood',
      '- Users can upload photos\n- Suggested tags under each photo',
      '- 📊 Forecasts for 24 h and 7 days\n- 🚨 Anomaly detection',
    ]) {
      expect([product(items).stages, product(items).aside]).toEqual([[], true])
    }
  })

  it('keeps a `Features` section of the model as the data stage, `mode` and all', () => {
    const features = (items: string) => read(`# T\n\n## Features\n\n${items}\n`).sections[1]
    for (const items of [
      '- travel mode\n- trip distance\n- hour of day',
      '- country\n- device type',
      '- Users can opt out\n- 7-day click count',
    ]) {
      expect([features(items).stages, features(items).aside]).toEqual([['data'], false])
    }
  })

  it('reads a learning-to-rank heading as the model stage, not any heading about ranking', () => {
    expect(
      stagesOf('# T\n\n## Learning-to-Rank\n\na\n\n## Ranking in the app\n\nb\n').map(([text, stages]) => [
        text,
        stages,
      ]),
    ).toEqual([
      ['Learning-to-Rank', ['model']],
      ['Ranking in the app', []],
    ])
  })

  it('reads step headings written as orders and qualified stage nouns', () => {
    expect(
      stagesOf(
        '# T\n\n## Frame it\n\na\n\n## Get the data\n\nb\n\n## Train\n\nc\n\n## Evaluate it\n\nd\n\n## Ship it\n\ne\n\n## Monitor\n\nf\n\n## Validation procedure\n\ng\n\n## Monitoring of the service\n\nh\n',
      ).map(([text, stages]) => [text, stages]),
    ).toEqual([
      ['Frame it', ['framing']],
      ['Get the data', ['data']],
      ['Train', ['model']],
      ['Evaluate it', ['evaluation']],
      ['Ship it', ['deployment']],
      ['Monitor', ['monitoring']],
      ['Validation procedure', ['evaluation']],
      ['Monitoring of the service', ['monitoring']],
    ])
    // A phase that packages the service (`Dockerization`) is the deployment; a `Deployment model` under the model
    // is the model that is deployed (a distilled student), not a stage of its own.
    expect(
      stagesOf(
        '# T\n\n## Phase 5 – Dockerization\n\nd\n\n## Model\n\na\n\n### Deployment model\n\nthe distilled student\n',
      ).map(([text, stages]) => [text, stages]),
    ).toEqual([
      ['Phase 5 – Dockerization', ['deployment']],
      ['Model', ['model']],
      ['Deployment model', []],
    ])
    expect(
      stagesOf('# T\n\n## Testing it with users\n\na\n\n## Running it\n\nb\n\n## Running costs\n\nc\n').map(
        ([text, stages]) => [text, stages],
      ),
    ).toEqual([
      ['Testing it with users', ['evaluation']],
      ['Running it', ['deployment', 'monitoring']],
      ['Running costs', []],
    ])
    // An interview answer's first steps: `Clarify` alone, and a step that recasts the problem (`Frame as ML task`);
    // `Serve as` is an idiom (act as), and before an object `Clarify` reads its object.
    expect(
      stagesOf(
        '# T\n\n## 1. Clarify\n\na\n\n## 2. Frame as ML task\n\nb\n\n## Deploy as a nightly job\n\nc\n\n## Serve as a fallback\n\nd\n\n## Clarify the metrics\n\ne\n',
      ).map(([text, stages]) => [text, stages]),
    ).toEqual([
      ['1. Clarify', ['requirements']],
      ['2. Frame as ML task', ['framing']],
      ['Deploy as a nightly job', ['deployment']],
      ['Serve as a fallback', []],
      ['Clarify the metrics', ['framing', 'evaluation']],
    ])
    // A stage noun qualified by the words before it still names its stage; nouns whose compounds name something
    // else, and a head noun in its other sense, do not (`Data model` is the tables of the data: the data stage).
    const compounds = [
      'Model performance monitoring',
      'Server-side inference',
      'Test run evaluation',
      'Causal inference',
      'Data model',
      'Unit testing',
      'Redis cluster deployment',
    ]
    expect(
      stagesOf(`# T\n\n${compounds.map((title) => `## ${title}\n\nx\n`).join('\n')}`).map(([, stages]) => stages),
    ).toEqual([['monitoring'], ['deployment'], ['evaluation'], [], ['data'], [], []])
    // Only ML words qualify a head noun: a qualifier from the problem's own domain names a thing of that domain
    // (condition monitoring of machines, evaluation of vendors, inference in linguistics), not a stage.
    const domain = [
      'Current condition monitoring',
      'Manual credit evaluation',
      'Vendor evaluation',
      'Remote patient monitoring',
      'Transaction monitoring',
      'Natural language inference',
      'Schema inference',
      'Real-time model monitoring',
      'Offline evaluation',
      'Batch inference',
      'Data drift monitoring',
    ]
    expect(
      stagesOf(`# T\n\n${domain.map((title) => `## ${title}\n\nx\n`).join('\n')}`).map(([, stages]) => stages),
    ).toEqual([[], [], [], [], [], [], [], ['monitoring'], ['evaluation'], ['deployment'], ['monitoring']])
    // The pipeline of a stage is the stage; a pipeline of nothing names nothing.
    const pipelines = [
      'Design the data processing pipeline',
      'Training pipeline',
      'Serving pipeline',
      'Nightly pipeline',
    ]
    expect(
      stagesOf(`# T\n\n${pipelines.map((title) => `## ${title}\n\nx\n`).join('\n')}`).map(([, stages]) => stages),
    ).toEqual([['data'], ['model'], ['deployment'], []])
  })

  it('reads the headings of notes that say why (`Why bother`, `What we want`), and only those whole titles', () => {
    expect(
      stagesOf('# T\n\n## Why bother\n\na\n\n**what we want**\n\nb\n\n## What we want from the data\n\nc\n').map(
        ([text, stages]) => [text, stages],
      ),
    ).toEqual([
      ['Why bother', ['requirements']],
      ['what we want', ['requirements']],
      ['What we want from the data', []],
    ])
  })

  it('does not read a noun phrase that opens with a step verb as an order', () => {
    expect(stagesOf('# T\n\n## Test set\n\nx\n\n## Release notes\n\ny\n\n## Risks of the rollout\n\nz\n')).toEqual([
      ['Test set', [], []],
      ['Release notes', [], []],
      ['Risks of the rollout', [], []],
    ])
  })

  it('reads a part of a joined heading beside the others', () => {
    const [section] = read('# T\n\n## 6. Online testing and deployment\n\nx\n').sections.slice(1)
    expect(section.stages).toEqual(['deployment'])
    expect(section.parts).toContain('rollout')
    expect(section.ordered).toEqual(['deployment'])
    // A spaced `+` joins parts like `and`; `C++` is one word (`C++ serving` is serving written in C++, a qualified
    // stage noun, so `C++ model` shows it: `model` split off would name the model stage).
    expect(read('# T\n\n## Model + evaluation\n\nx\n').sections[1].stages).toEqual(['model', 'evaluation'])
    expect(read('# T\n\n## C++ model\n\nx\n').sections[1].stages).toEqual([])
    // Alone, online testing is still evaluation.
    expect(read('# T\n\n## Online testing\n\nx\n').sections[1].stages).toEqual(['evaluation'])
  })
})

describe('labels in lists', () => {
  it('reads a bold label closed by a full stop in a list item', () => {
    const reading = read(
      '# T\n\n- **Data sources.** Two years of orders.\n- **Business objective.** Cut refunds by 10%.\n',
    )
    expect(reading.statements.map((statement) => [statement.label, statement.parts])).toEqual([
      ['Data sources', ['data-availability']],
      ['Business objective', ['business-objective']],
    ])
  })

  it('reads a colon-less list label whose content is the list nested under it', () => {
    const reading = read('# T\n\n## Metrics\n\n* Online\n  * click-through rate\n* Offline\n  * ROC-AUC\n')
    expect(reading.statements.map((statement) => [statement.label, statement.kind])).toEqual([
      ['Online', 'online'],
      ['Offline', 'offline'],
    ])
    const online = reading.statements[0]
    expect(reading.metrics.find((metric) => metric.filedAs === 'online')?.metric.name).toBe('click-through rate')
    expect(online.end).toBeGreaterThan(online.start)
  })

  it('does not take a short bullet without nested items, or bold emphasis without a full stop, as a label', () => {
    const reading = read('# T\n\n- Online\n- **Data** is logged daily.\n- Offline metrics are computed nightly\n')
    expect(reading.statements).toEqual([])
  })

  it('reads a bold title that is the whole item, with its list nested under it, as a bare label', () => {
    const reading = read(
      '# T\n\n## Architecture\n\n- **Serving layer**\n  - FastAPI app behind a `/predict` endpoint\n- **Model performance monitoring**\n  - weekly MAE\n',
    )
    expect(reading.statements.map((statement) => [statement.label, statement.stages])).toEqual([
      ['Serving layer', ['deployment']],
      ['Model performance monitoring', ['monitoring']],
    ])
    expect(reading.stageOpenings('deployment').map((opening) => opening.substantive)).toEqual([true])
  })

  it('reads a bold title closed by a line break as a label up to the end of its item', () => {
    const reading = read('# T\n\n1. **Deployment** <br>\n   The module is installed on the camera boxes.\n')
    const [statement] = reading.statements
    expect([statement.label, statement.stages]).toEqual(['Deployment', ['deployment']])
    expect(reading.stageOpenings('deployment')[0].substantive).toBe(true)
  })

  it('ends a line-break title where the next title of the same item starts', () => {
    const value =
      '# T\n\n1. **Deployment** <br>\n   A Docker image on the in-store box. <br>\n   **Monitoring** <br>\n   Weekly precision of the alerts.\n'
    const reading = read(value)
    const [deployment, monitoring] = reading.statements
    expect(reading.statements.map((statement) => [statement.label, statement.stages])).toEqual([
      ['Deployment', ['deployment']],
      ['Monitoring', ['monitoring']],
    ])
    expect(value.slice(deployment.start, deployment.end)).not.toContain('Weekly')
    expect(value.slice(monitoring.start, monitoring.end)).toContain('Weekly precision')
  })

  it('does not take a bold title without a nested list or a break, or one that names no stage, as a label', () => {
    expect(read('# T\n\n- **Serving layer**\n- **Presentation layer**\n  - a React app\n').statements).toEqual([])
  })

  it('does not read the parts of an application, or a business noun before `of`, as stages', () => {
    const app = read(
      '# T\n\n## Architecture\n\n- **Data layer**\n  - Postgres for users and recipes\n- **Validation layer**\n  - pydantic request schemas\n\n| Layer | Tool |\n| --- | --- |\n| Storage layer | S3 |\n',
    )
    expect(app.statements.filter((statement) => statement.stages.length > 0)).toEqual([])
    const business = read(
      '# T\n\n## Business context\n\nMonitoring of competitors: we scrape three rival shops.\n\nTraining of staff: two days per store.\n',
    )
    expect(business.statements).toEqual([])
    expect(read('# T\n\nCandidates we will try: a GBDT, then a two-tower model.\n').statements[0].parts).toEqual([
      'model-selection',
    ])
  })

  it('reads a label in the context of the label of the item it stands in', () => {
    const reading = read('# T\n\n- Requirements\n  - Data: two years of orders\n- Data prep\n  - Data: joins by day\n')
    const data = reading.statements.filter((statement) => statement.label === 'Data')
    expect(data.map((statement) => statement.parts)).toEqual([['data-availability'], []])
  })
})

describe('HTML lists', () => {
  const html =
    '# T\n\n## Requirements\n\n<ul>\n<li><b>Latency:</b> 200 ms per ticket</li>\n<li><b>Data</b>:\n  <ul>\n  <li>2 years of tickets</li>\n  </ul>\n</li>\n<li>no label here: plain</li>\n</ul>\n'

  it('reads the text of raw HTML items as prose, one block per item', () => {
    const tree = unified().use(remarkParse).parse(html) as Root
    const prose = readProse(tree, html)
    const items = prose.blocks.filter((block) => block.node.type === 'html')
    expect(
      items.map((block) => [prose.text.slice(block.start, block.end).replace(/\s+/g, ' ').trim(), block.listItem]),
    ).toEqual([
      ['Latency: 200 ms per ticket', true],
      ['Data :', true],
      ['2 years of tickets', true],
      ['no label here: plain', true],
    ])
    expect(prose.text.length).toBe(html.length)
    expect(read(html).quantities('history').length).toBeGreaterThan(0)
  })

  it('reads a bold lead-in of an HTML list item as its label, up to the end of the item', () => {
    const reading = read(html)
    expect(reading.statements.map((statement) => [statement.label, statement.parts])).toEqual([
      ['Latency', ['latency']],
      ['Data', ['data-availability']],
    ])
    const data = reading.statements[1]
    expect(html.slice(data.start, data.end)).toContain('2 years of tickets')
  })

  it('does not read comments, code or bold text in the middle of an item', () => {
    const reading = read(
      '# T\n\n<ul>\n<li>we keep <b>Latency:</b> low</li>\n<!-- <li><b>Scale:</b> 1M</li> -->\n</ul>\n\n<pre>Input: x</pre>\n',
    )
    expect(reading.statements).toEqual([])
    expect(reading.quantities('scale')).toEqual([])
  })

  it('stays linear on unclosed tags', () => {
    const value = `<ul>\n<li>${'<a '.repeat(20000)}</li>\n</ul>\n`
    expect(() => read(value)).not.toThrow()
  })
})

describe('generic sub-headings under a chapter that names no stage', () => {
  it('keep their stages but take no part in the order', () => {
    const reading = read(
      '# T\n\n## VI. Evaluation\n\nx\n\n## VII. System architecture\n\n### Overview\n\ny\n\n### Requirements\n\nz\n\n### Inference\n\nw\n',
    )
    expect(reading.sections.slice(2).map((section) => [section.text, section.stages, section.ordered])).toEqual([
      ['VII. System architecture', [], []],
      ['Overview', ['requirements'], []],
      ['Requirements', ['requirements'], []],
      ['Inference', ['deployment'], ['deployment']],
    ])
    // At the top level, or under the title, a generic heading still opens its stage.
    expect(read('# T\n\n## Model\n\nx\n\n## Overview\n\ny\n').sections[2].ordered).toEqual(['requirements'])
    expect(read('# T\n\n## Overview\n\ny\n').sections[1].ordered).toEqual(['requirements'])
  })
})

describe('steps that understand before they design', () => {
  it('read `Understand the ask` and `Understand the problem` as the requirements, `Understand the data` as the data', () => {
    expect(
      stagesOf(
        '# T\n\n## Understand the ask\n\nx\n\n## Understand the problem\n\ny\n\n## Understand the data\n\nz\n\n## Understanding\n\nw\n',
      ),
    ).toEqual([
      ['Understand the ask', ['requirements'], ['requirements']],
      ['Understand the problem', ['requirements'], ['requirements']],
      ['Understand the data', ['data'], ['data']],
      // The verb alone names nothing.
      ['Understanding', [], []],
    ])
  })
})

describe('terse note headings', () => {
  it('read `open` as open questions and `what to predict` as the ML objective', () => {
    const reading = read(
      '# T\n\n**what to predict**\n\n- p(convert | day 3)\n\n**open**\n\n- who owns the PLC?\n\n**openness**\n\n- x\n',
    )
    const [predict, open, openness] = reading.sections.slice(1)
    expect(predict.parts).toEqual(['ml-objective'])
    expect(reading.questionSection(open)).toBe(true)
    expect(reading.questionSection(openness)).toBe(false)
  })
})

describe('stage nouns with a qualifier, a clause or a parenthesis', () => {
  const orderedOf = (value: string) =>
    read(value)
      .sections.filter((section) => !section.title)
      .map((section) => [section.text, section.ordered])

  it('reads the noun before a qualifier, a clause or a parenthesis', () => {
    expect(
      orderedOf(
        '# T\n\n## Serving sketch\n\nx\n\n## Model details (added after the review)\n\ny\n\n## Data we would need\n\nz\n\n## Features to build\n\nw\n\n## Training cadence\n\nv\n',
      ),
    ).toEqual([
      ['Serving sketch', ['deployment']],
      ['Model details (added after the review)', ['model']],
      ['Data we would need', ['data']],
      ['Features to build', ['data']],
      ['Training cadence', ['model']],
    ])
  })

  it('leaves titles with no stage noun before the clause, and descriptive clauses, alone', () => {
    expect(
      orderedOf(
        '# T\n\n## Things we would change\n\nx\n\n## Path to launch\n\ny\n\n## Signals that keep showing up\n\nz\n',
      ),
    ).toEqual([
      ['Things we would change', []],
      ['Path to launch', []],
      ['Signals that keep showing up', []],
    ])
  })
})

describe('sub-headings that name a part of another stage', () => {
  it('keep their parts but take no part in the order under a parent with a stage', () => {
    const reading = read(
      '# T\n\n## IV. Data\n\n### Volume\n\n2B rows.\n\n### Label source options\n\nx\n\n### Inference\n\ny\n\n## V. Model\n\n### Evaluation\n\nz\n',
    )
    expect(reading.sections.slice(1).map((section) => [section.text, section.parts, section.ordered])).toEqual([
      ['IV. Data', [], ['data']],
      ['Volume', ['scale'], []],
      ['Label source options', ['data-availability'], []],
      ['Inference', [], ['data']],
      ['V. Model', [], ['model']],
      // A whole stage under another still takes part.
      ['Evaluation', [], ['evaluation']],
    ])
    // At the top level a part heading keeps its place in the order, and so does one under a chapter that names
    // only a part (the chapter may be misread), and a part word read in its chapter's stage (`Labels` under data).
    expect(read('# T\n\n## Model\n\nx\n\n## Volume\n\ny\n').sections[2].ordered).toEqual(['requirements'])
    expect(read('# T\n\n## Problem statement\n\nx\n\n### ML objective\n\ny\n').sections[2].ordered).toEqual(['framing'])
    expect(read('# T\n\n## Data\n\nx\n\n### Labels\n\ny\n').sections[2].ordered).toEqual(['data'])
  })

  it('reads `Metrics and evaluation` as the evaluation stage and the metrics', () => {
    const [section] = read('# T\n\n## Metrics and evaluation\n\nNDCG@10 on the last week.\n').sections.slice(1)
    expect([section.parts, section.ordered, section.wholeStages]).toEqual([['metrics'], ['evaluation'], ['evaluation']])
  })
})

describe('bold pseudo-headings after a heading of another stage', () => {
  const tree = (value: string) =>
    read(value)
      .sections.slice(1)
      .map((section) => [section.text, section.depth, section.parent])

  it('open the next stage beside it, not a part of it', () => {
    expect(tree('# T\n\nConstraints\n-----------\n\n<fill in>\n\n**Framing**\n\nRank cards.\n')).toEqual([
      ['Constraints', 2, 0],
      ['Framing', 2, 0],
    ])
  })

  it('stay sub-sections under a heading that names no stage, the same stage, or reads them in its context', () => {
    expect(tree('# T\n\n## Proposed design\n\nx\n\n**Evaluation**\n\nNDCG.\n')).toEqual([
      ['Proposed design', 2, 0],
      ['Evaluation', 3, 1],
    ])
    expect(tree('# T\n\n## Model\n\nx\n\n**Baseline**\n\nToday’s rules.\n')).toEqual([
      ['Model', 2, 0],
      ['Baseline', 3, 1],
    ])
    // `Data` under requirements is the data available, a part of requirements.
    expect(tree('# T\n\n## Requirements\n\nx\n\n**Data**\n\nTwo years of orders.\n')).toEqual([
      ['Requirements', 2, 0],
      ['Data', 3, 1],
    ])
  })
})
