/**
 * The command line in this process: flags to engine options (remark-cli's
 * forms of `--use`, `--setting`, `--report`, `--ext`), the flags refused,
 * and what the command does with a configuration's plugins.
 */
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { describe, expect, it } from 'vitest'
import { parseCommandLine, UsageError } from '../src/args.js'
import { addPresetUnlessNamed, ownPlugins, transformConfig } from '../src/config.js'
import { exitCode, parse } from '../src/lint.js'

const rule = (id: string) =>
  remarkPresetLintMlDesign.plugins
    ?.map((entry) => (Array.isArray(entry) ? entry[0] : entry))
    .find((plugin) => typeof plugin === 'function' && plugin.name === `remark-lint:${id}`)

describe('the command line', () => {
  it("takes remark-cli's forms of values", () => {
    const engine = parse([
      '-qe',
      'md,markdown',
      '--ext=mdx',
      '--use',
      'lint-ml-scale=families: {ranking: ["matchmaking"]}',
      '-u',
      'remark-frontmatter',
      '--setting',
      'bullet: "*"',
      '-s',
      "emphasis: '_'",
      '--report=json=pretty: 2',
      '--ignore-pattern',
      'drafts/**, old/**',
      '--no-config',
      '--rc-path',
      '.remarkrc.json',
      'docs/',
      '--',
      '--odd-name.md',
    ]).engine
    expect(engine).toMatchObject({
      quiet: true,
      extensions: ['md', 'markdown', 'mdx'],
      settings: { bullet: '*', emphasis: '_' },
      reporter: 'json',
      reporterOptions: { pretty: 2 },
      ignorePatterns: ['drafts/**', 'old/**'],
      detectConfig: false,
      rcPath: '.remarkrc.json',
      files: ['docs/', '--odd-name.md'],
      frail: true,
      out: false,
      output: false,
    })
    // A rule named by package is the command's own copy, with its options.
    expect(engine.plugins).toEqual([
      [rule('ml-scale'), { families: { ranking: ['matchmaking'] } }],
      'remark-frontmatter',
    ])
    expect(engine.streamError).toBe(process.stdout)
    expect(parse(['doc.md']).engine.streamError).toBe(process.stderr)
    expect(parse(['--no-frail', 'doc.md']).engine.frail).toBe(false)
  })

  it('refuses unknown flags, flags that write documents, missing and bad values', () => {
    const refused = (argv: string[]) => {
      try {
        parse(argv)
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError)
        return (error as Error).message
      }
      throw new Error(`accepted ${argv.join(' ')}`)
    }
    expect(refused(['--nope'])).toBe('Unknown option `--nope` (`ml-design-lint --help` lists the options)')
    expect(refused(['-fo'])).toMatch(/^`-o, --output` is not an option of ml-design-lint/)
    expect(refused(['--no-stdout'])).toMatch(/^`--stdout` is not an option/)
    expect(refused(['--tree-in'])).toMatch(/^`--tree-in` is not an option/)
    expect(refused(['--rc-path'])).toMatch(/^Missing value for `-r, --rc-path`/)
    expect(refused(['--quiet=yes'])).toMatch(/^Unexpected value for `-q, --quiet`, which takes none/)
    expect(refused(['--use', 'x=families: {'])).toMatch(/^Cannot parse `families: \{` \(for `--use`\) as JSON5$/)
    expect(refused(['--ignore-path-resolve-from', 'home'])).toBe(
      'Unexpected `home` for `--ignore-path-resolve-from`, expected `cwd` or `dir`',
    )
    expect(refused(['--max-depth', '0'])).toMatch(/for `max-depth`, expected a positive whole number of levels/)
    // After `--`, everything is a file.
    expect(parseCommandLine(['--', '-o']).files).toEqual(['-o'])
  })

  it('exits 2 when a file could not be linted, else as the engine says', () => {
    const file = (messages: Array<{ fatal: boolean; ruleId?: string; source?: string }>) =>
      ({ messages }) as unknown as Parameters<typeof exitCode>[1][number]
    expect(exitCode(0, [file([])])).toBe(0)
    expect(exitCode(1, [file([{ fatal: false, ruleId: 'ml-scale', source: 'remark-lint' }])])).toBe(1)
    expect(exitCode(1, [file([{ fatal: true, ruleId: 'ml-scale', source: 'remark-lint' }])])).toBe(1)
    expect(exitCode(1, [file([{ fatal: true }])])).toBe(2)
    expect(exitCode(1, [file([{ fatal: true, ruleId: 'max-size', source: 'ml-design-lint' }])])).toBe(2)
  })
})

describe('a configuration file', () => {
  it('gets the preset when it names neither the preset nor a rule', () => {
    expect(addPresetUnlessNamed({ settings: { bullet: '*' } })).toEqual({
      settings: { bullet: '*' },
      plugins: [remarkPresetLintMlDesign],
    })
    expect(addPresetUnlessNamed({ plugins: { 'remark-frontmatter': ['yaml'] } }).plugins).toEqual([
      remarkPresetLintMlDesign,
      ['remark-frontmatter', ['yaml']],
    ])
    // Named in any form, or given as a value (a `.remarkrc.js`): left as it is.
    for (const plugins of [
      ['remark-preset-lint-ml-design'],
      ['preset-lint-ml-design'],
      [['lint-ml-scale', false]],
      { 'remark-lint-ml-scale': false },
      ['./node_modules/remark-lint-ml-scale/dist/index.js'],
      [remarkPresetLintMlDesign],
      [rule('ml-scale')],
    ]) {
      expect(addPresetUnlessNamed({ plugins }).plugins).toBe(plugins)
    }
  })

  it("names the command's own preset and rules, and leaves other plugins to be loaded", () => {
    expect(
      ownPlugins([
        'remark-preset-lint-ml-design',
        ['remark-lint-ml-category', ['error', { families: {} }]],
        'remark-lint-ml-not-a-rule',
        'remark-gfm',
      ]),
    ).toEqual([
      remarkPresetLintMlDesign,
      [rule('ml-category'), ['error', { families: {} }]],
      'remark-lint-ml-not-a-rule',
      'remark-gfm',
    ])
    expect(transformConfig({ plugins: { 'lint-ml-scale': false } }).plugins).toEqual([[rule('ml-scale'), false]])
    expect(transformConfig({ settings: {} })).toEqual({ settings: {}, plugins: [remarkPresetLintMlDesign] })
  })
})
