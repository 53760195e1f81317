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
import remarkLintMlBusinessObjective from 'remark-lint-ml-business-objective'
import type { Preset } from 'unified'

const remarkPresetLintMlDesign: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkGfm,
    remarkLint,
    // Stage 1: clarifying requirements.
    remarkLintMlBusinessObjective,
  ],
}

export default remarkPresetLintMlDesign
