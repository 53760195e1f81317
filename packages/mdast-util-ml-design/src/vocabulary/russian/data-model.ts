/**
 * Russian words for stages 3 and 4: data preparation, missing data, class imbalance, outliers; candidate models and the baseline, interpretability, retraining.
 */
import type { LanguagePack } from '../languages.js'

export const dataModel: Omit<LanguagePack, 'name'> = {}
