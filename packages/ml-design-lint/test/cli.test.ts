/**
 * The `ml-design-lint` command, spawned as a user runs it (the built bin):
 * the preset by default, `.remarkrc*` and `package.json#remarkConfig` when
 * present, `.remarkignore`, exit codes, `--no-frail`, `--quiet`, `--report`,
 * `--watch`, no Markdown on stdout, colour only on a terminal, and clear
 * messages on bad input.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { remark } from 'remark'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { bin, build, cleanup, exec, has, lint, root, scratch, spawn } from './helpers.js'

interface JsonFile {
  path: string
  messages: Array<{
    ruleId: string | null
    source: string | null
    line: number | null
    column: number | null
    place?: { start: { line: number; column: number }; end: { line: number; column: number } }
    reason: string
    fatal: boolean | null
    url?: string
  }>
}

/** The JSON report (`--report json`): all of stdout. */
function json(stdout: string): JsonFile[] {
  try {
    return JSON.parse(stdout)
  } catch {
    throw new Error(`no JSON report in:\n${stdout}`)
  }
}

const noObjective = '# Churn model\n\n## Data\n\nTwo years of billing events.\n'
const missingObjective =
  'Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`'
const withObjective =
  '# Churn model\n\n## Business objective\n\nReduce monthly subscriber churn from 4% to 3.5% by calling the right customers.\n\n## Data\n\nTwo years of billing events.\n'
/** A complete design document: no rule has anything to say. */
const complete = readFileSync(join(root, 'fixtures/complete-fraud-detection.md'), 'utf8')

/** Messages of the preset on a file, linted in this process (the reference the command must match). */
async function expected(path: string) {
  const file = new VFile({ path, value: readFileSync(join(root, path)) })
  await remark().use(remarkPresetLintMlDesign).process(file)
  return file.messages
}

function markdownFiles(directory: string): string[] {
  return readdirSync(join(root, directory), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(directory, name))
    .sort()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** An ANSI colour sequence. */
const ansi = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`)

beforeAll(() => build(), 180_000)
afterAll(cleanup)

describe('ml-design-lint', { timeout: 180_000 }, () => {
  it('lints every Markdown file of a folder with the preset and exits 1 on its warnings', async () => {
    const run = lint(['fixtures/'])
    expect(run.stdout).toBe('')
    expect(run.status).toBe(1)

    // Every document of the folder is in the report (`.remarkignore` keeps out fixtures/corpus/labels/).
    const files = markdownFiles('fixtures').filter((name) => !name.startsWith('fixtures/corpus/labels/'))
    expect(files.length).toBeGreaterThan(20)
    let warnings = 0
    for (const path of files) {
      const messages = await expected(path)
      warnings += messages.length
      if (messages.length === 0) {
        expect(run.stderr).toContain(`${path}: no issues found\n`)
        continue
      }
      expect(run.stderr).toMatch(new RegExp(`^${escapeRegExp(path)}$`, 'm'))
      for (const message of messages) {
        const place = message.place && 'start' in message.place ? message.place : undefined
        const where = place
          ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
          : `${message.line}:${message.column}`
        expect(run.stderr).toMatch(
          new RegExp(
            `^ *${escapeRegExp(where)} +warning +${escapeRegExp(message.reason)} +${message.ruleId} +${escapeRegExp(message.source ?? '')}$`,
            'm',
          ),
        )
      }
    }
    expect(warnings).toBeGreaterThan(0)
    expect(run.stderr).toMatch(new RegExp(`⚠ ${warnings} warnings?\\n$`))
    expect(run.stderr).not.toMatch(ansi)
  })

  it('exits 0 with no message on a complete design document', () => {
    const run = lint(['fixtures/complete-fraud-detection.md'])
    expect(run).toEqual({ status: 0, stdout: '', stderr: 'fixtures/complete-fraud-detection.md: no issues found\n' })
  })

  it('reports the rule id, position, message and fix with --report json, and exits 0 on warnings with --no-frail', () => {
    const directory = scratch({ 'doc.md': noObjective })
    const run = lint(['--no-frail', '--report', 'json', 'doc.md'], directory)
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const [file] = json(run.stdout)
    expect(file.path).toBe('doc.md')
    const message = file.messages.find((item) => item.ruleId === 'ml-business-objective')
    expect(message).toMatchObject({
      ruleId: 'ml-business-objective',
      source: 'remark-lint',
      fatal: false,
      // Where the missing section belongs (before `## Data`), with its stub as the fix.
      line: 3,
      column: 1,
      place: { line: 3, column: 1, offset: 15 },
      reason: missingObjective,
      expected: [
        '## Business objective\n\nTODO — state the business objective, such as `Reduce monthly churn from 4% to 3.5%`.\n\n',
      ],
      url: 'https://github.com/ml-design-lint/ml-design-lint/tree/main/packages/remark-lint-ml-business-objective#readme',
    })
  })

  it('prints only files with messages under --quiet, and exits 1 on a warning under --frail', () => {
    const directory = scratch({ 'bad.md': noObjective, 'good.md': complete })
    const quiet = lint(['--frail', '--quiet', '--report', 'json', '.'], directory)
    expect(quiet.status).toBe(1)
    expect(json(quiet.stdout).map((file) => file.path)).toEqual(['bad.md'])
  })

  it('respects .remarkignore, and --silently-ignore for an ignored file given by name', () => {
    const directory = scratch({
      '.remarkignore': 'docs/drafts/\n',
      'docs/design.md': noObjective,
      'docs/drafts/idea.md': noObjective,
    })
    // The folder's drafts are left out; a draft named on the command line is an error.
    const run = lint(['--report', 'json', 'docs/', 'docs/drafts/idea.md'], directory)
    // An ignored file named on the command line was not linted: the command could not do its job (2).
    expect(run.status).toBe(2)
    const files = json(run.stdout)
    expect(files.map((file) => file.path)).toEqual(['docs/design.md', 'docs/drafts/idea.md'])
    expect(files[1].messages).toMatchObject([{ fatal: true, reason: 'Cannot process specified file: it’s ignored' }])
    expect(files[0].messages.map((message) => message.ruleId)).toContain('ml-business-objective')
    // What commit hooks pass: the draft is skipped in silence.
    expect(lint(['--frail', '--silently-ignore', 'docs/drafts/idea.md'], directory)).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    })
  })

  it('uses a .remarkrc or package.json#remarkConfig that names the preset or a rule, and adds the preset to one that names neither', () => {
    const directory = scratch({
      'off/.remarkrc.json': JSON.stringify({
        plugins: ['remark-preset-lint-ml-design', ['remark-lint-ml-business-objective', false]],
      }),
      'off/doc.md': noObjective,
      'error/.remarkrc.json': JSON.stringify({
        plugins: ['remark-preset-lint-ml-design', ['remark-lint-ml-business-objective', ['error']]],
      }),
      'error/doc.md': noObjective,
      // Only one rule named: only that rule runs.
      'one/.remarkrc.json': JSON.stringify({ plugins: ['remark-lint-ml-scale'] }),
      'one/doc.md': noObjective,
      // Neither the preset nor a rule: settings only, no plugins, other plugins only.
      'settings/.remarkrc.json': JSON.stringify({ settings: { bullet: '*' } }),
      'settings/doc.md': noObjective,
      'none/package.json': JSON.stringify({ name: 'docs', private: true, remarkConfig: { plugins: [] } }),
      'none/doc.md': noObjective,
      'other/.remarkrc.json': JSON.stringify({ plugins: { 'remark-frontmatter': ['yaml'] } }),
      'other/doc.md': noObjective,
      'default/package.json': JSON.stringify({ name: 'docs', private: true }),
      'default/doc.md': noObjective,
    })
    const run = lint(['--no-frail', '--report', 'json', '.'], directory)
    const messages = Object.fromEntries(json(run.stdout).map((file) => [file.path, file.messages]))
    const rules = (path: string) => messages[path].map((message) => message.ruleId)
    // A rule turned off after the preset stays off: the preset is not added on top of a file that names it.
    expect(rules('off/doc.md')).not.toContain('ml-business-objective')
    expect(rules('off/doc.md').length).toBeGreaterThan(0)
    expect(rules('one/doc.md')).toEqual(['ml-scale'])
    const preset = rules('default/doc.md')
    expect(preset).toContain('ml-business-objective')
    expect(preset.length).toBeGreaterThan(10)
    for (const path of ['settings/doc.md', 'none/doc.md', 'other/doc.md', 'error/doc.md']) {
      expect(rules(path), path).toEqual(preset)
    }
    const severity = (path: string) =>
      messages[path].find((message) => message.ruleId === 'ml-business-objective')?.fatal
    expect(severity('default/doc.md')).toBe(false)
    expect(severity('error/doc.md')).toBe(true)
    // The error fails the run even with --no-frail (warnings alone do not: see --report json above).
    expect(run.status).toBe(1)
  })

  it('reads stdin and reports, never writing Markdown; refuses the flags that would write it', () => {
    const directory = scratch({ 'doc.md': noObjective })
    const piped = lint(['--frail'], directory, { input: noObjective })
    expect(piped.stdout).toBe('')
    expect(piped.status).toBe(1)
    expect(piped.stderr).toMatch(/^<stdin>\n/)
    expect(piped.stderr).toContain(missingObjective)
    const reported = lint(['--report', 'json'], directory, { input: noObjective })
    expect(json(reported.stdout)[0].messages.map((message) => message.ruleId)).toContain('ml-business-objective')
    for (const flags of [
      ['-o'],
      ['--output', 'out.md'],
      ['--stdout'],
      ['-qo'],
      ['--tree-out'],
      ['--tree'],
      ['--inspect'],
    ]) {
      const refused = lint([...flags, 'doc.md'], directory)
      expect(refused.status, flags.join(' ')).toBe(2)
      expect(refused.stdout).toBe('')
      expect(refused.stderr).toMatch(
        /^ml-design-lint: `.*` is not an option of ml-design-lint: it reviews documents and never writes Markdown/,
      )
    }
    expect(readFileSync(join(directory, 'doc.md'), 'utf8')).toBe(noObjective)
  })

  it('colours the report on a terminal only, unless told; with no input on a terminal, says what to give', () => {
    // The rules, in this process: a flag wins, then NO_COLOR, then FORCE_COLOR, then whether stderr is a terminal.
    const color = (argv: string[], env: Record<string, string>, isTTY: boolean) =>
      parse([...argv, 'doc.md'], { env, isTTY }).engine.color
    expect(color([], {}, false)).toBe(false)
    expect(color([], {}, true)).toBe(true)
    expect(color(['--color'], { NO_COLOR: '1' }, false)).toBe(true)
    expect(color(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false)
    expect(color([], { NO_COLOR: '1' }, true)).toBe(false)
    expect(color([], { FORCE_COLOR: '1' }, false)).toBe(true)
    expect(color([], { FORCE_COLOR: '0' }, true)).toBe(false)

    // For real (piped output is plain: see the first test). `script` gives the command a terminal, as a shell has.
    if (!has('script')) {
      console.warn('cli.test.ts: skipping the terminal half of the colour test: `script` (util-linux) is not installed')
      return
    }
    const directory = scratch({ 'doc.md': noObjective })
    const env = { ...process.env }
    delete env.FORCE_COLOR
    delete env.NO_COLOR
    const terminal = (extra: Record<string, string>) =>
      exec('script', ['-qec', `${process.execPath} ${bin} doc.md`, '/dev/null'], {
        cwd: directory,
        env: { ...env, ...extra },
      }).stdout
    const coloured = terminal({})
    expect(coloured).toContain('doc.md')
    expect(coloured).toMatch(ansi)
    expect(terminal({ NO_COLOR: '1' })).not.toMatch(ansi)
    // No files and stdin a terminal: say what to give (exit 2), do not wait for input.
    const none = exec('script', ['-qec', `${process.execPath} ${bin}; echo "exit $?"`, '/dev/null'], {
      cwd: directory,
      env,
    }).stdout
    expect(none).toMatch(/^ml-design-lint: No input: give files, folders or globs/m)
    expect(none).toMatch(/^exit 2\r?$/m)
  })

  it('says what is wrong on bad input, without a stack trace (unless --verbose)', () => {
    const directory = scratch({
      'doc.md': noObjective,
      'binary.md': '',
      'broken/.remarkrc.json': '{"plugins": [',
      'broken/doc.md': noObjective,
    })
    writeFileSync(join(directory, 'binary.md'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x0a, 0x23, 0x20, 0xc3]))
    const stack = /^\s+at /m

    const unknown = lint(['--nope', 'doc.md'], directory)
    expect(unknown).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ml-design-lint: Unknown option `--nope` (`ml-design-lint --help` lists the options)\n',
    })
    expect(lint(['-Z', 'doc.md'], directory).stderr).toMatch(/^ml-design-lint: Unknown option `-Z`/)
    expect(lint(['--report'], directory)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^ml-design-lint: Missing value for `--report`/),
    })
    expect(unknown.stderr).not.toMatch(stack)

    const reporter = lint(['--report', 'nope', 'doc.md'], directory)
    expect(reporter.status).toBe(2)
    expect(reporter.stderr).toMatch(/^ml-design-lint: Cannot find reporter `nope`\n {2}\[cause\]: /)
    expect(reporter.stderr).not.toMatch(stack)

    // A missing file, a binary file and a configuration that does not parse: each reported, none crashes the run.
    const files = lint(['missing.md', 'binary.md', 'broken/doc.md'], directory)
    expect(files.status).toBe(2)
    expect(files.stdout).toBe('')
    expect(files.stderr).toMatch(/^missing\.md\n.*error +No such file or folder$/m)
    expect(files.stderr).toMatch(/^binary\.md(: no issues found)?$/m)
    expect(files.stderr).toMatch(/^broken\/doc\.md\n.*error +Cannot process file$/m)
    expect(files.stderr).toContain('Error: Cannot parse file `broken/.remarkrc.json`')
    expect(files.stderr).toContain('JSONError: Unexpected end of JSON input')
    expect(files.stderr).not.toMatch(stack)
    expect(lint(['--verbose', 'broken/doc.md'], directory).stderr).toMatch(stack)
  })

  it('relints a file when it changes under --watch', async () => {
    const directory = scratch({ 'doc.md': noObjective })
    const child = spawn(process.execPath, [bin, '--watch', '--report', 'json', 'doc.md'], {
      cwd: directory,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    let stdout = ''
    const waiters: Array<() => void> = []
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      for (const wake of waiters.splice(0)) wake()
    })
    const until = async (test: () => boolean, what: string) => {
      const deadline = Date.now() + 15_000
      while (!test()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${stdout}\n${stderr}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 200)
        })
      }
    }
    // The JSON report goes to stdout, one line per run.
    const reports = () => stdout.split('\n').filter((line) => line.startsWith('['))
    try {
      await until(() => reports().length === 1, 'the first report')
      expect(stderr).toBe('Watching... (press CTRL+C to exit)\n')
      expect(JSON.parse(reports()[0])[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain(
        'ml-business-objective',
      )
      // Give the watcher a moment to subscribe after the first run.
      await new Promise((resolve) => setTimeout(resolve, 500))
      writeFileSync(join(directory, 'doc.md'), withObjective)
      await until(() => reports().length >= 2, 'the report after the change')
      const second = JSON.parse(reports()[1])[0].messages.map((m: { ruleId: string }) => m.ruleId)
      expect(second).not.toContain('ml-business-objective')
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve))
      child.kill('SIGINT')
      await exited
    }
    // The last run's exit code: its warnings fail it, as without --watch.
    expect(child.exitCode === 1 || child.signalCode === 'SIGINT').toBe(true)
  })

  it('prints its version and help', () => {
    const version = lint(['--version'])
    expect(version.stdout).toMatch(/^ml-design-lint: \d+\.\d+\.\d+, remark: \d+\.\d+\.\d+\n$/)
    const help = lint(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: ml-design-lint [options] [path | glob ...]')
    expect(help.stdout).toContain('remark-preset-lint-ml-design is used')
    // The limits and --no-frail are listed; nothing that writes Markdown is offered.
    for (const flag of ['--[no-]frail', '--max-size <bytes>', '--max-depth <levels>', '--fix', '--report <reporter>']) {
      expect(help.stdout).toContain(flag)
    }
    expect(help.stdout).not.toMatch(/--output|--stdout|--tree|-o\b| > [^ ]+\.md/)
    expect(relative(root, bin)).toBe('packages/ml-design-lint/bin/ml-design-lint.js')
  })
})
