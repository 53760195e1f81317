/**
 * The rule kit: option checking, severities, named messages, and quick
 * fixes found by message id (never by wording).
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkLintMlScale from 'remark-lint-ml-scale'
import remarkParse from 'remark-parse'
import { type PluggableList, unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defineRule, messageIdOf, placeMissing, planStubs, stubFor, stubsOf, validateOptions } from '../src/index.js'

async function lint(text: string, plugins: PluggableList): Promise<VFile> {
  const file = new VFile({ path: 'doc.md', value: text })
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkLint).use(plugins)
  await processor.run(processor.parse(file), file)
  return file
}

const noScale = '# Search\n\n## Requirements\n\nThe catalogue is big.\n\n## Evaluation\n\nNDCG on held-out queries.\n'

describe('validateOptions', () => {
  it.each([
    [{ headings: { nope: ['x'] } }, 'Unexpected value `"nope"` for option `headings.nope` of `ml-x`'],
    [
      { onlineMetrics: 'CTR' },
      'Unexpected value `"CTR"` for option `onlineMetrics` of `ml-x`, expected a list of non-empty strings',
    ],
    [{ colour: true }, 'Unexpected value `true` for option `colour` of `ml-x`, expected a known option'],
    [{ words: { latencyWord: ['x'] } }, 'Unexpected value `"latencyWord"` for option `words.latencyWord` of `ml-x`'],
    [
      { words: { latencyWords: 'x' } },
      'for option `words.latencyWords` of `ml-x`, expected a list of non-empty strings',
    ],
    ['strict', 'Unexpected value `"strict"` for option `options` of `ml-x`, expected an object'],
    [
      { judgement: 'llm' },
      'Unexpected value `"llm"` for option `judgement` of `ml-x`, expected `"cues"`, `"model"`, `"either"` or `"both"`',
    ],
    [{ judgement: true }, 'Unexpected value `true` for option `judgement` of `ml-x`'],
  ])('rejects %j', (options, message) => {
    expect(() => validateOptions('ml-x', options)).toThrow(message)
  })
})

describe('judgement', () => {
  it.each(['cues', 'model', 'either', 'both'])('takes `%s`', (judgement) => {
    expect(validateOptions('ml-x', { judgement })).toEqual({ judgement })
  })

  it("sets the reading's judgement for the rule that runs, default `cues` where the model is not chosen", async () => {
    const seen: string[] = []
    const probe = (id: string) =>
      defineRule({ id, stage: 'framing', messages: {} }, (reading) => {
        seen.push(reading.judgement)
      })
    await lint(noScale, [
      probe('ml-probe-a'),
      [probe('ml-probe-b'), { judgement: 'model' }],
      [probe('ml-probe-c'), { judgement: 'either' }],
      [probe('ml-probe-e'), { judgement: 'both' }],
      probe('ml-probe-d'),
    ])
    expect(seen).toEqual(['cues', 'model', 'either', 'both', 'cues'])
  })
})

describe('severities', () => {
  it.each(['off', 'warn', 'on', 'error'])('takes `%s` alone, as it takes it in an array', async (severity) => {
    const alone = await lint(noScale, [[remarkLintMlScale, severity]])
    const inArray = await lint(noScale, [[remarkLintMlScale, [severity]]])
    expect(alone.messages.map((message) => [message.ruleId, message.fatal])).toEqual(
      inArray.messages.map((message) => [message.ruleId, message.fatal]),
    )
    expect(alone.messages.map((message) => message.ruleId)).toEqual(severity === 'off' ? [] : ['ml-scale'])
    if (severity === 'error') expect(alone.messages[0].fatal).toBe(true)
  })

  it('still rejects any other string, naming the rule', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkLint)
      .use(remarkLintMlScale, 'strict' as never)
    expect(() => processor.freeze()).toThrow('Unexpected value `"strict"` for option `options` of `ml-scale`')
  })
})

describe('named messages', () => {
  it('reports by id, with the id on the message and the placeholders filled', async () => {
    const rule = defineRule(
      { id: 'ml-x', stage: 'document', messages: { hello: 'Unexpected {{what}}, expected `{{that}}`' } },
      (_reading, _file, _options, report) => report('hello', { data: { what: 'this', that: '{{x}}' } }),
    )
    const file = await lint('# T\n', [rule])
    expect(file.messages.map((message) => [message.ruleId, message.reason, messageIdOf(message)])).toEqual([
      ['ml-x', 'Unexpected this, expected `{{x}}`', 'hello'],
    ])
    expect(rule.meta).toMatchObject({
      id: 'ml-x',
      origin: 'remark-lint:ml-x',
      url: 'https://github.com/ml-design-lint/ml-design-lint/tree/main/packages/remark-lint-ml-x#readme',
      stubs: [],
    })
  })

  it('fails on an unknown id or a placeholder without a value, naming the rule', async () => {
    const unknown = defineRule({ id: 'ml-x', stage: 'document', messages: { a: 'A' } }, (_r, _f, _o, report) =>
      report('b' as 'a'),
    )
    // unified-lint-rule turns a rule's error into a message of the file.
    const reasons = async (rule: typeof unknown) =>
      (await lint('# T\n', [rule])).messages.map((message) => message.reason)
    expect(await reasons(unknown)).toEqual(['Unknown message `b` of `ml-x`'])
    const unfilled = defineRule({ id: 'ml-x', stage: 'document', messages: { a: 'A {{b}}' } }, (_r, _f, _o, report) =>
      report('a'),
    )
    expect(await reasons(unfilled)).toEqual(['Missing value for `{{b}}` in message `a` of `ml-x`'])
    // Only the messages a rule reports go without a stack trace: the rule's own mistake keeps its trace.
    const cause = (await lint('# T\n', [unfilled])).messages[0].cause as Error
    expect(cause.stack).toMatch(/fillMessage/)
  })
})

describe('quick fixes', () => {
  it('keep their stub when a message is reworded: stubs key on message ids', async () => {
    const before = await lint(noScale, [remarkLintMlScale])
    expect(before.messages).toHaveLength(1)
    const stub = before.messages[0].expected?.[0]
    // Inside `## Requirements`, which names the whole stage: a sub-section.
    expect(stub).toMatch(/^### Scale\n\nTODO/)

    const messages = remarkLintMlScale.meta.messages as Record<string, unknown>
    const original = messages.missingScale
    messages.missingScale = { ...(original as object), reason: 'Nothing says how many users the system serves' }
    try {
      const after = await lint(noScale, [remarkLintMlScale])
      expect(after.messages.map((message) => message.reason)).toEqual(['Nothing says how many users the system serves'])
      expect(after.messages[0].expected).toEqual([stub])
      expect(after.messages[0].place).toEqual(before.messages[0].place)
      const found = stubFor(stubsOf([remarkLintMlScale]), {
        ruleId: after.messages[0].ruleId,
        messageId: messageIdOf(after.messages[0]),
      })
      expect(found?.heading).toBe('Scale')
    } finally {
      messages.missingScale = original
    }
  })

  it('places a stub after a survey of others’ work, not at its end, and inside a part that holds the design', async () => {
    const survey = '# Search\n\n## Survey: how others do it\n\nMost report nDCG.\n\n## Framing\n\nRank articles.\n'
    const surveyed = await lint(survey, [remarkLintMlScale])
    expect(surveyed.messages.map((message) => message.line)).toEqual([3])
    const parts =
      '# Search\n\n## Part A: notes\n\nMost report nDCG.\n\n## Part B: our design\n\n### Framing\n\nRank articles.\n'
    const inPart = await lint(parts, [remarkLintMlScale])
    expect(inPart.messages.map((message) => [message.line, message.expected?.[0]?.split('\n')[0]])).toEqual([
      [9, '### Scale'],
    ])
  })

  it('gives one stub to several messages that offer the same one', () => {
    const shared = { part: 'scale' as const, heading: 'Scale', todo: 'TODO — say it.' }
    const rule = defineRule(
      {
        id: 'ml-x',
        stage: 'requirements',
        messages: { a: { reason: 'A', stub: shared }, b: { reason: 'B', stub: shared }, c: 'C' },
      },
      () => {},
    )
    expect(rule.meta.stubs).toEqual([{ ...shared, rule: 'ml-x', stage: 'requirements', messages: ['a', 'b'] }])
    expect(planStubs).toBeTypeOf('function')
  })
})

describe('where a missing part goes', () => {
  const stubLines = async (text: string) =>
    (await lint(text, [remarkLintMlScale])).messages.map((message) => [
      message.line,
      message.expected?.[0]?.split('\n')[0],
    ])

  it('puts the stub inside a section that names the whole stage, before its first sub-heading', async () => {
    const umbrella =
      '# Search\n\n## Requirements\n\nBig catalogue.\n\n### Users\n\nShoppers.\n\n## Evaluation\n\nNDCG on held-out queries.\n'
    expect(await stubLines(umbrella)).toEqual([[7, '### Scale']])
    // A first sub-heading that is a bold pseudo-heading would fall under the stub: the stub goes at the end instead.
    const pseudo =
      '# Search\n\n## Requirements\n\n**Users**\n\nShoppers.\n\n## Evaluation\n\nNDCG on held-out queries.\n'
    expect(await stubLines(pseudo)).toEqual([[9, '### Scale']])
  })

  it('puts it beside a section that names another part of the stage, and not in clarifying questions', async () => {
    const goal =
      '# Search\n\n## Business objective\n\nRaise sales by 2%.\n\n## Evaluation\n\nNDCG on held-out queries.\n'
    expect(await stubLines(goal)).toEqual([[7, '## Scale']])
    const asked =
      '# Search\n\n## Clarifying questions\n\n- How big is the catalogue?\n\n## Evaluation\n\nNDCG on held-out queries.\n'
    expect(await stubLines(asked)).toEqual([[7, '## Scale']])
  })

  it('prefers a heading that names the requirements to one that tells the situation (`Context`)', async () => {
    const both =
      '# Search\n\n## Context\n\nShoppers leave.\n\n## Requirements\n\nResults in 200 ms.\n\n## Evaluation\n\nNDCG on held-out queries.\n'
    expect(await stubLines(both)).toEqual([[11, '### Scale']])
    // Alone, the situation is the stage's home all the same.
    const alone = '# Search\n\n## Context\n\nShoppers leave.\n\n## Evaluation\n\nNDCG on held-out queries.\n'
    expect(await stubLines(alone)).toEqual([[7, '### Scale']])
  })

  it('keeps the message at a home that is a bold pseudo-heading, without a stub', async () => {
    const notes = '# Search\n\n**context**\n\n- the catalogue is big\n\n**metrics**\n\n- NDCG on held-out queries\n'
    const file = await lint(notes, [remarkLintMlScale])
    expect(file.messages.map((message) => [message.line, message.column, message.expected])).toEqual([
      [3, 1, undefined],
    ])
  })

  it('points a message without a stub at the part’s lead-in, else at the stage’s home heading', async () => {
    const rule = defineRule(
      { id: 'ml-x', stage: 'data', messages: { gone: 'Outliers are not handled' } },
      (reading, _file, _options, report) => report('gone', { place: placeMissing(reading, 'outliers') }),
    )
    const at = async (text: string) =>
      (await lint(text, [rule])).messages.map((message) => [message.line, message.column])
    const home = '# Prices\n\n## Goal\n\nFair prices.\n\n## Data preparation\n\nJoin the orders.\n'
    expect(await at(home)).toEqual([[7, 1]])
    const labelled = '# Prices\n\n## Data preparation\n\n- Sources: orders.\n- Outliers: we look at them.\n'
    expect(await at(labelled)).toEqual([[6, 3]])
    expect(await at('# Prices\n\n## Goal\n\nFair prices.\n')).toEqual([[1, 1]])
  })

  it('moves a message that offers a stub to a bold home heading, unless the rule put it inside that section', async () => {
    const rule = (line: number) =>
      defineRule(
        {
          id: 'ml-x',
          stage: 'evaluation',
          messages: {
            gone: {
              reason: 'No A/B test',
              stub: { part: 'online-evaluation', heading: 'Online evaluation', todo: 'TODO — plan an A/B test.' },
            },
          },
        },
        (_reading, _file, _options, report) => report('gone', { place: { line, column: 1 } }),
      )
    const notes = '# Loom cam\n\n**model**\n\n- threshold: 0.5\n\n**eval**\n\n- mAP on held-out rolls\n'
    const at = async (line: number) =>
      (await lint(notes, [rule(line)])).messages.map((message) => [message.line, message.expected])
    expect(await at(5)).toEqual([[7, undefined]])
    expect(await at(9)).toEqual([[9, undefined]])
  })

  const ruleFor = (part: 'online-evaluation' | 'input', stage: 'evaluation' | 'framing') =>
    defineRule({ id: 'ml-x', stage, messages: { gone: 'Missing' } }, (reading, _file, _options, report) =>
      report('gone', { place: placeMissing(reading, part) }),
    )
  const linesOf = async (text: string, part: 'online-evaluation' | 'input', stage: 'evaluation' | 'framing') =>
    (await lint(text, [ruleFor(part, stage)])).messages.map((message) => message.line)

  it('points at a heading that names the part where it stands for another (`Online testing and deployment`)', async () => {
    const template =
      '# Bakes\n\n## 4. Model + evaluation\n\nMAE on the last 8 weeks.\n\n## 5. Online testing and deployment\n\nShip it.\n'
    expect(await linesOf(template, 'online-evaluation', 'evaluation')).toEqual([7])
    const halves = '# Bakes\n\n## Evaluation\n\n### Offline\n\nMAE on the last 8 weeks.\n\n### Online\n\nTBD\n'
    expect(await linesOf(halves, 'online-evaluation', 'evaluation')).toEqual([9])
    // Without such a heading, the stage's home.
    expect(
      await linesOf('# Bakes\n\n## Evaluation\n\nMAE.\n\n## Deployment\n\nx\n', 'online-evaluation', 'evaluation'),
    ).toEqual([3])
  })

  it('in notes of bold headings, puts a stage none opens beside its other parts, else where it would stand', async () => {
    const notes =
      '# Loom cam\n\n**why**\n\n- fewer seconds\n\n**data**\n\n- 40k tiles\n\n**model**\n\n- YOLO\n- output: boxes + class\n\n**open**\n\n- who owns it?\n'
    expect(await linesOf(notes, 'input', 'framing')).toEqual([11])
    const bare = notes.replace('- output: boxes + class\n', '')
    expect(await linesOf(bare, 'input', 'framing')).toEqual([7])
    // Markdown headings keep the stub's place (before the data section, in the section that ends there).
    const headings = '# Loom cam\n\n## Why\n\nFewer seconds.\n\n## Data\n\n40k tiles.\n\n## Model\n\n- output: boxes\n'
    expect(await linesOf(headings, 'input', 'framing')).toEqual([1])
  })
})
