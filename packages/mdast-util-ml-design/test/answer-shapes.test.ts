/** Answers in the shapes notes and options documents give them (issue 13, fourth round: the answers group). */
import type { RequirementId } from 'mdast-util-ml-design'
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

/** The texts of the sentences that answer a requirement in a document after a `# T` title. */
function answers(body: string, id: RequirementId): string[] {
  const reading = read(`# T\n\n${body}\n`)
  return reading.evidence(id).map((item) => reading.textOf(reading.sentences[item.sentence]).trim())
}

describe('candidate models', () => {
  it('reads the option headings of a model-options section as its candidates', () => {
    const options =
      '## Model options\n\n### A. Small CNN on log-mels\n\n- pros: tiny\n\n### B. Two-tower\n\n- cons: cold start\n'
    expect(answers(options, 'candidate-models')).toEqual(['Small CNN on log-mels', 'Two-tower'])
    // Headings that name no model name no candidate.
    expect(answers('## Model options\n\n### A. Build it\n\n### B. Buy it\n', 'candidate-models')).toEqual([])
  })

  it('reads the shorthand and the encoders of notes as models, not a feature encoding', () => {
    expect(answers('- model: xgb on the campaign rows', 'candidate-models')).toHaveLength(1)
    expect(answers('- fine-tune a small multilingual text encoder', 'candidate-models')).toHaveLength(1)
    expect(answers('- category through a one-hot encoder, then a label encoder', 'candidate-models')).toEqual([])
  })
})

describe('business goals answered under a question', () => {
  it('reads each bullet nested under a question or short label about the goal', () => {
    const asked = '- What does the business want?\n  - fewer returns of parts that do not fit\n  - target: −30% returns'
    expect(answers(asked, 'business-objective')).toEqual([
      'fewer returns of parts that do not fit',
      'target: −30% returns',
    ])
    expect(answers('- goals\n  - cut fitment returns by 30%', 'business-objective')).toEqual([
      'cut fitment returns by 30%',
    ])
    // A question on another topic, or bullets that are not nested, answer nothing.
    expect(answers('- How many users?\n  - 40k sessions a day', 'business-objective')).toEqual([])
    expect(answers('- What does the business want?\n- 40k sessions a day', 'business-objective')).toEqual([])
  })

  it('keeps a model metric as the goal an ML objective when the business word only says what it counts', () => {
    const reading = read(
      '# T\n\nMaximise recall of chats that end with CSAT ≤ 2, at precision ≥ 0.4.\n\nMaximise recall, so that CSAT rises.\n',
    )
    const kinds = reading.sentences.slice(1).map((sentence) => reading.goalKind(sentence.index))
    expect(kinds).toEqual(['ml', 'business'])
  })
})

describe('error costs and the decisions they weigh', () => {
  it('reads a target on one error rate written with a sign as setting the threshold, not a reported rate', () => {
    expect(answers('- maximise recall of unhappy chats, at precision ≥ 0.4', 'error-costs')).toHaveLength(1)
    expect(answers('- false positive rate &lt; 1% of legitimate payments', 'error-costs')).toHaveLength(1)
    expect(answers('- precision 0.41 and recall 0.63 on the test month', 'error-costs')).toEqual([])
  })

  it('reads the metric a threshold puts first as favouring it, not a metric merely reported first', () => {
    expect(answers('So the threshold is chosen for precision.', 'error-costs')).toHaveLength(1)
    expect(answers('- -> recall first for the gas alarms', 'error-costs')).toHaveLength(1)
    expect(answers('- F-beta with beta above 1 to weight recall higher', 'error-costs')).toHaveLength(1)
    expect(answers('- we report precision and recall on the test month', 'error-costs')).toEqual([])
  })

  it('reads "precision first" or "recall first" about something else as favouring no metric', () => {
    // The verb, in a roadmap; one item of the project's priorities.
    expect(
      answers('## Roadmap\n\n- recall first the requirements the clinic set, then sketch it', 'error-costs'),
    ).toEqual([])
    const priorities = '- priorities for the pilot: privacy first, precision first in the dosage figures, speed later'
    expect(answers(priorities, 'error-costs')).toEqual([])
    expect(answers('Project priorities: data quality first, recall first, a dashboard later.', 'error-costs')).toEqual(
      [],
    )
    // After a ranking of the errors, or beside the other error, it still favours the metric.
    expect(answers('- -> recall first; the 0.8 is checked each month', 'error-costs')).toHaveLength(1)
    expect(
      answers('- false negatives first, recall first: a missed leak floods the cellar', 'error-costs'),
    ).toHaveLength(1)
  })

  it('reads a slice that does worse as ranking no error', () => {
    expect(answers('## Error analysis\n\n- by hub (T-6h should be worse, that is fine)', 'error-costs')).toEqual([])
    expect(answers('## Error analysis\n\n- a wrong rebooking is worse than a missed one', 'error-costs')).not.toEqual(
      [],
    )
  })

  it('reads a branch on a cut-off as a decision, and no branch without one', () => {
    const reading = read(
      '# T\n\nOffer the grade if its prob ≥ 0.7, else needs inspection.\n\nSend if above the user’s threshold.\n\nIf two leads tie, the newer one comes first.\n\nIf p99 latency is above 0.5 s, page the on-call.\n',
    )
    expect(reading.sentences.slice(1).map((sentence) => reading.choosesByCutoff(sentence.index))).toEqual([
      true,
      true,
      false,
      false,
    ])
  })

  it('reads a route or a percentage on a cut-off, and a budgeted top-k, as a decision', () => {
    const reading = read(
      [
        '# T',
        'Dishes under 0.6 confidence go to the cashier screen.',
        'Skip the push for the day if the best p(open) < 2%.',
        'The CS team calls the top 150 each Monday.',
        'Top 900 / week slots are filled on Monday.',
        // No cut-off, a share that is no cut-off, a list per request, a period with no top-k.
        'Flagged calls go to the QA queue.',
        'Pushes are sent to 2% of users first.',
        'The feed shows the top 10 per request.',
        'The top 20 features are logged, and drift is checked each week.',
      ].join('\n\n'),
    )
    expect(reading.sentences.slice(1).map((sentence) => reading.choosesByCutoff(sentence.index))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ])
  })

  it('reads an output withheld below a cut-off as a decision, in words or with a sign', () => {
    const reading = read(
      [
        '# T',
        'When the top probability is below 0.6, no tag is suggested.',
        'Under 0.4 confidence the classifier abstains.',
        'When the score < 0.3, the label is not pre-filled.',
        // Withheld with no cut-off, or a cut-off with nothing withheld.
        'No tag is suggested for private photos.',
        'When the top probability is below 0.6, the tag is shown in grey.',
      ].join('\n\n'),
    )
    expect(reading.sentences.slice(1).map((sentence) => reading.choosesByCutoff(sentence.index))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
  })

  it('reads the signs of an HTML list, written as references, as signs', () => {
    const reading = read(
      '# T\n\n<ul>\n<li><b>Low confidence:</b> if the top-1 probability &lt; 0.6, no suggestion is pre-filled</li>\n<li>If the lot is &lt; 10 kg, weigh it again</li>\n</ul>\n',
    )
    const cutoff = (fragment: string) =>
      reading.choosesByCutoff(reading.sentences.findIndex((sentence) => reading.textOf(sentence).includes(fragment)))
    expect(cutoff('top-1 probability')).toBe(true)
    expect(cutoff('10 kg')).toBe(false)
  })

  it("reads an alert on the system's health as no decision on the output", () => {
    expect(answers('Alert the on-call when score drift exceeds the threshold.', 'decision-threshold')).toEqual([])
    expect(answers('Only alert if the p95 latency exceeds the SLA threshold.', 'decision-threshold')).toEqual([])
    expect(answers('Payments above the threshold alert the fraud team.', 'decision-threshold')).not.toEqual([])
  })

  it('reads alerting as an action and alerts as content as none', () => {
    expect(answers('Chats above the threshold alert the team lead.', 'decision-threshold')).not.toEqual([])
    expect(answers('The top of the feed holds safety alerts from the city.', 'decision-threshold')).toEqual([])
  })
})

describe('a numbered checklist table', () => {
  it('reads the cell after the row number as the label', () => {
    const table = '| # | Item | Answer |\n|---|---|---|\n| 18 | Retraining | Monthly, on a rolling 18 months. |\n'
    expect(answers(table, 'retraining')).toEqual(['Monthly, on a rolling 18 months.'])
    const statements = read(`# T\n\n${table}`).statements.filter((statement) => statement.source === 'table-row')
    expect(statements.map((statement) => statement.label)).toEqual(['Retraining'])
    // A two-cell row keeps its first cell as the label: `| 7 | Retraining |` is a numbered step, labelled by nothing.
    const steps = read('# T\n\n| step | what |\n|---|---|\n| 7 | Retraining |\n').statements
    expect(steps.filter((statement) => statement.source === 'table-row')).toEqual([])
  })
})

describe('what the design commits to', () => {
  it('tells a survey of the field from the design', () => {
    const reading = read(
      '# T\n\n## Survey\n\nThe papers cut errors by a fifth.\n\n## Context\n\nWe cut returns by a fifth.\n',
    )
    const said = reading.sentences.filter((sentence) => !sentence.heading)
    expect(said.map((sentence) => reading.commits(sentence.index))).toEqual([false, true])
  })
})

describe('a baseline in the terse form of notes', () => {
  it('reads a comparison with what runs today, not one between slices', () => {
    expect(answers('- vs the current hard rules on the same days', 'baseline')).toHaveLength(1)
    expect(answers('- PR-AUC ≥ 0.85 (vs the legacy system at 0.62)', 'baseline')).toHaveLength(1)
    expect(answers('- slices: new vs old merchants', 'baseline')).toEqual([])
  })
})

describe('where the document opens (`opensDocument`)', () => {
  it('opens before the first staged section, in the title and the requirements, and nowhere after', () => {
    const reading = read(
      '# T\n\nIntro line.\n\n## Why this project exists\n\nWe lose 4% of members a month.\n\n## Requirements\n\nCut churn.\n\n## Data\n\nTwo years of visits.\n\n## Notes\n\nA late remark.\n',
    )
    const opens = (text: string) =>
      reading.opensDocument(reading.sentences.findIndex((sentence) => reading.textOf(sentence).includes(text)))
    expect(opens('Intro line')).toBe(true)
    expect(opens('We lose 4%')).toBe(true)
    expect(opens('Cut churn')).toBe(true)
    expect(opens('Two years')).toBe(false)
    // An unstaged section after the first staged one does not open the document.
    expect(opens('A late remark')).toBe(false)
  })

  it('leaves out a survey before the design', () => {
    const reading = read(
      '# T\n\n## Survey of the field\n\nOthers cut churn with uplift models.\n\n## Requirements\n\nCut churn.\n',
    )
    const index = reading.sentences.findIndex((sentence) => reading.textOf(sentence).includes('uplift'))
    expect(reading.opensDocument(index)).toBe(false)
  })
})
