/** `pnpm inspect`: the judgement model's decisions as the rules act on them. */
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import { useWeights } from 'mdast-util-ml-design/judgement'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { afterEach, describe, expect, it } from 'vitest'
import { weights } from '../packages/mdast-util-ml-design/src/judgement/weights.js'
import { decisionLines } from '../scripts/decisions.js'

function read(value: string) {
  const file = new VFile({ value })
  return readDesign(unified().use(remarkParse).use(remarkGfm).parse(file) as Root, file)
}

/** The shipped weights with a baseline model sure that nothing answers (bias -6, p = 0.002). */
const refusing = { ...weights, models: { ...weights.models, baseline: { bias: -6, index: [], value: [] } } }

describe('decisionLines', () => {
  afterEach(() => useWeights(undefined))

  it("says a unit a sure cue holds is counted over the model's refusal, and other refused units are refused", () => {
    useWeights(refusing)
    const reading = read(
      '# Shelf gaps\n\n## Rollout\n\nShipped vs the current system on 5% of stores.\n\nOur baseline is last year.\n',
    )
    reading.judgement = 'model'
    const [sure, other, ...rest] = decisionLines(reading, 'baseline', 'model')
    expect(rest).toEqual([])
    expect(sure).toMatch(
      /^counted by a sure cue \(the model's refusal overridden\) answer=0\.00 .*\(topic\+sure words\)/,
    )
    expect(sure).toContain('"Shipped vs the current system on 5% of stores."')
    expect(other).toMatch(/^refused answer=0\.00 .*"Our baseline is last year\."/)
    // The rule counts the first and not the second, as the lines say.
    expect(reading.evidence('baseline')).toHaveLength(1)
  })
})
