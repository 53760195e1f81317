// Rule options that type-check (see ../types.test.ts).
import remarkLintMlBusinessObjective from 'remark-lint-ml-business-objective'
import remarkLintMlScale from 'remark-lint-ml-scale'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

unified().use(remarkParse).use(remarkLintMlBusinessObjective, { requireTarget: true })
unified().use(remarkLintMlBusinessObjective, ['error', { requireTarget: true }])
unified().use(remarkLintMlScale, 'off')
unified().use(remarkLintMlScale, ['warn'])
unified().use(remarkLintMlScale, ['warn', { onlineMetrics: ['bookings per search'] }])
unified().use(remarkLintMlScale, { families: { ranking: ['matchmaking'] } })
