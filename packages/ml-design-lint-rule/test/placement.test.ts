/**
 * Where real rules put a message about something missing: the rule, the line and column, and the section a reader
 * finds it in (a bare point is an insertion: it extends the section that ends there), with the stub it offers.
 */
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkLintMlInputOutput from 'remark-lint-ml-input-output'
import remarkLintMlInterpretability from 'remark-lint-ml-interpretability'
import remarkLintMlMissingData from 'remark-lint-ml-missing-data'
import remarkLintMlModelSelection from 'remark-lint-ml-model-selection'
import remarkParse from 'remark-parse'
import { type PluggableList, unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'

async function placements(text: string, plugins: PluggableList) {
  const file = new VFile({ path: 'doc.md', value: text })
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkLint).use(plugins)
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const reading = readDesign(tree as Root, new VFile({ path: 'doc.md', value: text }))
  return file.messages.map((message) => {
    const range = message.place && 'start' in message.place ? message.place : undefined
    const point = range ? range.start : message.place
    const start = point?.offset ?? 0
    // A bare point is where something is inserted: it belongs to the section that ends there.
    const index = reading.sectionAt(range ? start : start - 1)
    return {
      rule: message.ruleId,
      line: message.line,
      column: message.column,
      section: index >= 0 ? reading.sections[index].text : '(document)',
      stub: message.expected?.[0]?.split('\n').find((line) => line.startsWith('#')),
    }
  })
}

describe('placement of missing parts by the rules', () => {
  const options =
    '# Board games\n\n## Why\n\nSell 5% more used games.\n\n## Options\n\n- A. Co-occurrence counts over view sessions\n- B. item2vec on view sessions\n\n## Data\n\nTwo years of listing views.\n'

  it('reports a missing baseline and interpretability at the model’s notes, without a stub', async () => {
    const doc = `${options}\n## Model notes\n\nWe lean to B, trained on the last 90 days.\n`
    const at = { line: 16, column: 1, section: 'Model notes', stub: undefined }
    expect(await placements(doc, [remarkLintMlModelSelection, remarkLintMlInterpretability])).toEqual([
      { rule: 'ml-model-selection', ...at },
      { rule: 'ml-interpretability', ...at },
    ])
    // Without the notes, the stub joins the model's home.
    expect(await placements(options, [remarkLintMlInterpretability])).toEqual([
      { rule: 'ml-interpretability', line: 12, column: 1, section: 'Options', stub: '## Interpretability' },
    ])
  })

  it('puts a missing baseline with the candidates, not at the model chapter’s top', async () => {
    const doc =
      '# Coding assistant\n\n## V. Modelling\n\nTwo stages.\n\n### Candidates\n\n- Logistic regression on TF-IDF\n- A fine-tuned clinical BERT\n\n### Training\n\nFive epochs on the last year of notes.\n'
    expect(await placements(doc, [remarkLintMlModelSelection])).toEqual([
      { rule: 'ml-model-selection', line: 12, column: 1, section: 'Candidates', stub: '### Baseline' },
    ])
  })

  it('reports missing data preparation under the step that prepares the data, with its stub there', async () => {
    const doc =
      '# Grid battery\n\n## Collect the data\n\nFive years of hourly prices from the market operator.\n\n## Clean the data\n\nDrop hours the battery was offline.\n\n## Pick a model\n\nGradient boosting.\n'
    expect(await placements(doc, [remarkLintMlMissingData])).toEqual([
      { rule: 'ml-missing-data', line: 11, column: 1, section: 'Clean the data', stub: '### Missing data' },
    ])
  })

  it('in notes, reports a missing framing part where the framing would stand: the first later stage’s notes', async () => {
    const notes =
      '# Relist nudge\n\n**goal**\n\n- more relisted items\n\n**data**\n\n- 2 years of seller activity\n\n**model**\n\n- GBDT on activity counts\n\n**open**\n\n- who owns it?\n'
    expect(await placements(notes, [remarkLintMlInputOutput])).toEqual(
      ['input', 'output'].map(() => ({
        rule: 'ml-input-output',
        line: 7,
        column: 1,
        section: 'data',
        stub: undefined,
      })),
    )
  })
})
