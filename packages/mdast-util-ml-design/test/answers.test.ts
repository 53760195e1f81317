/** Answers under named headings, business goals told from ML objectives, and paraphrased answers (issue 13, causes 4, 8, 9). */
import { describe, expect, it } from 'vitest'
import { read } from './read.js'

/** The kind of goal and whether it names a business care, for the one sentence of a document after a `# T` title. */
function goal(text: string) {
  const reading = read(`# T\n\n${text}\n`)
  const index = reading.sentences.findIndex((sentence) => reading.textOf(sentence).includes(text.slice(0, 12)))
  return { kind: reading.goalKind(index), care: reading.namesBusinessCare(index) }
}

describe('business goals', () => {
  it('does not read a noun that starts like a direction verb as a direction', () => {
    expect(goal('Helpdesk history: 19M tickets with the macro the agent applied.').kind).not.toBe('business')
    expect(goal('Drivers accept 80% of the offers.').kind).not.toBe('business')
    expect(goal('Help agents close more tickets per hour.').kind).toBe('business')
  })

  it('tells a scope sentence from one that names what the business cares about', () => {
    expect(goal('This document covers the extraction model and the review loop.').care).toBe(false)
    expect(goal('Clerks spend two days a week keying invoices by hand, which costs money.').care).toBe(true)
    expect(goal('Raise the click-through rate of the digest.').care).toBe(true)
  })

  it('reads a goal whose subject is the prediction as an ML objective unless it moves a business outcome', () => {
    expect(goal('Goal: accurately predict which workouts a user will give kudos to.').kind).toBe('ml')
    expect(goal('Objective: flag the meters that look tampered with, with 80% precision.').kind).toBe('ml')
    expect(goal('Correct misspelled drug names in search queries, so that the right products come back.').kind).toBe(
      'ml',
    )
    expect(goal('Goal: flag the meters that look tampered with, so that we cut energy losses by 20%.').kind).toBe(
      'business',
    )
    expect(goal('Flagged payouts cost the support team two hours a day, and we want to cut that by half.').kind).toBe(
      'business',
    )
  })

  it('reads a goal that only builds the system as no business goal', () => {
    expect(goal('Goal: Build an end-to-end, self-hosted ranking service for the help centre.').kind).toBe('ml')
    expect(goal('Objective: create a reproducible training pipeline and a baseline classifier.').kind).toBe('ml')
    expect(goal('Goal: build a ranking service so that customers open 15% fewer tickets.').kind).toBe('business')
    expect(goal('Build a recommendation system that increases average order value by 5%.').kind).toBe('business')
    expect(goal('Goal: build a churn classifier that reaches 0.85 AUC on the March holdout.').kind).toBe('ml')
    expect(goal('Build trust with sellers by answering their disputes within a day.').kind).not.toBe('ml')
    expect(goal('Develop the seller base in Spain: grow active sellers by 20%.').kind).not.toBe('ml')
  })

  it('does not read "more" that asks for inputs as a direction', () => {
    expect(
      goal('The report counts late orders per week, so the team can decide whether it needs more data.').kind,
    ).not.toBe('business')
    expect(
      goal('The report counts late orders per week, so the team can ask for more labelled examples.').kind,
    ).not.toBe('business')
    expect(
      goal('The report counts late orders per week, so that we win more orders from returning customers.').kind,
    ).toBe('business')
    // A word that only starts with an input word is none ("data-driven").
    expect(goal('The team wants more data-driven buyers.').kind).toBe('business')
  })

  it('reads a model as the subject, or a bound on its own error, as an ML objective', () => {
    expect(goal('Goal: a rewriter whose rewrites bring back relevant products for 60% of failing queries.').kind).toBe(
      'ml',
    )
    expect(goal('Goal: a rewriter that raises search conversion by 2 points.').kind).toBe('business')
    expect(goal('Keep hallucinated columns under 2% of generated queries.').kind).toBe('ml')
    expect(goal('Keep refunds under 2% of orders.').kind).toBe('business')
  })

  it('reads direction words as verbs and business nouns in their business sense', () => {
    expect(goal('The target is the measured load itself, so labels come for free the next day.').kind).toBe('other')
    expect(goal('Free up agents for the hard tickets.').kind).toBe('business')
    expect(goal('The revenue protection team picks the monthly list.').kind).not.toBe('business')
    expect(goal('Protect revenue from meter tampering.').kind).toBe('business')
    expect(goal('Predict, for every stop on the route, the arrival time.').kind).toBe('ml')
    expect(goal('L1 loss for the point head.').care).toBe(false)
    expect(goal('Cut fraud losses by 25%.').care).toBe(true)
    expect(goal('Today, trained models are stored as files in thirty buckets.').kind).toBe('other')
  })

  it('does not read "later" as lateness', () => {
    expect(goal('Clubs feed and web later.').care).toBe(false)
    expect(goal('Late deliveries cost us refunds.').care).toBe(true)
  })
})

/** The texts of the sentences that answer a requirement, in a document after a `# T` title. */
function answers(text: string, id: Parameters<ReturnType<typeof read>['evidence']>[0]): string[] {
  const reading = read(`# T\n\n${text}\n`)
  return reading.evidence(id).map((item) => reading.textOf(reading.sentences[item.sentence]).trim())
}

describe('decisions on the output', () => {
  // Demoted, acted on, diverted or highlighted acts on the score; logged in a shadow run, stored or sorted does not.
  const cases: Array<[string, boolean]> = [
    ['Predictions with a low confidence of harm are demoted in the feed.', true],
    ['Churn predictions are acted on by the retention team.', true],
    ['A week in shadow: predictions logged, not acted on.', false],
    ['Predictions are written to the warehouse for the weekly report.', false],
    ['Parcels above the threshold are diverted to the repack station.', true],
    ['Phonemes above the threshold are highlighted in red.', true],
    ['The contacts are sorted by the predicted probability.', false],
  ]
  it.each(cases)('%s -> a decision: %s', (text, decides) => {
    expect(answers(text, 'decision-threshold').length > 0).toBe(decides)
  })
})

describe('answers nested under a short label', () => {
  it('reads a bullet nested under `- Missing` as the answer, not one under a longer item', () => {
    expect(answers('- Missing\n  - curves cut short are not scored', 'missing-data')).toHaveLength(1)
    expect(answers('- Outliers\n  - shots without a sheet are removed', 'outliers')).toHaveLength(1)
    expect(
      answers(
        '- Some users have missing profiles, which we look at later\n  - duplicate events are dropped',
        'missing-data',
      ),
    ).toEqual([])
    expect(answers('- Missing\n- duplicate events are dropped', 'missing-data')).toEqual([])
    expect(answers('- input: merchant x day\n  - refund rate over the last 28 days', 'features')).not.toEqual([])
    expect(answers('- input: merchant x day\n- refund rate over the last 28 days', 'features')).toEqual([])
  })
})

describe('a part label inside a combined section', () => {
  it('overrides the heading: a latency label under Constraints is no constraint', () => {
    const doc =
      '## Constraints\n\n- latency: under 100 ms per request\n- privacy: raw card numbers never leave the vault'
    expect(answers(doc, 'constraints').every((text) => text.startsWith('privacy'))).toBe(true)
    expect(answers(doc, 'constraints').length).toBeGreaterThan(0)
    expect(answers('## Constraints\n\n- scale: 2M daily users\n- latency: under 100 ms', 'constraints')).toEqual([])
  })
})

describe('online evaluation said in other words', () => {
  it('reads a randomised comparison group, not a random split of the data', () => {
    expect(
      answers(
        '## Evaluation\n\nThe top 80 patients are randomly split; the other 40 form a comparison group.',
        'online-evaluation',
      ),
    ).not.toEqual([])
    expect(
      answers('## Evaluation\n\nThe pairs are randomly split into train and test sets, 80/20.', 'online-evaluation'),
    ).toEqual([])
  })
})

describe('held-out data, not a holdout of live traffic', () => {
  it('does not read the control group of an experiment as held-out data', () => {
    expect(
      answers('## Evaluation\n\n- AB test: 10% as holdout, the rest in the new model.', 'offline-evaluation'),
    ).toEqual([])
    expect(answers('## Evaluation\n\n- PR-AUC on a holdout of the last month.', 'offline-evaluation')).not.toEqual([])
  })
})

describe('outliers left to a person', () => {
  it('reads extreme records sent to review as handled, not any review', () => {
    expect(answers('- Outliers\n  - amounts above €1M always go to review', 'outliers')).not.toEqual([])
    expect(answers('Low-confidence fields go to review before posting.', 'outliers')).toEqual([])
  })
})

describe('baselines', () => {
  it("does not read an experiment's control arm as a baseline", () => {
    expect(answers('## Evaluation\n\nRevenue per session, the increase compared with control.', 'baseline')).toEqual([])
    expect(answers('## Evaluation\n\nThe ranker is compared with the current rules.', 'baseline')).not.toEqual([])
  })
})

describe('pros and cons in one label', () => {
  it('reads the list under a `Pros / Cons` line as weighing, and a plain list as committed', () => {
    const item = '- Interpretable: reviewers must see why a point is flagged, so each alert carries its top features.'
    expect(answers(`## Model\n\nPros / Cons\n\n${item}`, 'interpretability')).toEqual([])
    expect(answers(`## Model\n\n${item}`, 'interpretability')).not.toEqual([])
  })
})

describe('remedies only offered', () => {
  it('does not take a remedy to consider, or an alternative, for the handling', () => {
    expect(answers('- Use stratified splits and consider SMOTE', 'class-imbalance')).toEqual([])
    expect(answers('- Weight the rare class 10x.\n  - Alternatively, focal loss.', 'class-imbalance')).toHaveLength(1)
    expect(answers('- Weight the rare class 10x and use stratified splits.', 'class-imbalance')).toHaveLength(1)
  })
})

describe('citations', () => {
  it('reads an answer shown with its citations as explained, and a cited passage in a metric as not', () => {
    expect(
      answers('## Model\n\n- every answer is shown with citations to its passages', 'interpretability'),
    ).toHaveLength(1)
    expect(
      answers('## Model\n\n- cited turns are kept 30 days with the chat for audit', 'interpretability'),
    ).toHaveLength(1)
    expect(
      answers('## Model\n\n- faithfulness: share of sentences supported by a cited passage', 'interpretability'),
    ).toEqual([])
  })
})

describe('retraining triggers', () => {
  it('does not take "stale" for a trigger, and still takes drift', () => {
    expect(answers('We retrain the model when it goes stale.', 'retraining')).toEqual([])
    expect(answers('We retrain the model when feature drift exceeds a PSI of 0.2.', 'retraining')).not.toEqual([])
  })

  it('does not take a retraining that only dates something else for its trigger', () => {
    expect(answers('The score cut-off is re-tuned after every refit.', 'retraining')).toEqual([])
    expect(answers('Recall on the audit set catches drift after merges or index retraining.', 'retraining')).toEqual([])
    expect(answers('Refit after every batch of 2,000 new labels.', 'retraining')).not.toEqual([])
    expect(answers('After drift is detected, retrain on the last 30 days.', 'retraining')).not.toEqual([])
    expect(answers('Retrain weekly; after each retrain the cut-off is re-tuned.', 'retraining')).not.toEqual([])
  })
})

describe('constraints with no limit', () => {
  it('does not take "must be cheap" for a limit, and takes a cost cap', () => {
    expect(answers('- Constraints: model must be cheap', 'constraints')).toEqual([])
    expect(answers('- Constraints: serving must cost under $2k a month in GPU time', 'constraints')).not.toEqual([])
  })
})

describe('error costs ranked in other words', () => {
  it('reads one error named the expensive one, not each error priced', () => {
    expect(answers('So false positives are the expensive error.', 'error-costs')).not.toEqual([])
    expect(answers('A false positive costs a second contact; a false negative costs 20 s.', 'error-costs')).toEqual([])
  })
})

describe('missing values handled without a method', () => {
  it('does not take "handle missing values appropriately" for a method', () => {
    expect(answers('- Handle missing values appropriately', 'missing-data')).toEqual([])
    expect(answers('- The model handles missing values natively', 'missing-data')).not.toEqual([])
  })
})

describe('answers that hold across options and labels that share a line', () => {
  it('commits a section or a sentence that holds for whichever option is chosen', () => {
    const options = '## Options\n\n### Option 1 — two-tower\n\n### Option 2 — co-watch graph\n\n'
    const line = '- Offline: recall@500 on day 30, compared with the current heuristics'
    expect(answers(`${options}## Evaluation (any option)\n\n${line}`, 'baseline')).toHaveLength(1)
    expect(answers(`${options}${line}`, 'baseline')).toEqual([])
    const weighed = '## Model options\n\n- GBDT: strong on tabular features\n- DeepFM: learns crosses\n'
    expect(answers(`${weighed}- Retrain daily on the last 14 days (any option)`, 'retraining')).toHaveLength(1)
    expect(answers(`${weighed}- Retrain daily on the last 14 days`, 'retraining')).toEqual([])
  })

  it('reads the next label on the same line as its own part', () => {
    expect(answers('Baseline: none yet. Candidates: EfficientNet-B0, ConvNeXt-Tiny.', 'baseline')).toEqual([])
    expect(answers('Baseline: the manual check today. Candidates: EfficientNet-B0.', 'baseline')).toContain(
      'Baseline: the manual check today.',
    )
  })

  it('reads a template line that only lists topics as a prompt', () => {
    expect(answers('_Candidates, baseline, interpretability, retraining._', 'baseline')).toEqual([])
    expect(answers('*Candidate models, baseline, retraining, offline evaluation plan.*', 'baseline')).toEqual([])
    expect(answers('Candidates, the current rules as the baseline, weekly retraining.', 'baseline')).toHaveLength(1)
    expect(answers('The baseline is the rules engine, which the candidates must beat.', 'baseline')).toHaveLength(1)
  })

  it('reads an example given right after a question in its paragraph as part of the prompt', () => {
    const kinds = (text: string) => {
      const reading = read(`# T\n\n## Problem statement\n\n${text}\n`)
      return reading.sentences.filter((item) => !item.heading).map((item) => (item.prompt ? 'prompt' : 'content'))
    }
    const families = (text: string) => [...read(`# T\n\n## Problem statement\n\n${text}\n`).familySet]
    const prompt =
      'How should the task be framed? For example, churn can be framed as a binary classification or a survival model.'
    expect(kinds(prompt)).toEqual(['prompt', 'prompt'])
    expect(families(prompt)).toEqual([])
    expect(kinds('How should the task be framed? E.g. as a ranking of the candidate offers.')).toEqual([
      'prompt',
      'prompt',
    ])
    // After a statement, or after the answer to the question, an example is content.
    const stated =
      'We frame churn as a binary classification. For example, a subscriber who cancels within 30 days is a 1.'
    expect(kinds(stated)).toEqual(['content', 'content'])
    expect(families(stated)).toEqual(['classification'])
    expect(kinds('How long is the window? 30 days. For example, a cancellation on day 29 is a 1.')).toEqual([
      'prompt',
      'content',
      'content',
    ])
  })
})

describe('retraining said another way', () => {
  it('reads freshness as the retraining only under the model stage', () => {
    expect(answers('## Model\n\n### Freshness\n\nEvery quarter on the latest comments.', 'retraining')).toHaveLength(1)
    expect(
      answers('| Requirement | Value |\n|---|---|\n| Freshness | summaries regenerated nightly |', 'retraining'),
    ).toEqual([])
  })

  it('reads a model recalibrated or redeveloped on a cadence, and a trigger on a watched value', () => {
    expect(answers('In between, the model is recalibrated quarterly.', 'retraining')).toHaveLength(1)
    expect(answers('The approval threshold is recalibrated quarterly.', 'retraining')).toEqual([])
    expect(answers('Retrain when the confirmed share stays below 50% for two weeks.', 'retraining')).toHaveLength(1)
  })
})

describe('a question answered under it or after it', () => {
  it('reads a nested bullet or the next sentence of the item as the answer to a question bullet', () => {
    const nested = '- Do sellers need to see why?\n  - yes: show three similar items sold recently'
    expect(answers(nested, 'interpretability')).toHaveLength(1)
    expect(
      answers('- explanation for sales? probably the top 3 reasons next to each trial', 'interpretability'),
    ).toHaveLength(1)
    expect(answers('- Must the speaker explain why it woke up?\n  - nobody asked yet', 'interpretability')).toEqual([])
    expect(answers('- Do sellers need to see why?', 'interpretability')).toEqual([])
  })
})

describe('interpretability said another way, and a survey of the field', () => {
  it('reads to whom predictions are explained, not a survey of what others do', () => {
    expect(
      answers('A tagging head lets us explain to reviewers why a segment was held.', 'interpretability'),
    ).toHaveLength(1)
    expect(answers('Segment length explains most of the variance.', 'interpretability')).toEqual([])
    const survey = '## What the field does\n\n- SHAP values per customer become reason codes that agents need'
    expect(answers(survey, 'interpretability')).toEqual([])
  })
})

describe('a table row read as one statement', () => {
  it('answers the topic of a row from a later cell of that row only', () => {
    const table = (cell: string) => `| Concern | What we do |\n| --- | --- |\n| Rare positives, 1 in 150 | ${cell} |`
    expect(answers(table('PR-AUC and a threshold tuned on the last month'), 'class-imbalance')).toHaveLength(1)
    expect(answers(table('the trust team reads a sample weekly'), 'class-imbalance')).toEqual([])
    // A cell of the next row is another statement.
    const rows = '| Concern | What we do |\n| --- | --- |\n| Rare positives, 1 in 150 | open |\n| Metric | PR-AUC |'
    expect(answers(rows, 'class-imbalance')).toEqual([])
    expect(
      answers('| Field | Handling |\n| --- | --- |\n| missing income | the median of the region |', 'missing-data'),
    ).toHaveLength(1)
  })
})
