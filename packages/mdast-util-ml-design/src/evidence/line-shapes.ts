/**
 * The shapes of a line the evidence pass asks about, from its text alone: a bare label, a question, a clause cut at a
 * semicolon, a plain yes or no.
 */

/** A list item's text that is only a short label (`Missing`, `**Outliers:**`, `Missing frames`): four words at most. */
export function bareLabel(text: string): boolean {
  // The words are the runs between white space and markup; counting stops at the fifth (no copy of the text).
  labelWord.lastIndex = 0
  let count = 0
  while (labelWord.exec(text) !== null) if (++count > 4) return false
  return true
}

const labelWord = /[^\s*_`:]+/g

/** Whether a text is a question (a clarifying-question bullet), whatever its length: its nested bullets answer it. */
export function asksOver(text: string): boolean {
  return /\?[\s*_]*$/.test(text)
}

/** Whether a sentence stops at a semicolon: the clause after it, the next sentence, belongs to it. */
export function continuesAfterSemicolon(text: string): boolean {
  return /;[\s*_]*$/.test(text)
}

/**
 * Whether a sentence opens with a plain yes or no, after an arrow or a dash if any, and the word stands alone before
 * a stop or the end (`-> no. the alert only ...`, `yes, shown to the agent`; not `no idea` or `no labels`).
 */
export function answersYesOrNo(text: string): boolean {
  return /^[\s>*_]*(?:(?:->|→|=>|[-–—:])[\s*_]*)?(?:yes|no)[\s*_]*(?:[.,;:!)]|[-–—]\s|$)/i.test(text)
}
