/**
 * What the shared reading sees, and what every rule says, over every fixture
 * and corpus document: a file snapshot per document. The reader's layout may
 * change; this must not (see issue 12: "no change in behaviour").
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { parts, type RequirementId, readDesign, requirementIds, type Stage, stages } from 'mdast-util-ml-design'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { lint } from './lint.js'

const root = new URL('..', import.meta.url).pathname
const documents = [
  ...readdirSync(`${root}fixtures`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `fixtures/${name}`),
  ...readdirSync(`${root}fixtures/corpus`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `fixtures/corpus/${name}`),
].sort()

type Ranged = { start: number; end: number }
const at = (range: Ranged) => `${range.start}-${range.end}`
const flags = (pairs: Array<[boolean | undefined, string]>) =>
  pairs
    .filter(([on]) => on)
    .map(([, letter]) => letter)
    .join('')

/** The reading of a document as compact, stable lines. */
function seen(value: string) {
  const file = new VFile({ value })
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file) as Root
  const reading = readDesign(tree, file)
  const kinds = ['scale', 'data-size', 'history', 'fast-duration', 'slow-duration'] as const
  const documentPlace = reading.documentPlace
  return {
    documentPlace: `${documentPlace.start.line}:${documentPlace.start.column}-${documentPlace.end.line}:${documentPlace.end.column}`,
    frontMatter: reading.frontMatter.error
      ? `error ${reading.frontMatter.error.offset}: ${reading.frontMatter.error.reason}`
      : reading.frontMatter.value === undefined
        ? 'none'
        : 'value',
    sections: reading.sections.map((section) =>
      [
        `${section.index} ${'#'.repeat(section.depth)}${flags([
          [section.pseudo, 'P'],
          [section.title, 'T'],
          [section.aside, 'A'],
          [reading.questionSection(section), 'Q'],
          [reading.outsideFlow(section), 'O'],
          [reading.hasMedia({ start: section.contentStart, end: section.end }), 'M'],
        ])} ${JSON.stringify(section.text)} ${section.start}/${section.contentStart}-${section.end}`,
        `own=${at(reading.ownContent(section))} parent=${section.parent} children=${section.children.join(',')}`,
        `stages=${section.stages.join(',')} parts=${section.parts.join(',')} ordered=${section.ordered.join(',')}`,
        `in=${section.inStages.join(',')} inParts=${section.inParts.join(',')}`,
      ].join(' | '),
    ),
    openings: Object.fromEntries(
      stages.map((stage: Stage) => [
        stage,
        reading
          .stageOpenings(stage)
          .map(
            (opening) =>
              `${at(opening.at)} ${at(opening.content)}${opening.substantive ? ' S' : ''}${opening.section === undefined ? '' : ` s${opening.section}`}`,
          )
          .concat(reading.hasStage(stage) ? ['has'] : []),
      ]),
    ),
    placeFor: Object.keys(parts).map((part) => {
      const place = reading.placeFor(part as keyof typeof parts)
      return `${part} ${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
    }),
    statements: reading.statements.map(
      (statement) =>
        `${statement.source} ${JSON.stringify(statement.label)} ${at(statement.labelRange)} ${at(statement)} parts=${statement.parts.join(',')} stages=${statement.stages.join(',')}${statement.kind ? ` kind=${statement.kind}` : ''} ${JSON.stringify(reading.textOf(statement).slice(0, 30))}`,
    ),
    sentences: reading.sentences.map((sentence) => {
      const scope = reading.sentenceScope(sentence.index)
      const goal = sentence.frontMatter ? '' : ` goal=${reading.goalKind(sentence.index)}`
      return `${sentence.index} ${at(sentence)} s${sentence.section} b${sentence.block} ${flags([
        [sentence.heading, 'H'],
        [sentence.listItem, 'L'],
        [sentence.frontMatter, 'F'],
        [sentence.prompt, 'P'],
        [sentence.placeholder, 'X'],
        [sentence.undecided, 'U'],
        [reading.answers(sentence), 'a'],
        [reading.hasTarget(sentence.index), 't'],
        [reading.isMeasurable(sentence.index), 'm'],
        [reading.statesLatency(sentence.index), 'l'],
      ])}${goal} scope=${scope.stages.join(',')}/${scope.parts.join(',')}`
    }),
    metricFilings: reading.metricFilings.map((filing) => `${filing.kind} ${at(filing)} at ${at(filing.at)}`),
    metrics: reading.metrics.map(
      (mention) =>
        `${mention.metric.name} ${at(mention)} ${JSON.stringify(mention.text)} s${mention.sentence}${mention.filedAs ? ` filed=${mention.filedAs}@${at(mention.filedAt as Ranged)}` : ''}${mention.quantity ? ' quantity' : ''}${reading.usesMetric(mention) ? ' used' : ''}`,
    ),
    families: reading.families.map(
      (mention) => `${mention.family}${mention.kind ? `:${mention.kind}` : ''} ${at(mention)} s${mention.sentence}`,
    ),
    familyOptions: reading.familyOptions.map(
      (mention) => `${mention.family}${mention.kind ? `:${mention.kind}` : ''} ${at(mention)} s${mention.sentence}`,
    ),
    familySet: [...reading.familySet].sort(),
    paradigms: reading.paradigms.map((mention) => `${mention.paradigm} ${at(mention)} s${mention.sentence}`),
    quantities: Object.fromEntries(
      kinds.map((kind) => [
        kind,
        reading
          .quantities(kind)
          .map((item) => `${at(item)} ${JSON.stringify(item.text)} s${item.sentence}${item.rate ? ' rate' : ''}`),
      ]),
    ),
    speed: reading.speedStatements().map((item) => `${item.sentence} ${item.kind}`),
    evidence: Object.fromEntries(
      (requirementIds as RequirementId[]).map((id) => [
        id,
        reading.evidence(id).map((item) => {
          const scope = reading.scopeOf(item)
          return `${item.via} ${at(item)} s${item.sentence} scope=${at(scope)}`
        }),
      ]),
    ),
  }
}

/** The messages of every rule, as `rule line:column-line:column reason`. */
async function said(value: string) {
  const file = await lint(value, [remarkPresetLintMlDesign])
  return file.messages.map((message) => {
    const place = message.place
    const where =
      place && 'start' in place
        ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
        : place
          ? `${place.line}:${place.column}`
          : '1:1'
    return `${message.ruleId} ${where} ${message.reason}`
  })
}

describe('what the reader sees, and what the rules say, over every document', () => {
  it.each(documents)('%s', async (path) => {
    const value = readFileSync(`${root}${path}`, 'utf8')
    const snapshot = { reading: seen(value), messages: await said(value) }
    const name = path.replace(/^fixtures\//, '').replace(/\//g, '-')
    await expect(`${JSON.stringify(snapshot, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/reading/${name}.snap`)
  })
})
