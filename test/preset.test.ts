/**
 * The preset turns on every rule of the framework and the syntax design
 * documents need; every rule checks its options when configured.
 */
import { readdirSync } from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkParse from 'remark-parse'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { type Plugin, unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { root, rulePackages } from '../scripts/rule-docs.js'
import { lint } from './lint.js'

function pluginOf(entry: unknown): Plugin {
  return (Array.isArray(entry) ? entry[0] : entry) as Plugin
}

describe('remark-preset-lint-ml-design', () => {
  const plugins = (remarkPresetLintMlDesign.plugins ?? []).map(pluginOf)

  it('turns on GFM, front matter and remark-lint', () => {
    expect(plugins).toEqual(expect.arrayContaining([remarkGfm, remarkFrontmatter, remarkLint]))
  })

  it('turns on every rule package exactly once', async () => {
    const names = plugins.map((plugin) => plugin.name).filter((name) => name.startsWith('remark-lint:'))
    expect(names.length).toBe(new Set(names).size)
    const expected = rulePackages().map((name) => `remark-lint:${name.replace(/^remark-lint-/, '')}`)
    expect(names.sort()).toEqual(expected.sort())
  })

  it('lists every rule package in its registry, each under its own id', async () => {
    const packages = readdirSync(`${root}/packages`).filter((name) => name.startsWith('remark-lint-ml-'))
    expect([...rulePackages()].sort()).toEqual(packages.sort())
    for (const name of packages) {
      const rule = (await import(name)).default as { meta: { id: string } }
      expect(`remark-lint-${rule.meta.id}`).toBe(name)
    }
  })

  it('parses tables and front matter without extra plugins', async () => {
    const file = await lint('---\ntitle: x\n---\n\n# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n', [
      remarkPresetLintMlDesign,
    ])
    expect(file.messages.every((message) => message.ruleId?.startsWith('ml-'))).toBe(true)
  })
})

describe('rule options', () => {
  for (const name of rulePackages()) {
    const id = name.replace(/^remark-lint-/, '')
    it(`${id} rejects an unknown option when configured, naming the rule and the option`, async () => {
      const rule = (await import(name)).default as Plugin
      const processor = unified()
        .use(remarkParse)
        .use(remarkLint)
        .use(rule, ['warn', { colour: 'blue' }])
      expect(() => processor.freeze()).toThrow(`for option \`colour\` of \`${id}\`, expected a known option`)
    })

    it(`${id} rejects a wrong vocabulary option`, async () => {
      const rule = (await import(name)).default as Plugin
      const processor = unified()
        .use(remarkParse)
        .use(remarkLint)
        .use(rule, { onlineMetrics: [1] })
      expect(() => processor.freeze()).toThrow(`Unexpected value an array for option \`onlineMetrics\` of \`${id}\``)
    })
  }
})
