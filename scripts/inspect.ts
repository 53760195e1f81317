/**
 * Show what the shared reading sees in a document: sections with their
 * stages and parts, labelled statements, families, paradigms, metrics,
 * quantities and the evidence per requirement, then what the judgement
 * model decided on each unit a cue picked (or a home section offered): the
 * cue, the model's scores, counted, refused (or counted by a sure cue over
 * the refusal) or added; once under `model`,
 * once under `either` (where it only adds). A tool for rule authors.
 *
 *   pnpm inspect fixtures/complete-fraud-detection.md
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { type RequirementId, readDesign, requirementIds } from 'mdast-util-ml-design'
import { bothRules, eitherRules, modelRules } from 'mdast-util-ml-design/judgement'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { decisionLines } from './decisions.js'

const path = process.argv[2]
if (!path || path === '--help' || path === '-h') {
  console.error('usage: pnpm inspect <file.md>')
  process.exit(path ? 0 : 2)
}
if (!existsSync(path)) {
  console.error(`pnpm inspect: no file \`${path}\``)
  process.exit(2)
}
const file = new VFile({ path, value: readFileSync(path, 'utf8') })
const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file) as Root
const reading = readDesign(tree, file)
const short = (text: string) => JSON.stringify(text.slice(0, 80))

for (const section of reading.sections) {
  const flags = `${section.pseudo ? 'P' : ' '}${section.title ? 'T' : ' '}${section.aside ? 'A' : ' '}`
  console.log(
    `section ${'#'.repeat(section.depth)} ${flags} ${short(section.text)} stages=${section.stages.join(',')} parts=${section.parts.join(',')} in=${section.inStages.join(',')}`,
  )
}
for (const statement of reading.statements) {
  console.log(
    `statement ${statement.source} ${short(statement.label)} parts=${statement.parts.join(',')} ${statement.kind ?? ''}`,
  )
}
console.log(
  'families:',
  reading.families
    .map((mention) => `${mention.family}${mention.kind ? `:${mention.kind}` : ''}=${mention.text}`)
    .join('; '),
)
console.log('paradigms:', reading.paradigms.map((mention) => `${mention.paradigm}=${mention.text}`).join('; '))
console.log(
  'metrics:',
  reading.metrics
    .map(
      (mention) =>
        `${mention.metric.name}${mention.filedAs ? `[${mention.filedAs}]` : ''}${mention.quantity ? '(quantity)' : ''}`,
    )
    .join('; '),
)
for (const kind of ['scale', 'data-size', 'history', 'fast-duration', 'slow-duration'] as const) {
  console.log(
    `${kind}:`,
    reading
      .quantities(kind)
      .map((quantity) => quantity.text)
      .join('; '),
  )
}
for (const id of requirementIds as RequirementId[]) {
  const evidence = reading.evidence(id)
  const sample = evidence
    .slice(0, 3)
    .map((item) => `${item.via}:${short(reading.textOf(reading.sentences[item.sentence]))}`)
  console.log(`evidence ${id} (${evidence.length}): ${sample.join(' || ')}`)
}
// The judgement model's decisions: under `model`, every unit it counted or refused, the cue that picked it, its
// scores; under `either`, the units it added, from anywhere in the document, where the word lists found nothing.
console.log(
  `judgement: rules that judge with the model by default: ${modelRules.join(', ') || 'none'}; with either: ${eitherRules.join(', ') || 'none'}; with both: ${bothRules.join(', ') || 'none'}`,
)
for (const judgement of ['model', 'either'] as const) {
  reading.judgement = judgement
  for (const id of requirementIds as RequirementId[]) {
    const lines = decisionLines(reading, id, judgement)
    if (lines.length === 0) continue
    console.log(`judgement ${judgement} ${id}:`)
    for (const line of lines) console.log(`  ${line}`)
  }
}
reading.judgement = 'cues'
console.log(
  'prompts and placeholders:',
  reading.sentences
    .filter((sentence) => sentence.prompt || sentence.placeholder)
    .map((sentence) => short(reading.textOf(sentence)))
    .join(' '),
)
