/**
 * The root README's configuration example and its remark-cli commands, run
 * as written: `ml-design-lint` and remark-cli (without `--use`, as the README
 * says for a project with a `.remarkrc.json`) give the severities the example
 * configures, and the two agree.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, cleanup, exec, lint, remarkCli, root, scratch, snippet } from './helpers.js'

const readme = readFileSync(join(root, 'README.md'), 'utf8')

interface Message {
  ruleId: string | null
  reason: string
  fatal: boolean | null
}

/** A README command (`npx remark ...`) as arguments for remark-cli, with a JSON report. */
function remarkArgs(name: string): string[] {
  const command = snippet(readme, name).split('\n').pop() ?? ''
  expect(command).toMatch(/^npx remark /)
  return [...command.replace(/^npx remark /, '').split(' '), '--no-color', '--report', 'json']
}

function messages(stdoutOrStderr: string): Message[] {
  const files: Array<{ messages: Message[] }> = JSON.parse(stdoutOrStderr.trim().split('\n').pop() ?? '')
  return files.flatMap((file) => file.messages)
}

/** Each rule's severities, as `ruleId fatal`, sorted: what the configuration decides. */
function severities(list: Message[]): string[] {
  return [...new Set(list.map((message) => `${message.ruleId} ${message.fatal ? 'error' : 'warning'}`))].sort()
}

// A goal without a target (`requireTarget`) and no ML category: the two rules the example reconfigures.
const document = '# Search\n\n## Goals\n\nHelp shoppers find what they came for.\n'

beforeAll(() => build(), 180_000)
afterAll(cleanup)

describe('the README configuration example', { timeout: 60_000 }, () => {
  it('gives the configured severities with ml-design-lint and with remark-cli as the README runs it', () => {
    const directory = scratch({ '.remarkrc.json': snippet(readme, 'remarkrc'), 'docs/search.md': document }, 'readme-')
    const ours = lint(['--report', 'json', 'docs/'], directory)
    expect(ours.status).toBe(1)
    const found = messages(ours.stdout)
    const category = found.filter((message) => message.ruleId === 'ml-category')
    expect(category.length).toBeGreaterThan(0)
    expect(category.every((message) => message.fatal === true)).toBe(true)
    const objective = found.filter((message) => message.ruleId === 'ml-business-objective')
    expect(objective.map((message) => message.reason)).toEqual([expect.stringMatching(/without a target/)])
    expect(objective[0].fatal).toBe(false)

    const theirs = exec(process.execPath, [remarkCli, ...remarkArgs('remark-cli-config')], { cwd: directory })
    expect(theirs.status).toBe(1)
    expect(severities(messages(theirs.stderr))).toEqual(severities(found))

    // Why the README leaves `--use` out there: the preset again after the file undoes its severities.
    const twice = exec(process.execPath, [remarkCli, ...remarkArgs('remark-cli')], { cwd: directory })
    expect(severities(messages(twice.stderr))).toContain('ml-category warning')
    expect(severities(messages(twice.stderr))).not.toContain('ml-category error')
  })

  it('with no configuration file, the README remark-cli command and ml-design-lint report the same', () => {
    const directory = scratch({ 'docs/search.md': document }, 'readme-none-')
    const theirs = exec(process.execPath, [remarkCli, ...remarkArgs('remark-cli')], { cwd: directory })
    const ours = lint(['--report', 'json', 'docs/'], directory)
    expect(theirs.status).toBe(1)
    expect(theirs.stdout).toBe('')
    expect(messages(theirs.stderr).map((message) => message.reason)).toEqual(
      messages(ours.stdout).map((message) => message.reason),
    )
  })
})
