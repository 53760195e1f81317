/**
 * The anatomy every rule shares: a `remark-lint` rule whose metadata (id,
 * stage, named messages and their stubs, options) sits in the rule's own
 * file, whose options are checked when the rule is configured (a wrong
 * option fails before any file is read, naming the rule, the option and what
 * was expected), and whose judgement gets the shared reading of the
 * document and a `report` function that reports a message by its id.
 */
import type { Root } from 'mdast'
import { type DesignReading, readDesign, type Stage, type VocabularyOptions } from 'mdast-util-ml-design'
import { defaultJudgement } from 'mdast-util-ml-design/judgement'
import type { Plugin } from 'unified'
import { lintRule } from 'unified-lint-rule'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { fillMessage, type MessageSpec, reasonOf, type StubSpec, stubSpecOf } from './messages.js'
import { type OptionSpec, validateOptions } from './options.js'
import { hasStubTarget, planStubs, type Stub } from './stubs.js'

/** The stage a rule checks, or `document` for the whole document (stage order, placeholders). */
export type RuleStage = Stage | 'document'

/** What a rule's own file says about it. */
export interface RuleMeta<Id extends string = string> {
  /** `ml-<what>`: the rule id; its package is `remark-lint-<id>`. */
  id: string
  stage: RuleStage
  /** Every message the rule reports, by id. */
  messages: Record<Id, MessageSpec>
  /** The rule's own options, besides the shared vocabulary options. */
  options?: OptionSpec
  /**
   * Whether the rule applies to a document at all (a rule about thresholds
   * needs a task family that decides with one): `ml-design-lint report`
   * shows a silent rule that does not apply as "n/a". Always, when absent.
   */
  applies?: (reading: DesignReading) => boolean
}

/** The metadata a rule plugin carries (`plugin.meta`), with what derives from it. */
export interface RuleInfo extends RuleMeta {
  /** `remark-lint:<id>`, the `source` and `ruleId` of its messages. */
  origin: string
  /** Link to the rule's docs (its README). */
  url: string
  /** The stubs its messages offer, in framework order. */
  stubs: readonly Stub[]
}

/** A severity, as remark-lint takes it. */
export type Severity = boolean | 0 | 1 | 2 | 'off' | 'on' | 'warn' | 'error'

/** How a rule is configured: a severity, its options, or both. */
export type RuleConfig<Options> = Severity | Options | [Severity, Options?]

/** A rule plugin with its metadata. */
export type RulePlugin<Options = VocabularyOptions> = Plugin<[RuleConfig<Options>?], Root> & {
  readonly meta: RuleInfo
}

export interface ReportOptions {
  /** Where the message points. */
  place?: Position | Point
  /** Values for the message's `{{name}}` placeholders. */
  data?: Record<string, unknown>
}

/** Report a named message of the rule. */
export type Report<Id extends string = string> = (id: Id, options?: ReportOptions) => void

export type Judge<Options, Id extends string = string> = (
  reading: DesignReading,
  file: VFile,
  options: VocabularyOptions & Partial<Options>,
  report: Report<Id>,
) => void

const docs = 'https://github.com/ml-design-lint/ml-design-lint/tree/main/packages'

/** The docs url of a rule, from its id. */
export function ruleUrl(id: string): string {
  return `${docs}/remark-lint-${id}#readme`
}

const severities = new Set<unknown>([false, 0, 'off', true, 1, 'on', 'warn', 2, 'error'])

/**
 * A configuration as `unified-lint-rule` takes it. A bare severity name
 * (`["remark-lint-ml-scale", "off"]`) arrives as the options; no rule takes
 * a string option, so it is read as the severity.
 */
function normalizeConfig(config: unknown): unknown {
  return typeof config === 'string' && severities.has(config) ? [config] : config
}

/** The options part of a rule's configuration (`[severity, options]` or `options`). */
function optionsOf(config: unknown): unknown {
  if (Array.isArray(config) && severities.has(config[0])) return config[1]
  if (typeof config === 'boolean' || (typeof config === 'string' && severities.has(config))) return undefined
  return config
}

/** The message id each message was reported with, set by `report`. */
export function messageIdOf(message: object): string | undefined {
  const id = (message as { messageId?: unknown }).messageId
  return typeof id === 'string' ? id : undefined
}

/**
 * Run `make` with no stack trace taken for the errors it creates. A `VFileMessage` is an `Error` whose `stack`
 * vfile-message sets to `''`: the trace V8 captures when the `Error` is built (about 10 µs under unified's calls) is
 * thrown away, once per message reported.
 */
function withoutStack<T>(make: () => T): T {
  // V8's setting (Node's); elsewhere it is not there and nothing changes.
  const errors = Error as ErrorConstructor & { stackTraceLimit?: number }
  const limit = errors.stackTraceLimit
  if (typeof limit !== 'number') return make()
  errors.stackTraceLimit = 0
  try {
    return make()
  } finally {
    errors.stackTraceLimit = limit
  }
}

/** Define a rule: `defineRule(meta, (reading, file, options, report) => { ... })`. */
export function defineRule<Options extends object = VocabularyOptions, Id extends string = string>(
  meta: RuleMeta<Id>,
  judge: Judge<Options, Id>,
): RulePlugin<Options> {
  const { id } = meta
  const origin = `remark-lint:${id}`
  const url = ruleUrl(id)
  // One stub per stub spec, answering every message that offers it.
  const bySpec = new Map<StubSpec, Stub>()
  for (const [messageId, spec] of Object.entries<MessageSpec>(meta.messages)) {
    const stub = stubSpecOf(spec)
    if (!stub || meta.stage === 'document') continue
    const known = bySpec.get(stub)
    bySpec.set(stub, { ...stub, rule: id, stage: meta.stage, messages: [...(known?.messages ?? []), messageId] })
  }
  const stubs = [...bySpec.values()]
  const info: RuleInfo = { ...meta, origin, url, stubs }
  const rule = lintRule<Root, unknown>({ origin, url }, (tree, file, options) => {
    const settings = validateOptions<Options>(id, options, meta.options)
    const reading = readDesign(tree, file, settings)
    const reported: Array<{ message: VFile['messages'][number]; stub?: Stub }> = []
    const report: Report<Id> = (messageId, { place, data } = {}) => {
      const spec = meta.messages[messageId]
      if (spec === undefined) throw new Error(`Unknown message \`${messageId}\` of \`${id}\``)
      // The reason first, outside: a developer's mistake in it (a missing value) keeps its stack trace.
      const reason = fillMessage(id, messageId, reasonOf(spec), data)
      const message = withoutStack(() => file.message(reason, place ? { place } : undefined))
      Object.assign(message, { messageId })
      reported.push({ message, stub: stubs.find((stub) => stub.messages.includes(messageId)) })
    }
    reading.judgement = settings.judgement ?? defaultJudgement(id)
    judge(reading, file, settings, report)
    for (const { message, stub } of reported) if (stub) offerStub(reading, stub, message)
  })
  function plugin(this: unknown, config?: unknown) {
    validateOptions<Options>(id, optionsOf(config), meta.options)
    return (rule as (this: unknown, config?: unknown) => unknown).call(this, normalizeConfig(config))
  }
  Object.defineProperty(plugin, 'name', { value: origin })
  Object.defineProperty(plugin, 'meta', { value: info, enumerable: true })
  return plugin as unknown as RulePlugin<Options>
}

/**
 * A message about a missing requirement that has a stub and no section to
 * fill is placed where the stub goes (a point at the start of a line), with
 * the stub as its `expected` value: editors offer inserting it as a quick
 * fix, and `ml-design-lint --fix` inserts the same text. Not when the
 * stage's home section is a bold pseudo-heading: the message stays at it,
 * without a quick fix.
 */
function offerStub(reading: DesignReading, stub: Stub, message: VFile['messages'][number]): void {
  if (hasStubTarget(reading, stub)) return
  // A stage whose home is a bold pseudo-heading has the message at that heading: the stub, a Markdown heading,
  // cannot go inside it, and where `--fix` puts it instead is no place to read about the stage. Notes whose stages
  // are all bold pseudo-headings and have none for this one: where the stage is read about (`reading.notesHome`).
  // Neither offers a quick fix. A message the rule already put inside that section (at a label of it) stays.
  const bold = reading.homeSection(stub.stage, stub.part) ?? reading.notesHome(stub.stage)
  if (bold?.pseudo) {
    const start = message.place && 'start' in message.place ? message.place.start : message.place
    if (start && reading.sectionHolds(bold, start)) return
    const place = reading.place(reading.headingOf(bold))
    moveTo(message, place, place.start)
    return
  }
  const [edit] = planStubs(reading, [stub])
  if (!edit) return
  const point = reading.point(edit.offset)
  moveTo(message, point, point)
  message.expected = [edit.text]
}

function moveTo(message: VFile['messages'][number], place: Point | Position, start: Point): void {
  message.place = place
  message.line = start.line
  message.column = start.column
  message.name = `${message.file ? `${message.file}:` : ''}${start.line}:${start.column}`
}
