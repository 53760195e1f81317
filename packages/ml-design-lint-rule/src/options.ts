/**
 * Option checking shared by every rule: the vocabulary options every rule
 * takes, plus the rule's own, checked before anything runs. A wrong option
 * fails with the rule, the option and what was expected.
 */

import { type Judgement, judgements } from 'mdast-util-ml-design'
import {
  familyIds,
  paradigmIds,
  requirementIds,
  stageAndPartIds,
  type VocabularyOptions,
  vocabularyOptionKeys,
  wordLists,
} from 'mdast-util-ml-design/vocabulary'

/** The option every rule takes besides the vocabulary: how evidence is judged (see `mdast-util-ml-design/judgement`). */
export const judgementOption = 'judgement'

/** A rule's own options: name to the type expected. */
export type OptionSpec = Record<string, 'boolean' | 'string-list'>

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\``
  if (typeof value === 'object') return 'an object'
  return `\`${String(value)}\``
}

function fail(rule: string, option: string, value: unknown, expected: string): never {
  throw new Error(`Unexpected value ${describe(value)} for option \`${option}\` of \`${rule}\`, expected ${expected}`)
}

function isStringList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'string' && item.trim().length > 0 && item.length <= 200)
  )
}

function checkRecord(rule: string, option: string, value: unknown, ids: readonly string[]) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(
      rule,
      option,
      value,
      `an object whose keys are ${ids.map((id) => `\`${id}\``).join(', ')} and whose values are lists of strings`,
    )
  }
  for (const [key, list] of Object.entries(value)) {
    if (!ids.includes(key)) {
      fail(rule, `${option}.${key}`, key, `one of ${ids.map((id) => `\`${id}\``).join(', ')}`)
    }
    if (!isStringList(list)) fail(rule, `${option}.${key}`, list, 'a list of non-empty strings')
  }
}

/**
 * Check a rule's options. `undefined` and `null` mean the defaults. Returns
 * the options typed; throws on a wrong or unknown option.
 */
export function validateOptions<T extends object = Record<string, never>>(
  rule: string,
  options: unknown,
  own: OptionSpec = {},
): VocabularyOptions & { judgement?: Judgement } & Partial<T> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    fail(rule, 'options', options, 'an object')
  }
  const known = [...vocabularyOptionKeys, judgementOption, ...Object.keys(own)]
  for (const [key, value] of Object.entries(options)) {
    if (!known.includes(key)) {
      fail(rule, key, value, `a known option (${known.map((name) => `\`${name}\``).join(', ')})`)
    }
    if (value === undefined) continue
    switch (key) {
      case 'headings':
        checkRecord(rule, key, value, stageAndPartIds)
        break
      case 'families':
        checkRecord(rule, key, value, familyIds)
        break
      case 'paradigms':
        checkRecord(rule, key, value, paradigmIds)
        break
      case 'answers':
        checkRecord(rule, key, value, requirementIds)
        break
      case 'words':
        checkRecord(rule, key, value, wordLists)
        break
      case judgementOption:
        if (!judgements.includes(value as Judgement)) {
          const names = judgements.map((name) => `\`${JSON.stringify(name)}\``)
          fail(rule, key, value, `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`)
        }
        break
      case 'onlineMetrics':
      case 'offlineMetrics':
        if (!isStringList(value)) fail(rule, key, value, 'a list of non-empty strings')
        break
      default:
        if (own[key] === 'boolean' && typeof value !== 'boolean') fail(rule, key, value, '`true` or `false`')
        if (own[key] === 'string-list' && !isStringList(value)) fail(rule, key, value, 'a list of non-empty strings')
    }
  }
  return options as VocabularyOptions & { judgement?: Judgement } & Partial<T>
}
