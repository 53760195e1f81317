/**
 * `pnpm abstention`: would the rules do better on documents written by
 * others if they stayed silent where the reading is structurally weak?
 * For each condition below it pools every rule's verdicts inside the
 * condition (the firings that are right and the false alarms), then scores
 * the whole set as it is and as it would be if every rule stayed silent
 * inside the condition (macro-F1 over the rules, false alarms, misses).
 * Prints counts only (no document names), so a sealed set can be measured.
 *
 * Conditions, each per document and rule:
 *   stage-absent  the rule's stage has no substantive section or labelled
 *                 statement (`reading.hasStage`); whole-document rules never
 *   unread-language  fewer than half the document's letters are Latin or Cyrillic (English and
 *                 Russian are the languages the vocabulary reads)
 *   few-stages    fewer than three of the seven stages are present
 *
 *   pnpm abstention                    the corpus held-out half
 *   pnpm abstention --public DIR [--public-labels F]
 *                                      a pinned public set from bare clones
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDesign, type Stage, stages } from 'mdast-util-ml-design'
import { VFile } from 'vfile'
import { corpusDirectory, readLabels } from './corpus.js'
import { ruleStages, type Tree } from './messages.js'
import { publicCases, publicLabelsFile, readPublicLabels } from './public.js'
import { createProcessor, loadRules, macroF1, Tally } from './score.js'

interface Pair {
  rule: string
  fired: boolean
  expected: boolean
  conditions: Set<string>
}

const conditions = ['stage-absent', 'unread-language', 'few-stages'] as const

const args = process.argv.slice(2)
const after = (flag: string) => {
  const index = args.indexOf(flag)
  return index >= 0 ? args[index + 1] : undefined
}
const folder = after('--public')
const cases = folder
  ? publicCases(folder, readPublicLabels(after('--public-labels') ?? publicLabelsFile)).cases
  : readLabels()
      .filter((label) => label.split === 'heldout')
      .map((label) => ({
        name: label.file,
        text: readFileSync(join(corpusDirectory, label.file), 'utf8'),
        fires: label.fires,
      }))

const rules = await loadRules()
const processor = createProcessor(rules)
const stageOf = ruleStages()
const pairs: Pair[] = []
for (const item of cases) {
  const file = new VFile({ path: item.name, value: item.text })
  const tree = processor.parse(file) as Tree
  await processor.run(tree as never, file)
  const reading = readDesign(tree, file)
  const present = new Set<Stage>(stages.filter((stage) => reading.hasStage(stage)))
  const letters = item.text.match(/\p{L}/gu) ?? []
  const read = letters.filter((letter) => /[a-z\u0400-\u04ff]/i.test(letter)).length
  const documentConditions = new Set<string>()
  if (read < letters.length / 2) documentConditions.add('unread-language')
  if (present.size < 3) documentConditions.add('few-stages')
  const fires = item.fires ?? {}
  for (const rule of rules) {
    const stage = stageOf.get(rule.id)
    const own = new Set(documentConditions)
    if (stage && !present.has(stage)) own.add('stage-absent')
    pairs.push({
      rule: rule.id,
      fired: file.messages.some((message) => message.ruleId === rule.id),
      expected: Object.hasOwn(fires, rule.id),
      conditions: own,
    })
  }
}

function score(silentWhere?: string): string {
  const tally = new Tally()
  for (const rule of rules) tally.touch(rule.id)
  let falseAlarms = 0
  let misses = 0
  for (const pair of pairs) {
    const fired = pair.fired && !(silentWhere && pair.conditions.has(silentWhere))
    tally.add(pair.rule, fired, pair.expected)
    if (fired && !pair.expected) falseAlarms++
    if (!fired && pair.expected) misses++
  }
  return `macro-F1 ${macroF1(tally.toObject()).toFixed(3)}, false alarms ${falseAlarms}, misses ${misses}`
}

console.log(`${cases.length} documents, ${pairs.length} verdicts`)
console.log(`as the rules stand: ${score()}`)
for (const condition of conditions) {
  const inside = pairs.filter((pair) => pair.conditions.has(condition))
  const right = inside.filter((pair) => pair.fired && pair.expected).length
  const wrong = inside.filter((pair) => pair.fired && !pair.expected).length
  console.log(
    `${condition}: ${inside.length} verdicts; fired ${right + wrong} (${right} right, ${wrong} false alarms); ` +
      `silent there: ${score(condition)}`,
  )
}
