// Rule options that must fail to type-check, one per line (see ../types.test.ts).
import remarkLintMlBusinessObjective from 'remark-lint-ml-business-objective'
import remarkLintMlScale from 'remark-lint-ml-scale'
import { unified } from 'unified'

unified().use(remarkLintMlBusinessObjective, { requireTarget: 'yes' })
unified().use(remarkLintMlScale, { colour: 'blue' })
unified().use(remarkLintMlScale, ['fatal'])
unified().use(remarkLintMlScale, { onlineMetrics: 'CTR' })
unified().use(remarkLintMlScale, ['warn', { requireTarget: true }])
