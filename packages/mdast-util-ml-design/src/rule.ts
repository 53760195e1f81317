/**
 * The anatomy every rule shares: a `remark-lint` rule whose options are
 * checked when the rule is configured (so a wrong option fails before any
 * file is read, with the rule, the option and what was expected), and whose
 * judgement gets the shared reading of the document.
 */
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { readDesign } from './index.js'
import { type OptionSpec, validateOptions } from './options.js'
import type { DesignReading } from './reading.js'
import { hasStubTarget, planStubs, stubFor } from './stubs.js'
import type { VocabularyOptions } from './vocabulary/index.js'

export interface RuleMeta {
  /** `remark-lint:ml-<id>`. */
  origin: string
  /** Link to the rule's docs. */
  url: string
  /** The rule's own options, besides the shared vocabulary options. */
  options?: OptionSpec
}

export type Judge<Options> = (
  reading: DesignReading,
  file: VFile,
  options: VocabularyOptions & Partial<Options>,
) => void

const severities = new Set<unknown>([false, 0, 'off', true, 1, 'on', 'warn', 2, 'error'])

/** The options part of a rule's configuration (`[severity, options]` or `options`). */
function optionsOf(config: unknown): unknown {
  if (Array.isArray(config) && severities.has(config[0])) return config[1]
  if (typeof config === 'boolean') return undefined
  return config
}

/** Define a rule: `defineRule(meta, (reading, file, options) => { ... })`. */
export function defineRule<Options extends object = Record<string, never>>(meta: RuleMeta, judge: Judge<Options>) {
  const id = meta.origin.slice(meta.origin.indexOf(':') + 1)
  const rule = lintRule<Root, unknown>({ origin: meta.origin, url: meta.url }, (tree, file, options) => {
    const settings = validateOptions<Options>(id, options, meta.options)
    const reading = readDesign(tree, file, settings)
    const before = file.messages.length
    judge(reading, file, settings)
    offerStubs(reading, id, file.messages.slice(before))
  })
  function plugin(this: unknown, config?: unknown) {
    validateOptions<Options>(id, optionsOf(config), meta.options)
    return (rule as (this: unknown, config?: unknown) => unknown).call(this, config)
  }
  Object.defineProperty(plugin, 'name', { value: meta.origin })
  return plugin as typeof rule
}

/**
 * A message about a missing requirement that has a stub and no section to
 * fill is placed where the stub goes (a point at the start of a line), with
 * the stub as its `expected` value: editors offer inserting it as a quick
 * fix, and `ml-design-lint --fix` inserts the same text. (`unified-lint-rule`
 * sets the messages' rule id after the judgement: the rule's id is passed.)
 */
function offerStubs(reading: DesignReading, ruleId: string, messages: VFile['messages']): void {
  for (const message of messages) {
    const stub = stubFor(ruleId, message.reason)
    if (!stub || hasStubTarget(reading, stub)) continue
    const [edit] = planStubs(reading, [{ ruleId, reason: message.reason }])
    if (!edit) continue
    const point = reading.point(edit.offset)
    message.place = point
    message.line = point.line
    message.column = point.column
    message.name = `${message.file ? `${message.file}:` : ''}${point.line}:${point.column}`
    message.expected = [edit.text]
  }
}
