/**
 * Regular-expression safety: every regular expression literal of the
 * packages' sources, and every expression compiled at run time from the
 * vocabulary, goes through the ReDoS analyser `recheck` (its native agent
 * when installed, else `RECHECK_BACKEND=pure`). No expression may be
 * vulnerable unless it is in `redos-known.json`, the list of known
 * super-linear expressions (reported for review: docs/robustness.md).
 * Verdicts are kept in `redos-checked.json`: only new or changed
 * expressions are checked on a normal run (`REDOS_FULL=1` checks all;
 * `REDOS_UPDATE=1` records the new verdicts in both lists). User vocabulary is matched
 * literally.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { defaultVocabulary } from 'mdast-util-ml-design/vocabulary'
import { check } from 'recheck'
import { describe, expect, it } from 'vitest'
import { compile } from '../../packages/mdast-util-ml-design/src/match/compile.js'
import { createMatcher } from '../../packages/mdast-util-ml-design/src/match/matcher.js'
import { lintWith, processorWith, syntaxPlugins } from './harness.js'
import { type Found, literalRegExps, reachableRegExps, regExpLiterals } from './regexps.js'

interface Known {
  source: string
  flags: string
  where: string
  complexity: string
}

interface Verdict {
  source: string
  flags: string
  status: 'safe' | 'vulnerable' | 'unknown'
  complexity?: string
}

const knownPath = new URL('./redos-known.json', import.meta.url)
const known: Known[] = JSON.parse(readFileSync(knownPath, 'utf8'))
// recheck's verdicts by expression: only an expression not in it (new or changed) is checked again,
// so the test stays fast; `REDOS_FULL=1` checks every expression, `REDOS_UPDATE=1` rewrites both files.
const checkedPath = new URL('./redos-checked.json', import.meta.url)
const checked: Verdict[] = JSON.parse(readFileSync(checkedPath, 'utf8'))

function sameExpression(a: { source: string; flags: string }, b: { source: string; flags: string }): boolean {
  return a.source === b.source && a.flags === b.flags
}

describe('the regular expression finder', () => {
  it('finds literals and skips strings, templates and comments', () => {
    const text = [
      'const a = /a+b/gu // not /here/',
      'const b = \'x / y / z\' + "/no/"',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template, as source text
      'const c = `${x / 2} /no/ ${/yes[/]/.source}`',
      '/* /no/ */ if (/^\\d+$/.test(v)) return 1 / 2',
    ].join('\n')
    expect(regExpLiterals(text)).toEqual([
      { source: 'a+b', flags: 'gu', line: 1 },
      { source: 'yes[/]', flags: '', line: 3 },
      { source: '^\\d+$', flags: '', line: 4 },
    ])
  })

  it('finds every literal of the packages, each a valid expression', () => {
    const literals = literalRegExps()
    expect(literals.length).toBeGreaterThan(100)
    for (const literal of literals) expect(() => new RegExp(literal.source, literal.flags), literal.where).not.toThrow()
  })

  it('finds the expressions compiled from the vocabulary', () => {
    const compiled = reachableRegExps(compile(defaultVocabulary))
    expect(compiled.map((found) => found.where)).toEqual(
      expect.arrayContaining(['compiled.patterns.scale', 'compiled.patterns.rate']),
    )
  })
})

describe('recheck over every regular expression', () => {
  it('finds no vulnerable expression beyond the reviewed known list', async () => {
    const all: Found[] = [...literalRegExps(), ...reachableRegExps(compile(defaultVocabulary))]
    const full = Boolean(process.env.REDOS_FULL)
    const vulnerable: Known[] = []
    const verdicts: Verdict[] = []
    for (const found of all) {
      const cached = full ? undefined : checked.find((entry) => sameExpression(entry, found))
      let verdict: Verdict
      if (cached) verdict = cached
      else {
        // One at a time: the agent's timeout runs from the start of a check.
        const result = await check(found.source, found.flags, { timeout: 10_000 })
        verdict = {
          source: found.source,
          flags: found.flags,
          status: result.status,
          complexity: result.status === 'vulnerable' ? result.complexity.summary : undefined,
        }
      }
      verdicts.push(verdict)
      if (verdict.status === 'vulnerable') {
        vulnerable.push({ ...found, complexity: verdict.complexity ?? '' })
      }
    }
    if (process.env.REDOS_UPDATE) {
      writeFileSync(knownPath, `${JSON.stringify(vulnerable, null, 2)}\n`)
      const unique = verdicts.filter(
        (verdict, index) => verdicts.findIndex((other) => sameExpression(other, verdict)) === index,
      )
      writeFileSync(checkedPath, `${JSON.stringify(unique, null, 2)}\n`)
      return
    }
    expect(vulnerable.filter((found) => !known.some((entry) => sameExpression(entry, found)))).toEqual([])
  }, 600_000)

  it.skipIf(Boolean(process.env.REDOS_UPDATE))(
    'the known list holds only expressions still in the sources, and says where',
    () => {
      const all: Found[] = [...literalRegExps(), ...reachableRegExps(compile(defaultVocabulary))]
      for (const entry of known) {
        expect(
          all.some((found) => sameExpression(entry, found)),
          entry.where,
        ).toBe(true)
        expect(entry.complexity).toMatch(/polynomial|exponential/)
      }
    },
  )
})

describe('vocabulary from user options', () => {
  it('is matched literally: regex metacharacters in a term match only themselves', () => {
    const matcher = createMatcher([
      ['a.b+(c)?', 'weird'],
      ['[x]|y', 'class'],
    ])
    const text = 'We track a.b+(c)? and [x]|y daily; not axbbc, not x, not y.'
    const hits = matcher.all(text).map((hit) => [text.slice(hit.start, hit.end), hit.value])
    expect(hits).toEqual([
      ['a.b+(c)?', 'weird'],
      ['[x]|y', 'class'],
    ])
  })

  it('through a rule option: the metric `bookings.per(search)+` is no pattern (`.` is no wildcard)', async () => {
    const { default: objectiveMetrics } = await import('remark-lint-ml-objective-metrics')
    const processor = processorWith([
      ...syntaxPlugins,
      [objectiveMetrics, { onlineMetrics: ['bookings.per(search)+'] }],
    ])
    const online = async (mention: string) =>
      (
        await lintWith(
          processor,
          `# Design\n\n## ML objective\n\nPredict whether a search converts.\n\n## Metrics\n\nWe watch ${mention} after launch.\n`,
        )
      ).messages.filter((message) => message.reason.startsWith('Unexpected missing online metric')).length
    expect(await online('bookings.per(search)+')).toBe(0)
    expect(await online('bookingsXperXsearch')).toBe(1)
    expect(await online('bookingsXper(search)')).toBe(1)
  })
})
