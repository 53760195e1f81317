/**
 * Russian words for stage 1: the business objective, data available, constraints, scale and latency.
 */
import type { LanguagePack } from '../languages.js'

export const requirements: Omit<LanguagePack, 'name'> = {}
