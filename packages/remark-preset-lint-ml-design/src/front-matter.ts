/**
 * Not a rule: a plugin of the preset that reports YAML front matter that
 * does not parse, once per file, at the place the YAML parser stopped.
 * Every rule still runs (the front matter is then simply not read).
 *
 * The message has source `ml-design-lint` and rule id `front-matter`:
 *
 * ```text
 * 2:7  warning  Unexpected invalid YAML front matter: Nested mappings are not allowed in compact mappings  front-matter  ml-design-lint
 * ```
 */
import type { Root } from 'mdast'
import { readDesign } from 'mdast-util-ml-design'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'

export const frontMatterUrl =
  'https://github.com/ml-design-lint/ml-design-lint/tree/main/packages/remark-preset-lint-ml-design#front-matter'

/** Report front matter that is not valid YAML. */
const remarkMlDesignFrontMatter: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const error = readDesign(tree, file).frontMatter.error
  if (!error) return
  const reading = readDesign(tree, file)
  const point = reading.point(error.offset)
  const message = file.message(`Unexpected invalid YAML front matter: ${error.reason}`, {
    place: point,
    ruleId: 'front-matter',
    source: 'ml-design-lint',
  })
  message.url = frontMatterUrl
}

Object.defineProperty(remarkMlDesignFrontMatter, 'name', { value: 'ml-design-lint:front-matter' })

export default remarkMlDesignFrontMatter
