/**
 * The public tuning set: ML design documents published in public GitHub
 * repositories, pinned by repository, commit and path in
 * `fixtures/public/labels.yaml` (labels and pointers only: their text is
 * never in this repository). `pnpm eval --public <folder>` reads each one
 * from a bare clone in that folder with `git show <commit>:<path>`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { type Case, evaluate, judgedBy, type Scores } from './evaluate.js'
import type { ExpectedMessage } from './messages.js'
import { root } from './rule-docs.js'

export interface PublicLabel {
  repo: string
  commit: string
  path: string
  shape?: string
  domain?: string
  fires: Record<string, string> | null
  changed?: Record<string, string>
  messages?: ExpectedMessage[]
}

export interface PublicResult {
  folder: string
  /** Labelled documents, and the repositories they come from. */
  labelled: { documents: number; repositories: number }
  /** Documents that could not be read, and why. */
  skipped: Array<{ document: string; why: string }>
  scores: Scores
}

export const publicLabelsFile = join(root, 'fixtures/public/labels.yaml')

/** The labels of the public set, checked for the fields every entry needs. */
export function readPublicLabels(file = publicLabelsFile): PublicLabel[] {
  if (!existsSync(file)) throw new Error(`${file} does not exist`)
  const list = parse(readFileSync(file, 'utf8')) as unknown
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of labelled documents`)
  const problems: string[] = []
  for (const [index, entry] of list.entries()) {
    const label = entry as Partial<PublicLabel> | null
    const where = `${file}: entry ${index + 1}`
    if (!label || typeof label !== 'object') {
      problems.push(`${where} is not a map`)
      continue
    }
    if (typeof label.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(label.repo))
      problems.push(`${where}: repo must be owner/name`)
    if (typeof label.commit !== 'string' || !/^[0-9a-f]{40}$/.test(label.commit))
      problems.push(`${where}: commit must be a full hash`)
    if (typeof label.path !== 'string' || label.path === '') problems.push(`${where}: path is missing`)
    if (label.fires !== null && typeof label.fires !== 'object') problems.push(`${where}: fires must be a map`)
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return list as PublicLabel[]
}

/**
 * Where a repository's bare clone may stand in `folder`: the layout the
 * project's fetch tool writes (`owner+name/repo`), and the one
 * `git clone --bare https://github.com/owner/name folder/owner+name.git`
 * gives (also accepted without `.git`).
 */
export function gitDirectoryCandidates(folder: string, repo: string): string[] {
  const base = repo.replace('/', '+')
  return [join(folder, base, 'repo'), join(folder, `${base}.git`), join(folder, base)]
}

export function findGitDirectory(folder: string, repo: string): string | undefined {
  return gitDirectoryCandidates(folder, repo).find(
    (candidate) => existsSync(join(candidate, 'HEAD')) && existsSync(join(candidate, 'objects')),
  )
}

/** A file's text at a commit, or why it cannot be read. */
export function readAtCommit(gitDirectory: string, commit: string, path: string): { text: string } | { error: string } {
  const result = spawnSync('git', ['--git-dir', gitDirectory, 'show', `${commit}:${path}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.error) return { error: `git could not run (${result.error.message})` }
  if (result.status !== 0)
    return { error: result.stderr.trim().split('\n')[0] || `git show exited with ${result.status}` }
  return { text: result.stdout }
}

/** The commands that make the bare clones `--public` reads, one per repository. */
export function cloneCommands(labels: PublicLabel[], folder: string): string[] {
  const repositories = [...new Set(labels.map((label) => label.repo))].sort()
  return repositories.map(
    (repo) => `git clone --bare https://github.com/${repo} ${join(folder, `${repo.replace('/', '+')}.git`)}`,
  )
}

/** The public set's documents read from the clones in `folder`, as cases of the split `public`, and those skipped. */
export function publicCases(
  folder: string,
  labels: PublicLabel[],
): { cases: Case[]; skipped: PublicResult['skipped'] } {
  const skipped: PublicResult['skipped'] = []
  const cases: Case[] = []
  for (const label of labels) {
    const document = `${label.repo}:${label.path}`
    const gitDirectory = findGitDirectory(folder, label.repo)
    if (!gitDirectory) {
      skipped.push({ document, why: `no clone of ${label.repo} in ${folder}` })
      continue
    }
    const read = readAtCommit(gitDirectory, label.commit, label.path)
    if ('error' in read) {
      skipped.push({ document, why: `${label.commit.slice(0, 12)}: ${read.error}` })
      continue
    }
    cases.push({
      name: document,
      split: 'public',
      shape: label.shape,
      text: read.text,
      fires: label.fires,
      messages: label.messages,
    })
  }
  return { cases, skipped }
}

/**
 * Score the public set from the clones in `folder`; undefined when the folder does not exist. `judgement`, when
 * given, overrides every rule's default.
 */
export async function runPublic(
  folder: string,
  file = publicLabelsFile,
  judgement?: string,
): Promise<PublicResult | undefined> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return undefined
  const labels = readPublicLabels(file)
  const { cases, skipped } = publicCases(folder, labels)
  return {
    folder,
    labelled: { documents: labels.length, repositories: new Set(labels.map((label) => label.repo)).size },
    skipped,
    scores: await evaluate(cases, ['public'], ['public'], judgedBy(judgement)),
  }
}
