/**
 * What `either` may add: the evidence pass's own tests of where an answer stands and what it must say, asked of a
 * sentence the model offers where no cue picked one (see `judgement/gate.ts`).
 */
import type { DesignDocument } from '../document/document.js'
import type { Range, Sentence } from '../document/types.js'
import type { Compiled } from '../match/compile.js'
import type { RequirementId } from '../vocabulary/cues.js'
import type { Part } from '../vocabulary/stages.js'
import { setsLiveGroups } from './phrases.js'
import type { Scope } from './scope.js'

/** What the evidence pass asks of a sentence for a requirement, kept so that `admits` asks it of the model's. */
export interface CueTests {
  /** It answers at all: decided, not a heading or prompt, and committed (candidate models are options by nature). */
  answers(sentence: Sentence): boolean
  /** One of the cue's words in it is about something else (a `not` phrase, held-out data only, a past period). */
  aside(index: number): boolean
  /** It carries what the cue's answer needs: an answer or "none" word, a stand-in, a signed target, a data answer. */
  answered(sentence: Sentence): boolean
  /**
   * Labelled statements that name another part only (they override the requirement's own heading), and the sentences
   * that answer a requirement this one yields to.
   */
  elsewhere: Range[]
  yielded: Set<number>
}

/** Whether a sentence's block, from the sentence on, sets two live groups side by side (`setsLiveGroups`). */
function setsLiveGroupsFrom(document: DesignDocument, compiled: Compiled, sentence: Sentence): boolean {
  const sentences = document.sentences
  let end = sentence.index
  while (end + 1 < sentences.length && sentences[end + 1].block === sentence.block) end++
  const text = document.textOf({ start: sentence.start, end: sentences[end].end })
  return setsLiveGroups(text, compiled.vocabulary.expressions)
}

/**
 * Whether a sentence the model offers (`either`, where the word lists found nothing) may answer a requirement: the
 * word lists' own tests of where an answer stands and what it must say, asked of a sentence no cue picked. It stands
 * where a cue's sentence could count (it answers and commits: no survey, unchosen option, pros and cons, question
 * without a value, placeholder or undecided line; not in an aside section of alternatives, non-goals or future work;
 * no cue word in it about something else; not, inside the requirement's own section, under a label of another part;
 * not another requirement's answer that this one yields to) and, for a requirement whose answer must be said even in
 * its own section (`answerInSection`: held-out data, which error costs more, a method for missing values), it says it
 * as the word lists read it: an answer word (or "none", a stand-in, a signed target) that is not bound to another
 * stage where it stands.
 */
export function admits(
  id: RequirementId,
  sentence: Sentence,
  tests: CueTests,
  document: DesignDocument,
  compiled: Compiled,
  commitments: Scope,
): boolean {
  if (!tests.answers(sentence) || tests.aside(sentence.index) || tests.yielded.has(sentence.index)) return false
  if (id !== 'candidate-models' && document.inAside(sentence)) return false
  const definition = compiled.cueDefinitions[id]
  // The answer as the word lists read it: its words present, and meaning this requirement where they stand.
  if (definition.answerInSection && !(tests.answered(sentence) && commitments.standsFor(id, sentence))) return false
  // A live comparison sets two groups side by side, in the sentence's paragraph or item as the evaluation pass reads
  // an `Online,` paragraph.
  if (definition.liveGroups && !setsLiveGroupsFrom(document, compiled, sentence)) return false
  // Inside the requirement's own section a label of another part overrides the heading, as for a cue's sentence;
  // elsewhere the word lists count a sentence whatever label holds it.
  const home = sentence.section >= 0 ? document.sections[sentence.section].inParts : []
  const parts: readonly Part[] = definition.parts
  return !home.some((part) => parts.includes(part)) || !document.holds(tests.elsewhere, sentence.start)
}
