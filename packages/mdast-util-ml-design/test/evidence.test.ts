import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import type { RequirementId } from '../src/index.js'
import { readDesign } from '../src/index.js'

function read(value: string) {
  const file = new VFile({ value })
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file) as Root
  return readDesign(tree, file)
}

/** The texts of the sentences that answer a requirement. */
function answers(value: string, id: RequirementId): string[] {
  const reading = read(value)
  return [...new Set(reading.evidence(id).map((item) => reading.textOf(reading.sentences[item.sentence]).trim()))]
}

describe('retraining evidence', () => {
  it('takes a period or an event, not "regularly", "periodically" or "as new data comes in"', () => {
    expect(answers('# T\n\nWe retrain periodically, as new labels come in.\n', 'retraining')).toEqual([])
    expect(answers('# T\n\nThe model is updated continuously.\n', 'retraining')).toEqual([])
    expect(answers('# T\n\nWe retrain weekly, as new labels come in.\n', 'retraining')).toHaveLength(1)
  })
})

describe('error-cost evidence', () => {
  it('needs the two errors ranked, not each one priced', () => {
    expect(
      answers('# T\n\nA false hold costs an escalation; a missed bust-out costs the balance.\n', 'error-costs'),
    ).toEqual([])
    expect(answers('# T\n\nA missed fraud costs more than a false decline.\n', 'error-costs')).toHaveLength(1)
    expect(answers('# T\n\nFalse alarms are far cheaper than misses.\n', 'error-costs')).toHaveLength(1)
  })

  it('does not count a ranking that is not agreed yet', () => {
    expect(answers('# T\n\nWe have not yet agreed whether a false negative is worse.\n', 'error-costs')).toEqual([])
  })
})

describe('decisions on the score', () => {
  it('reads an action taken without a person as a decision', () => {
    expect(answers('# T\n\nPosts scoring below 0.1 are posted automatically.\n', 'decision-threshold')).toHaveLength(1)
    expect(answers('# T\n\nRaw forms are held automatically for 30 days.\n', 'decision-threshold')).toEqual([])
  })
})
