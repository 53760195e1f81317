/**
 * Stubs: for each requirement a rule reports as missing, a short section to
 * insert (a heading and a placeholder sentence) and where it goes in the
 * document. `ml-design-lint --fix` inserts them; `defineRule` puts the same
 * stub in the message's `expected` (the editor's quick fix).
 *
 * A stub is a placeholder on purpose: its sentence starts with `TODO:`, so
 * it answers nothing, `ml-no-placeholders` asks for it to be filled and the
 * requirement's rule keeps reporting, now at the stub's heading.
 */
import type { Point } from 'unist'
import type { DesignReading } from './reading.js'
import { type Part, type Stage, stages } from './vocabulary/stages.js'

export interface Stub {
  /** Rule id (`ml-scale`). */
  rule: string
  /** What the message says is missing: `Unexpected missing <what>, ...`. */
  what: string[]
  /** The stage the stub belongs to (its place in framework order). */
  stage: Stage
  /** The part its heading names; none for a whole stage. */
  part?: Part
  /** Its heading text. */
  heading: string
  /** Its placeholder sentence. */
  todo: string
}

/** Every stub, in framework order. */
export const stubs: readonly Stub[] = [
  {
    rule: 'ml-business-objective',
    what: ['business objective'],
    stage: 'requirements',
    part: 'business-objective',
    heading: 'Business objective',
    todo: 'TODO — state the business objective, such as `Reduce monthly churn from 4% to 3.5%`.',
  },
  {
    rule: 'ml-data-availability',
    what: ['training data source', 'labels', 'training data size'],
    stage: 'requirements',
    part: 'data-availability',
    heading: 'Data availability',
    todo: 'TODO — say where the training data comes from, how it is labelled and how much there is, such as `40M labelled sessions from the orders warehouse`.',
  },
  {
    rule: 'ml-constraints',
    what: ['constraints'],
    stage: 'requirements',
    part: 'constraints',
    heading: 'Constraints',
    todo: 'TODO — state the constraints besides latency (training time, compute, cost, device, privacy), such as `Retrain in under 2 hours on one GPU`.',
  },
  {
    rule: 'ml-scale',
    what: ['scale'],
    stage: 'requirements',
    part: 'scale',
    heading: 'Scale',
    todo: 'TODO — state how many users, items or requests the system serves, such as `40M daily active users`.',
  },
  {
    rule: 'ml-latency',
    what: ['latency requirement'],
    stage: 'requirements',
    part: 'latency',
    heading: 'Latency',
    todo: 'TODO — state the latency budget or choose real-time or batch prediction, such as `p99 under 100 ms per request`.',
  },
  {
    rule: 'ml-objective-metrics',
    what: ['ML objective'],
    stage: 'framing',
    part: 'ml-objective',
    heading: 'ML objective',
    todo: 'TODO — state what the model predicts or optimises, such as `Predict the probability that a user clicks a product`.',
  },
  {
    rule: 'ml-input-output',
    what: ['model input'],
    stage: 'framing',
    part: 'input',
    heading: 'Input',
    todo: 'TODO — state the entities and features the model receives, such as `user embedding, the last 50 views`.',
  },
  {
    rule: 'ml-input-output',
    what: ['model output'],
    stage: 'framing',
    part: 'output',
    heading: 'Output',
    todo: 'TODO — state what the model emits and its range, such as `the probability in [0, 1] of a click`.',
  },
  {
    rule: 'ml-category',
    what: ['task family', 'learning paradigm'],
    stage: 'framing',
    part: 'category',
    heading: 'ML category',
    todo: 'TODO — choose the task family and the learning paradigm, such as `supervised binary classification`.',
  },
  {
    rule: 'ml-objective-metrics',
    what: ['online metric'],
    stage: 'framing',
    part: 'online-metrics',
    heading: 'Online metrics',
    todo: 'TODO — name a metric measured on live traffic, such as `click-through rate in an A/B test`.',
  },
  {
    rule: 'ml-objective-metrics',
    what: ['offline metric'],
    stage: 'framing',
    part: 'offline-metrics',
    heading: 'Offline metrics',
    todo: 'TODO — name a metric measured on held-out data, such as `ROC-AUC on the last week`.',
  },
  {
    rule: 'ml-data-preparation',
    what: ['data preparation stage'],
    stage: 'data',
    heading: 'Data preparation',
    todo: 'TODO — describe sources, pipelines, joins, sampling and splits, such as `Join 90 days of click logs to item metadata nightly`.',
  },
  {
    rule: 'ml-data-preparation',
    what: ['features'],
    stage: 'data',
    part: 'feature-engineering',
    heading: 'Feature engineering',
    todo: 'TODO — list the features and how they are built or encoded, such as `7-day click count, log-scaled`.',
  },
  {
    rule: 'ml-missing-data',
    what: ['handling of missing values'],
    stage: 'data',
    part: 'missing-data',
    heading: 'Missing data',
    todo: 'TODO — say how missing values are handled or why none occur, such as `Impute income with the median`.',
  },
  {
    rule: 'ml-class-imbalance',
    what: ['class imbalance handling'],
    stage: 'data',
    part: 'class-imbalance',
    heading: 'Class imbalance',
    todo: 'TODO — say whether the classes are imbalanced and how that is handled, such as `fraud is 0.2% of payments, downsampled to 1 in 20`.',
  },
  {
    rule: 'ml-outliers',
    what: ['outlier handling'],
    stage: 'data',
    part: 'outliers',
    heading: 'Outliers',
    todo: 'TODO — say how extreme values are handled or why they do not matter, such as `Clip order values at the 99.9th percentile`.',
  },
  {
    rule: 'ml-model-selection',
    what: ['candidate models'],
    stage: 'model',
    part: 'model-selection',
    heading: 'Model selection',
    todo: 'TODO — name the models the design will try, such as `logistic regression, then LightGBM`.',
  },
  {
    rule: 'ml-model-selection',
    what: ['baseline'],
    stage: 'model',
    part: 'baseline',
    heading: 'Baseline',
    todo: 'TODO — name the baseline the candidates must beat, such as `the rules engine in production today`.',
  },
  {
    rule: 'ml-interpretability',
    what: ['interpretability decision'],
    stage: 'model',
    part: 'interpretability',
    heading: 'Interpretability',
    todo: 'TODO — say whether predictions must be explained and to whom, such as `top three reasons from SHAP values`.',
  },
  {
    rule: 'ml-retraining',
    what: ['retraining plan'],
    stage: 'model',
    part: 'retraining',
    heading: 'Retraining',
    todo: 'TODO — say how the model stays fresh, such as `Retrain nightly on the last 30 days of logs`.',
  },
  {
    rule: 'ml-evaluation',
    what: ['evaluation stage'],
    stage: 'evaluation',
    heading: 'Evaluation',
    todo: 'TODO — plan the offline and online evaluation, such as `PR-AUC on a held-out month, then a two-week A/B test`.',
  },
  {
    rule: 'ml-evaluation',
    what: ['offline evaluation'],
    stage: 'evaluation',
    part: 'offline-evaluation',
    heading: 'Offline evaluation',
    todo: 'TODO — name an offline metric and the held-out data it is computed on, such as `PR-AUC on the last month`.',
  },
  {
    rule: 'ml-evaluation',
    what: ['online evaluation'],
    stage: 'evaluation',
    part: 'online-evaluation',
    heading: 'Online evaluation',
    todo: 'TODO — plan an A/B test, canary or shadow comparison with an online metric, such as `a two-week A/B test on CTR`.',
  },
  {
    rule: 'ml-error-costs',
    what: ['error costs'],
    stage: 'evaluation',
    part: 'error-costs',
    heading: 'Error costs',
    todo: 'TODO — say which error costs more and how the threshold trades them, such as `a missed fraud costs more than a false decline`.',
  },
  {
    rule: 'ml-deployment',
    what: ['deployment stage'],
    stage: 'deployment',
    heading: 'Deployment',
    todo: 'TODO — say how predictions are served and rolled out, such as `nightly batch scores written to the CRM`.',
  },
  {
    rule: 'ml-deployment',
    what: ['serving mode'],
    stage: 'deployment',
    part: 'serving',
    heading: 'Serving',
    todo: 'TODO — say whether predictions are served online or in batch, such as `each request is scored in real time`.',
  },
  {
    rule: 'ml-monitoring',
    what: ['monitoring stage'],
    stage: 'monitoring',
    heading: 'Monitoring',
    todo: 'TODO — name what is watched in production and what happens on an alert, such as `daily PSI of the top features`.',
  },
]

const missingWhat = /^Unexpected missing (.+?), expected /

/** The stub for a message of a rule (`ruleId`, `reason`), if it reports a missing requirement that has one. */
export function stubFor(ruleId: string | null | undefined, reason: string): Stub | undefined {
  if (!ruleId) return undefined
  const what = missingWhat.exec(reason)?.[1]
  if (what === undefined) return undefined
  return stubs.find((stub) => stub.rule === ruleId && stub.what.includes(what))
}

/** Whether the document already has a section (or labelled statement) for the stub: then there is a place to fill, not a stub to add. */
export function hasStubTarget(reading: DesignReading, stub: Stub): boolean {
  if (stub.part) {
    return (
      reading.sectionsFor(stub.part).length > 0 ||
      reading.statementsFor(stub.part).some((statement) => statement.source !== 'front-matter')
    )
  }
  return reading.stageOpenings(stub.stage).length > 0
}

/** Where a stub goes: an offset at the start of a line, and the heading depth of the sections around it. */
export interface Insertion {
  offset: number
  depth: number
}

/**
 * Where a section of a stage goes: after the last section of the same or an
 * earlier stage, before the first section of a later stage, at the depth of
 * the stage sections (the shallowest heading that takes a stage, the title
 * aside); at the end when no stage section comes later. A top-level section
 * counts with everything under it (`## Proposed design` holding `### Missing
 * values` is a data preparation section here), and sections outside the flow
 * (appendix, references) come after every stage.
 */
export function insertionFor(reading: DesignReading, stage: Stage): Insertion {
  const byStage = insertions.get(reading) ?? new Map<Stage, Insertion>()
  insertions.set(reading, byStage)
  const insertion = byStage.get(stage) ?? findInsertion(reading, stage)
  byStage.set(stage, insertion)
  return insertion
}

/** Insertions found, per reading and stage: every rule's missing messages ask for them. */
const insertions = new WeakMap<DesignReading, Map<Stage, Insertion>>()

function findInsertion(reading: DesignReading, stage: Stage): Insertion {
  const rank = stages.indexOf(stage)
  const real = reading.sections.filter((section) => !section.pseudo && !section.title)
  const staged = real.filter((section) => section.ordered.length > 0 && !reading.outsideFlow(section))
  const titleDepth = reading.sections.find((section) => section.title)?.depth ?? 0
  const depth = Math.min(
    Math.max(
      staged.length > 0
        ? Math.min(...staged.map((section) => section.depth))
        : real.length > 0
          ? Math.min(...real.map((section) => section.depth))
          : titleDepth + 1,
      1,
    ),
    6,
  )
  // The first top-level section (at the stage depth or above) that holds a later stage, or stands outside the flow.
  for (const section of real) {
    if (section.depth > depth) continue
    if (reading.outsideFlow(section)) return { offset: lineStart(reading.source, section.start), depth }
    if (holdsLaterStage(reading, section.index, rank))
      return { offset: lineStart(reading.source, section.start), depth }
  }
  return { offset: reading.source.length, depth }
}

/**
 * Whether a section or one under it (the sections that follow it in
 * document order and start before it ends) opens a stage later than `rank`.
 */
function holdsLaterStage(reading: DesignReading, index: number, rank: number): boolean {
  const { sections } = reading
  const end = sections[index].end
  for (let inner = index; inner < sections.length && sections[inner].start < end; inner++) {
    const section = sections[inner]
    if (!section.aside && section.ordered.length > 0 && stages.indexOf(section.ordered[0]) > rank) return true
  }
  return false
}

function lineStart(source: string, offset: number): number {
  const index = source.lastIndexOf('\n', offset - 1)
  return index + 1
}

/** A stub's Markdown at a heading depth: heading, blank line, placeholder, blank line. */
export function stubMarkdown(stub: Stub, depth: number): string {
  return `${'#'.repeat(Math.min(Math.max(depth, 1), 6))} ${stub.heading}\n\n${stub.todo}\n`
}

/** An insertion of text at an offset of the original text. */
export interface StubEdit {
  offset: number
  text: string
  stubs: Stub[]
}

/**
 * The stubs to insert for a document's messages: one per missing
 * requirement that has a stub and no section to fill, grouped by insertion
 * offset and in framework order there.
 */
export function planStubs(
  reading: DesignReading,
  messages: ReadonlyArray<{ ruleId?: string | null; reason: string }>,
): StubEdit[] {
  const wanted = new Set<Stub>()
  for (const message of messages) {
    const stub = stubFor(message.ruleId, message.reason)
    if (stub && !hasStubTarget(reading, stub)) wanted.add(stub)
  }
  const byOffset = new Map<number, { depth: number; stubs: Stub[] }>()
  for (const stub of stubs) {
    if (!wanted.has(stub)) continue
    const at = insertionFor(reading, stub.stage)
    const group = byOffset.get(at.offset) ?? { depth: at.depth, stubs: [] }
    group.stubs.push(stub)
    byOffset.set(at.offset, group)
  }
  const source = reading.source
  return [...byOffset.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([offset, group]) => {
      const body = group.stubs.map((stub) => stubMarkdown(stub, group.depth)).join('\n')
      // A blank line on each side, without touching the bytes around it.
      const head = source.slice(0, offset)
      const before = offset === 0 || head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n'
      const after = offset < source.length ? '\n' : ''
      return { offset, text: `${before}${body}${after}`, stubs: group.stubs }
    })
}

/** Apply insertions to a text (offsets of the original text). */
export function applyStubEdits(source: string, edits: readonly StubEdit[]): string {
  let result = ''
  let last = 0
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    result += source.slice(last, edit.offset) + edit.text
    last = edit.offset
  }
  return result + source.slice(last)
}

/**
 * Where a message about a missing part goes when it is missing from the
 * whole document: the heading of a section for the part that says nothing
 * yet (empty, or only a placeholder such as a stub), else the document's
 * place. A section with content that does not answer keeps the message at
 * the document (or `otherwise`: the stage's heading), as before stubs
 * existed.
 */
export function placeForMissing(
  reading: DesignReading,
  part: Part,
  otherwise: { start: Point; end: Point } = reading.documentPlace,
): { start: Point; end: Point } {
  const empty = reading
    .sectionsFor(part)
    .find((section) => !reading.substantive({ start: section.contentStart, end: section.end }))
  return empty ? reading.place({ start: empty.start, end: empty.contentStart }) : otherwise
}
