/**
 * Russian words for stage 2: the ML objective and its online and offline metrics, the model's input and output, the
 * task family and learning paradigm.
 */
import type { LanguagePack } from '../languages.js'

export const framing: Omit<LanguagePack, 'name'> = {}
