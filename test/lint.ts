/** Run rules over Markdown the way the preset's parser sees it. */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { type PluggableList, unified } from 'unified'
import { VFile } from 'vfile'

/** Lint a document with some plugins; the messages as `line:column-line:column: reason`. */
export async function lint(value: string, plugins: PluggableList, path = 'example.md'): Promise<VFile> {
  const file = new VFile({ path, value })
  await unified()
    .use(remarkParse)
    .use(remarkStringify)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkLint)
    .use(plugins)
    .process(file)
  return file
}

/** The messages of a file, as an example's output lines. */
export function lines(file: VFile): string[] {
  return file.messages.map((message) => {
    const place = message.place
    let where = '1:1'
    if (place && 'start' in place) {
      where = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
    } else if (place) {
      where = `${place.line}:${place.column}`
    }
    return `${where}: ${message.reason}`
  })
}
