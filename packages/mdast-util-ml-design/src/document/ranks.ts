/**
 * The rank of each heading (the sections pass asks, block by block, in document order): a Markdown heading's own
 * rank, and a bold pseudo-heading's, read from the headings before it. Two ways authors write a hierarchy in bold
 * lines:
 *
 * * A bold line right after a heading is that heading's first part (`### 5.4 Experimentation` then `**Dataset
 *   strategy**`), unless it names a later stage (`## Requirements` then `**Framing**`); further on, a bold line that
 *   names the next stage ranks beside the heading (`## Constraints`, its content, then `**Framing**`).
 * * A bold line that names nothing of the design right after a bold line that names a stage or part is its part
 *   (`**Value proposition**` then `**Context of use**`); two labels of parts (`**Offline metrics**` then `**Online
 *   metrics**`) and empty labels in a row (`**Author:**` then `**Status:**`) rank side by side.
 *
 * Markdown headings keep the rank they are written at, also where the author meant a sub-section (`## 1. Goals`
 * then `## 1.1 Why`): the first is an empty section, as reviewers read it.
 */
import type { Compiled } from '../match/compile.js'
import { titleCandidates } from '../match/normalize.js'
import { parts as partStages, type Stage, stages } from '../vocabulary/stages.js'
import { headingTargets, numberingShape } from './headings.js'
import type { Block } from './text.js'

/** The stages a title names as it stands under sections of `context`: whole stages and those of its parts. */
export function namedStages(compiled: Compiled, title: string, context: Stage[]): Stage[] {
  const found = new Set<Stage>()
  for (const target of headingTargets(compiled, titleCandidates(title), context)) {
    if (target.stage) found.add(target.stage)
    else if (target.part) for (const stage of partStages[target.part]) found.add(stage)
  }
  return [...found]
}

/**
 * Whether a bold pseudo-heading opens the next stage rather than a part of the heading before it: it names a whole
 * stage (read in that heading's context: `**Data**` under `## Requirements` is its data) that the heading, which
 * names a stage of its own, does not (`Constraints` then `**Framing**`). Under a heading that names no stage
 * (`## Proposed design` > `**Evaluation**`) it stays a sub-section.
 */
function nextStage(compiled: Compiled, title: string, before: Stage[]): boolean {
  if (before.length === 0) return false
  const whole = headingTargets(compiled, titleCandidates(title), before)
    .filter((target) => target.stage && !target.part)
    .map((target) => target.stage as Stage)
  return whole.length > 0 && whole.every((stage) => !before.includes(stage))
}

export class Ranks {
  #lastRealDepth = 0
  #lastRealNumbering: string | undefined
  #lastRealStages: Stage[] = []
  #stepDepth: number | undefined
  #stepStages: Stage[] = []
  /** The last bold pseudo-heading: its block, rank, numbering, and whether it names a part or stage of its own. */
  #lastPseudo: { index: number; depth: number; numbering: string | undefined; names: boolean } | undefined

  constructor(
    readonly compiled: Compiled,
    readonly blocks: Block[],
    /** The file's text: what stands between two blocks (a placeholder in HTML, a code block, an image) counts. */
    readonly source: string,
  ) {}

  /** Whether the block at `index` follows the one before it with nothing but white space between. */
  #rightAfter(index: number): boolean {
    const before = this.blocks[index - 1]
    return before !== undefined && this.source.slice(before.end, this.blocks[index].start).trim() === ''
  }

  /** The rank of a Markdown (or HTML) heading: its own. */
  heading(written: number, title: string): number {
    const { compiled } = this
    this.#lastRealDepth = written
    this.#lastRealNumbering = numberingShape(compiled, title)
    this.#lastRealStages = namedStages(compiled, title, [])
    this.#stepDepth = undefined
    this.#lastPseudo = undefined
    return written
  }

  /** Whether a title names a whole stage later than every stage the last heading names. */
  #later(targets: ReturnType<typeof headingTargets>): boolean {
    const before = this.#lastRealStages.map((stage) => stages.indexOf(stage))
    if (before.length === 0) return false
    const whole = targets.filter((target) => target.stage && !target.part).map((target) => target.stage as Stage)
    return whole.length > 0 && whole.every((stage) => stages.indexOf(stage) > Math.max(...before))
  }

  /** The rank of a bold pseudo-heading at `index` with its title. */
  pseudo(index: number, title: string): number {
    const { compiled, blocks } = this
    const numbering = numberingShape(compiled, title)
    const step = compiled.patterns.numberedStep.test(title)
    const previous = this.#lastPseudo
    const targets = headingTargets(compiled, titleCandidates(title), [])
    const names = targets.length > 0
    let depth: number
    if (
      blocks[index - 1]?.kind === 'heading' &&
      this.#rightAfter(index) &&
      !(numbering && numbering === this.#lastRealNumbering) &&
      !this.#later(targets)
    ) {
      // The heading's first content is its part, unless it opens a later stage (`## Requirements` then `**Framing**`
      // leaves the requirements empty; `### Experimentation` then `**Dataset strategy**` is the evaluation's data).
      depth = Math.min(this.#lastRealDepth + 1, 7)
    } else if (
      previous &&
      previous.index === index - 1 &&
      this.#rightAfter(index) &&
      previous.names &&
      !names &&
      !(numbering && numbering === previous.numbering)
    ) {
      // Right after a bold title that names a stage or part, a bold line that names nothing is its part
      // (`**Value proposition**` then `**Context of use**`); empty labels in a row (`**Author:**`, `**Status:**`) and
      // a stage after an empty title (`**Open questions**`, `**Deployment**`) stay side by side.
      depth = Math.min(previous.depth + 1, 7)
    } else {
      // `**Step 3 - Data**` after `## Step 2 - Framing` is the next step, not a part of step 2.
      depth =
        (numbering && numbering === this.#lastRealNumbering) || nextStage(compiled, title, this.#lastRealStages)
          ? this.#lastRealDepth
          : Math.min(this.#lastRealDepth + 1, 7)
      // Bold lines after a bold step line (`**Step 2 - Model**`, then `**Baseline:**`) are parts of that step; one
      // that names another whole stage (`**Deployment**` after `**Step 5: Evaluation**`) ranks beside it.
      if (!step && this.#stepDepth !== undefined)
        depth = nextStage(compiled, title, this.#stepStages) ? this.#stepDepth : Math.min(this.#stepDepth + 1, 7)
    }
    if (step) [this.#stepDepth, this.#stepStages] = [depth, namedStages(compiled, title, [])]
    this.#lastPseudo = { index, depth, numbering, names }
    return depth
  }
}
