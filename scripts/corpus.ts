/**
 * Run every rule over the labelled corpus and compare with the labels.
 * Shared by `pnpm eval` and the accuracy test.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { type Plugin, unified } from 'unified'
import { VFile } from 'vfile'
import { parse } from 'yaml'
import { root, rulePackages } from './rule-docs.js'

export interface Label {
  file: string
  split: 'tune' | 'heldout'
  shape?: string
  domain?: string
  fires: Record<string, string> | null
  changed?: Record<string, string>
}

export interface Measure {
  tp: number
  fp: number
  fn: number
  tn: number
  precision: number
  recall: number
  f1: number
}

export interface CorpusResult {
  measured: string
  documents: { tune: number; heldout: number }
  rules: Record<string, { tune: Measure; heldout: Measure }>
  disagreements: Array<{
    rule: string
    file: string
    split: string
    expected: boolean
    reason?: string
    messages: string[]
  }>
}

export const corpusDirectory = join(root, 'fixtures/corpus')

/** Every label of the corpus (from `fixtures/corpus/labels/*.yaml`). */
export function readLabels(directory = corpusDirectory): Label[] {
  const labels: Label[] = []
  for (const name of readdirSync(join(directory, 'labels')).sort()) {
    if (!name.endsWith('.yaml')) continue
    const list = parse(readFileSync(join(directory, 'labels', name), 'utf8')) as Label[]
    labels.push(...list)
  }
  return labels
}

/** The rules, loaded from the workspace packages. */
export async function loadRules(): Promise<Array<{ id: string; plugin: Plugin }>> {
  const rules = []
  for (const name of rulePackages()) {
    const module = (await import(name)) as { default: Plugin }
    rules.push({ id: name.replace(/^remark-lint-/, ''), plugin: module.default })
  }
  return rules
}

function measure(tp: number, fp: number, fn: number, tn: number): Measure {
  const precision = tp + fp === 0 ? Number.NaN : tp / (tp + fp)
  const recall = tp + fn === 0 ? Number.NaN : tp / (tp + fn)
  // With nothing to find and nothing found, the rule is perfect on that part.
  const f1 =
    tp + fp + fn === 0
      ? 1
      : Number.isNaN(precision) || Number.isNaN(recall) || precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, tn, precision, recall, f1 }
}

/** Lint every labelled document with every rule and compare. */
export async function runCorpus(directory = corpusDirectory): Promise<CorpusResult> {
  const labels = readLabels(directory)
  const rules = await loadRules()
  const processor = unified()
    .use(remarkParse)
    .use(remarkStringify)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkLint)
  for (const rule of rules) processor.use(rule.plugin)

  const counts = new Map<string, { tune: number[]; heldout: number[] }>()
  for (const rule of rules) counts.set(rule.id, { tune: [0, 0, 0, 0], heldout: [0, 0, 0, 0] })
  const disagreements: CorpusResult['disagreements'] = []
  const documents = { tune: 0, heldout: 0 }

  for (const label of labels) {
    const path = join(directory, label.file)
    const file = new VFile({ path, value: readFileSync(path, 'utf8') })
    await processor.process(file)
    documents[label.split]++
    for (const rule of rules) {
      const messages = file.messages.filter((message) => message.ruleId === rule.id)
      const fired = messages.length > 0
      const expected = Object.hasOwn(label.fires ?? {}, rule.id)
      const slot = counts.get(rule.id)?.[label.split] as number[]
      slot[fired ? (expected ? 0 : 1) : expected ? 2 : 3]++
      if (fired !== expected) {
        disagreements.push({
          rule: rule.id,
          file: label.file,
          split: label.split,
          expected,
          reason: label.fires?.[rule.id],
          messages: messages.map((message) => `${message.line}:${message.column} ${message.reason}`),
        })
      }
    }
  }

  const result: CorpusResult = { measured: new Date().toISOString().slice(0, 10), documents, rules: {}, disagreements }
  for (const [id, { tune, heldout }] of counts) {
    result.rules[id] = {
      tune: measure(...(tune as [number, number, number, number])),
      heldout: measure(...(heldout as [number, number, number, number])),
    }
  }
  return result
}
