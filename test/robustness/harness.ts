/** Run the preset (or the preset with its plugins reordered) over a document, without stringifying. */
import remarkParse from 'remark-parse'
import remarkPresetLintMlDesign from 'remark-preset-lint-ml-design'
import { type Pluggable, type PluggableList, unified } from 'unified'
import { VFile } from 'vfile'

export const presetPlugins: PluggableList = remarkPresetLintMlDesign.plugins ?? []
/** The syntax plugins (front matter, GFM) and remark-lint come first; the rest are rules (and the front-matter check). */
export const syntaxPlugins = presetPlugins.slice(0, 3)
export const rulePlugins = presetPlugins.slice(3)

/** A frozen processor: remark-parse and these plugins. */
export function processorWith(plugins: PluggableList) {
  return unified().use(remarkParse).use(plugins).freeze()
}

export const presetProcessor = processorWith([remarkPresetLintMlDesign as Pluggable])

/** Lint a document; the file with its messages. */
export async function lintWith(
  processor: ReturnType<typeof processorWith>,
  value: string | Uint8Array,
): Promise<VFile> {
  const file = new VFile({ path: 'design.md', value })
  const tree = processor.parse(file)
  await processor.run(tree, file)
  return file
}

/** A message as one comparable line: rule, place, reason. */
export function describeMessage(message: VFile['messages'][number]): string {
  const place = message.place
  const where =
    place && 'start' in place
      ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
      : place
        ? `${place.line}:${place.column}`
        : '-'
  return `${where} ${message.source}:${message.ruleId} ${message.reason}`
}

export function describeAll(file: VFile): string[] {
  return file.messages.map(describeMessage)
}
