/**
 * Read a rule's header comment: its documentation and its examples. The
 * examples are the single source of the rule's tests
 * (`test/examples.test.ts`) and of its README (`pnpm generate-docs`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RuleInfo } from 'ml-design-lint-rule'
import { rules } from 'remark-preset-lint-ml-design'

export interface Example {
  /** Name of the example document. */
  name: string
  /** Markdown fed to the rule. */
  input: string
  /** Options given to the rule. */
  config?: unknown
  /** Expected messages, `line:column-line:column: reason`. */
  output: string[]
}

export interface RuleDocs {
  id: string
  /** The rule's metadata (`meta` of its plugin). */
  meta: RuleInfo
  packageName: string
  directory: string
  /** The first paragraph of the header. */
  summary: string
  /** The header's Markdown, without the examples. */
  body: string
  examples: Example[]
}

export const root = new URL('..', import.meta.url).pathname

/** The rule packages, in framework order: the registry (`remark-preset-lint-ml-design`'s `rules`). */
export function rulePackages(): string[] {
  return rules.map((rule) => `remark-lint-${rule.meta.id}`)
}

/** What a rule checks, as its package description says: `remark-lint rule to check that ... document <summary>`. */
export function ruleSummary(packageName: string): string {
  const { description } = JSON.parse(readFileSync(join(root, 'packages', packageName, 'package.json'), 'utf8'))
  const summary = /^remark-lint rule to check that an ML system design document (.+)$/.exec(description)?.[1]
  if (!summary)
    throw new Error(
      `${packageName}: expected a description \`remark-lint rule to check that an ML system design document ...\``,
    )
  return summary
}

export function readRuleDocs(packageName: string): RuleDocs {
  const directory = join(root, 'packages', packageName)
  const source = readFileSync(join(directory, 'src/index.ts'), 'utf8')
  const comment = /^\/\*\*\n([\s\S]*?)\n \*\//.exec(source)
  if (!comment) throw new Error(`${packageName}: expected a header comment`)
  const lines = comment[1].split('\n').map((line) => line.replace(/^ \*(?: |$)/, ''))
  const firstTag = lines.findIndex((line) => line.startsWith('@'))
  const body = lines
    .slice(0, firstTag === -1 ? lines.length : firstTag)
    .join('\n')
    .trim()
  const summary = body.split('\n\n')[0].replace(/\s+/g, ' ')
  const meta = rules.find((rule) => `remark-lint-${rule.meta.id}` === packageName)?.meta
  if (!meta) throw new Error(`${packageName}: not in the registry (remark-preset-lint-ml-design/src/rules.ts)`)
  const id = meta.id

  // Examples: `@example` then a JSON line, a blank line, and the content indented by two spaces.
  const byName = new Map<string, Example>()
  const order: Example[] = []
  const blocks = lines
    .slice(firstTag)
    .join('\n')
    .split(/^@example\n/m)
    .slice(1)
  for (const block of blocks) {
    const [jsonLine, ...rest] = block.replace(/\n@[\s\S]*$/, '').split('\n')
    const meta = JSON.parse(jsonLine.trim()) as { name: string; label?: 'input' | 'output'; config?: unknown }
    const content = rest
      .join('\n')
      .replace(/^\n/, '')
      .split('\n')
      .map((line) => line.replace(/^ {2}/, ''))
      .join('\n')
      .replace(/\s+$/, '')
    let example = byName.get(meta.name)
    if (!example) {
      example = { name: meta.name, input: '', output: [] }
      byName.set(meta.name, example)
      order.push(example)
    }
    if (meta.config !== undefined) example.config = meta.config
    if (meta.label === 'output') {
      example.output = content.split('\n').filter((line) => line.trim().length > 0)
    } else {
      example.input = `${content}\n`
    }
  }
  return { id, meta, packageName, directory, summary, body, examples: order }
}
