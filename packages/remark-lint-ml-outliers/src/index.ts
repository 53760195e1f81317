/**
 * remark-lint rule to check that an ML system design document says how
 * outliers are handled.
 *
 * ## What is this?
 *
 * This rule checks that the document says what happens to extreme or
 * implausible values in the data the model learns from: clipping,
 * winsorising, a log transform, removal, a robust loss, a bot filter; or
 * argues that they do not matter ("tree models are robust to outliers",
 * "the spikes are the signal we forecast").
 *
 * It accepts an `Outliers` section, a labelled lead-in (`**Outliers:**
 * ...`), a table row, a front-matter key (`outliers`), or a sentence
 * anywhere that names a treatment ("watch times longer than three times the
 * video are clipped", "top-up amounts are capped at the 99th percentile",
 * "counts are log-transformed").
 *
 * ## When should I use this?
 *
 * Always: a handful of bots, sensor glitches or extreme values can dominate
 * a loss or a feature's scale, and every design should say what it does
 * about them.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A treatment named on its own counts without the word "outlier":
 *   clipping, winsorising, log transforms, robust scaling (median / MAD,
 *   robust z-scores) and a Huber loss.
 * * Dropping or capping values beyond a stated cut-off ("seekers who apply
 *   to more than 200 jobs a week are removed from training") counts where
 *   the data is prepared (a data stage section or a `Data:` lead-in), and
 *   in prose outside any stage unless it is a cut-off on a score; elsewhere
 *   the same words describe a decision threshold ("comments scoring above
 *   0.9 are removed") or an alert, not outlier handling.
 * * De-duplication and filtering by language or length are data cleaning,
 *   not outlier handling, unless the text ties them to extreme values.
 * * The rule applies to every design, infrastructure RFCs included: where
 *   no model is trained there is nothing to clip, and one sentence saying so
 *   answers it.
 * * A cut-off and its treatment may sit in consecutive sentences ("Waits
 *   longer than 4 hours are hosts forgetting to seat a party; those rows are
 *   removed").
 * * FAQ headings name the part by its words (`Q10. What about outliers?`).
 * * "Clip" counts as the verb ("clipped at", "we clip"), never as the noun:
 *   CLIP is an image model, and clips are audio or video segments.
 * * Paraphrased treatments count like the words they stand for:
 *   implausible readings "treated as missing", copy-paste floods "merged
 *   into one example".
 * * Extreme records left to a person are handled: "amounts above €1M
 *   always go to review" under an `Outliers` label. The same words without
 *   an outlier ("low-confidence fields go to review") are a decision on the
 *   score, not outlier handling.
 * * A cut-off may be written with a sign, as outlines do: `> 50 opens a
 *   day`, `≥ 3`, `&gt; 95%` in raw HTML and `60+ shifts a week` count like
 *   "more than". An upper bound (`< 5 min`, `≤ 2%`) does not: it filters
 *   short items or caps an output as often as it handles extremes.
 * * Values replaced ("spikes are replaced by the interpolated value"),
 *   ignored or kept out of training ("never enter training") are handled
 *   like removed ones; "inverter clipping" and "audio clipping" are physical
 *   limits, not treatments.
 * * A question bullet answers through the bullets nested under it, as a
 *   short label does: "How do we stop noisy captions dominating?" over "captions
 *   under three words are filtered" is handled; the same question over a
 *   bullet that names no treatment is not.
 * * A cut-off's number may be written in words, as prose writes small
 *   ones ("titles longer than twelve words are a pasted description; we
 *   keep the first twelve tokens"), and keeping only the first part of an
 *   over-long record is truncating it.
 * * Noise in the labels is not an extreme value: weak or noisy labels kept
 *   apart ("kept as a separate noisy set for pre-training") handle no
 *   outlier.
 * * A counted burst of copies merged into one where the data is prepared
 *   (a data stage section or label) handles an outlier without the word:
 *   copies of one record made several times ("customers who send the same
 *   email 3–4 times → merged into one example", "the same CV sent to all
 *   four tracks is kept once") are an extreme weight on that record.
 *   Duplicates merged with no count ("duplicate listings are merged into
 *   one") are data cleaning, and outside the data stage the same words
 *   describe something else ("consecutive positive windows are merged into
 *   one clip").
 *
 * @module ml-outliers
 * @example
 *   {"name": "ok-number-in-words.md"}
 *
 *   # Job title coding
 *
 *   ## Data preparation
 *
 *   Titles longer than twelve words are almost always a pasted description; we keep the first twelve tokens.
 *
 * @example
 *   {"name": "label-noise.md", "label": "input"}
 *
 *   # Scan-skip detection
 *
 *   ## Data
 *
 *   Weak labels from the bagging-area scale are kept as a separate noisy set for pre-training.
 *
 * @example
 *   {"name": "label-noise.md", "label": "output"}
 *
 *   6:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "ok-review.md"}
 *
 *   # Invoice extraction
 *
 *   ## Data
 *
 *   - Outliers
 *     - amounts above €1M always go to review, whatever the confidence
 *
 * @example
 *   {"name": "review-elsewhere.md", "label": "input"}
 *
 *   # Invoice extraction
 *
 *   ## Data
 *
 *   - Low-confidence fields go to review before posting.
 *
 * @example
 *   {"name": "review-elsewhere.md", "label": "output"}
 *
 *   6:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Video recommendations
 *
 *   ## Outliers
 *
 *   Accounts with more than 2,000 impressions a day are treated as bots and dropped.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Delivery time
 *
 *   **Outliers:** deliveries longer than three hours are order mix-ups and are removed from training.
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Retention calls
 *
 *   Top-up amounts are capped at the 99th percentile, since resellers above it would dominate the amount features.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # House prices
 *
 *   | Step | Decision |
 *   | --- | --- |
 *   | Outliers | Sale prices are log-transformed and the loss is Huber |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   outliers: sensor readings outside the physical range are dropped
 *   ---
 *
 *   # Turbine failure
 *
 * @example
 *   {"name": "ok-none.md"}
 *
 *   # Sales forecast
 *
 *   ## Outliers
 *
 *   Promotion spikes are not outliers: they are the signal we forecast, so they stay in the data.
 *
 * @example
 *   {"name": "ok-cut-off.md"}
 *
 *   # Job digest
 *
 *   ## Data preparation
 *
 *   Seekers who apply to more than 200 jobs in a week are scripts and are removed from training.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Ticket routing
 *
 *   ## Data
 *
 *   Two years of tickets with the queue that resolved them.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "decision-threshold.md", "label": "input"}
 *
 *   # Comment moderation
 *
 *   Comments scoring above 0.9 are removed automatically.
 *
 * @example
 *   {"name": "decision-threshold.md", "label": "output"}
 *
 *   4:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "placeholder.md", "label": "input"}
 *
 *   # Job recommendations
 *
 *   ## Outliers
 *
 *   -
 *
 * @example
 *   {"name": "placeholder.md", "label": "output"}
 *
 *   3:1-3:12: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "ok-paraphrase.md"}
 *
 *   # Comment moderation
 *
 *   - copy-paste floods (the same comment posted 50 times) are merged into one example
 *
 * @example
 *   {"name": "missing-not-about-outliers.md", "label": "input"}
 *
 *   # House prices
 *
 *   ## Data
 *
 *   New listings have no history, so those features are treated as missing. Duplicate listings are merged into one.
 *
 * @example
 *   {"name": "missing-not-about-outliers.md", "label": "output"}
 *
 *   6:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "missing-clip-model.md", "label": "input"}
 *
 *   # Shelf products
 *
 *   ## Data
 *
 *   We embed crops with CLIP; a short spike compares CLIP vs DINOv2. Clips shorter than 0.8 s are padded with noise.
 *
 * @example
 *   {"name": "missing-clip-model.md", "label": "output"}
 *
 *   6:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "ok-clip-verb.md"}
 *
 *   # Basket value
 *
 *   We clip order values above the 99.9th percentile.
 *
 * @example
 *   {"name": "ok-signed-bound.md"}
 *
 *   # Banner bandit
 *
 *   ## Data
 *
 *   - scripted clients (> 50 home opens a day) excluded from learning
 *
 * @example
 *   {"name": "upper-bound.md", "label": "input"}
 *
 *   # Meeting notes
 *
 *   ## Data
 *
 *   - meetings < 5 min are dropped
 *
 * @example
 *   {"name": "upper-bound.md", "label": "output"}
 *
 *   6:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "ok-replaced.md"}
 *
 *   # Grid load
 *
 *   Spikes from meter resets are replaced by the interpolated value.
 *
 * @example
 *   {"name": "physical-clipping.md", "label": "input"}
 *
 *   # Solar nowcast
 *
 *   ## Features
 *
 *   - DC/AC ratio (inverter clipping limits power on sunny middays)
 *
 * @example
 *   {"name": "physical-clipping.md", "label": "output"}
 *
 *   6:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 * @example
 *   {"name": "ok-question-answered.md"}
 *
 *   # Photo search
 *
 *   ## Data
 *
 *   1. How do we stop noisy captions from dominating the training pairs?
 *      - Captions under three words are filtered out before training.
 *
 * @example
 *   {"name": "question-unanswered.md", "label": "input"}
 *
 *   # Photo search
 *
 *   ## Data
 *
 *   1. How do we stop noisy captions from dominating the training pairs?
 *      - Still open: we first want to read a sample of them.
 *
 * @example
 *   {"name": "question-unanswered.md", "label": "output"}
 *
 *   7:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 *
 *
 * @example
 *   {"name": "ok-copies-merged.md"}
 *
 *   # Macro suggestions
 *
 *   ## Data preparation
 *
 *   - Duplicates: customers who send the same email three or four times → merged into one example
 *
 * @example
 *   {"name": "copies-merged-elsewhere.md", "label": "input"}
 *
 *   # Match highlights
 *
 *   ## How it fits together
 *
 *   Consecutive positive windows are merged into one clip before it is published.
 *
 * @example
 *   {"name": "copies-merged-elsewhere.md", "label": "output"}
 *
 *   6:1: Unexpected missing outlier handling, expected how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section, such as `Order values above the 99.9th percentile are clipped`
 */
import type { Evidence, Range } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

const remarkLintMlOutliers = defineRule(
  {
    id: 'ml-outliers',
    stage: 'data',
    messages: {
      missingOutlierHandling: {
        reason: missing(
          'outlier handling',
          'how extreme values are handled (clipping, winsorising, a log transform, removal, a robust loss) or why they do not matter, in an `Outliers` section',
          'Order values above the 99.9th percentile are clipped',
        ),
        stub: {
          part: 'outliers',
          heading: 'Outliers',
          todo: 'TODO — say how extreme values are handled or why they do not matter, such as `Clip order values at the 99.9th percentile`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    // A cut-off is outlier handling where the data is prepared, or in prose outside any stage when it is not on a
    // score; elsewhere it is a decision threshold or an alert.
    const preparing: Range[] = [...reading.stageContent('data')]
    const staged: Range[] = reading.statements.filter((statement) => statement.stages.length > 0)
    const decisions = reading.cueSentences('score-cutoff', 'topic')
    const handlesOutliers = (item: Evidence) => {
      const sentence = reading.sentences[item.sentence]
      if (reading.overlaps(preparing, sentence)) return true
      const stages = sentence.section >= 0 ? reading.sections[sentence.section].inStages : []
      return stages.length === 0 && !reading.overlaps(staged, sentence) && !decisions.has(sentence.index)
    }
    if (reading.hasEvidence('outliers') || reading.hasEvidence('outlier-cutoff', handlesOutliers)) return
    report('missingOutlierHandling', { place: placeMissing(reading, 'outliers', { named: true }) })
  },
)

export default remarkLintMlOutliers
