/**
 * remark preset that reviews ML system design documents against the
 * seven-stage ML system design framework: every `remark-lint-ml-*` rule,
 * plus the syntax design documents use (GFM tables, YAML front matter).
 *
 * Use it as it is (`remark --use remark-preset-lint-ml-design docs/`), or
 * list it in `.remarkrc.json` and reconfigure single rules after it:
 *
 * ```json
 * {"plugins": ["remark-preset-lint-ml-design", ["remark-lint-ml-category", ["error", {"families": {"ranking": ["matchmaking"]}}]]]}
 * ```
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import type { Preset } from 'unified'
import remarkMlDesignFrontMatter from './front-matter.js'
import { rules } from './rules.js'

const remarkPresetLintMlDesign: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkGfm,
    remarkLint,
    // Not a rule: front matter that is not valid YAML, reported once.
    remarkMlDesignFrontMatter,
    // Every rule, in framework order.
    ...rules,
  ],
}

export { remarkMlDesignFrontMatter, rules }
export default remarkPresetLintMlDesign
