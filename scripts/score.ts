/**
 * What `pnpm eval` shares between the corpus and the public set: one
 * processor with every rule, and the tallies that turn verdicts into
 * precision, recall and F1.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { type Plugin, type Processor, unified } from 'unified'
import { rulePackages } from './rule-docs.js'

export interface Measure {
  tp: number
  fp: number
  fn: number
  tn: number
  precision: number
  recall: number
  f1: number
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

/** A processor that parses like the preset (GFM, YAML front matter) and runs every rule, with the options given per rule id. */
export function createProcessor(
  rules: Array<{ id?: string; plugin: Plugin }>,
  options?: (rule: string) => unknown,
): Processor {
  const processor = unified()
    .use(remarkParse)
    .use(remarkStringify)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkLint)
  for (const rule of rules) {
    const settings = options && rule.id ? options(rule.id) : undefined
    if (settings === undefined) processor.use(rule.plugin)
    else processor.use(rule.plugin, settings)
  }
  return processor as unknown as Processor
}

export function measure(tp: number, fp: number, fn: number, tn: number): Measure {
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

/** Counts of true/false positives and negatives, kept per key (a rule, a shape). */
export class Tally {
  readonly #counts = new Map<string, [number, number, number, number]>()

  /** Count one outcome: `fired` is what the rule did, `expected` what the label says. */
  add(key: string, fired: boolean, expected: boolean): void {
    this.addCounts(
      key,
      fired && expected ? 1 : 0,
      fired && !expected ? 1 : 0,
      !fired && expected ? 1 : 0,
      fired || expected ? 0 : 1,
    )
  }

  addCounts(key: string, tp: number, fp: number, fn: number, tn: number): void {
    let slot = this.#counts.get(key)
    if (!slot) this.#counts.set(key, (slot = [0, 0, 0, 0]))
    slot[0] += tp
    slot[1] += fp
    slot[2] += fn
    slot[3] += tn
  }

  /** Make sure a key is reported even when nothing was counted for it. */
  touch(key: string): void {
    this.addCounts(key, 0, 0, 0, 0)
  }

  get(key: string): Measure {
    const [tp, fp, fn, tn] = this.#counts.get(key) ?? [0, 0, 0, 0]
    return measure(tp, fp, fn, tn)
  }

  keys(): string[] {
    return [...this.#counts.keys()]
  }

  toObject(): Record<string, Measure> {
    return Object.fromEntries(this.keys().map((key) => [key, this.get(key)]))
  }
}

/** Unweighted mean of the F1 of every key. */
export function macroF1(measures: Record<string, Measure>): number {
  const values = Object.values(measures).map((value) => value.f1)
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length
}
