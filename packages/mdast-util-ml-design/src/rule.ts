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
    judge(readDesign(tree, file, settings), file, settings)
  })
  function plugin(this: unknown, config?: unknown) {
    validateOptions<Options>(id, optionsOf(config), meta.options)
    return (rule as (this: unknown, config?: unknown) => unknown).call(this, config)
  }
  Object.defineProperty(plugin, 'name', { value: meta.origin })
  return plugin as typeof rule
}
