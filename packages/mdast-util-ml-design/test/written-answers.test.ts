/**
 * Answers written the way people write them: on the line of their question, as model names, as copies merged into one,
 * nested under the bullet that states the fact.
 */
import type { RequirementId } from 'mdast-util-ml-design'
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

/** The texts of the sentences that answer a requirement in a document after a `# T` title. */
function answers(body: string, id: RequirementId): string[] {
  const reading = read(`# T\n\n${body}\n`)
  return reading.evidence(id).map((item) => reading.textOf(reading.sentences[item.sentence]).trim())
}

describe('an answer on the line of its question', () => {
  it('reads a plain yes or no after a question as its answer', () => {
    expect(answers('- do beekeepers need to know why? -> no. they open the hive anyway', 'interpretability')).toEqual([
      '-> no. they open the hive anyway',
    ])
    // Anything else after the question is no yes or no.
    expect(answers('- do beekeepers need to know why? -> nobody knows yet', 'interpretability')).toEqual([])
    expect(answers('- do beekeepers need to know why? -> no idea', 'interpretability')).toEqual([])
  })

  it('reads the clause after a semicolon as the end of its sentence', () => {
    expect(answers('- "why am I seeing this?" → not in v1; no regulator asks for it', 'interpretability')).toEqual([
      'no regulator asks for it',
    ])
    expect(answers('- "why am I seeing this?" → not in v1; revisit with the ads team', 'interpretability')).toEqual([])
  })
})

describe('candidates named as model names are written', () => {
  it('reads a name with a capital or a digit inside it, or a model noun, under a candidates label', () => {
    expect(
      answers('## Model\n\n- Candidates:\n  - DenseNet-121, fine-tuned\n  - ConvNeXt-S', 'candidate-models'),
    ).toEqual(['DenseNet-121, fine-tuned', 'ConvNeXt-S'])
    expect(answers('Candidates: 7B and 13B open-weight code models.', 'candidate-models')).toHaveLength(1)
    // Under the label, a text that names no model names no candidate; outside it, a name is no candidate.
    expect(answers('Candidates: whatever the platform team supports.', 'candidate-models')).toEqual([])
    expect(answers('## Data\n\nWe label with the ConvNeXt-S team.', 'candidate-models')).toEqual([])
  })
})

describe('a plain yes or no under a question heading', () => {
  it('answers the question, where a sentence that only opens with the word does not', () => {
    const heading = '## Does it need to be explainable?\n\n'
    expect(answers(`${heading}- No, they open every flagged hive anyway.`, 'interpretability')).toHaveLength(1)
    expect(answers(`${heading}- No labels exist yet for that.`, 'interpretability')).toEqual([])
  })
})

describe('copies of one record merged where the data is prepared', () => {
  it('reads copies merged into one or kept once in the data stage as outlier handling', () => {
    const merged = '## Data preparation\n\n- Duplicates: the same email sent 3–4 times → merged into one example'
    expect(answers(merged, 'outliers')).toHaveLength(1)
    expect(answers('## Data\n\n- the same CV sent to all four tracks is kept once', 'outliers')).toHaveLength(1)
    // Outside the data stage the same counted burst merges something else.
    expect(answers('## How it works\n\nThe same clip sent 3 times is merged into one.', 'outliers')).toEqual([])
    expect(answers('## Data\n\nThe same clip sent 3 times is merged into one.', 'outliers')).toHaveLength(1)
    // Duplicates merged with no count are data cleaning, and a data sentence that merges nothing names no treatment.
    expect(answers('## Data\n\nDuplicate listings are merged into one.', 'outliers')).toEqual([])
    expect(answers('## Data\n\nThe two sources are joined into one table.', 'outliers')).toEqual([])
  })
})

describe('a remedy nested under the bullet that states the ratio', () => {
  const ratio = '## Data\n\n- classes are skewed: spam 2%, complaint 4%, new claim 41%\n'

  it('reads the nested remedy as the class imbalance answer', () => {
    expect(answers(`${ratio}  - weighted cross-entropy, weights ∝ 1/√freq`, 'class-imbalance')).toEqual([
      'weighted cross-entropy, weights ∝ 1/√freq',
    ])
  })

  it('reads nothing from a nested bullet without a remedy, or a remedy that is not nested', () => {
    expect(answers(`${ratio}  - complaint is the class agents most often re-file`, 'class-imbalance')).toEqual([])
    expect(answers(`${ratio}\n## Model\n\n- weighted cross-entropy`, 'class-imbalance')).toEqual([])
  })
})
