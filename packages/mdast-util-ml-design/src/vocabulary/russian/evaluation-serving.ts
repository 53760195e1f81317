/**
 * Russian words for stages 5 to 7: offline and online evaluation, error costs, metric names, serving and rollout, monitoring.
 */
import type { LanguagePack } from '../languages.js'

export const evaluationServing: Omit<LanguagePack, 'name'> = {}
