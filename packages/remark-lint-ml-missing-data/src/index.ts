/**
 * remark-lint rule to check that an ML system design document says how
 * missing values are handled.
 *
 * ## What is this?
 *
 * This rule checks that the document names how missing values are handled:
 * drop the rows, impute with the median, a constant or a model, a default
 * value, an explicit `unknown` category, a missing-indicator feature, a
 * model that handles them natively; or argues that none occur (`there are
 * no missing values: every example is a complete image`).
 *
 * It accepts a `Missing data` section or lead-in (`Missing values`,
 * `Nulls`, `Missing value handling`, ...), a table row, a front-matter key, or a
 * sentence anywhere that names what is missing and how it is handled, in
 * the same sentence or the next one (`Device fingerprint is absent for
 * card-present transactions. We put a sentinel value of -1 in those fields
 * and add a has_device flag.`).
 *
 * ## When should I use this?
 *
 * Whenever the model learns from tabular or logged data, which is nearly
 * always: a pipeline that meets a null it did not plan for fails or,
 * worse, learns from it silently.
 *
 * ## Options
 *
 * Only the vocabulary options shared by every rule (`headings`, `answers`,
 * ...): see `mdast-util-ml-design`. Add a method your team uses with
 * `answers` (`{"missing-data": ["MICE"]}`).
 *
 * ## Decisions
 *
 * * Saying that missing values are filled, handled or imputed without how
 *   (`missing values will be filled`) does not answer it, even in a
 *   `Missing data` section. When such a section says nothing more, the
 *   message points at its heading.
 * * A cold-start plan (`Cold start: new users get the popularity list`) is
 *   no handling of missing values (changed in the eighteenth round): it is
 *   about users or items with no history yet, and the independent labellers
 *   of five published recommender designs by five authors all read it so.
 *   A record whose field is empty and is given a stand-in still counts
 *   (`users with no age get the median`).
 * * "Missing" in other senses (`missing a fraudulent payout`, `missed
 *   churners`) is not about missing values.
 * * A question (`what do we do when the search returns nothing?`) or an
 *   open item never counts.
 * * Records that lack a field ("parties that did not show have no seated
 *   time, so they are dropped") are missing values handled by that method.
 * * Watching null rates in monitoring (`feature null rates are charted
 *   hourly`) is a monitored signal, not a handling of missing values.
 * * A short list label that names the topic (`- Missing`, `- Missing
 *   frames`, four words at most) is answered by a bullet nested under it
 *   (`the window is discarded`); a longer item about missing values does
 *   not lend its topic to what is nested under it.
 * * "Handle missing values appropriately" names no method; "LightGBM
 *   handles missing values natively" does.
 * * A stand-in written as a literal is a method: a quoted or code value or a
 *   number after an arrow or `=` (`emails have no ride status → "no_ride"`,
 *   `no reply velocity yet -> 0`, `quiz_done = 0`), or soon after a verb
 *   that assigns it (`they get the \`general\` tag`). A share after an arrow
 *   (`missing → 2% of rows`) is a rate, not a stand-in. So are gaps
 *   "reconstructed from" another source, a value that "fills in for" them,
 *   "linear interp." and a fallback for items "too new" to have a history.
 * * pandas' `dropna`, `ffill` and `bfill` name their method; `fillna`
 *   alone does not.
 * * A `Missing data` label left open (`- Missing data: TBD`) is where the
 *   message goes, like an empty `Missing data` section.
 * * A `Data quality` section is data engineering, not a missing-values
 *   section: duplicates removed or test accounts excluded there handle no
 *   missing value. A sentence in it that names what is missing and how it
 *   is handled answers, as anywhere.
 * * A record said to lack a field is the topic without the word "missing",
 *   as outlines write it: `pages without an effective date → treated as
 *   current`, `lectures w/o slides are summarised from the transcript and
 *   the slide block dropped`, `POIs with no opening hours are flagged`. An
 *   outcome that did not happen is not a field (`with no drop in CSAT`,
 *   `without precision loss`, `shown without a click = 0` defines a label),
 *   nor is an action left undone (`send w/o reading`). Records passed over
 *   (`skip the model`) or flagged are handled.
 * * Imputing is on the topic without the word "missing": a method named
 *   before the noun (`Median imputation`, `regression-based imputation`)
 *   or the value after the verb (`imputed as 0`) says how gaps are
 *   filled, and `exclusion` of the rows drops them. "Imputation will be
 *   applied" names no method.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * A fallback counts when it stands in for a missing input value: a
 *   feature absent at request time given its default. A fallback for a failed service (`if the model service is down,
 *   the page falls back to the bestseller list`, a feature-store timeout
 *   answered by the popularity list) keeps the page up and handles no
 *   missing value.
 * * In Russian, drop or fill offered as options (`Удаление или заполнение
 *   пропусков (например, средними, медианами)`) chooses no method: the
 *   contract's kinds joined by "or" (`или`), which the reader's prompt test
 *   reads in English only.
 *
 * @module ml-missing-data
 * @example
 *   {"name": "appropriately.md", "label": "input"}
 *
 *   # Churn pipeline
 *
 *   ## Data
 *
 *   - Handle missing values appropriately
 *
 * @example
 *   {"name": "appropriately.md", "label": "output"}
 *
 *   6:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "ok-natively.md"}
 *
 *   # Churn pipeline
 *
 *   ## Data
 *
 *   - LightGBM handles missing values natively, so none are imputed
 *
 * @example
 *   {"name": "ok-nested.md"}
 *
 *   # Wake word
 *
 *   ## Data prep
 *
 *   - Missing frames
 *     - when the audio buffer drops frames, the window is discarded
 *
 * @example
 *   {"name": "nested-elsewhere.md", "label": "input"}
 *
 *   # Wake word
 *
 *   ## Data prep
 *
 *   - Some recordings have missing frames, which we will look at after launch
 *     - duplicate uploads are discarded
 *
 * @example
 *   {"name": "nested-elsewhere.md", "label": "output"}
 *
 *   7:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Claims fraud triage
 *
 *   ## Missing data
 *
 *   Vehicle value is missing for 4% of motor claims; we impute the median for the vehicle group and add a missing-indicator.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Feed ranking
 *
 *   **Missing data:** posts without an image get a zero image embedding and a has_image flag.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # House prices
 *
 *   | Topic | Handling |
 *   | --- | --- |
 *   | Missing values | year built is imputed with the median of the same street |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   missing_data: rows without a living area are dropped from training
 *   ---
 *
 *   # House prices
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Card fraud
 *
 *   Device fingerprint is absent for card-present transactions. We put a sentinel value of -1 in those fields and add a has_device flag.
 *
 * @example
 *   {"name": "ok-none.md"}
 *
 *   # Face blur
 *
 *   ## Data
 *
 *   There are no missing values to fill: every example is a complete image.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Dating match ranking
 *
 *   ## Data preparation
 *
 *   Swipes are joined to profiles by user id and split by time.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "vague.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Missing values
 *
 *   Missing values will be filled before training.
 *
 * @example
 *   {"name": "vague.md", "label": "output"}
 *
 *   3:1-3:18: Unexpected handling of missing values without a method, expected how they are filled or dropped (median, constant, default, indicator, dropped rows, native handling) or why none occur, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "ok-stand-in.md"}
 *
 *   # Ticket priority
 *
 *   ## Data
 *
 *   - Missing: emails have no ride status → "no_ride" value
 *
 * @example
 *   {"name": "ok-library-call.md"}
 *
 *   # Sensor forecast
 *
 *   Missing sensor minutes are `ffill`-ed from the last reading.
 *
 * @example
 *   {"name": "fillna-alone.md", "label": "input"}
 *
 *   # Sensor forecast
 *
 *   ## Missing values
 *
 *   Missing sensor minutes go through `fillna`.
 *
 * @example
 *   {"name": "fillna-alone.md", "label": "output"}
 *
 *   3:1-3:18: Unexpected handling of missing values without a method, expected how they are filled or dropped (median, constant, default, indicator, dropped rows, native handling) or why none occur, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "ok-absent-field.md"}
 *
 *   # Policy assistant
 *
 *   ## Collect the data
 *
 *   - pages without an effective date -> treated as current, marked "date unknown"
 *
 * @example
 *   {"name": "guardrail-not-field.md", "label": "input"}
 *
 *   # Reply drafts
 *
 *   ## Data
 *
 *   - cut handle time by 25% with no drop in CSAT
 *   - replies shown without a click = 0
 *
 * @example
 *   {"name": "guardrail-not-field.md", "label": "output"}
 *
 *   7:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "data-quality-other.md", "label": "input"}
 *
 *   # Member churn
 *
 *   ## Data quality
 *
 *   Test and staff accounts are removed by the is_internal flag; duplicate members are linked by email hash.
 *
 * @example
 *   {"name": "data-quality-other.md", "label": "output"}
 *
 *   6:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "ok-data-quality.md"}
 *
 *   # Member churn
 *
 *   ## Data quality
 *
 *   Members with no badge data get zero visits and a no_badge flag.
 *
 * @example
 *   {"name": "label-left-open.md", "label": "input"}
 *
 *   # PPE detection
 *
 *   ## Data & features
 *
 *   - Missing data: TBD
 *
 * @example
 *   {"name": "label-left-open.md", "label": "output"}
 *
 *   5:3-5:15: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "share-not-stand-in.md", "label": "input"}
 *
 *   # Ticket priority
 *
 *   ## Missing values
 *
 *   Missing ride status → 2% of emails.
 *
 * @example
 *   {"name": "share-not-stand-in.md", "label": "output"}
 *
 *   3:1-3:18: Unexpected handling of missing values without a method, expected how they are filled or dropped (median, constant, default, indicator, dropped rows, native handling) or why none occur, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "prepared-step.md", "label": "input"}
 *
 *   # Grid battery
 *
 *   ## Collect the data
 *
 *   Five years of hourly prices from the market operator.
 *
 *   ## Clean the data
 *
 *   Drop hours the battery was offline.
 *
 *   ## Pick a model
 *
 *   Gradient boosting.
 *
 * @example
 *   {"name": "prepared-step.md", "label": "output"}
 *
 *   11:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "outage-fallback.md", "label": "input"}
 *
 *   # Product recommendations
 *
 *   ## Serving
 *
 *   If the model service is down, the page falls back to the bestseller list.
 *
 * @example
 *   {"name": "outage-fallback.md", "label": "output"}
 *
 *   3:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "cold-start-only.md", "label": "input"}
 *
 *   # Game recommendations
 *
 *   ## Data
 *
 *   - Cold start: new players get the top 200 games by popularity.
 *   - Cold-start items are boosted for their first week.
 *
 * @example
 *   {"name": "cold-start-only.md", "label": "output"}
 *
 *   7:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 *
 * @example
 *   {"name": "ok-empty-field-stand-in.md"}
 *
 *   # Game recommendations
 *
 *   ## Data
 *
 *   - Players with no age on file get the median age and an age_missing flag.
 *
 * @example
 *   {"name": "ok-imputation-named-first.md"}
 *
 *   # Loan default
 *
 *   ## Feature engineering
 *
 *   - Numeric columns: median imputation (income is skewed), then standard scaling
 *
 * @example
 *   {"name": "ok-imputed-as.md"}
 *
 *   # Weekly sales
 *
 *   ## Data preparation
 *
 *   | Column | Treatment |
 *   |---|---|
 *   | promo_amount | Imputed as `0` (no promotion that week) |
 *
 * @example
 *   {"name": "ok-imputation-or-exclusion.md"}
 *
 *   # Customer segments
 *
 *   ## Data preparation
 *
 *   - Quality: imputation below 2% missing per column, exclusion of the row above that
 *
 * @example
 *   {"name": "imputation-no-method.md", "label": "input"}
 *
 *   # Loan default
 *
 *   ## Data preparation
 *
 *   - Imputation will be applied where needed.
 *
 * @example
 *   {"name": "imputation-no-method.md", "label": "output"}
 *
 *   6:1: Unexpected missing handling of missing values, expected how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section, such as `Impute missing income with the median and add an income_missing flag`
 */
import type { VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

const example = 'Impute missing income with the median and add an income_missing flag'

const remarkLintMlMissingData = defineRule<Options>(
  {
    id: 'ml-missing-data',
    stage: 'data',
    messages: {
      noMethod: `Unexpected handling of missing values without a method, expected how they are filled or dropped (median, constant, default, indicator, dropped rows, native handling) or why none occur, such as \`{{example}}\``,
      missingHandlingMissingValues: {
        reason: missing(
          'handling of missing values',
          'how missing values are handled (drop, impute with the median or a constant, a default, a missing-indicator, native handling) or why none occur in a `Missing data` section',
          '{{example}}',
        ),
        stub: {
          part: 'missing-data',
          heading: 'Missing data',
          todo: 'TODO — say how missing values are handled or why none occur, such as `Impute income with the median`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    // Watching null rates in production ("feature null rates are charted hourly") is monitoring, not handling.
    const watched = new Set(reading.evidence('monitored-signal').map((item) => item.sentence))
    const watching = (item: { via: string; sentence: number }) => {
      if (item.via !== 'sentence' || !watched.has(item.sentence)) return false
      const { section } = reading.sentences[item.sentence]
      const stages = section >= 0 ? reading.sections[section].inStages : []
      return stages.length > 0 && stages.every((stage) => stage === 'monitoring')
    }
    if (reading.hasEvidence('missing-data', (item) => !watching(item))) return

    // A section or lead-in on missing values that names no method: point at it.
    const mentioned = reading.cueSentences('missing-data', 'topic')
    const vague = [
      ...reading.sectionsFor('missing-data').map((section) => ({
        at: reading.headingOf(section),
        content: reading.content(section),
      })),
      ...reading.statementsFor('missing-data').map((statement) => ({ at: statement.labelRange, content: statement })),
    ].find(({ content }) =>
      reading.sentencesIn(content).some((sentence) => reading.answers(sentence) && mentioned.has(sentence.index)),
    )
    if (vague) {
      report('noMethod', { place: reading.place(vague.at), data: { example } })
      return
    }
    report('missingHandlingMissingValues', {
      place: placeMissing(reading, 'missing-data', { named: true }),
      data: { example },
    })
  },
)

export default remarkLintMlMissingData
