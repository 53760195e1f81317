/**
 * vfile reporter that writes SARIF 2.1.0, the Static Analysis Results
 * Interchange Format that GitHub code scanning and other CI dashboards read.
 *
 * Use it as any unified reporter: `remark --report sarif docs/ 2> out.sarif`
 * or `ml-design-lint --report sarif docs/ 2> out.sarif` (unified-engine loads
 * `vfile-reporter-<name>`), or call it on files:
 *
 * ```js
 * import reporterSarif from 'vfile-reporter-sarif'
 * const log = reporterSarif(files, {name: 'my-tool'})
 * ```
 *
 * Each message becomes a result: its `ruleId`, a `level` (`error` for a
 * fatal message, `warning` for a warning, `note` for an info), its reason as
 * the message text and its place as a region (1-based lines and columns,
 * the end column being the one after the last character). Each rule that
 * reported something is described once in `tool.driver.rules`: its id, a
 * short description (the `description` of its package, such as
 * `remark-lint-ml-business-objective`, when that package is installed, or
 * the one given in the `rules` option) and its `helpUri` (the message's
 * `url`). A message with `expected` values (a quick fix) gets them as
 * `fixes`: each replaces the message's exact range, empty for an
 * insertion, with the expected text.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Log, Region, ReportingDescriptor, Result, Run } from 'sarif'
import type { VFile } from 'vfile'

type Message = VFile['messages'][number]

/** Metadata for one rule, overriding what the reporter finds. */
export interface RuleInfo {
  /** One sentence about what the rule checks. */
  shortDescription?: string
  /** More about the rule. */
  fullDescription?: string
  /** Where the rule is documented. */
  helpUri?: string
}

export interface Options {
  /** Tool name in `tool.driver.name` (default: the messages' common `source`, such as `remark-lint`, else `unified`). */
  name?: string
  /** Tool version in `tool.driver.version`. */
  version?: string
  /** Tool home page in `tool.driver.informationUri`. */
  informationUri?: string
  /** Rule metadata by rule id; fills in or replaces what the reporter finds. */
  rules?: Record<string, RuleInfo>
  /** Folder that artifact URIs are relative to (default: each file's `cwd`). */
  cwd?: string
  /** Indentation of the JSON: `true` or a number of spaces, `false` or `0` for one line (default: `2`). */
  pretty?: boolean | number
  /** Report only fatal messages (errors), as `--silent` does. */
  silent?: boolean
  /** Given by unified-engine; has no effect on SARIF (files without results are never listed). */
  quiet?: boolean
  /** Given by unified-engine; SARIF has no colour. */
  color?: boolean
  /** Given by unified-engine; has no effect. */
  verbose?: boolean
}

/** The SARIF schema URI that GitHub code scanning and editors recognise. */
export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'

/** Serialise files and their messages as a SARIF 2.1.0 log. */
export default function reporterSarif(files: VFile | VFile[], options: Options = {}): string {
  const pretty = options.pretty ?? 2
  return JSON.stringify(toSarif(files, options), undefined, pretty === true ? 2 : pretty === false ? 0 : pretty)
}

export { reporterSarif }

/** The SARIF 2.1.0 log of files and their messages, as an object. */
export function toSarif(files: VFile | VFile[], options: Options = {}): Log {
  const list = Array.isArray(files) ? files : [files]
  const rules: ReportingDescriptor[] = []
  const ruleIndex = new Map<string, number>()
  const results: Result[] = []
  const sources = new Set<string>()
  const bases = new Set<string>()

  for (const file of list) {
    const cwd = path.resolve(options.cwd ?? file.cwd)
    bases.add(cwd)
    for (const message of file.messages) {
      if (options.silent && !message.fatal) continue
      if (message.source) sources.add(message.source)
      const result = {} as Result
      const ruleId = message.ruleId ?? undefined
      if (ruleId) {
        result.ruleId = ruleId
        let index = ruleIndex.get(ruleId)
        if (index === undefined) {
          index = rules.length
          ruleIndex.set(ruleId, index)
          rules.push(describe(ruleId, message, options, cwd))
        } else if (!rules[index].helpUri && message.url) {
          rules[index].helpUri = message.url
        }
        result.ruleIndex = index
      }
      result.level = level(message)
      result.message = { text: message.reason }
      const location = locate(file, message, cwd)
      if (location) result.locations = [location]
      const fixes = location ? fixesFor(message, location) : []
      if (fixes.length > 0) result.fixes = fixes
      results.push(result)
    }
  }

  const driver: Run['tool']['driver'] = { name: options.name ?? (sources.size === 1 ? [...sources][0] : 'unified') }
  if (options.version) driver.version = options.version
  if (options.informationUri) driver.informationUri = options.informationUri
  driver.rules = rules

  const run: Run = { tool: { driver }, columnKind: 'utf16CodeUnits', results }
  // One base folder: name it, so that readers can resolve the relative URIs.
  if (bases.size === 1) {
    run.originalUriBaseIds = { '%SRCROOT%': { uri: `${pathToFileURL([...bases][0]).href.replace(/\/?$/, '/')}` } }
  }
  return { $schema: sarifSchema, version: '2.1.0', runs: [run] }
}

function level(message: Message): Result.level {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'note'
}

function locate(file: VFile, message: Message, cwd: string) {
  if (!file.path) return undefined
  const relative = path.relative(cwd, path.resolve(file.cwd, file.path))
  const uri = relative.split(path.sep).map(encodeURIComponent).join('/')
  const location: NonNullable<Result['locations']>[number] = {
    physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } },
  }
  const region = toRegion(message)
  if (region) location.physicalLocation!.region = region
  return location
}

function toRegion(message: Message): Region | undefined {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  if (!start || !(start.line >= 1)) return undefined
  const region: Region = { startLine: start.line }
  if (start.column >= 1) region.startColumn = start.column
  if (end && end.line >= start.line) {
    region.endLine = end.line
    if (end.column >= 1) region.endColumn = end.column
  }
  return region
}

/**
 * A message's `expected` values as SARIF fixes: each replaces the message's
 * exact range (an empty one for a point: an insertion) with the text.
 */
function fixesFor(message: Message, location: NonNullable<Result['locations']>[number]): NonNullable<Result['fixes']> {
  const place = message.place
  const artifactLocation = location.physicalLocation?.artifactLocation
  if (!Array.isArray(message.expected) || !place || !artifactLocation) return []
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : place
  if (!(start.line >= 1 && start.column >= 1 && end.line >= 1 && end.column >= 1)) return []
  const deletedRegion: Region = {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
  }
  const empty = start.line === end.line && start.column === end.column
  return message.expected
    .filter((text): text is string => typeof text === 'string')
    .map((text) => {
      const first = text.split('\n', 1)[0]
      const what = text === '' ? 'Remove the text' : `${empty ? 'Insert' : 'Replace it with'} \`${first}\``
      return {
        description: { text: text.includes('\n') && text !== first ? `${what} ...` : what },
        artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion, insertedContent: { text } }] }],
      }
    })
}

function describe(ruleId: string, message: Message, options: Options, cwd: string): ReportingDescriptor {
  const given = options.rules?.[ruleId]
  const found = message.source ? packageDescription(`${message.source}-${ruleId}`, cwd) : undefined
  const rule: ReportingDescriptor = {
    id: ruleId,
    shortDescription: {
      text: given?.shortDescription ?? found ?? `${message.source ? `${message.source} rule` : 'Rule'} ${ruleId}`,
    },
  }
  if (given?.fullDescription) rule.fullDescription = { text: given.fullDescription }
  const helpUri = given?.helpUri ?? message.url
  if (helpUri) rule.helpUri = helpUri
  return rule
}

const descriptions = new Map<string, string | undefined>()

/**
 * The `description` in a rule package's `package.json`, looked up from `cwd`
 * upwards in `node_modules` and in pnpm's hoisted `node_modules/.pnpm/node_modules`.
 */
function packageDescription(name: string, cwd: string): string | undefined {
  // Only plain package names: a `source` and a `ruleId` are free text.
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(name)) return undefined
  const key = `${cwd}\0${name}`
  if (descriptions.has(key)) return descriptions.get(key)
  let description: string | undefined
  let directory = cwd
  search: while (true) {
    for (const folder of ['node_modules', path.join('node_modules', '.pnpm', 'node_modules')]) {
      const file = path.join(directory, folder, name, 'package.json')
      if (!existsSync(file)) continue
      try {
        const value = JSON.parse(readFileSync(file, 'utf8')).description
        if (typeof value === 'string' && value.trim()) description = value.trim()
      } catch {
        // A broken package.json describes nothing.
      }
      break search
    }
    const parent = path.dirname(directory)
    if (parent === directory) break
    directory = parent
  }
  descriptions.set(key, description)
  return description
}
