/**
 * The Russian vocabulary: headings and labels, and the words of the
 * requirements' cues, metrics and task families, as Russian design documents
 * write them. Words are written in the forms documents use; a trailing `*`
 * matches the rest of a word, which is how one entry covers a noun's cases
 * (`пропуск*`: пропуски, пропусков, пропусками).
 */
import { combinePacks } from '../languages.js'
import { dataModel } from './data-model.js'
import { evaluationServing } from './evaluation-serving.js'
import { framing } from './framing.js'
import { headings } from './headings.js'
import { requirements } from './requirements.js'

export const russian = combinePacks('Russian', [headings, requirements, framing, dataModel, evaluationServing])
