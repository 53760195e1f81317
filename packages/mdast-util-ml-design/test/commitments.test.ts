import { describe, expect, it } from 'vitest'
import { read } from './read.js'

/** The trimmed texts of the sentences that do not commit the design (options, pros and cons, undecided notes). */
function uncommitted(value: string): string[] {
  const reading = read(value)
  return reading.sentences
    .filter((sentence) => !reading.commits(sentence.index) || sentence.undecided)
    .map((sentence) => reading.textOf(sentence).trim())
}

describe('options listed in a list', () => {
  const labels = [
    '# Disclosure check',
    '',
    '## Data',
    '',
    '- recordings from the telephony vendor',
    '- labels: ??? options:',
    '  - QA scorecards (only the 2% sample)',
    '  - weak labels from a keyword match, then spot-check',
  ]

  it('reads the items under a line that introduces options as options, the line included', () => {
    const open = uncommitted(`${labels.join('\n')}\n`)
    expect(open).toContain('weak labels from a keyword match, then spot-check')
    expect(open).toContain('labels: ???')
    expect(open).not.toContain('recordings from the telephony vendor')
    expect(read(`${labels.join('\n')}\n`).labelStatements()).toEqual([])
  })

  it('commits the sentence among them that states a choice', () => {
    const chosen = [...labels, '  - → we go with the weak labels, spot-checked by QA']
    const reading = read(`${chosen.join('\n')}\n`)
    expect(uncommitted(`${chosen.join('\n')}\n`)).not.toContain('→ we go with the weak labels, spot-checked by QA')
    // The labels answer comes from the choice, not from the options it chose among.
    const answers = reading.evidence('data-labels').map((item) => reading.textOf(reading.sentences[item.sentence]))
    expect(answers).toContain('→ we go with the weak labels, spot-checked by QA')
    expect(answers).not.toContain('labels: ???')
  })

  it('reads an item weighed by its nested pros and cons as an option, unless a choice names it', () => {
    const weighed = [
      '# Highlights',
      '',
      '- What counts as a highlight?',
      '  - (a) clips editors cut in the past',
      '    - pros: free',
      '    - cons: biased to top matches',
      '  - (c) annotate 200 matches w/ a vendor',
      '    - pros: clean',
      '    - cons: ~€30k, 6 weeks',
    ]
    const open = uncommitted(`${weighed.join('\n')}\n`)
    expect(open).toContain('(c) annotate 200 matches w/ a vendor')
    expect(open).not.toContain('What counts as a highlight?')
    const picked = uncommitted(`${[...weighed, '- Decision: we go with (c)', '- we go with C'].join('\n')}\n`)
    expect(picked).not.toContain('(c) annotate 200 matches w/ a vendor')
    expect(picked).toContain('(a) clips editors cut in the past')
  })

  it('keeps a list whose items are not weighed, and a heading that names options, as before', () => {
    const plain = ['# Churn', '', '## Model options', '', '- Baseline to beat: the current rule', '- Retrain weekly']
    expect(uncommitted(`${plain.join('\n')}\n`)).toEqual([])
  })

  it('reads a table row whose label introduces options as options', () => {
    const table = [
      '# Email recs',
      '',
      '## Data',
      '',
      '| Item | Value |',
      '|---|---|',
      '| Sources | send and click logs |',
      '| Label options | purchase within 7 d (sparse) · click in the email (biased) |',
    ]
    const open = uncommitted(`${table.join('\n')}\n`)
    expect(open).toContain('Label options')
    expect(open).not.toContain('send and click logs')
  })
})

/** Whether any sentence of a short document is read as undecided. */
function undecided(text: string): boolean {
  return read(`# T\n\n${text}\n`).sentences.some((sentence) => sentence.undecided)
}

describe('undecided statements', () => {
  it('reads a negation before deciding or finding out, and nothing so far, as undecided', () => {
    for (const text of [
      '- Explain to merchants why we did not fight?\n  - open, product hasn’t decided',
      '- How much?\n  - count not pulled yet',
      '- GPU / cost limits?\n  - nobody gave a number',
      '- How many farms?\n  - sales has no number yet',
      '- To decide with the Content team at the next review.',
      '- Q: Do hosts get told why?\n  - A: open, ask trust & safety',
      '- Owner of the threshold\n  - to check',
    ]) {
      expect(undecided(text), text).toBe(true)
    }
  })

  it('reads a remedy only offered as undecided, and a definition with "consider" as decided', () => {
    const offered = [
      'Use stratified splits and consider SMOTE',
      'Alternatively, focal loss.',
      'We could consider pruning',
    ]
    const defined = [
      'We consider a user churned after 30 days without an order',
      'A user is to be considered churned after 30 days without an order',
      'Considered: a two-tower model, chosen for its serving cost',
    ]
    expect(offered.map((text) => undecided(`- ${text}`))).toEqual([true, true, true])
    expect(defined.map((text) => undecided(`- ${text}`))).toEqual([false, false, false])
  })

  it('leaves a label defined by what did not happen decided', () => {
    for (const text of [
      '- Transactions not confirmed as fraud within 90 days are negatives',
      '- Items not picked by the user count as skips',
      '- The final price is not known at prediction time',
      '- Tickets are left open for the agent to check later',
      '- Open the app to see the score',
      '- open-source models only (licence rules)',
    ]) {
      expect(undecided(text), text).toBe(false)
    }
  })
})

describe('serving cadence under a serving heading', () => {
  it('reads a batch cadence under a serving heading as the prediction mode, not one under the data', () => {
    const serving = read(
      "# T\n\n## Serving\n\n- nightly batch over yesterday's calls, results in the QA tool by 07:00\n",
    )
    expect(serving.speedStatements().map((item) => item.kind)).toEqual(['mode'])
    const data = read("# T\n\n## Data\n\n- nightly batch over yesterday's calls, results in the QA tool by 07:00\n")
    expect(data.speedStatements()).toEqual([])
  })

  it('reads a delivery schedule under a serving heading as implied batch, not a chosen mode', () => {
    const delivered = read('# T\n\n## Serving\n\nEvery morning the buyers get the stock sheet by email.\n')
    expect(delivered.speedStatements()).toEqual([])
    expect(delivered.scheduledDeliveries()).toHaveLength(1)
    const job = read('# T\n\n## Serving\n\nA nightly job writes the reorder table.\n')
    expect(job.speedStatements().map((item) => item.kind)).toEqual(['mode'])
    expect(job.scheduledDeliveries()).toEqual([])
  })

  it('reads a weekday as a delivery schedule, and a day named once as none', () => {
    const deliveries = (line: string) => read(`# T\n\n## Serving\n\n${line}\n`).scheduledDeliveries()
    for (const line of [
      'Every Monday subscribers get an email with ten new listings.',
      'Each Friday morning the buyers get a CSV of stock to reorder.',
      'On the first of each month the branch managers get an email of accounts to visit.',
      'Weekly on Sundays the stores get their shelf plan.',
    ])
      expect(deliveries(line)).toHaveLength(1)
    for (const line of [
      "Monday's traffic peak sets the size of the fleet.",
      'A Monday launch is planned for the first city.',
      'The app launches on Monday for the first city.',
    ])
      expect(deliveries(line)).toEqual([])
  })
})

describe('unknown quantities', () => {
  const data = (lines: string[]) => read(`# T\n\n## Data\n\n${lines.join('\n')}\n`)

  it('reads no size where the data size slot is left open, but for a count in a unit only data has', () => {
    const open = ['- Source: past listings since 2019', '- How many? — count not pulled yet']
    const testSet = '- Clean labels: 3k plans re-labelled for the test set'
    expect(data([...open, testSet]).quantities('data-size')).toEqual([])
    expect(data([...open, '- ~1.3M rows in the listings table']).quantities('data-size')).toHaveLength(1)
    expect(data(['- Size: 40k plans', testSet]).quantities('data-size')).toHaveLength(2)
  })

  it('reads no history in "a few months" or "several years"', () => {
    expect(data(["- we've got a few months of them on the vendor's bucket"]).quantities('history')).toEqual([])
    expect(data(['- several years of call recordings']).quantities('history')).toEqual([])
    expect(data(['- two years of call recordings']).quantities('history')).toHaveLength(1)
  })
})

describe('pros and cons written with signs', () => {
  it('reads items weighed by nested + and − bullets as options, and a + alone as an addition', () => {
    const weighed = [
      '# Leak alerts',
      '',
      '- Candidates',
      '  - isolation forest on daily profile stats',
      '    - + fast, no labels needed',
      '    - − scores hard to compare',
      '- Negatives',
      '  - 1,200 h of licensed audio',
      '  - + 300 h of internal recordings',
    ]
    const open = uncommitted(`${weighed.join('\n')}\n`)
    expect(open).toContain('isolation forest on daily profile stats')
    expect(open).toContain('− scores hard to compare')
    expect(open).not.toContain('+ 300 h of internal recordings')
    expect(open).not.toContain('1,200 h of licensed audio')
  })
})

describe('a decision written under an option (here the last)', () => {
  const options = [
    '# Branch book orders',
    '',
    '## Model options',
    '',
    '### Option 1: genre averages',
    '',
    '- retrain each month per genre',
    '',
    '### Option 2: gradient-boosted trees',
    '',
    '- pros',
    '  - works for titles with zero history',
    '- cons',
    '  - one model per target if we go with C',
    '',
  ]

  it('reads the lines from the decision on as the design, firm or hedged', () => {
    const decided = [
      ...options,
      '-> we lean toward Option 2, Option 1 kept as a check.',
      '',
      '- baseline: the ratio rule',
    ]
    const open = uncommitted(`${decided.join('\n')}\n`)
    expect(open).not.toContain('baseline: the ratio rule')
    expect(open).not.toContain('-> we lean toward Option 2, Option 1 kept as a check.')
    // The options themselves stay options: the hedged decision chooses none of them.
    expect(open).toContain('retrain each month per genre')
    expect(open).toContain('one model per target if we go with C')
  })

  it('keeps the option its own: a line with no choice word or arrow, though it names another option, decides nothing', () => {
    const own = [
      ...options,
      'Like Option 1, plus author features; Option 2 needs 1 or 2 retries per call.',
      '',
      '- baseline: the ratio rule',
    ]
    const open = uncommitted(`${own.join('\n')}\n`)
    expect(open).toContain('baseline: the ratio rule')
  })

  it('needs another option named: a hedge toward its own option decides nothing among them', () => {
    const line = '-> leaning toward Option 2 only if the budget allows.'
    const open = uncommitted(`${[...options, line, '', '- baseline: the ratio rule'].join('\n')}\n`)
    expect(open).toContain('baseline: the ratio rule')
    // The same line naming another option does decide.
    const other = uncommitted(
      `${[...options, '-> we go with Option 1 here.', '', '- baseline: the ratio rule'].join('\n')}\n`,
    )
    expect(other).not.toContain('baseline: the ratio rule')
  })
})

describe('a reasoned none for a stage of the running system', () => {
  const none = (line: string) => {
    const reading = read(`# T\n\n## Deployment\n\n${line}\n`)
    return reading.stageOpenings('deployment').some((opening) => reading.statesNothingRuns(opening.content))
  }
  it('reads a none with its reason as an answer, and a bare one as none', () => {
    expect(none('No deployment: the model is run once for the yearly plan.')).toBe(true)
    expect(none('Nothing is served, because the study is a one-off.')).toBe(true)
    for (const line of ['None.', 'N/A', 'Out of scope.', 'No deployment']) expect(none(line), line).toBe(false)
  })
})
