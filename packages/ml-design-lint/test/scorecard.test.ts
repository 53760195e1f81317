/**
 * `ml-design-lint report`: the scorecard of a folder as text, Markdown and
 * HTML, checked against the linter's own JSON report; the HTML page
 * rendered in a real headless browser (Debian's chromium), with its cells
 * and links, and a screenshot taken.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requirementRules, ruleUrl } from '../src/scorecard.js'
import { build, cleanup, exec, has, lint, root, scratch } from './helpers.js'

const documents = ['complete-fraud-detection.md', 'framing-missing.md', 'no-family.md']
const noFamily = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
/** Rules that need a task family: not applicable to a document that names none. */
const familyRules = ['ml-class-imbalance', 'ml-error-costs', 'ml-metric-fit']
/** The documents that commit to no task family (framing-missing.md has no framing). */
const familyless = new Set(['framing-missing.md', 'no-family.md'])

let directory: string

/** The rules that report something on each document, from the linter's JSON report. */
function failing(): Map<string, Set<string>> {
  const run = lint(['--report', 'json', ...documents], directory)
  const files: Array<{ path: string; messages: Array<{ ruleId: string }> }> = JSON.parse(run.stdout)
  return new Map(files.map((file) => [file.path, new Set(file.messages.map((message) => message.ruleId))]))
}

beforeAll(() => {
  build()
  directory = scratch({ 'no-family.md': noFamily }, 'report-')
  for (const name of documents.slice(0, 2)) copyFileSync(join(root, 'fixtures', name), join(directory, name))
}, 180_000)
afterAll(cleanup)

describe('ml-design-lint report', { timeout: 90_000 }, () => {
  it('prints documents × requirements with scores, as the lint report says, in the terminal', () => {
    const fails = failing()
    const run = lint(['report', '.'], directory)
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('3 documents × 22 requirements (✓ pass, ✗ fail, - not applicable)')
    for (const name of documents) {
      const failed = fails.get(name) ?? new Set()
      const cells = requirementRules.map((rule) =>
        failed.has(rule) ? '✗' : familyless.has(name) && familyRules.includes(rule) ? '-' : '✓',
      )
      const applicable = cells.filter((cell) => cell !== '-').length
      const score = `${Math.round((100 * cells.filter((cell) => cell === '✓').length) / applicable)}%`
      const row = lines.find((line) => line.startsWith(`${name} `))
      expect(row?.replace(/\s+/g, ' ')).toBe(`${name} ${score} ${cells.join(' ')}`)
    }
    expect(lines.find((line) => line.startsWith('complete-fraud-detection.md'))).toContain(' 100% ')
    // Per requirement: passes over the documents it applies to.
    expect(run.stdout).toMatch(/^ {2}1 {2}ml-business-objective +33% {2}\(1\/3\)$/m)
    expect(run.stdout).toMatch(/^ 11 {2}ml-class-imbalance +100% {2}\(1\/1\)$/m)
    expect(run.stdout).toMatch(/^ 22 {2}ml-no-placeholders +100% {2}\(3\/3\)$/m)
  })

  it('writes GitHub Markdown with --format md', () => {
    const run = lint(['report', '--format', 'md', '.'], directory)
    expect(run.status).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('## ML design review scorecard')
    expect(lines[4]).toBe(
      `| Document | Coverage | ${requirementRules.map((rule) => `[${rule.slice(3)}](${ruleUrl(rule)})`).join(' | ')} |`,
    )
    expect(lines[5]).toBe(`| --- | --- | ${requirementRules.map(() => ':-:').join(' | ')} |`)
    expect(lines[6]).toBe(`| complete-fraud-detection.md | 100% | ${requirementRules.map(() => '✅').join(' | ')} |`)
    expect(lines[8]).toMatch(/^\| no-family\.md \| \d+% \| /)
    expect(lines[8].split(' | ').filter((cell) => cell === 'n/a')).toHaveLength(3)
    expect(lines[9]).toMatch(/^\| \*\*Coverage\*\* \| {2}\| (?:\d+%(?: \| )?){22} \|$/)
  })

  it('says what is wrong on bad input', () => {
    expect(lint(['report', '--format', 'pdf', '.'], directory)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ml-design-lint report: Unexpected format `pdf`, expected `text`, `md` or `html`\n',
    })
    expect(lint(['report'], directory)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ml-design-lint report: expected a file, folder or glob, such as `ml-design-lint report docs/`\n',
    })
    const missing = lint(['report', 'missing.md'], directory)
    expect(missing.status).toBe(0)
    expect(missing.stdout).toMatch(/^missing\.md +error +No such file or folder$/m)
  })

  it('renders the HTML heatmap in headless chromium, every cell linking to its rule', (context) => {
    const run = lint(['report', '--format', 'html', '.'], directory)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^<!doctype html>\n/)
    // Self-contained: no script, stylesheet or image fetched.
    expect(run.stdout).not.toMatch(/<script|<link|<img|@import|url\(/)
    if (!has('chromium')) {
      console.warn('scorecard.test.ts: skipping the browser half: chromium is not installed (apt-get install chromium)')
      context.skip()
      return
    }
    const page = join(directory, 'report.html')
    // What the browser laid out, written into the DOM by a probe added for the test only.
    const probe = `<script>
const table = document.getElementById('scorecard').getBoundingClientRect()
const cells = [...document.querySelectorAll('td.cell')].map((cell) => {
  const box = cell.getBoundingClientRect()
  return [cell.dataset.status, Math.round(box.width), Math.round(box.height), getComputedStyle(cell).backgroundColor]
})
document.body.dataset.layout = JSON.stringify({ width: Math.round(table.width), height: Math.round(table.height), cells })
</script>`
    writeFileSync(page, run.stdout.replace('</body>', `${probe}\n</body>`))
    const profile = mkdtempSync(join(tmpdir(), 'ml-design-lint-chromium-'))
    const chromium = (extra: string[]) =>
      exec(
        'chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          `--user-data-dir=${profile}`,
          ...extra,
          `file://${page}`,
        ],
        { timeout: 60_000 },
      )
    try {
      const dom = chromium(['--dump-dom'])
      expect(dom.status).toBe(0)
      const html = dom.stdout
      const layout = JSON.parse(
        (/data-layout="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
      ) as { width: number; height: number; cells: Array<[string, number, number, string]> }
      expect(layout.cells).toHaveLength(documents.length * requirementRules.length)
      expect(layout.width).toBeGreaterThan(800)
      for (const [status, width, height, background] of layout.cells) {
        expect(width).toBeGreaterThan(20)
        expect(height).toBeGreaterThan(20)
        expect(background).toBe(
          status === 'pass' ? 'rgb(134, 239, 172)' : status === 'fail' ? 'rgb(252, 165, 165)' : 'rgb(229, 231, 235)',
        )
      }
      // Every cell links to the docs of its rule.
      const links = [
        ...html.matchAll(/<td class="cell [^"]*" data-rule="([^"]+)" data-status="([^"]+)"><a href="([^"]+)"/g),
      ]
      expect(links).toHaveLength(documents.length * requirementRules.length)
      for (const [, rule, , href] of links) expect(href).toBe(ruleUrl(rule))
      expect(links.filter(([, , status]) => status === 'n/a').map(([, rule]) => rule)).toEqual([
        ...familyRules,
        ...familyRules,
      ])

      const shot = join(directory, 'report.png')
      const screenshot = chromium([`--screenshot=${shot}`, '--window-size=1400,400', '--hide-scrollbars'])
      expect(screenshot.status).toBe(0)
      const png = readFileSync(shot)
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      expect(png.readUInt32BE(16)).toBe(1400)
    } finally {
      rmSync(profile, { recursive: true, force: true })
    }
  })
})
