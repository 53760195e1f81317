/**
 * The GitHub Actions workflow of docs/github-actions.md, run as far as it
 * can be here: its lint and annotation steps, exactly as written, in a
 * checkout-like folder with a bad and a good document (`ml-design-lint` on
 * PATH as the install step puts it; bash as the runner runs `run:`
 * scripts). The SARIF file must validate against the SARIF 2.1.0 schema and
 * the annotations must be workflow commands at the messages' places.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { sarifErrors } from '../../vfile-reporter-sarif/test/validate.js'
import { build, cleanup, exec, has, root, scratch, snippet } from './helpers.js'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  'continue-on-error'?: boolean
}

const workflow = parse(snippet(readFileSync(join(root, 'docs/github-actions.md'), 'utf8'), 'workflow'))
const steps: Step[] = workflow.jobs['ml-design-lint'].steps
const step = (name: string) => {
  const found = steps.find((item) => item.name === name)
  if (!found) throw new Error(`no step named ${name}`)
  return found
}

const bad = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
const good = readFileSync(join(root, 'fixtures/complete-fraud-detection.md'), 'utf8')
const hasJq = has('jq')
if (!hasJq) console.warn('github-actions.test.ts: skipping the annotation step: `jq` is not installed')

/** Run a `run:` script as GitHub's runner does (`bash -e {0}`), with ml-design-lint on PATH. */
function runStep(script: string, cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` }
  delete env.FORCE_COLOR
  return exec('bash', ['-e', '-c', script], { cwd, env })
}

beforeAll(() => build(), 180_000)
afterAll(cleanup)

describe('docs/github-actions.md workflow', { timeout: 60_000 }, () => {
  it('lints, annotates, uploads SARIF to code scanning and then fails on messages', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' })
    const lint = step('Lint the design documents')
    expect(lint).toMatchObject({ id: 'lint', 'continue-on-error': true })
    expect(step('Install ml-design-lint').run).toBe('npm install --global ml-design-lint')
    const upload = step('Upload to code scanning')
    expect(upload).toMatchObject({
      if: 'always()',
      uses: 'github/codeql-action/upload-sarif@v3',
      with: { sarif_file: 'ml-design-lint.sarif', category: 'ml-design-lint' },
    })
    expect(step('Annotate the pull request').if).toBe('always()')
    const last = steps[steps.length - 1]
    expect(last).toEqual({ name: 'Fail on messages', if: "steps.lint.outcome == 'failure'", run: 'exit 1' })
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(lint))
  })

  it('writes a valid SARIF file and one annotation per message', () => {
    const directory = scratch({ 'docs/churn.md': bad, 'docs/fraud.md': good, 'README.md': bad }, 'actions-')
    const lint = runStep(step('Lint the design documents').run as string, directory)
    expect(lint.status).toBe(1)
    expect(lint.stdout).toBe('')
    expect(lint.stderr).toBe('')

    const log = JSON.parse(readFileSync(join(directory, 'ml-design-lint.sarif'), 'utf8')) as Log
    expect(sarifErrors(log)).toEqual([])
    const results = log.runs[0].results ?? []
    const uris = new Set(results.map((result) => result.locations?.[0].physicalLocation?.artifactLocation?.uri))
    expect([...uris]).toEqual(['docs/churn.md'])
    const objective = results.find((result) => result.ruleId === 'ml-business-objective')
    // Where the missing section belongs: a point, before `## Data`.
    expect(objective?.locations?.[0].physicalLocation?.region).toEqual({ startLine: 3, startColumn: 1 })

    if (!hasJq) return
    const annotate = runStep(step('Annotate the pull request').run as string, directory)
    expect(annotate.status).toBe(0)
    const lines = annotate.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(results.length)
    expect(lines).toContain(
      '::warning file=docs/churn.md,line=3,col=1,endLine=3,endColumn=1,title=ml-business-objective::' +
        'Unexpected missing business objective, expected the end goal for the business or its users in a ' +
        '`Business objective` section, such as `Reduce monthly churn from 4%25 to 3.5%25`',
    )
    for (const line of lines)
      expect(line).toMatch(
        /^::warning file=docs\/churn\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=ml-[a-z-]+::\S/,
      )
  })

  it('passes when every document is complete', () => {
    const directory = scratch({ 'docs/fraud.md': good }, 'actions-')
    const lint = runStep(step('Lint the design documents').run as string, directory)
    expect(lint.status).toBe(0)
    const log = JSON.parse(readFileSync(join(directory, 'ml-design-lint.sarif'), 'utf8')) as Log
    expect(sarifErrors(log)).toEqual([])
    expect(log.runs[0].results).toEqual([])
    if (hasJq)
      expect(runStep(step('Annotate the pull request').run as string, directory)).toEqual({
        status: 0,
        stdout: '',
        stderr: '',
      })
  })
})
