/**
 * The rule kit of ml-design-lint: what every `remark-lint-ml-*` rule is
 * made of, the way `unified-lint-rule` sits beside remark-lint's rules.
 */
export {
  defineRule,
  type Judge,
  messageIdOf,
  type Report,
  type ReportOptions,
  type RuleConfig,
  type RuleInfo,
  type RuleMeta,
  type RulePlugin,
  type RuleStage,
  ruleUrl,
  type Severity,
} from './define.js'
export { fillMessage, type MessageSpec, missing, reasonOf, type StubSpec } from './messages.js'
export { type OptionSpec, validateOptions } from './options.js'
export { type PlaceMissingOptions, placeMissing } from './place.js'
export {
  applyStubEdits,
  hasStubTarget,
  type Insertion,
  inFrameworkOrder,
  insertionFor,
  type MessageKey,
  planStubs,
  type Stub,
  type StubEdit,
  stubFor,
  stubMarkdown,
  stubsOf,
} from './stubs.js'
