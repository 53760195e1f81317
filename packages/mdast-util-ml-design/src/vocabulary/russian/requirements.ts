/**
 * Russian words for stages 1 and 2: the business objective, data available, constraints, scale and latency; the ML objective and its metrics, the model's input and output, the task family.
 */
import type { LanguagePack } from '../languages.js'

export const requirements: Omit<LanguagePack, 'name'> = {}
