/**
 * `ml-design-lint init`: the template for each shape, byte for byte; every
 * heading read as the stage it is meant for; the linter asks for every
 * placeholder and every requirement on a fresh template; no file is
 * overwritten without `--force`; bad input gets a clear message.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import { remark } from 'remark'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { init, initUsage, template } from '../src/init.js'
import { stubs } from '../src/registry.js'
import { build, cleanup, lint, scratch } from './helpers.js'

/** The JSON report: all of stdout. */
function json(
  stdout: string,
): Array<{ path: string; messages: Array<{ ruleId: string; line: number; reason: string; fatal: boolean }> }> {
  return JSON.parse(stdout)
}

/** Each heading of a template and the stage (and part) the reader takes it for. */
function headings(text: string): string[] {
  const file = new VFile({ path: 'design.md', value: text })
  const tree = remark().use(remarkPresetLintMlDesign).parse(file) as Root
  return readDesign(tree, file).sections.map(
    (section) =>
      `${'#'.repeat(section.depth)} ${section.text}: ${section.title ? 'title' : section.inStages.join('+') || 'none'}${section.parts.length > 0 ? ` / ${section.parts.join('+')}` : ''}${section.aside ? ' (aside)' : ''}`,
  )
}

beforeAll(() => build(), 180_000)
afterAll(cleanup)

describe('ml-design-lint init', { timeout: 60_000 }, () => {
  it('writes design.md with the seven stages and their prompts, which the linter asks to fill', () => {
    const directory = scratch({}, 'init-')
    const run = lint(['init'], directory)
    expect(run).toEqual({
      status: 0,
      stdout: '',
      stderr:
        'ml-design-lint init: wrote design.md (interview shape): fill in the TODOs, then run `ml-design-lint design.md`\n',
    })
    const text = readFileSync(join(directory, 'design.md'), 'utf8')
    expect(text).toBe(template('interview', 'Design'))
    expect(
      text.startsWith(
        '# Design\n\n## Clarifying requirements\n\n### Business objective\n\nTODO — state the business objective, such as `Reduce monthly churn from 4% to 3.5%`.\n\n### Data availability\n',
      ),
    ).toBe(true)
    // Every stub's prompt is in it, once.
    for (const stub of stubs) expect(text.split(stub.todo).length - 1, stub.heading).toBe(1)

    expect(headings(text)).toEqual([
      '# Design: title',
      '## Clarifying requirements: requirements',
      '### Business objective: requirements / business-objective',
      '### Data availability: requirements / data-availability',
      '### Constraints: requirements / constraints',
      '### Scale: requirements / scale',
      '### Latency: requirements / latency',
      '## Framing the problem as an ML task: framing',
      '### ML objective: framing / ml-objective',
      '### Input: framing / input',
      '### Output: framing / output',
      '### ML category: framing / category',
      '### Online metrics: framing+evaluation / online-metrics',
      '### Offline metrics: framing+evaluation / offline-metrics',
      '## Data preparation: data',
      '### Feature engineering: data / feature-engineering',
      '### Missing data: data / missing-data',
      '### Class imbalance: data / class-imbalance',
      '### Outliers: data / outliers',
      '## Model development: model',
      '### Model selection: model / model-selection',
      '### Baseline: model / baseline',
      '### Interpretability: model / interpretability',
      '### Retraining: model / retraining',
      '## Evaluation: evaluation',
      '### Offline evaluation: evaluation / offline-evaluation',
      '### Online evaluation: evaluation / online-evaluation',
      '### Error costs: evaluation / error-costs',
      '## Deployment and serving: deployment',
      '### Serving: deployment / serving',
      '## Monitoring and infrastructure: monitoring',
    ])

    // The linter on the fresh template: a placeholder message at every TODO section, the requirements still missing.
    const linted = lint(['--report', 'json', 'design.md'], directory)
    expect(linted.status).toBe(1)
    const messages = json(linted.stdout)[0].messages
    expect(messages.filter((message) => message.fatal)).toEqual([])
    const lines = text.split('\n')
    const todoSections = lines.flatMap((_, index) => (lines[index + 2]?.startsWith('TODO — ') ? [index + 1] : []))
    expect(todoSections.length).toBe(stubs.length)
    const placeholders = messages
      .filter((message) => message.ruleId === 'ml-no-placeholders')
      .map((message) => message.line)
    expect(placeholders).toEqual(todoSections)
    // Every other message is a requirement asking for a stub's content, at that stub's heading.
    const others = messages.filter((message) => message.ruleId !== 'ml-no-placeholders')
    for (const message of others) {
      // The JSON report has no message ids: one of the rule's stubs has its heading on the message's line.
      const own = stubs.filter((stub) => stub.rule === message.ruleId)
      expect(
        own.some((stub) => new RegExp(`^#+ (?:${stub.heading}|.*${stub.heading})`, 'i').test(lines[message.line - 1])),
        message.reason,
      ).toBe(true)
    }
    expect(new Set(others.map((message) => message.ruleId))).toEqual(
      new Set([
        'ml-business-objective',
        'ml-data-availability',
        'ml-constraints',
        'ml-scale',
        'ml-latency',
        'ml-objective-metrics',
        'ml-input-output',
        'ml-category',
        'ml-data-preparation',
        'ml-missing-data',
        'ml-outliers',
        'ml-model-selection',
        'ml-interpretability',
        'ml-retraining',
        'ml-evaluation',
        'ml-deployment',
        'ml-monitoring',
      ]),
    )
  })

  it('writes the company shape, each heading mapped onto its stage', () => {
    const directory = scratch({}, 'init-company-')
    const run = lint(['init', 'docs/churn-model.md', '--shape', 'company'], directory)
    expect(run.status).toBe(0)
    const text = readFileSync(join(directory, 'docs/churn-model.md'), 'utf8')
    expect(text).toBe(template('company', 'Churn model'))
    expect(headings(text)).toEqual([
      '# Churn model: title',
      '## Background: requirements',
      '## Goals: requirements / business-objective',
      '## Non-goals: none (aside)',
      '## Requirements: requirements',
      '### Data availability: requirements / data-availability',
      '### Constraints: requirements / constraints',
      '### Scale: requirements / scale',
      '### Latency: requirements / latency',
      '## Proposal: none',
      '### Problem formulation: framing',
      '#### ML objective: framing / ml-objective',
      '#### Input: framing / input',
      '#### Output: framing / output',
      '#### ML category: framing / category',
      '#### Online metrics: framing+evaluation / online-metrics',
      '#### Offline metrics: framing+evaluation / offline-metrics',
      '### Data: data',
      '#### Feature engineering: data / feature-engineering',
      '#### Missing data: data / missing-data',
      '#### Class imbalance: data / class-imbalance',
      '#### Outliers: data / outliers',
      '### Modeling: model',
      '#### Baseline: model / baseline',
      '#### Interpretability: model / interpretability',
      '#### Retraining: model / retraining',
      '## Alternatives considered: model / model-selection (aside)',
      '## Evaluation plan: evaluation',
      '### Offline evaluation: evaluation / offline-evaluation',
      '### Online evaluation: evaluation / online-evaluation',
      '### Error costs: evaluation / error-costs',
      '## Launch plan: deployment / rollout',
      '### Serving: deployment / serving',
      '## Monitoring: monitoring / monitoring',
    ])
    const messages = json(lint(['--report', 'json', 'docs/churn-model.md'], directory).stdout)[0].messages
    expect(messages.some((message) => message.ruleId === 'ml-stage-order')).toBe(false)
    expect(messages.filter((message) => message.ruleId === 'ml-no-placeholders').length).toBe(
      text.split('\nTODO — ').length - 1,
    )
  })

  it('never overwrites a file without --force, and says what is wrong on bad input', () => {
    const directory = scratch({ 'design.md': 'my notes\n' }, 'init-bad-')
    expect(lint(['init'], directory)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ml-design-lint init: `design.md` already exists: pass --force to overwrite it\n',
    })
    expect(readFileSync(join(directory, 'design.md'), 'utf8')).toBe('my notes\n')
    expect(lint(['init', '--force', '--title', 'Churn'], directory).status).toBe(0)
    expect(readFileSync(join(directory, 'design.md'), 'utf8')).toBe(template('interview', 'Churn'))

    // The rest in this process: `init()` is what the command runs (it returns the exit code and stderr).
    expect(init(['--shape', 'essay'], directory)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ml-design-lint init: Unexpected shape `essay`, expected `interview` or `company`\n',
    })
    expect(init(['--shape'], directory).stderr).toBe(
      'ml-design-lint init: Unexpected shape ``, expected `interview` or `company`\n',
    )
    const unknown = init(['--nope'], directory)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/^ml-design-lint init: Unknown option `--nope`\n\nUsage: ml-design-lint init /)
    expect(init(['a.md', 'b.md'], directory)).toMatchObject({
      code: 1,
      stderr: 'ml-design-lint init: Unexpected 2 files, expected one (`a.md`, `b.md`)\n',
    })
    expect(init(['--title', ' '], directory).stderr).toBe(
      'ml-design-lint init: Unexpected empty `--title`, expected a title\n',
    )
    writeFileSync(join(directory, 'file'), '')
    const folder = init(['file/design.md'], directory)
    expect(folder.code).toBe(1)
    expect(folder.stderr).toMatch(/^ml-design-lint init: cannot write `file\/design\.md`: .*EEXIST/)
    expect(init(['.'], directory)).toMatchObject({
      code: 1,
      stderr: 'ml-design-lint init: `.` is a folder, expected a file name\n',
    })
    expect(init(['--help'], directory)).toMatchObject({ code: 0, stdout: initUsage })
  })
})
