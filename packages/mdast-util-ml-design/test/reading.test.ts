import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { readDesign } from '../src/index.js'
import { createTermMatcher } from '../src/match/matcher.js'
import { normalizeTitle, titleCandidates } from '../src/match/normalize.js'
import { read } from './read.js'

describe('normalizeTitle', () => {
  it.each([
    ['## 3. 📊 Offline Metrics:', 'offline metric'],
    ['Step 2 - Framing', 'framing'],
    ['Stage II: Data Preparation', 'data preparation'],
    ['2.3 Business Goals', 'business goal'],
    ['🎯 Business objective', 'business objective'],
    ['A. Requirements', 'requirement'],
  ])('%s → %s', (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected)
  })

  it('splits merged headings into their parts', () => {
    expect(titleCandidates('Model development and offline evaluation')).toEqual(
      expect.arrayContaining(['model development', 'offline evaluation']),
    )
  })
})

describe('sections', () => {
  it('matches numbered, emoji and setext headings to stages and parts, and skips the title', () => {
    const reading = read(
      '# Fraud v2\n\n## 1. Clarifying requirements\n\nx\n\n### Business objective\n\nCut losses.\n\n## 🧪 Evaluation\n\ny\n\nDeployment and serving\n----------------------\n\nz\n',
    )
    expect(reading.sections.map((section) => [section.title, section.stages, section.parts])).toEqual([
      [true, [], []],
      [false, ['requirements'], []],
      [false, ['requirements'], ['business-objective']],
      [false, ['evaluation'], []],
      [false, ['deployment'], []],
    ])
  })

  it('reads a `Data` heading under requirements as data availability', () => {
    const reading = read('# T\n\n## Requirements\n\n### Data\n\nLogs.\n\n## Data preparation\n\nJoins.\n')
    expect(reading.sections[2].parts).toEqual(['data-availability'])
    expect(reading.sections[3].stages).toEqual(['data'])
  })

  it('opens a section at a bold pseudo-heading and at a bold step lead-in', () => {
    const reading = read('# T\n\n**Evaluation**\n\nWe A/B test.\n\n**Step 6 — Deployment.** Served online.\n')
    const pseudo = reading.sections.filter((section) => section.pseudo)
    expect(pseudo.map((section) => [section.text, section.stages])).toEqual([
      ['Evaluation', ['evaluation']],
      ['Step 6 — Deployment', ['deployment']],
    ])
  })

  it('gives a sub-heading that names no stage its parent’s stage', () => {
    const reading = read('# T\n\n## Monitoring\n\n### Things we keep\n\nDrift.\n')
    expect(reading.sections[2].stages).toEqual([])
    expect(reading.sections[2].inStages).toEqual(['monitoring'])
  })
})

describe('statements', () => {
  it('reads lead-ins, list items, table rows and columns, and front matter keys', () => {
    const reading = read(
      [
        '---',
        'ml_category: binary classification',
        'online_metrics: [CTR]',
        '---',
        '',
        '# T',
        '',
        '**Input:** the user and the item.',
        '',
        '- Output - a probability.',
        '',
        '| Requirement | Value |',
        '| --- | --- |',
        '| Latency | 50 ms |',
        '',
        '| Offline metrics |',
        '| --- |',
        '| AUC |',
        '',
        'Sellers repost items. **Scale:** 600k a day.',
        '',
      ].join('\n'),
    )
    const seen = reading.statements.map((statement) => [statement.source, statement.label, statement.parts[0] ?? ''])
    expect(seen).toEqual(
      expect.arrayContaining([
        ['front-matter', 'ml category', 'category'],
        ['front-matter', 'online metrics', 'online-metrics'],
        ['lead-in', 'Input', 'input'],
        ['list-item', 'Output', 'output'],
        ['table-row', 'Latency', 'latency'],
        ['table-column', 'Offline metrics', 'offline-metrics'],
        ['lead-in', 'Scale', 'scale'],
      ]),
    )
  })
})

describe('metrics', () => {
  it('names each metric with its kind and the kind its author filed it under', () => {
    const reading = read('# T\n\nOnline metrics: AUC, click-through rate.\n\nOffline metrics: NDCG@10 and 50M DAU.\n')
    expect(reading.metrics.map((mention) => [mention.metric.name, mention.filedAs, mention.quantity])).toEqual([
      ['ROC-AUC', 'online', false],
      ['click-through rate', 'online', false],
      ['NDCG', 'offline', false],
      ['active users', 'offline', true],
    ])
  })

  it('matches case-sensitive abbreviations only in their case', () => {
    const reading = read('# T\n\nWe map users to items. MAP@10 is reported.\n')
    expect(reading.metrics.map((mention) => mention.text)).toEqual(['MAP@10'])
  })
})

describe('sentences', () => {
  it.each([
    ['TBD', 'placeholder'],
    ['<fill in>', 'placeholder'],
    ['[More Information Needed]', 'placeholder'],
    ['Do we rank per user?', 'prompt'],
    ['Describe the business objective here.', 'prompt'],
    ['Budget, hardware or legal constraints', 'prompt'],
  ])('%s is a %s', (text, kind) => {
    const reading = read(`# T\n\n## Scale\n\n${text}\n`)
    const sentence = reading.sentences.find((item) => !item.heading)
    expect(
      sentence === undefined
        ? 'placeholder'
        : sentence.placeholder
          ? 'placeholder'
          : sentence.prompt
            ? 'prompt'
            : 'content',
    ).toBe(kind)
  })

  it.each([
    ['- Serving and release', 'prompt'],
    ['- Scaling (infra and models)', 'prompt'],
    ["- Serving and release by the platform team's canary tool", 'content'],
    ['- TODO: decide when we retrain after launch', 'placeholder'],
    ['- privacy: TBD w/ legal', 'placeholder'],
    ['- Budget → TBD (finance)', 'placeholder'],
    ['- Canary on 5% of traffic, duration TBD', 'content'],
    ['- Retrain weekly (drift or not)', 'content'],
    ['- Goal 1', 'placeholder'],
    ['- Risk 1 -> Mitigation', 'placeholder'],
    ['- Option A', 'placeholder'],
    ['- Python 3', 'content'],
    ['- Phase 2 starts after the pilot', 'content'],
    ['- compliance requirements', 'prompt'],
    ['- scalability goals', 'prompt'],
    ['- reliability, security', 'prompt'],
    ['- compliance requirements: card data stays in the EU', 'content'],
    ['- Baseline: TBD', 'placeholder'],
    ['- Owner: ?', 'placeholder'],
    ['- Baseline: -', 'placeholder'],
    ['- Baseline: TBA (team)', 'placeholder'],
    ['- Metric: [describe the metric]', 'placeholder'],
    // `<fill in>` parses as an inline HTML tag: what is left is a bare label, a prompt.
    ['- Input: <fill in>', 'prompt'],
    ['Baseline: TBD', 'placeholder'],
    ['Baseline: [describe the baseline]', 'placeholder'],
    ['Baseline: the rules engine (TBD: which version)', 'content'],
    // The answer slot left open in the value's last clause, or a mark with a note after it.
    ['- the usual cart + user stuff, TBD', 'placeholder'],
    ['- Feats: same as the old CTR model — TODO copy the list here', 'placeholder'],
    ['- input → ?? (feats TODO after the data review)', 'placeholder'],
    ['- Owner: ? (ask data eng)', 'placeholder'],
    ['- Shadow for 2 weeks, TBD after that', 'content'],
    ['- input → user id, cart items (ask data eng)', 'content'],
  ])('the list item %s is %s', (text, kind) => {
    const reading = read(`# T\n\n## Scale\n\n${text}\n`)
    const sentence = reading.sentences.find((item) => !item.heading)
    expect(sentence?.placeholder ? 'placeholder' : sentence?.prompt ? 'prompt' : 'content').toBe(kind)
  })

  it('reads a list of short bullets, half of them bare topics, as template stubs', () => {
    const kinds = (list: string) =>
      read(`# T\n\n## Monitoring\n\n${list}\n`)
        .sentences.filter((item) => !item.heading)
        .map((item) => (item.prompt ? 'prompt' : 'content'))
    expect(kinds('- Health checks\n- Alerts\n- Dashboards')).toEqual(['prompt', 'prompt', 'prompt'])
    expect(kinds('- Scale-out\n- Dashboards\n- Alerts\n- Model refresh')).toEqual([
      'prompt',
      'prompt',
      'prompt',
      'prompt',
    ])
    // Named signals, one topic word among them, or a bullet with a value: the list says something.
    expect(kinds('- p99 latency\n- feature drift\n- Alerts')).toEqual(['content', 'content', 'prompt'])
    expect(kinds('- Health checks\n- Alerts\n- PSI above 0.2 pages the on-call')).toEqual([
      'content',
      'prompt',
      'content',
    ])
    expect(kinds('- Health checks\n  - every 30 s from the load balancer\n- Alerts\n- Dashboards')).toEqual([
      'content',
      'content',
      'prompt',
      'prompt',
    ])
  })

  it('splits no sentence at a dash before a to-do, as it does before another capital', () => {
    const texts = read(
      '# T\n\n- Feats: same as the old CTR model — TODO copy the list here\n- Retrain weekly — Sunday night\n',
    )
      .sentences.filter((item) => !item.heading)
      .map((item) => item.text)
    expect(texts).toEqual([
      'Feats: same as the old CTR model — TODO copy the list here',
      'Retrain weekly —',
      'Sunday night',
    ])
  })

  it('keeps a question that carries a value, and a pointer to where content lives', () => {
    const reading = read('# T\n\n## Latency\n\nLatency: 200 ms?\n\n## Labels\n\nSee the labelling guide.\n')
    expect(reading.sentences.filter((item) => !item.heading).every((item) => !item.prompt && !item.placeholder)).toBe(
      true,
    )
  })
})

describe('terse notes', () => {
  it('reads one `key: value` label per line of a paragraph', () => {
    const reading = read('# T\n\n## framing\n\nbinary clf. supervised.\nin: signup ip, device id\nout: prob 0-1\n')
    expect(reading.statements.map((statement) => [statement.label, statement.parts])).toEqual([
      ['in', ['input']],
      ['out', ['output']],
    ])
  })
})

describe('input and output labels', () => {
  it('reads `- I/O` over nested bullets as the input and output, and `IO bound` as nothing', () => {
    const reading = read(
      '# T\n\n- I/O\n  - user id and the candidate posts\n  - a ranked list of 50 posts\n\n- IO bound jobs\n',
    )
    expect(reading.statements.map((statement) => [statement.label, statement.parts])).toEqual([
      ['I/O', ['input-output']],
    ])
  })
})

describe('quantities', () => {
  it('finds scale, data sizes, history and durations', () => {
    const reading = read(
      '# T\n\nWe serve 50M DAU at 10k QPS with p99 < 100 ms. We have 1.2B rows and 90 days of logs; millions of users visit.\n',
    )
    expect(reading.quantities('scale').map((item) => item.text)).toEqual(['50M DAU', '10k QPS', 'millions of users'])
    expect(reading.quantities('data-size').map((item) => item.text)).toEqual(['1.2B rows'])
    expect(reading.quantities('history').map((item) => item.text)).toEqual(['90 days of logs'])
    expect(reading.quantities('fast-duration').map((item) => item.text)).toEqual(['100 ms'])
  })
})

describe('front matter', () => {
  it('records broken YAML with its place instead of throwing', () => {
    const reading = read('---\nbusiness_objective: [unclosed\n---\n\n# T\n')
    expect(reading.frontMatter.error?.reason).toBeTypeOf('string')
    expect(reading.frontMatter.error?.offset).toBeGreaterThan(0)
  })

  it('still reads `key: value` lines of front matter that is not valid YAML', () => {
    const reading = read(
      '---\nml_category: still open: clustering or a classifier\nscale: 9M daily readers\n---\n\n# T\n',
    )
    expect(reading.frontMatter.error?.reason).toBeTypeOf('string')
    expect(reading.statements.map((statement) => [statement.label, statement.parts])).toEqual([
      ['ml category', ['category']],
      ['scale', ['scale']],
    ])
    expect(reading.quantities('scale').map((item) => item.text)).toEqual(['9M daily readers'])
  })

  it('does not pollute prototypes from `__proto__` keys', () => {
    read('---\n__proto__:\n  polluted: yes\nconstructor: x\n---\n\n# T\n')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('caching', () => {
  it('reads a tree once and shares the reading', () => {
    const file = new VFile({ value: '# T\n\n## Goals\n\nGrow sales.\n' })
    const tree = unified().use(remarkParse).parse(file) as Root
    expect(readDesign(tree, file)).toBe(readDesign(tree, file))
    expect(readDesign(tree, file, { onlineMetrics: ['bookings per search'] })).not.toBe(readDesign(tree, file))
  })
})

describe('the structure pass', () => {
  it("never writes to the caller's tree", () => {
    const file = new VFile({ value: '# T\n\n## Data\n\n- Labels: chargebacks\n  within 90 days\n- Source: logs\n' })
    const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file) as Root
    const before = JSON.stringify(tree)
    const reading = readDesign(tree, file)
    // The list item's continuation belongs to its label: read from the item, not from a mark on the tree.
    expect(reading.statements.map((statement) => [statement.label, reading.textOf(statement)])).toEqual([
      ['Labels', 'chargebacks within 90 days'],
    ])
    expect(JSON.stringify(tree)).toBe(before)
  })

  it('numbers sentences once, front-matter values first, each index its place', () => {
    const reading = read('---\nml_category: ranking\n---\n\n# T\n\n## Model\n\nA GBDT. Then a DNN.\n')
    expect(reading.sentences.map((sentence) => sentence.index)).toEqual(reading.sentences.map((_, index) => index))
    expect(reading.sentences[0].frontMatter).toBe(true)
  })

  it('answers the ranges rules ask about', () => {
    const reading = read('# T\n\n## Alternatives\n\nA survival model.\n\n## Model\n\nA GBDT ranks items.\n')
    const [, aside, model] = reading.sections
    expect(reading.content(model)).toEqual({ start: model.contentStart, end: model.end })
    expect(reading.headingOf(model)).toEqual({ start: model.start, end: model.contentStart })
    expect(reading.holds([reading.content(model)], model.contentStart + 1)).toBe(true)
    expect(reading.holds([reading.content(model)], aside.start)).toBe(false)
    expect(reading.overlaps([reading.content(aside)], reading.sentences[reading.sentences.length - 1])).toBe(false)
    expect(
      reading.sentences.filter((sentence) => reading.inAside(sentence)).map((sentence) => reading.textOf(sentence)),
    ).toEqual(['Alternatives', 'A survival model.'])
    expect(reading.stageContent('model')).toContainEqual(reading.content(model))
  })
})

describe('vocabulary options', () => {
  it('extends headings and metrics without regular expressions from user text', () => {
    const reading = read('# T\n\n## North star (v2)\n\nBookings per search.\n', {
      headings: { 'business-objective': ['North star (v2)'] },
      onlineMetrics: ['bookings per search'],
    })
    expect(reading.sections[1].parts).toEqual(['business-objective'])
    expect(reading.metrics.map((mention) => mention.metric.name)).toEqual(['bookings per search'])
  })

  it('extends any plain word list by name through `words`', () => {
    const text = '# T\n\n## Serving\n\nThe turnaround must stay short.\n'
    expect(read(text).statesLatency(2)).toBe(false)
    expect(read(text, { words: { latencyWords: ['turnaround'] } }).statesLatency(2)).toBe(true)
  })

  it('extends the words of expressions built from lists, escaped', () => {
    const text = '# T\n\n## Evaluation\n\nWhen the s.core is past 0.9 we block.\n'
    const sentence = (reading: ReturnType<typeof read>) =>
      reading.sentences.findIndex((item) => reading.textOf(item).includes('block'))
    const plain = read(text)
    expect(plain.statesScoreCutoff(sentence(plain))).toBe(false)
    const extended = read(text, { words: { cutoffWords: ['past'] } })
    expect(extended.statesScoreCutoff(sentence(extended))).toBe(true)
  })

  it('escapes every user term', () => {
    const matcher = createTermMatcher(['a+b', '(x|y)', 'c.d'])
    expect(matcher.all('a+b and (x|y) and cxd').map((match) => match.text)).toEqual(['a+b', '(x|y)'])
  })
})

describe('commitments and scope', () => {
  const labelled = (reading: ReturnType<typeof read>) => [
    ...new Set(reading.evidence('data-labels').map((item) => reading.textOf(reading.sentences[item.sentence]))),
  ]

  it('counts an option only once a choice names it', () => {
    const options = [
      '# T',
      '## Data available',
      '### Option 1: annotators',
      'Vendor annotators label each clip as a true or false wake.',
      '### Option 2: implicit',
      'A wake the user cancels is labelled false.',
      '## Decision',
    ].join('\n\n')
    expect(labelled(read(`${options}\n\nWe go with option 2.\n`))).toEqual([
      'A wake the user cancels is labelled false.',
    ])
    expect(labelled(read(`${options}\n\nProbably option 2, pending sign-off.\n`))).toEqual([])
  })

  it('takes nothing from pros and cons or from a survey', () => {
    const reading = read(
      [
        '# T',
        '## Survey: how others label wake words',
        'Most teams label clips with vendor annotators.',
        '## Notes',
        '- Crowd recordings',
        '  - Pros: clips labelled by annotators',
        '  - Cons: slow',
        '## Data available',
        'Labels come from the support tickets users file.',
      ].join('\n\n'),
    )
    expect(labelled(reading)).toEqual(['Labels come from the support tickets users file.'])
  })

  it('needs more than a comparison verb for a baseline outside the model and evaluation stages', () => {
    const baseline = (text: string) => read(text).evidence('baseline').length
    expect(baseline('# T\n\n## Monitoring\n\nDaily WAPE compared with the previous week.\n')).toBe(0)
    expect(baseline("# T\n\n## Model\n\nLightGBM is compared with last year's scorecard.\n")).toBe(1)
    expect(baseline('# T\n\n## Evaluation\n\nNDCG on the last week, compared with the formula.\n')).toBe(1)
    expect(baseline('# T\n\n## Monitoring\n\nDaily WAPE compared with the current rules.\n')).toBe(1)
  })

  it('reads a comparison whose object is a past period, or its figures, as no baseline', () => {
    const baseline = (text: string) => read(`# T\n\n## Evaluation\n\n${text}\n`).evidence('baseline').length
    expect(baseline("Results are compared with the previous period's audit figures.")).toBe(0)
    expect(baseline('Hit rate compared with the same week last year.')).toBe(0)
    expect(baseline("Hit rate compared with last year's scorecard.")).toBe(1)
    expect(baseline('Hit rate compared with the current rules and with the previous week.')).toBe(1)
  })
})
