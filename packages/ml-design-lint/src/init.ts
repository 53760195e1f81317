/**
 * `ml-design-lint init [file]`: write a new design document with the seven
 * stages and, under each, the prompts the rules look for, as placeholders
 * (`TODO — ...`): the linter keeps asking until they are filled.
 *
 * Two shapes: `interview` (the seven stage headings, each with its parts)
 * and `company` (Background / Goals / Non-goals / Requirements / Proposal /
 * Alternatives considered / Evaluation plan / Launch plan / Monitoring, each
 * mapped onto a stage by the reader's heading vocabulary).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { type Stage, stageNames } from 'mdast-util-ml-design'
import type { Stub } from 'ml-design-lint-rule'
import { stubs } from './registry.js'

export const shapes = ['interview', 'company'] as const
export type Shape = (typeof shapes)[number]

/** One heading of the template: its text, depth, and the stubs (or a free TODO) under it. */
interface Block {
  heading: string
  depth: number
  todo?: string
  stubs?: Stub[]
}

/** Stubs of a stage: the stage's own (a whole-stage stub), and its parts'. */
function stageStubs(stage: Stage): { own?: Stub; parts: Stub[] } {
  const of = stubs.filter((stub) => stub.stage === stage)
  return { own: of.find((stub) => !stub.part), parts: of.filter((stub) => stub.part) }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function stageBlocks(stage: Stage, heading: string, depth: number): Block[] {
  const { own, parts } = stageStubs(stage)
  return [
    { heading, depth, todo: own?.todo },
    ...parts.map((stub) => ({ heading: stub.heading, depth: depth + 1, todo: stub.todo })),
  ]
}

const stageOrder: Stage[] = ['requirements', 'framing', 'data', 'model', 'evaluation', 'deployment', 'monitoring']

function interview(): Block[] {
  return stageOrder.flatMap((stage) => stageBlocks(stage, capitalise(stageNames[stage]), 2))
}

function company(): Block[] {
  const part = (heading: string) => stubs.find((stub) => stub.heading === heading) as Stub
  const parts = (stage: Stage, depth: number, skip: string[] = []) =>
    stageStubs(stage)
      .parts.filter((stub) => !skip.includes(stub.heading))
      .map((stub) => ({ heading: stub.heading, depth, todo: stub.todo }))
  return [
    {
      heading: 'Background',
      depth: 2,
      todo: 'TODO — describe the product, the users and the problem this design addresses.',
    },
    { heading: 'Goals', depth: 2, todo: part('Business objective').todo },
    {
      heading: 'Non-goals',
      depth: 2,
      todo: 'TODO — list what this design deliberately does not do.',
    },
    { heading: 'Requirements', depth: 2 },
    ...parts('requirements', 3, ['Business objective']),
    { heading: 'Proposal', depth: 2 },
    { heading: 'Problem formulation', depth: 3 },
    ...parts('framing', 4),
    { heading: 'Data', depth: 3, todo: stageStubs('data').own?.todo },
    ...parts('data', 4),
    { heading: 'Modeling', depth: 3 },
    ...parts('model', 4, ['Model selection']),
    { heading: 'Alternatives considered', depth: 2, todo: part('Model selection').todo },
    { heading: 'Evaluation plan', depth: 2, todo: stageStubs('evaluation').own?.todo },
    ...parts('evaluation', 3),
    { heading: 'Launch plan', depth: 2, todo: stageStubs('deployment').own?.todo },
    ...parts('deployment', 3),
    { heading: 'Monitoring', depth: 2, todo: stageStubs('monitoring').own?.todo },
  ]
}

/** The title for a file: `churn-model.md` is `Churn model`. */
export function titleFor(path: string): string {
  const name = basename(path, extname(path))
    .replace(/[-_.]+/g, ' ')
    .trim()
  return name.length > 0 ? capitalise(name) : 'Design'
}

/** The template's Markdown for a shape. */
export function template(shape: Shape, title: string): string {
  const blocks = shape === 'company' ? company() : interview()
  const lines = [`# ${title}`, '']
  for (const block of blocks) {
    lines.push(`${'#'.repeat(block.depth)} ${block.heading}`, '')
    if (block.todo) lines.push(block.todo, '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

export const initUsage = `Usage: ml-design-lint init [file] [--shape interview|company] [--title <title>] [--force]

  Write a new design document (default: design.md) with the seven stages of the
  framework and, under each, what the rules ask for, as TODO placeholders.

Options:

  --shape <shape>  interview (the seven stage headings, the default) or company
                   (Background, Goals, Non-goals, Requirements, Proposal, ...)
  --title <title>  the document's title (default: from the file name)
  --force          overwrite the file if it exists
  -h, --help       this help
`

export interface InitResult {
  code: number
  stdout: string
  stderr: string
}

/** Run `init` with its arguments (after `init`), in a folder. Never throws on bad input. */
export function init(argv: string[], cwd: string): InitResult {
  let shape: Shape = 'interview'
  let title: string | undefined
  let force = false
  const files: string[] = []
  const fail = (text: string): InitResult => ({ code: 1, stdout: '', stderr: `ml-design-lint init: ${text}\n` })
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    const value = () => {
      if (inline !== undefined) return inline
      index++
      return argv[index]
    }
    if (flag === '--help' || flag === '-h') return { code: 0, stdout: initUsage, stderr: '' }
    if (flag === '--force' || flag === '-f') force = true
    else if (flag === '--shape') {
      const given = value()
      if (!shapes.includes(given as Shape)) {
        return fail(`Unexpected shape \`${given ?? ''}\`, expected \`interview\` or \`company\``)
      }
      shape = given as Shape
    } else if (flag === '--title') {
      const given = value()
      if (!given || given.trim().length === 0) return fail('Unexpected empty `--title`, expected a title')
      title = given.trim()
    } else if (flag.startsWith('-') && flag !== '-') return fail(`Unknown option \`${flag}\`\n\n${initUsage}`)
    else files.push(arg)
  }
  if (files.length > 1) return fail(`Unexpected ${files.length} files, expected one (\`${files.join('`, `')}\`)`)
  const path = files[0] ?? 'design.md'
  const target = resolve(cwd, path)
  const text = template(shape, title ?? titleFor(path))
  let folder = false
  try {
    folder = statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false
  } catch {
    // A parent that is a file: writing says so below.
  }
  if (folder) {
    return fail(`\`${path}\` is a folder, expected a file name`)
  }
  try {
    mkdirSync(dirname(target), { recursive: true })
  } catch (error) {
    return fail(`cannot write \`${path}\`: ${(error as Error).message}`)
  }
  try {
    writeFileSync(target, text, { flag: force ? 'w' : 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return fail(`\`${path}\` already exists: pass --force to overwrite it`)
    return fail(`cannot write \`${path}\`: ${(error as Error).message}`)
  }
  return {
    code: 0,
    stdout: '',
    stderr: `ml-design-lint init: wrote ${path} (${shape} shape): fill in the TODOs, then run \`ml-design-lint ${path}\`\n`,
  }
}
