/**
 * Joint and qualified headings: a parenthesis qualifies a title, a qualifier word beside a topic says what is
 * written about the topic, and the scale beside the running system is its scaling.
 */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

const headings = (value: string) =>
  read(value)
    .sections.filter((section) => !section.title)
    .map((section) => [section.text, section.stages, section.parts, section.ordered])

describe('joint and qualified headings', () => {
  it('reads a title without its parenthesis first, unless what is left is generic', () => {
    expect(
      headings(
        '# T\n\n## Deployment\n\na\n\n## 7. Scale (infra, models) and monitoring\n\nb\n\n## Context (input)\n\nc\n\n## Why are we doing this? (business goal)\n\nd\n',
      ),
    ).toEqual([
      ['Deployment', ['deployment'], [], ['deployment']],
      ['7. Scale (infra, models) and monitoring', ['monitoring'], ['infrastructure', 'monitoring'], ['monitoring']],
      ['Context (input)', ['requirements', 'framing'], ['input'], ['requirements', 'framing']],
      ['Why are we doing this? (business goal)', ['requirements'], ['business-objective'], ['requirements']],
    ])
  })

  it('reads the scale beside or under the running system as its scaling, and alone as the requirement', () => {
    expect(headings('# T\n\n## Scale\n\na\n\n## Monitoring\n\nb\n\n### Scale\n\nc\n')).toEqual([
      ['Scale', ['requirements'], ['scale'], ['requirements']],
      ['Monitoring', ['monitoring'], ['monitoring'], ['monitoring']],
      ['Scale', ['monitoring'], ['infrastructure'], ['monitoring']],
    ])
  })

  it("reads the scale beside reliability as the running system's scaling; reliability alone names nothing", () => {
    expect(headings('# T\n\n## Serving\n\na\n\n## Scale & Reliability\n\nb\n\n## Reliability\n\nc\n')).toEqual([
      ['Serving', ['deployment'], ['serving'], ['deployment']],
      ['Scale & Reliability', ['monitoring'], ['infrastructure'], ['monitoring']],
      ['Reliability', [], [], []],
    ])
  })

  it('lets a topic outrank a qualifier beside it; a title of the labels alone takes no part in the order', () => {
    expect(
      headings(
        '# T\n\n## Framing\n\na\n\n## Labels — options (not decided)\n\nb\n\n## Data\n\nc\n\n### Labels\n\nd\n\n## Model options\n\ne\n\n## Options\n\nf\n',
      ),
    ).toEqual([
      ['Framing', ['framing'], [], ['framing']],
      ['Labels — options (not decided)', ['requirements'], ['data-availability'], []],
      ['Data', ['data'], [], ['data']],
      ['Labels', ['data'], ['data-availability'], ['data']],
      ['Model options', ['model'], ['model-selection'], ['model']],
      ['Options', ['model'], ['model-selection'], ['model']],
    ])
  })

  it('leaves a bare output title out of the order, and keeps a qualified one in the framing', () => {
    expect(headings('# T\n\n## Serving\n\na\n\n## Outputs\n\nb\n\n## Model output\n\nc\n')).toEqual([
      ['Serving', ['deployment'], ['serving'], ['deployment']],
      ['Outputs', ['framing'], ['output'], []],
      ['Model output', ['framing'], ['output'], ['framing']],
    ])
  })

  it('leaves a test plan and compliance out of the order, as whole titles only', () => {
    expect(
      headings('# T\n\n## Serving\n\na\n\n## Test plan\n\nb\n\n## Compliance\n\nc\n\n## Privacy and compliance\n\nd\n'),
    ).toEqual([
      ['Serving', ['deployment'], ['serving'], ['deployment']],
      ['Test plan', ['evaluation'], [], []],
      ['Compliance', ['requirements'], ['constraints'], []],
      ['Privacy and compliance', ['requirements'], ['constraints'], ['requirements']],
    ])
  })

  it('reads watching the running system as monitoring it, and a watch history as nothing', () => {
    expect(headings('# T\n\n## Watching it\n\na\n\n## Watch the model\n\nb\n\n## Watch history\n\nc\n')).toEqual([
      ['Watching it', ['monitoring'], ['monitoring'], ['monitoring']],
      ['Watch the model', ['monitoring'], ['monitoring'], ['monitoring']],
      ['Watch history', [], [], []],
    ])
  })

  it('keeps an earlier whole stage under a chapter of a later one in its stages, out of the order', () => {
    const value =
      '# T\n\n## Model\n\n### Candidates\n\na\n\n### Training data\n\nb\n\n### Evaluation\n\nc\n\n## Monitoring\n\n### Model\n\nd\n'
    const found = headings(value)
    // Their own stages stay, for the rules that read them; only the order leaves them out.
    expect(found.map(([text, stages]) => `${text}: ${stages}`)).toContain('Training data: data')
    expect(found.filter(([, , , ordered]) => ordered.length === 0).map(([text]) => text)).toEqual([
      'Training data',
      'Model',
    ])
  })
})
