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
import remarkLintMlCategory from 'remark-lint-ml-category'
import remarkLintMlClassImbalance from 'remark-lint-ml-class-imbalance'
import remarkLintMlConstraints from 'remark-lint-ml-constraints'
import remarkLintMlDataAvailability from 'remark-lint-ml-data-availability'
import remarkLintMlDataPreparation from 'remark-lint-ml-data-preparation'
import remarkLintMlDeployment from 'remark-lint-ml-deployment'
import remarkLintMlErrorCosts from 'remark-lint-ml-error-costs'
import remarkLintMlEvaluation from 'remark-lint-ml-evaluation'
import remarkLintMlInputOutput from 'remark-lint-ml-input-output'
import remarkLintMlInterpretability from 'remark-lint-ml-interpretability'
import remarkLintMlLatency from 'remark-lint-ml-latency'
import remarkLintMlMetricFit from 'remark-lint-ml-metric-fit'
import remarkLintMlMissingData from 'remark-lint-ml-missing-data'
import remarkLintMlModelSelection from 'remark-lint-ml-model-selection'
import remarkLintMlMonitoring from 'remark-lint-ml-monitoring'
import remarkLintMlNoPlaceholders from 'remark-lint-ml-no-placeholders'
import remarkLintMlObjectiveMetrics from 'remark-lint-ml-objective-metrics'
import remarkLintMlOutliers from 'remark-lint-ml-outliers'
import remarkLintMlRetraining from 'remark-lint-ml-retraining'
import remarkLintMlScale from 'remark-lint-ml-scale'
import remarkLintMlStageOrder from 'remark-lint-ml-stage-order'
import type { Preset } from 'unified'
import remarkMlDesignFrontMatter from './front-matter.js'

const remarkPresetLintMlDesign: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkGfm,
    remarkLint,
    // Not a rule: front matter that is not valid YAML, reported once.
    remarkMlDesignFrontMatter,
    // Stage 1: clarifying requirements.
    remarkLintMlBusinessObjective,
    remarkLintMlDataAvailability,
    remarkLintMlConstraints,
    remarkLintMlScale,
    remarkLintMlLatency,
    // Stage 2: framing the problem as an ML task.
    remarkLintMlObjectiveMetrics,
    remarkLintMlInputOutput,
    remarkLintMlCategory,
    // Stage 3: data preparation.
    remarkLintMlDataPreparation,
    remarkLintMlMissingData,
    remarkLintMlClassImbalance,
    remarkLintMlOutliers,
    // Stage 4: model development.
    remarkLintMlModelSelection,
    remarkLintMlInterpretability,
    remarkLintMlRetraining,
    // Stage 5: evaluation.
    remarkLintMlEvaluation,
    remarkLintMlErrorCosts,
    remarkLintMlMetricFit,
    // Stage 6: deployment and serving.
    remarkLintMlDeployment,
    // Stage 7: monitoring and infrastructure.
    remarkLintMlMonitoring,
    // The whole document.
    remarkLintMlStageOrder,
    remarkLintMlNoPlaceholders,
  ],
}

export { remarkMlDesignFrontMatter }
export default remarkPresetLintMlDesign
