import type { Processor } from 'unified'
import { VFile } from 'vfile'
import { clusterOf, type DocumentOutcome, outcomeCode } from './bootstrap.js'
import {
  type ActualMessage,
  checkExpectedMessages,
  type ExpectedMessage,
  locateMessages,
  matchMessages,
  ruleStages,
  type Tree,
} from './messages.js'
import { createProcessor, loadRules, type Measure, Tally } from './score.js'

/** One labelled document, read and ready to lint. */
export interface Case {
  /** How reports name it: a corpus path, or `owner/name:path`. */
  name: string
  split: string
  shape?: string
  text: string
  fires: Record<string, string> | null
  messages?: ExpectedMessage[]
}

export interface Disagreement {
  rule: string
  file: string
  split: string
  expected: boolean
  reason?: string
  messages: string[]
}

/** A right verdict whose messages are not the expected ones. */
export interface MessageDisagreement {
  rule: string
  file: string
  split: string
  missed: ExpectedMessage[]
  extra: string[]
}

export interface MessageScore {
  /**
   * Verdicts counted at message level: a pair where both label and rule
   * fire is a true positive only when every message matches; otherwise it
   * counts as one false positive and one false negative.
   */
  pairs: Measure
  expected: number
  actual: number
  matched: number
}

export interface Scores {
  documents: Record<string, number>
  rules: Record<string, Record<string, Measure>>
  disagreements: Disagreement[]
  /** Message-level scores per rule, over the documents that list messages in the scored splits. */
  messages: { documents: number; rules: Record<string, MessageScore> }
  /** Per document shape, over the scored splits: verdicts (all documents) and messages (those that list them). */
  shapes: Record<string, { documents: number; messageDocuments: number; verdict: Measure; message: Measure }>
  messageDisagreements: MessageDisagreement[]
  /** Problems with expected messages; the affected document–rule pairs are left out of message scores. */
  labelProblems: string[]
  /** Each document's verdicts per split, one code per rule in the order of `rules` (for `bootstrap.ts`). */
  outcomes: Record<string, DocumentOutcome[]>
}

function describe(message: ActualMessage): string {
  return `${message.line}:${message.column} [${message.section ?? 'before any heading'}] ${message.reason}`
}

/** Rule options that set every rule's `judgement` (none: each rule's default). */
export function judgedBy(judgement?: string): ((rule: string) => unknown) | undefined {
  return judgement === undefined ? undefined : () => ({ judgement })
}

/**
 * Lint every case with every rule and compare with its labels. `scored`
 * names the splits whose message and shape scores are reported; `options`
 * gives a rule's options by its id (the ablation sets `judgement`).
 */
export async function evaluate(
  cases: Case[],
  splits: string[],
  scored: string[],
  options?: (rule: string) => unknown,
): Promise<Scores> {
  const rules = await loadRules()
  const ruleIds = new Set(rules.map((rule) => rule.id))
  const stageOf = ruleStages()
  const processor: Processor = createProcessor(rules, options)

  const verdicts = new Map(splits.map((split) => [split, new Tally()]))
  const pairTally = new Tally()
  const shapeVerdicts = new Tally()
  const shapeMessages = new Tally()
  const shapeCounts = new Map<string, { documents: number; messageDocuments: number }>()
  const messageCounts = new Map<string, { expected: number; actual: number; matched: number }>()
  for (const rule of rules) {
    for (const tally of verdicts.values()) tally.touch(rule.id)
    pairTally.touch(rule.id)
    messageCounts.set(rule.id, { expected: 0, actual: 0, matched: 0 })
  }
  const scores: Scores = {
    documents: Object.fromEntries(splits.map((split) => [split, 0])),
    rules: {},
    disagreements: [],
    messages: { documents: 0, rules: {} },
    shapes: {},
    messageDisagreements: [],
    labelProblems: [],
    outcomes: Object.fromEntries(splits.map((split) => [split, []])),
  }

  for (const item of cases) {
    const tally = verdicts.get(item.split)
    if (!tally) throw new Error(`${item.name}: unknown split ${item.split} (expected one of ${splits.join(', ')})`)
    const fires = item.fires ?? {}
    const withMessages = item.messages !== undefined
    const checked = withMessages ? checkExpectedMessages(item.name, fires, item.messages, ruleIds) : undefined
    if (checked) scores.labelProblems.push(...checked.problems)
    const file = new VFile({ path: item.name, value: item.text })
    const tree = processor.parse(file) as Tree
    await processor.run(tree, file)
    const located = locateMessages(tree, file, stageOf)
    scores.documents[item.split]++
    const isScored = scored.includes(item.split)
    const shape = item.shape ?? 'unknown'
    if (isScored) {
      const counts = shapeCounts.get(shape) ?? { documents: 0, messageDocuments: 0 }
      counts.documents++
      if (withMessages) counts.messageDocuments++
      shapeCounts.set(shape, counts)
      if (withMessages) scores.messages.documents++
    }

    let codes = ''
    for (const rule of rules) {
      const actual = located.filter((message) => message.rule === rule.id)
      const fired = actual.length > 0
      const expected = Object.hasOwn(fires, rule.id)
      tally.add(rule.id, fired, expected)
      codes += outcomeCode(fired, expected)
      if (fired !== expected) {
        scores.disagreements.push({
          rule: rule.id,
          file: item.name,
          split: item.split,
          expected,
          reason: fires[rule.id],
          messages: actual.map(describe),
        })
      }
      if (!isScored) continue
      shapeVerdicts.add(shape, fired, expected)
      if (!checked || checked.unscored.has(rule.id)) continue
      const wanted = checked.messages.filter((message) => message.rule === rule.id)
      const match = matchMessages(wanted, actual)
      const counts = messageCounts.get(rule.id) as { expected: number; actual: number; matched: number }
      counts.expected += wanted.length
      counts.actual += actual.length
      counts.matched += match.matched.length
      const right = match.missed.length === 0 && match.extra.length === 0
      // A right verdict with a wrong, extra or missing message is wrong at message level.
      const outcome: [number, number, number, number] =
        fired && expected
          ? right
            ? [1, 0, 0, 0]
            : [0, 1, 1, 0]
          : fired
            ? [0, 1, 0, 0]
            : expected
              ? [0, 0, 1, 0]
              : [0, 0, 0, 1]
      pairTally.addCounts(rule.id, ...outcome)
      shapeMessages.addCounts(shape, ...outcome)
      if (fired && expected && !right) {
        scores.messageDisagreements.push({
          rule: rule.id,
          file: item.name,
          split: item.split,
          missed: match.missed,
          extra: match.extra.map(describe),
        })
      }
    }
    scores.outcomes[item.split].push({ document: item.name, cluster: clusterOf(item.name), codes })
  }

  for (const rule of rules) {
    scores.rules[rule.id] = Object.fromEntries(
      splits.map((split) => [split, verdicts.get(split)?.get(rule.id) as Measure]),
    )
    scores.messages.rules[rule.id] = {
      pairs: pairTally.get(rule.id),
      ...(messageCounts.get(rule.id) as { expected: number; actual: number; matched: number }),
    }
  }
  for (const [shape, counts] of [...shapeCounts].sort(([a], [b]) => a.localeCompare(b))) {
    scores.shapes[shape] = { ...counts, verdict: shapeVerdicts.get(shape), message: shapeMessages.get(shape) }
  }
  return scores
}
