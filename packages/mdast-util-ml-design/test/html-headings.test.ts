/**
 * Raw HTML heading elements (`<h2>Data</h2>`) open sections as Markdown headings do: GitHub renders them as
 * headings, so a document written with them has its stages where a reader sees them.
 */
import { describe, expect, it } from 'vitest'
import { readHtml } from '../src/document/html.js'
import { read } from './read.js'

/** Each section as its depth, title and the stages it names; the title flagged. */
const outline = (value: string) =>
  read(value).sections.map((section) => [section.depth, section.text, section.stages, section.title])

describe('HTML headings', () => {
  it('open sections of their depth, the lone top one the title', () => {
    const value =
      '<h1>Parcel ETA</h1>\n\n<h2>Requirements</h2>\n\n<p>Cut late deliveries by 10%.</p>\n\n' +
      '<h2>Data</h2>\n\n<h3>Missing values</h3>\n\n<p>Impute the median.</p>\n\n<h4>Notes</h4>\n\n<p>none</p>\n'
    expect(outline(value)).toEqual([
      [1, 'Parcel ETA', [], true],
      [2, 'Requirements', ['requirements'], false],
      [2, 'Data', ['data'], false],
      [3, 'Missing values', ['data'], false],
      [4, 'Notes', [], false],
    ])
    const reading = read(value)
    const missing = reading.sections[3]
    expect(missing.parent).toBe(2)
    expect(
      reading.sentences.filter((sentence) => sentence.heading).map((sentence) => reading.textOf(sentence)),
    ).toEqual(['Parcel ETA', 'Requirements', 'Data', 'Missing values', 'Notes'])
  })

  it('read attributes, upper-case names, inline tags and character references', () => {
    const value =
      '<h1 align="center">Species grading</h1>\n\n<H2 CLASS="x">Model</H2>\n\n<p>Trees.</p>\n\n' +
      '<h2 id="eval"><a name="eval"></a><b>Evaluation</b></h2>\n\n<p>Held-out month.</p>\n\n' +
      '<h2>Data &amp; features</h2>\n\n<p>Logs.</p>\n'
    expect(outline(value)).toEqual([
      [1, 'Species grading', [], true],
      [2, 'Model', ['model'], false],
      [2, 'Evaluation', ['evaluation'], false],
      [2, 'Data & features', ['data'], false],
    ])
  })

  it('point at the heading element: the start of its HTML block when it is the first line', () => {
    const value = '# Fraud\n\n<h2>Monitoring</h2>\n<ul>\n  <li>PSI of the score, daily</li>\n</ul>\n'
    const reading = read(value)
    const monitoring = reading.sections[1]
    expect(monitoring.node.type).toBe('html')
    expect(reading.place(reading.headingOf(monitoring))).toMatchObject({
      start: { line: 3, column: 1 },
      end: { line: 3, column: 20 },
    })
    // The list that follows in the same HTML block is the section's content.
    const item = value.indexOf('PSI')
    expect(reading.sectionAt(item)).toBe(1)
    expect(reading.hasStage('monitoring')).toBe(true)
    expect(reading.documentPlace.start).toMatchObject({ line: 1, column: 1 })
  })

  it('open a section inside a larger HTML block, where they stand', () => {
    const value =
      '<h1>Churn</h1>\n<ul>\n  <li>Goal: cut churn</li>\n</ul>\n<h2>Model</h2>\n<ul>\n  <li>Gradient-boosted trees</li>\n</ul>\n'
    const reading = read(value)
    expect(outline(value)).toEqual([
      [1, 'Churn', [], true],
      [2, 'Model', ['model'], false],
    ])
    expect(reading.place(reading.headingOf(reading.sections[1])).start).toMatchObject({ line: 5, column: 1 })
    expect(reading.sectionAt(value.indexOf('Goal'))).toBe(0)
    expect(reading.sectionAt(value.indexOf('Gradient'))).toBe(1)
  })

  it('are not headings in code, in comments, inline, or inside an item, a cell or a quote', () => {
    const value = [
      '# Doc',
      '```html\n<h2>Data</h2>\n```',
      'Write `<h2>Model</h2>` for a heading.',
      'See <h2>Evaluation</h2> here.',
      '<!-- <h2>Deployment</h2> -->',
      '<pre><h2>Monitoring</h2></pre>',
      '<ul><li><h3>Features</h3> user age</li></ul>',
      '<table><tr><td><h3>Baseline</h3></td></tr></table>',
      '<blockquote><h2>Retraining</h2></blockquote>',
      '',
    ].join('\n\n')
    expect(outline(value)).toEqual([[1, 'Doc', [], false]])
  })

  it('need their closing tag: a malformed heading stays prose', () => {
    const unclosed = '# Doc\n\n<h2>Data\n\nLogs of every order.\n'
    expect(outline(unclosed)).toEqual([[1, 'Doc', [], false]])
    expect(read(unclosed).prose).toContain('Data')
    expect(outline('# Doc\n\n<h2>Data</h3>\n\nLogs.\n')).toEqual([[1, 'Doc', [], false]])
    expect(outline('# Doc\n\n<h2></h2>\n\nLogs.\n')).toEqual([[1, 'Doc', [], false]])
  })

  it('survive hostile input: huge attributes and runs of unclosed tags', () => {
    const attributes = `<h2 ${'data-x="y" '.repeat(20_000)}>Data</h2>\n`
    expect(readHtml(attributes, 0).blocks).toEqual([
      { start: 0, end: attributes.length - 1, listItem: false, depth: 2 },
    ])
    const unclosed = `<h2 ${'a'.repeat(50_000)}`
    expect(readHtml(unclosed, 0).blocks).toEqual([])
    const run = '<h3>'.repeat(20_000)
    expect(readHtml(run, 0).blocks.filter((block) => block.depth)).toEqual([])
    // The run of unclosed tags opens nothing; the heading after it still opens its section.
    expect(outline(`# Doc\n\n${run}\n\n${attributes}`).map(([depth, text]) => [depth, text])).toEqual([
      [1, 'Doc'],
      [2, 'Data'],
    ])
  })
})
