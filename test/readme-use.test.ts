/**
 * Each rule README's "Use" snippet (`.remarkrc.json`) is a working
 * configuration: with exactly its plugins, the rule's clean examples (front
 * matter and tables among them) give no message, and its flagged ones give
 * the messages listed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { type PluggableList, unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { readRuleDocs, rulePackages } from '../scripts/rule-docs.js'
import { lines } from './lint.js'

async function pluginsOf(readme: string): Promise<PluggableList> {
  const block = /In `\.remarkrc\.json`:\n\n```json\n(.+)\n```/.exec(readme)
  if (!block) throw new Error('expected a `.remarkrc.json` snippet')
  const { plugins } = JSON.parse(block[1]) as { plugins: Array<string | [string, unknown]> }
  return Promise.all(
    plugins.map(async (entry) => {
      const [name, config] = typeof entry === 'string' ? [entry, undefined] : entry
      const plugin = (await import(name)).default
      return config === undefined ? plugin : [plugin, config]
    }),
  ) as Promise<PluggableList>
}

for (const packageName of rulePackages()) {
  const docs = readRuleDocs(packageName)
  describe(`${docs.id} README`, () => {
    it('its .remarkrc.json snippet reads the examples as the preset does', async () => {
      const plugins = await pluginsOf(readFileSync(join(docs.directory, 'README.md'), 'utf8'))
      for (const example of docs.examples.filter((item) => item.config === undefined)) {
        const file = new VFile({ path: example.name, value: example.input })
        const processor = unified().use(remarkParse).use(plugins)
        await processor.run(processor.parse(file), file)
        expect(lines(file), example.name).toEqual(example.output)
      }
    })
  })
}
