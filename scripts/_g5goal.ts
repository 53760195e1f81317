import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'

const [path, from, to] = process.argv.slice(2)
const file = new VFile({ path, value: readFileSync(path, 'utf8') })
const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file) as Root
const reading = readDesign(tree, file)
for (const s of reading.sentences) {
  const line = file.value.toString().slice(0, s.start).split('\n').length
  if (line < Number(from ?? 0) || line > Number(to ?? 1e9)) continue
  console.log(
    line,
    reading.goalKind(s.index),
    reading.answers(s) ? 'ans' : '---',
    s.prompt ? 'P' : '',
    JSON.stringify(reading.textOf(s).slice(0, 100)),
  )
}
