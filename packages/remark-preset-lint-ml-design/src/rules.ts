/**
 * The registry of rules: every `remark-lint-ml-*` rule, in framework order
 * (by stage, then as a reviewer reads a stage; the whole-document rules
 * last). The one place outside a rule's own package that names it: the
 * preset, `ml-design-lint` (`init`, `report`, `--fix`), the generated docs
 * and the tests derive everything else from each rule's `meta`.
 */

import type { RulePlugin } from 'ml-design-lint-rule'
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

/** Every rule, in framework order. */
export const rules: readonly RulePlugin<never>[] = [
  remarkLintMlBusinessObjective,
  remarkLintMlDataAvailability,
  remarkLintMlConstraints,
  remarkLintMlScale,
  remarkLintMlLatency,
  remarkLintMlObjectiveMetrics,
  remarkLintMlInputOutput,
  remarkLintMlCategory,
  remarkLintMlDataPreparation,
  remarkLintMlMissingData,
  remarkLintMlClassImbalance,
  remarkLintMlOutliers,
  remarkLintMlModelSelection,
  remarkLintMlInterpretability,
  remarkLintMlRetraining,
  remarkLintMlEvaluation,
  remarkLintMlErrorCosts,
  remarkLintMlMetricFit,
  remarkLintMlDeployment,
  remarkLintMlMonitoring,
  remarkLintMlStageOrder,
  remarkLintMlNoPlaceholders,
]
