/**
 * Run every rule over the labelled corpus and compare with the labels.
 * Shared by `pnpm eval` and the accuracy test.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { evaluate, judgedBy, type Scores } from './evaluate.js'
import type { ExpectedMessage } from './messages.js'
import { root } from './rule-docs.js'
import type { Measure } from './score.js'

export { loadRules, type Measure } from './score.js'

export interface Label {
  file: string
  split: 'tune' | 'heldout'
  shape?: string
  domain?: string
  fires: Record<string, string> | null
  changed?: Record<string, string>
  /** The messages a reviewer expects, where (see scripts/messages.ts). */
  messages?: ExpectedMessage[]
}

export interface CorpusResult {
  measured: string
  documents: { tune: number; heldout: number }
  rules: Record<string, { tune: Measure; heldout: Measure }>
  disagreements: Scores['disagreements']
  /** Message-level scores over the held-out documents that list their expected messages. */
  messages: Scores['messages']
  /** Verdict and message scores per document shape, over the held-out part. */
  shapes: Scores['shapes']
  messageDisagreements: Scores['messageDisagreements']
  /** Problems with expected messages (their pairs are left out of message scores). */
  labelProblems: Scores['labelProblems']
  /** Each document's verdicts per split (for the intervals; `pnpm eval` leaves them out of its JSON). */
  outcomes?: Scores['outcomes']
}

export const corpusDirectory = join(root, 'fixtures/corpus')

/**
 * Every label of the corpus (from `fixtures/corpus/labels/*.yaml`), or only
 * those of the named batches (`['h', 'i']` reads `h.yaml` and `i.yaml`).
 */
export function readLabels(directory = corpusDirectory, batches?: readonly string[]): Label[] {
  const labels: Label[] = []
  const names = readdirSync(join(directory, 'labels')).sort()
  for (const batch of batches ?? []) {
    if (!names.includes(`${batch}.yaml`))
      throw new Error(
        `no batch \`${batch}\`: expected one of ${names
          .filter((n) => n.endsWith('.yaml'))
          .map((n) => n.slice(0, -5))
          .join(', ')}`,
      )
  }
  for (const name of names) {
    if (!name.endsWith('.yaml')) continue
    if (batches && !batches.includes(name.slice(0, -5))) continue
    const list = parse(readFileSync(join(directory, 'labels', name), 'utf8')) as Label[]
    labels.push(...list)
  }
  return labels
}

/**
 * Lint every labelled document with every rule and compare; `judgement`, when given, overrides every rule's default
 * (`pnpm eval --judgement either`).
 */
export async function runCorpus(
  directory = corpusDirectory,
  batches?: readonly string[],
  judgement?: string,
): Promise<CorpusResult> {
  const cases = readLabels(directory, batches).map((label) => ({
    name: label.file,
    split: label.split,
    shape: label.shape,
    text: readFileSync(join(directory, label.file), 'utf8'),
    fires: label.fires,
    messages: label.messages,
  }))
  const scores = await evaluate(cases, ['tune', 'heldout'], ['heldout'], judgedBy(judgement))
  return {
    measured: new Date().toISOString().slice(0, 10),
    documents: scores.documents as CorpusResult['documents'],
    rules: scores.rules as CorpusResult['rules'],
    disagreements: scores.disagreements,
    messages: scores.messages,
    shapes: scores.shapes,
    messageDisagreements: scores.messageDisagreements,
    labelProblems: scores.labelProblems,
    outcomes: scores.outcomes,
  }
}
