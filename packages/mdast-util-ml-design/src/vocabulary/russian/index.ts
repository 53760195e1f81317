/**
 * The Russian vocabulary: headings and labels, and the words of the
 * requirements' cues, metrics and task families, as Russian design documents
 * write them. Words are written in the forms documents use; a trailing `*`
 * matches the rest of a word, which is how one entry covers a noun's cases
 * (`пропуск*`: пропуски, пропусков, пропусками).
 */
import type { LanguagePack } from '../languages.js'
import { headings } from './headings.js'

export const russian: LanguagePack = {
  name: 'Russian',
  ...headings,
}
