import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'

const kinds = process.argv[2].split(',')
for (const path of process.argv.slice(3)) {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') })
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file) as Root
  const r = readDesign(tree, file)
  console.log('=== ' + path)
  for (const k of kinds)
    for (const q of r.quantities(k as any))
      console.log(`  ${k}: [${q.text}] ${r.textOf(r.sentences[q.sentence]).slice(0, 150)}`)
}
