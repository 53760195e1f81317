/**
 * Where the evaluation may be planned outside its own stage: a deployment section whose heading names the testing
 * ("Online testing and deployment", "A/B test and rollout") holds the live comparison. A plain rollout's canary
 * watches the system's health, and plans no online evaluation.
 */
import type { DesignDocument } from '../document/document.js'
import type { Section } from '../document/types.js'
import type { Compiled } from '../match/compile.js'

export class Evaluation {
  #testing?: Section[]

  constructor(
    readonly document: DesignDocument,
    readonly compiled: Compiled,
  ) {}

  /** The deployment sections whose heading names online testing. */
  onlineTesting(): Section[] {
    if (this.#testing) return this.#testing
    const words = new Set(this.compiled.vocabulary.onlineTestingWords)
    this.#testing = this.document.stageSections('deployment').filter((section) =>
      section.text
        .toLowerCase()
        .split(/[^\p{L}/]+/u)
        .some((word) => words.has(word)),
    )
    return this.#testing
  }
}
