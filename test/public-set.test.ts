/**
 * `pnpm eval --public`: documents pinned by repository, commit and path are
 * read from bare clones with `git show`, in both layouts the README names,
 * and anything missing is skipped with the reason.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cloneCommands, findGitDirectory, readAtCommit, readPublicLabels, runPublic } from '../scripts/public.js'
import { runScript } from './run-script.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  }).trim()

// A title and one empty section: most rules fire, ml-stage-order cannot.
const design = '# Churn model\n\n## Deployment\n\nTBD\n'

let base: string
let commit: string
let clones: string
let fetched: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'public-set-'))
  const work = join(base, 'work')
  mkdirSync(join(work, 'docs'), { recursive: true })
  git(work, 'init', '-q')
  writeFileSync(join(work, 'docs', 'design.md'), design)
  git(work, 'add', '.')
  git(work, 'commit', '-qm', 'design')
  commit = git(work, 'rev-parse', 'HEAD')
  // The layout `git clone --bare` gives, and the one the fetch tool writes.
  clones = join(base, 'clones')
  git(base, 'clone', '-q', '--bare', work, join(clones, 'acme+designs.git'))
  fetched = join(base, 'mirror')
  git(base, 'clone', '-q', '--bare', work, join(fetched, 'acme+designs', 'repo'))
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

function labels(entries: object[]): string {
  const file = join(base, `labels-${Math.random().toString(36).slice(2)}.yaml`)
  writeFileSync(file, JSON.stringify(entries))
  return file
}

/** The design document, labelled silent for ml-business-objective on purpose: a disagreement. */
function designEntry(): object {
  return {
    repo: 'acme/designs',
    commit,
    path: 'docs/design.md',
    shape: 'template',
    fires: { 'ml-no-placeholders': 'the deployment section is TBD' },
  }
}

describe('reading pinned documents', () => {
  it('finds both clone layouts', () => {
    expect(findGitDirectory(clones, 'acme/designs')).toBe(join(clones, 'acme+designs.git'))
    expect(findGitDirectory(fetched, 'acme/designs')).toBe(join(fetched, 'acme+designs', 'repo'))
    expect(findGitDirectory(clones, 'acme/other')).toBeUndefined()
  })

  it('reads a file at its commit, and says why when it cannot', () => {
    const gitDirectory = join(clones, 'acme+designs.git')
    expect(readAtCommit(gitDirectory, commit, 'docs/design.md')).toEqual({ text: design })
    const missing = readAtCommit(gitDirectory, commit, 'docs/absent.md')
    expect('error' in missing && missing.error).toMatch(/absent\.md/)
  })

  it('prints one clone command per repository', () => {
    const entries = [
      { repo: 'acme/designs', commit, path: 'a.md', fires: {} },
      { repo: 'acme/designs', commit, path: 'b.md', fires: {} },
      { repo: 'beta/notes', commit, path: 'c.md', fires: {} },
    ]
    expect(cloneCommands(readPublicLabels(labels(entries)), 'clones')).toEqual([
      'git clone --bare https://github.com/acme/designs clones/acme+designs.git',
      'git clone --bare https://github.com/beta/notes clones/beta+notes.git',
    ])
  })

  it('rejects labels without a full commit hash', () => {
    const file = labels([{ repo: 'acme/designs', commit: 'abc123', path: 'a.md', fires: {} }])
    expect(() => readPublicLabels(file)).toThrow(/entry 1: commit must be a full hash/)
  })
})

describe('scoring the public set', () => {
  it('returns nothing when the folder does not exist', async () => {
    expect(await runPublic(join(base, 'nowhere'), labels([]))).toBeUndefined()
  })

  it('scores documents like the corpus, in both layouts', async () => {
    for (const folder of [clones, fetched]) {
      const file = labels([designEntry()])
      const result = await runPublic(folder, file)
      expect(result?.skipped).toEqual([])
      expect(result?.scores.documents).toEqual({ public: 1 })
      expect(result?.scores.rules['ml-no-placeholders'].public).toMatchObject({ tp: 1, fp: 0, fn: 0 })
      expect(result?.scores.rules['ml-stage-order'].public).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 1 })
      const objective = result?.scores.disagreements.find((item) => item.rule === 'ml-business-objective')
      expect(objective).toMatchObject({ file: 'acme/designs:docs/design.md', split: 'public', expected: false })
      expect(result?.scores.shapes.template.documents).toBe(1)
    }
  })

  it('skips a missing repository or file with the reason', async () => {
    const file = labels([
      { repo: 'acme/other', commit, path: 'docs/design.md', fires: {} },
      { repo: 'acme/designs', commit, path: 'docs/gone.md', fires: {} },
    ])
    const result = await runPublic(clones, file)
    expect(result?.scores.documents).toEqual({ public: 0 })
    expect(result?.labelled).toEqual({ documents: 2, repositories: 2 })
    expect(result?.skipped.map((skip) => skip.document)).toEqual([
      'acme/other:docs/design.md',
      'acme/designs:docs/gone.md',
    ])
    expect(result?.skipped[0].why).toMatch(/no clone of acme\/other/)
    expect(result?.skipped[1].why).toMatch(/gone\.md/)
  })
})

describe('`pnpm eval --public DIR --public-labels F`', () => {
  const evalScript = (...args: string[]) => runScript('eval.ts', ...args)

  it('scores another labels file and prints its counts, never its disagreements', () => {
    const file = labels([designEntry()])
    const run = evalScript('--batch', 'o', '--public', clones, '--public-labels', file)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`Public set ${file}: 1 of 1 documents read (1 repositories)`)
    expect(run.stdout).toContain(`Disagreements not listed: ${file} is a measurement set (counts only)`)
    // ml-business-objective disagrees on this document (labelled silent), yet no line names the document.
    expect(run.stdout).not.toContain('acme/designs:docs/design.md')
  })

  it('writes no disagreement of it in the JSON either', () => {
    const json = join(base, 'sealed.json')
    const run = evalScript(
      '--batch',
      'o',
      '--public',
      clones,
      '--public-labels',
      labels([designEntry()]),
      '--json',
      json,
    )
    expect(run.status).toBe(0)
    const written = JSON.parse(readFileSync(json, 'utf8'))
    expect(written.public.scores.documents).toEqual({ public: 1 })
    expect(written.public.scores.rules['ml-no-placeholders'].public).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(written.public.scores.disagreements).toEqual([])
    expect(written.public.scores.messageDisagreements).toEqual([])
  })

  it('compares with another checkout through a pipe, printing no document', () => {
    const file = labels([designEntry()])
    // This checkout against itself: the other run's verdicts arrive through the pipe, and nothing moved.
    const run = evalScript('--batch', 'o', '--public', clones, '--public-labels', file, '--compare-with', '.')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Compared with . (the same documents, the same resamples, this run minus that one):')
    // One repository is too few for an interval, for the macro-F1 and for the difference alike.
    expect(run.stdout).toMatch(
      /Public set macro-F1 [\d.]+ \(1 documents in 1 repositories: too few for an interval, which needs 10\)/,
    )
    expect(run.stdout).toContain('  public: +0.000 (1 documents in 1 clusters: too few for an interval)')
    expect(run.stdout).not.toContain('acme/designs:docs/design.md')
  })

  it('fails with the option name when --compare-with is no installed checkout, and keeps the pipe internal', () => {
    const run = evalScript('--batch', 'o', '--compare-with', join(base, 'absent'))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('--compare-with needs the folder of another installed checkout of this project')
    const empty = join(base, 'not-a-checkout')
    mkdirSync(empty, { recursive: true })
    const bare = evalScript('--batch', 'o', '--compare-with', empty)
    expect(bare.status).toBe(0)
    expect(bare.stdout).toContain(`Compared with ${empty}: ${empty} is no installed checkout of this project`)
    const pipe = evalScript('--batch', 'o', '--outcomes-pipe')
    expect(pipe.status).toBe(1)
    expect(pipe.stderr).toContain('--outcomes-pipe is internal to --compare-with')
  })

  it('is refused without --public', () => {
    const run = evalScript('--batch', 'o', '--public-labels', labels([designEntry()]))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('--public-labels goes with --public DIR')
  })

  it('fails with the option name when the file does not exist', () => {
    const run = evalScript('--batch', 'o', '--public', clones, '--public-labels', join(base, 'absent.yaml'))
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`--public-labels: ${join(base, 'absent.yaml')} does not exist`)
  })
})

describe('`pnpm ablation --public DIR --public-labels F`', () => {
  it('compares the judgements on a pinned set and writes its counts', () => {
    const json = join(base, 'ablation.json')
    const run = runScript('ablation.ts', '--public', clones, '--public-labels', labels([designEntry()]), '--json', json)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('(1 documents), shipped weights')
    expect(run.stdout).not.toContain('acme/designs:docs/design.md')
    const written = JSON.parse(readFileSync(json, 'utf8'))
    expect(written.documents).toBe(1)
    for (const mode of ['cues', 'model', 'both'])
      expect(written[mode]['ml-no-placeholders'].verdict).toEqual([1, 0, 0, 0])
    expect(run.stdout).toContain('both passes')
    // Labelled silent on purpose: every judgement fires, a false alarm.
    expect(written.cues['ml-business-objective'].verdict).toEqual([0, 1, 0, 0])
  })
})
