/**
 * Units of a document (`scripts/units.ts`) and their labels
 * (`scripts/unit-labels.ts`, `pnpm label`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyDecisions } from '../scripts/label.js'
import { root } from '../scripts/rule-docs.js'
import { checkLabels, parseLabelFile, stats } from '../scripts/unit-labels.js'
import { extractUnits, idHash, sentenceStarts } from '../scripts/units.js'

const doc = `---
title: Demo
business_objective: "Cut churn by 10%"
---

# Demo design

## Requirements

We have 2M users. Latency must stay under 50 ms; the scorer runs in process. See e.g. the appendix.

- **Data.** Two years of logs.
  - Labels come from cancellations.
  - About 4M rows.
- Input: user history

| metric | kind |
| --- | --- |
| AUC | offline |

<ul>
<li><b>Output:</b> a churn probability</li>
<li>Retrain weekly</li>
</ul>
`

const units = extractUnits('demo.md', doc)
const byText = (text: string) => {
  const unit = units.find((candidate) => candidate.text === text)
  if (!unit) throw new Error(`no unit ${text}: ${units.map((u) => u.text).join(' | ')}`)
  return unit
}

describe('extractUnits', () => {
  it('reads front matter entries with their key as label', () => {
    const unit = byText('business_objective: Cut churn by 10%')
    expect(unit).toMatchObject({ kind: 'front-matter', label: 'business_objective', line: 3 })
  })

  it('splits paragraphs into sentences, keeping `;` clauses and abbreviations', () => {
    expect(byText('We have 2M users.')).toMatchObject({ kind: 'sentence', line: 10, column: 1 })
    const latency = byText('Latency must stay under 50 ms; the scorer runs in process.')
    expect(latency.column).toBe(19)
    expect(byText('See e.g. the appendix.').path).toEqual(['Demo design', 'Requirements'])
    expect(sentenceStarts('1. Business objective Cut claims. Goal: less.')).toEqual([0, 34])
  })

  it('splits nested list items, with depth, label and parent', () => {
    expect(byText('Data. Two years of logs.')).toMatchObject({ kind: 'item', depth: 1, label: 'Data' })
    const nested = byText('Labels come from cancellations.')
    expect(nested).toMatchObject({ depth: 2, parent: 'Data. Two years of logs.', line: 13 })
    expect(byText('Input: user history').label).toBe('Input')
  })

  it('reads table rows as header: cell pairs', () => {
    expect(byText('metric: AUC; kind: offline')).toMatchObject({ kind: 'row', line: 19 })
  })

  it('reads HTML list items with a bold label', () => {
    expect(byText('Output: a churn probability')).toMatchObject({ kind: 'html-item', label: 'Output', line: 22 })
    expect(byText('Retrain weekly').line).toBe(23)
  })

  it('keeps headings as units and ids stable when other lines change', () => {
    expect(byText('Requirements')).toMatchObject({ kind: 'heading', path: ['Demo design'] })
    const edited = extractUnits('demo.md', doc.replace('We have 2M users.', 'We have 3M users.'))
    const before = new Map(units.map((unit) => [unit.text, unit.id]))
    const kept = edited.filter((unit) => before.get(unit.text) === unit.id)
    expect(kept.length).toBe(units.length - 1)
    const shifted = extractUnits('demo.md', doc.replace('## Requirements', '## Requirements\n\nNew line.'))
    const row = shifted.find((unit) => unit.kind === 'row')
    expect(row?.line).toBe(21)
    expect(idHash(row?.id ?? '')).toBe(idHash(byText('metric: AUC; kind: offline').id))
  })

  it('survives front matter that is not valid YAML', () => {
    const loose = extractUnits('x.md', '---\nml_category: still open: A or B\n---\n\n# T\n')
    expect(loose[0]).toMatchObject({ kind: 'front-matter', text: 'ml_category: still open: A or B' })
  })
})

describe('applyDecisions', () => {
  it('applies ranges, short names and default kinds; later lines win', () => {
    const labels = applyDecisions(units, '* -\n1-2 bo\n3 lat,serve q\n2 - p # a comment')
    expect(labels.get(0)).toMatchObject({ answers: ['business-objective'], kind: 'commitment' })
    expect(labels.get(1)).toMatchObject({ answers: [], kind: 'placeholder' })
    expect(labels.get(2)).toMatchObject({ answers: ['latency', 'serving'], kind: 'question' })
    expect(units[3].kind).toBe('heading')
    expect(labels.get(3)?.kind).toBe('heading')
    expect(labels.get(units.length - 1)?.kind).toBe('other')
  })

  it('rejects unknown answers, kinds and units with the line that failed', () => {
    expect(() => applyDecisions(units, '1 nope')).toThrow(/line 1 .*unknown answer `nope`/)
    expect(() => applyDecisions(units, '1 bo maybe')).toThrow(/unknown kind `maybe`/)
    expect(() => applyDecisions(units, '999 bo')).toThrow(/unit 999 does not exist/)
  })
})

describe('label files', () => {
  it('reports bad lines without stopping', () => {
    const good = '{"doc":"a.md","id":"L1:1-0123abcd","text":"x","answers":["scale"],"kind":"commitment"}'
    const file = parseLabelFile(
      't.jsonl',
      [good, '{oops', good.replace('scale', 'speed'), good.replace('commitment', 'fact')].join('\n'),
    )
    expect(file.labels).toHaveLength(1)
    expect(file.errors).toEqual([
      't.jsonl:2: not valid JSON',
      expect.stringContaining('t.jsonl:3: unknown answer `speed`'),
      expect.stringContaining('t.jsonl:4: unknown kind `fact`'),
    ])
  })

  const result = checkLabels()

  it('the committed labels pass `pnpm label --check`', () => {
    expect(result.errors).toEqual([])
    expect(result.stale).toEqual({})
    expect(result.labels.length).toBeGreaterThanOrEqual(3000)
    expect(new Set(result.labels.map((label) => label.doc)).size).toBeGreaterThanOrEqual(100)
  })

  it('docs/units.md shows the current counts', () => {
    const docs = readFileSync(join(root, 'docs/units.md'), 'utf8')
    expect(docs).toContain(stats(result.labels))
  })
})
