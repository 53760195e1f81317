/**
 * Headings that tell where a document stops committing: a survey of how
 * others do it, a section that weighs options, a section that records the
 * choice (words in `vocabulary/commitments.ts`). Compiled once per
 * vocabulary. The survey test also keeps a survey out of the framework's
 * order (`DesignDocument.outsideFlow`).
 */
import { escapeRegExp } from '../match/matcher.js'
import type { Vocabulary } from '../vocabulary/index.js'

export interface CommitmentTitles {
  survey: RegExp
  options: RegExp
  decision: RegExp
}

const cache = new WeakMap<Vocabulary, CommitmentTitles>()

/** Any of the terms as whole words, anywhere in a title. */
function wordsPattern(terms: readonly string[]): RegExp {
  return new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'iu')
}

export function commitmentTitles(vocabulary: Vocabulary): CommitmentTitles {
  let found = cache.get(vocabulary)
  if (!found) {
    found = {
      survey: wordsPattern(vocabulary.surveyHeadingTerms),
      options: wordsPattern(vocabulary.optionHeadingTerms),
      decision: wordsPattern(vocabulary.decisionHeadingTerms),
    }
    cache.set(vocabulary, found)
  }
  return found
}
