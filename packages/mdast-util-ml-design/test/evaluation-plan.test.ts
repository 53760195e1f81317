/** Reader tests for `evaluationPlan()`: what opens the evaluation stage and whether each half is planned. */
import { describe, expect, it } from 'vitest'
import { readUnderTitle as read } from './read.js'

describe('evaluationPlan', () => {
  it('plans both halves when the held-out data and the live comparison each come with their metric', () => {
    const reading = read(
      '## Evaluation\n\nOffline: PR-AUC and recall on the most recent month, held out from training.\n\n' +
        'Online: a six-week A/B test on 10% of traffic comparing fraud losses and the false decline rate.',
    )
    const plan = reading.evaluationPlan()
    expect(plan.openings).toHaveLength(1)
    expect(plan.stage).toBe(plan.openings[0])
    expect(reading.prose.slice(plan.stage?.at.start, plan.stage?.at.end)).toContain('Evaluation')
    expect(plan.offlinePlanned).toBe(true)
    expect(plan.onlinePlanned).toBe(true)
  })

  it('plans only the offline half when no live comparison is named', () => {
    const plan = read(
      '## Evaluation\n\nWe hold out the last six months of sales and report MAE and MAPE on them.',
    ).evaluationPlan()
    expect(plan.stage).toBeDefined()
    expect(plan.offlinePlanned).toBe(true)
    expect(plan.onlinePlanned).toBe(false)
  })

  it('does not count a held-out metric table that names no held-out data as the offline half', () => {
    const plan = read(
      '## Evaluation\n\n### Offline evaluation\n\n| model | macro-F1 |\n| --- | --- |\n| BERT | 0.81 |\n\n' +
        '### Online evaluation\n\nA two-week A/B test comparing the reassignment rate.',
    ).evaluationPlan()
    expect(plan.offlinePlanned).toBe(false)
    expect(plan.onlinePlanned).toBe(true)
  })

  it('has no stage and plans no half when no section opens the evaluation stage', () => {
    const plan = read('## Model\n\nGradient-boosted trees on billing and usage features.').evaluationPlan()
    expect(plan.openings).toEqual([])
    expect(plan.stage).toBeUndefined()
    expect(plan.offlinePlanned).toBe(false)
    expect(plan.onlinePlanned).toBe(false)
  })

  it('keeps a placeholder evaluation section as an opening but not as the stage', () => {
    const plan = read('## Evaluation\n\nTBD').evaluationPlan()
    expect(plan.openings).toHaveLength(1)
    expect(plan.openings[0].substantive).toBe(false)
    expect(plan.stage).toBeUndefined()
  })

  it('opens the stage with a Metrics section only when it plans a held-out evaluation or a live comparison', () => {
    const planning = read(
      '## Metrics\n\nOffline: NDCG@10 on the held-out week of queries. Online: an A/B test on 5% of traffic comparing click-through rate.',
    ).evaluationPlan()
    expect(planning.stage?.section).toBeDefined()
    expect(planning.offlinePlanned && planning.onlinePlanned).toBe(true)
    const framing = read('## Metrics\n\nClick-through rate and NDCG@10.').evaluationPlan()
    expect(framing.openings).toEqual([])
    expect(framing.stage).toBeUndefined()
  })
})

describe("the online half in the author's own words", () => {
  const offline = '- Offline: ROC-AUC on the held-out 2025 intake\n'

  it('plans it under an `Online` label or an "Online," paragraph that compares two live groups', () => {
    const label = read(
      `## Evaluation\n\n${offline}- Online: the intake is split by recruiter team, half of the teams work the ordered queue; compare time-to-first-response`,
    )
    expect(label.evaluationPlan().onlinePlanned).toBe(true)
    const prose = read(
      `## Evaluation\n\n${offline}\nOnline, half of the feeds are coded by the new model and half by the rules for three weeks. We compare the apply rate from category pages.`,
    )
    expect(prose.evaluationPlan().onlinePlanned).toBe(true)
  })

  it('does not plan it with a comparison with the past, or with no comparison at all', () => {
    const past = read(
      `## Evaluation\n\n${offline}- Online: after launch we compare enrolments per visit with the previous period`,
    )
    expect(past.evaluationPlan().onlinePlanned).toBe(false)
    const versus = read(
      `## Evaluation\n\n${offline}- Online: a drop of more than 5% versus the previous month triggers a review`,
    )
    expect(versus.evaluationPlan().onlinePlanned).toBe(false)
    const none = read(`## Evaluation\n\n${offline}- Online: half of the teams get the ordered queue`)
    expect(none.evaluationPlan().onlinePlanned).toBe(false)
  })
})

describe('where a missing half belongs', () => {
  /** The heading text of each half's home, and whether the author titled it for the half. */
  function homes(value: string) {
    const reading = read(value)
    const { offline, online } = reading.evaluationPlan().homes
    const show = (home?: { at: { start: number; end: number }; titled: boolean }) =>
      home && `${reading.prose.slice(home.at.start, home.at.end).trim()}${home.titled ? ' (titled)' : ''}`
    return { offline: show(offline), online: show(online) }
  }

  it('is a section of the stage titled for the half, or a deployment section titled for the live test', () => {
    expect(homes('## Evaluation\n\nTwo halves, by the review board.\n\n### Offline\n\nTBD\n\n### Online\n\n?')).toEqual(
      {
        offline: 'Offline (titled)',
        online: 'Online (titled)',
      },
    )
    expect(
      homes(
        '## Model + evaluation\n\n- offline: MAE on the test weeks\n\n## Online testing and deployment\n\n- A/B Test',
      ),
    ).toEqual({ offline: 'Model + evaluation', online: 'Online testing and deployment (titled)' })
  })

  it('is otherwise the first section that opens the stage as a whole, not one of another part', () => {
    expect(
      homes('**cost of mistakes**\n\n- FP worse\n\n**metrics**\n\n- offline: AUC on the held-out quarter'),
    ).toEqual({
      offline: 'metrics',
      online: 'metrics',
    })
  })
})

describe('a live test filed under an Online label', () => {
  const evaluation =
    '## Evaluation\n\n- Offline: AUC on the held-out last two weeks of threads\n' +
    '- Online: A/B by reader, 3 weeks, 20% per arm\n'

  it('compares the online metrics the document names outside the label', () => {
    const reading = read(`## Framing\n\n- Online metrics: second-page view rate, reply upvote rate\n\n${evaluation}`)
    expect(reading.evaluationPlan().onlinePlanned).toBe(true)
  })

  it('plans nothing when no online metric stands outside the label', () => {
    expect(read(evaluation).evaluationPlan().onlinePlanned).toBe(false)
  })

  it('counts a table row whose first cell is Online', () => {
    const plan = read(
      '## Framing\n\n- Online metrics: share of port calls where planners override our ETA\n\n' +
        '## Evaluation\n\n| Step | Data | Metric |\n|---|---|---|\n' +
        '| Offline | the last 3 months of calls, held out | MAE |\n' +
        '| Online | A/B across terminals, 8 weeks | override share |\n',
    ).evaluationPlan()
    expect(plan.onlinePlanned).toBe(true)
  })
})
