/** Reader tests for `objectiveAndMetrics()`: the ML objective, its online and offline metrics, and misfiled ones. */
import { describe, expect, it } from 'vitest'
import { read, readUnderTitle } from './read.js'

/** The answer, with mentions as their texts. */
function framing(value: string) {
  const answer = readUnderTitle(value).objectiveAndMetrics()
  const texts = (mentions: Array<{ text: string }>) => mentions.map((mention) => mention.text)
  return {
    ...answer,
    online: texts(answer.online),
    offline: texts(answer.offline),
    misfiled: texts(answer.misfiled),
  }
}

describe('objectiveAndMetrics', () => {
  it('states an objective with both kinds of metric, each filed where it belongs', () => {
    expect(
      framing(
        '## ML objective\n\nPredict the probability that a user clicks a product shown in the feed.\n\n' +
          '## Online metrics\n\nClick-through rate in an A/B test.\n\n' +
          '## Offline metrics\n\nROC-AUC on the held-out last week of impressions.',
      ),
    ).toEqual({
      objectiveStated: true,
      online: ['Click-through rate'],
      onlineStated: true,
      offline: ['ROC-AUC'],
      misfiled: [],
      homes: { online: 'online-metrics', offline: 'offline-metrics' },
    })
  })

  it('states no online metric when only offline ones are named, and sends the missing one to the metrics', () => {
    const answer = framing(
      '## Framing\n\nML objective: predict the probability that a subscriber cancels within 30 days.\n\n' +
        'Offline metrics: ROC-AUC and PR-AUC on held-out months.',
    )
    expect(answer.objectiveStated).toBe(true)
    expect(answer.online).toEqual([])
    expect(answer.onlineStated).toBe(false)
    expect(answer.offline).toEqual(['ROC-AUC', 'PR-AUC'])
    expect(answer.homes).toEqual({ online: 'metrics', offline: 'offline-metrics' })
  })

  it('lists a metric filed under the other kind as misfiled, and still counts it for its true kind', () => {
    const answer = framing(
      '## Framing\n\nML objective: predict the probability that a user opens tonight’s push.\n\n' +
        'Online metrics: AUC.\n\nOffline metrics: log loss, DAU.',
    )
    expect(answer.misfiled).toEqual(['AUC', 'DAU'])
    expect(answer.offline).toEqual(['AUC', 'log loss'])
    expect(answer.online).toEqual(['DAU'])
  })

  it('files an online word offline where its offline filing names the held-out data, on any line of it', () => {
    const plan = (data: string) =>
      framing(
        `## Evaluation\n\n- Offline\n  - ${data}\n  - PR-AUC vs the rule\n  - revenue simulation: upgrades captured at each threshold\n- Online\n  - A/B test on upgrade revenue per booking\n`,
      )
    expect(plan('test months Apr–Aug 2024, held out')).toMatchObject({ misfiled: [] })
    expect(plan('every show of the season').misfiled).toEqual(['revenue'])
  })

  it('states no objective without evidence for it, and an online metric in the author’s own words', () => {
    const answer = framing(
      '## Evaluation\n\nOnline, the share of searches ending in a save.\n\nOffline: NDCG@10 on held-out sessions.',
    )
    expect(answer.objectiveStated).toBe(false)
    expect(answer.online).toEqual([])
    expect(answer.onlineStated).toBe(true)
  })

  it('reads a `Task:` label under the framing as the ML objective, and a kind label inside a sentence as a filing', () => {
    const answer = framing(
      '## Framing\n\n- Task: predict whether an employee leaves within six months\n' +
        '- offline: PR-AUC, log loss; online: regretted attrition among listed vs not listed, AUC',
    )
    expect(answer.objectiveStated).toBe(true)
    expect(answer.onlineStated).toBe(true)
    expect(answer.offline).toEqual(['PR-AUC', 'log loss', 'AUC'])
    expect(answer.misfiled).toEqual(['AUC'])
  })

  it('takes an ML objective under a goal heading as stated, and no `Task:` label outside the framing', () => {
    expect(
      framing('## Objective\n\n- Maximise execution accuracy on our internal benchmark: reach 85%').objectiveStated,
    ).toBe(true)
    expect(framing('## Data\n\n- Task: join the invoice lines to the payments').objectiveStated).toBe(false)
  })

  it('names the online metric where the evaluation compares two live groups in the author’s words', () => {
    const compared = framing(
      '## Evaluation\n\nOnline, half of the new questions enter the pool at once and half wait; we compare the share of sessions in which learners stay in their band.',
    )
    expect(compared.onlineStated).toBe(true)
    const past = framing(
      '## Evaluation\n\nOnline, we compare the share of sessions in the band with the previous month.',
    )
    expect(past.onlineStated).toBe(false)
  })

  it('names the online metric where a live opening compares or weighs a measure, words between', () => {
    const compared = framing(
      '## Evaluation\n\nOnce live, we compare the card app against the other two for a month: share of reviews answered within a day.',
    )
    expect(compared.onlineStated).toBe(true)
    expect(
      framing('## Evaluation\n\nOnline, the measure that matters is the 30-day readmission rate.').onlineStated,
    ).toBe(true)
    expect(framing('## Evaluation\n\nOnce live, we will see whether people like it.').onlineStated).toBe(false)
  })

  it('reads a metric list with rate slashes as metrics, not as alternatives', () => {
    expect(framing('## Metrics\n\n- online: carousel CTR, purchases / session, GMV / session').onlineStated).toBe(true)
  })

  it('reads an engagement count that is also a verb as the verb', () => {
    expect(framing('## Metrics\n\n- a script that saves the model artifact and a metrics report').onlineStated).toBe(
      false,
    )
    expect(framing('## Metrics\n\n- Online: saves per session in an A/B test').online).toEqual(['saves'])
  })

  it('reads a metric word in a note column of a metrics table as a note, not a metric of its own', () => {
    const table =
      '## Online metrics\n\n| Metric | Why it matters |\n|---|---|\n| Saves per session | the goal |\n| Repeat complaints | a check on calibration |\n'
    const answer = framing(`The model predicts whether a cook saves a recipe.\n\n${table}`)
    expect(answer.misfiled).toEqual([])
    const named = '## Online metrics\n\n| Metric | Why it matters |\n|---|---|\n| Calibration | a check |\n'
    expect(framing(`The model predicts whether a cook saves a recipe.\n\n${named}`).misfiled).toEqual(['Calibration'])
  })

  it('keeps a metric under a guardrail or target column of a metrics table as a metric of its own', () => {
    const guardrail =
      '## Online metrics\n\n| Metric | Target | Guardrail |\n|---|---|---|\n| Saves per session | +2% | click-through rate must not drop |\n'
    expect(framing(`The model predicts whether a cook saves a recipe.\n\n${guardrail}`).online).toEqual([
      'Saves',
      'click-through rate',
    ])
  })

  it("reads an everyday metric word made a value's closeness as the author's metric of its filing, fitting any task", () => {
    const online = framing(
      'The model predicts the minutes to the pickup.\n\n## Online metrics\n\n- delivery accuracy on completed orders',
    )
    expect(online.misfiled).toEqual([])
    expect(online.online).toEqual(['accuracy'])
    const tolerance = readUnderTitle('## Offline metrics\n\n- MAE, accuracy within ±10% of the final price')
    expect(tolerance.metrics.map((mention) => [mention.text, mention.metric.fits])).toEqual([
      ['MAE', ['regression', 'forecasting']],
      ['accuracy', undefined],
    ])
    // Under its own kind's filing the quantity before it leaves it the classification metric, and so does a plain one.
    expect(framing('## Offline metrics\n\n- forecast accuracy per store').offline).toEqual(['accuracy'])
    expect(framing('## Online metrics\n\n- accuracy of the live model').misfiled).toEqual(['accuracy'])
  })

  it('reads an Output label as the objective stated, unless an ML objective heading is left open', () => {
    const io = '- Input: the photo and the route.\n- Output: a damage probability per parcel.\n'
    expect(framing(`## Framing\n\n${io}`).objectiveStated).toBe(true)
    expect(framing(`## ML objective\n\nTBD\n\n## Input and output\n\n${io}`).objectiveStated).toBe(false)
  })

  it('reads business and product KPI headings as online filings that misfile nothing, an `Example` before the noun as filler', () => {
    const objective =
      'The model predicts the minutes until a parcel arrives.\n\nOffline metric: MAE on the held-out month.\n\n'
    const kpis = framing(
      `${objective}## Monitoring\n\n### Dashboard 4: Business KPIs\n\n- failures prevented (count)\n`,
    )
    expect(kpis.onlineStated).toBe(true)
    // A business or product title names what the business watches, not the online kind: an offline metric there is
    // filed under no kind, so not misfiled; a title that names the online kind still misfiles it.
    expect(framing(`${objective}### Product KPIs\n\n- AUC above 0.8\n`).misfiled).toEqual([])
    expect(framing(`${objective}**Business metrics:**\n\n- recall of the late parcels\n`).misfiled).toEqual([])
    expect(framing(`${objective}### Production metrics\n\n- AUC above 0.8\n`).misfiled).toEqual([])
    expect(framing(`${objective}### Online metrics\n\n- AUC above 0.8\n`).misfiled).toEqual(['AUC'])
    // A KPI heading left open names no metric.
    expect(framing(`${objective}### Business KPIs\n\nTBD\n`).onlineStated).toBe(false)
    const example = framing(`${objective}**Example KPIs (business):**\n\n- Raise the on-time delivery rate by 3%.\n`)
    expect(example.online).toEqual(['on-time delivery rate'])
    // Without a KPI label the same rate is a goal, not a metric mapped to the model.
    expect(framing(`${objective}The partners want a 95% on-time delivery rate.`).onlineStated).toBe(false)
    expect(framing(`${objective}### Example queries\n\n- how to raise my conversion rate\n`).onlineStated).toBe(false)
  })

  it('reads a task named by what it predicts as the objective stated, not a value or an objective left open', () => {
    const metrics = '\n\nOffline metric: PR-AUC on the held-out quarter.'
    expect(
      framing(`## ML layer\n\n- Training models:\n  - churn prediction\n  - next-best-offer${metrics}`),
    ).toMatchObject({
      objectiveStated: true,
    })
    const edit = 'For each edit, compute the probability of the edit breaking a policy.'
    expect(framing(`## Model\n\n${edit}${metrics}`).objectiveStated).toBe(true)
    expect(framing(`## Model\n\nA dropout probability of 0.2 between the layers.${metrics}`).objectiveStated).toBe(
      false,
    )
    expect(framing(`## ML objective\n\nTBD\n\n## Model\n\n${edit}${metrics}`).objectiveStated).toBe(false)
    // In the features a target names an input, not the task designed.
    expect(framing(`## Features\n\n- the churn prediction score from the CRM${metrics}`).objectiveStated).toBe(false)
  })

  it('files a list under the kind its lead-in paragraph names: a bare numbered title, or a sentence closed by a colon', () => {
    const objective = '## Framing\n\nML objective: predict whether a parked car blocks the lane.\n\n## Evaluation\n\n'
    const offline = '4.1 Offline metric\n- average precision on the held-out frames\n\n'
    // A plain numbered title with its list right under it, as notes copy a book's outline.
    const titled = framing(
      `${objective}${offline}4.2 Online metric\n- number of tickets from drivers about blocked lanes\n`,
    )
    expect(titled.onlineStated).toBe(true)
    expect(titled.offline).toEqual(['average precision'])
    // The same list under a title that names no kind: nothing is filed online.
    expect(
      framing(`${objective}${offline}4.2 Field notes\n- number of tickets from drivers about blocked lanes\n`)
        .onlineStated,
    ).toBe(false)
    // A lead-in sentence that names one kind and closes with a colon.
    const said = (sentence: string) =>
      framing(`${objective}${offline}${sentence}\n\n- **Patrol hours saved**: how much less the wardens drive\n`)
    expect(said('Our online metrics are closer to the city’s budget:').onlineStated).toBe(true)
    // One that rejects the kind, names both kinds, or does not introduce the list files nothing.
    expect(said('These are not business metrics:').onlineStated).toBe(false)
    expect(said('Offline metrics come before online metrics:').onlineStated).toBe(false)
    expect(said('Our online metrics are closer to the city’s budget.').onlineStated).toBe(false)
  })

  it('files nothing under a lead-in that names the other kind in a word, or mentions a kind before moving on', () => {
    const objective =
      '## Framing\n\nML objective: rank the products for a query by the chance of a click.\n\n## Evaluation\n\n'
    const list = '- NDCG@10 on the held-out last week of queries\n- Click-through rate in a two-week A/B test\n'
    const led = (sentence: string) => framing(`${objective}${sentence}\n\n${list}`)
    for (const sentence of [
      'We will track both offline and online metrics:',
      'Offline and online metrics we will track:',
      'We measure the model offline first, then the online metrics:',
      'In addition to business metrics, we evaluate the model on:',
      'Before moving to online metrics, we check:',
      'Along with the online metrics, we also report these:',
      'Along with online metrics, we report:',
      'If the offline metrics look good, we run an A/B test measuring:',
    ]) {
      const read = led(sentence)
      expect(read.misfiled, sentence).toEqual([])
      expect(read.offline, sentence).toEqual(['NDCG@10'])
    }
    // A lead-in whose words all name one kind still files the list.
    expect(led('Our online metrics are more business focused:').misfiled).toEqual(['NDCG@10'])
  })

  it('names an online metric in the author’s words under a success-metrics or KPI title, when a line measures a share, a rate, a count or a change in one', () => {
    const objective = '## Framing\n\nML objective: predict whether a flagged post breaks the policy.\n\n'
    const under = (title: string, lines: string) => framing(`${objective}## ${title}\n\n${lines}\n`)
    const lines =
      '- Macro-F1 at least 0.85 on the held-out months\n- Restored-post share: at most 15% of flagged posts restored on review'
    const success = under('Success metrics', lines)
    expect(success.onlineStated).toBe(true)
    expect(success.offline).toEqual(['Macro-F1'])
    expect(success.misfiled).toEqual([])
    expect(under('KPIs', '- Reviewer hours saved per week against the manual queue').onlineStated).toBe(true)
    // A title of metrics in general holds no such measure in the author's words.
    expect(under('Metrics', lines).onlineStated).toBe(false)
    // Under a success title: a line that measures nothing live, a latency, or a line that only introduces.
    expect(under('Success metrics', '- Macro-F1 at least 0.85\n- Backward transfer above -0.05').onlineStated).toBe(
      false,
    )
    expect(under('Success metrics', '- Macro-F1 at least 0.85\n- p95 latency under 200 ms').onlineStated).toBe(false)
    expect(under('Success metrics', '**Share of posts:**\n\n- Macro-F1 at least 0.85').onlineStated).toBe(false)
  })

  it('names no online metric under a success-metrics or KPI title for a line about held-out data, training, the model or the labelled set', () => {
    const objective = '## Framing\n\nML objective: predict whether a photographed weld is defective.\n\n'
    const under = (title: string, lines: string) => framing(`${objective}## ${title}\n\n${lines}\n`)
    for (const line of [
      'Training time reduced from 6 hours to 2 hours on one GPU',
      'Percentage of test images classified correctly above 95%',
      'Error rate under 5% on the held-out welds',
      'Model size reduced to under 50 MB for the edge camera',
      'Growth of the labelled set to 20k images by Q3',
      'Fewer false alarms than the current rule-based checker on the test set',
      'Share of validation welds flagged correctly above 90%',
    ])
      expect(under('Success metrics', `- ${line}`).onlineStated, line).toBe(false)
    for (const line of ['API error rate below 0.1%', 'Number of failed inference requests per day'])
      expect(under('KPIs', `- ${line}`).onlineStated, line).toBe(false)
    // The live sense of the same words: a share of welds that reach the customer.
    expect(under('Success metrics', '- Share of defective welds that reach the customer below 0.5%').onlineStated).toBe(
      true,
    )
    // A measure word alone, without its qualifier, on a line that measures something live.
    expect(under('Success metrics', '- p95 latency reduced to under 200 ms').onlineStated).toBe(false)
    expect(under('Success metrics', 'Share of restored posts:\n\n- Macro-F1 at least 0.85').onlineStated).toBe(false)
  })

  it('matches measure and kind words whole in any script, a word added through the options too', () => {
    const text =
      '# T\n\n## Framing\n\nML objective: predict whether a flagged post breaks the policy.\n\n## Success metrics\n\n- Доля восстановленных постов не выше 15%\n'
    expect(read(text).objectiveAndMetrics().onlineStated).toBe(false)
    expect(read(text, { words: { liveMeasureWords: ['доля'] } }).objectiveAndMetrics().onlineStated).toBe(true)
  })
})
