/**
 * What the command knows about the rules, all derived from the registry
 * (`remark-preset-lint-ml-design`'s `rules`) and each rule's `meta`.
 */
import { stubsOf } from 'ml-design-lint-rule'
import { rules } from 'remark-preset-lint-ml-design'

/** Every rule's metadata, in framework order. */
export const ruleInfos = rules.map((rule) => rule.meta)

/** Every stub, in framework order (`init` writes them all, `--fix` those a document's messages call for). */
export const stubs = stubsOf(rules)
