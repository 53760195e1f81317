/**
 * remark-lint rule to check that an ML system design document has a data
 * preparation stage that describes the features.
 *
 * ## What is this?
 *
 * This rule checks two things, and warns separately for each:
 *
 * * the document has a **data preparation stage**: a section (`Data
 *   preparation`, `Data`, `Data pipeline`, `Preprocessing`, ...) or a
 *   labelled lead-in (`**Data prep:** ...`) with something in it, covering
 *   data engineering: sources, pipelines, joins, storage, sampling, splits;
 * * the document describes the **features** and how they are built or
 *   encoded: embeddings, one-hot, bucketing, normalisation, counts over
 *   windows, tokenisation (`Features: user embedding, 7-day click count
 *   (log-scaled), device one-hot`).
 *
 * Features may be described in a `Features` or `Feature engineering`
 * section or lead-in anywhere, in the data preparation stage (`Images
 * resized to 224×224 and normalised per channel`), or in prose that names
 * features and how they are built.
 *
 * ## When should I use this?
 *
 * Always: a model is only as good as the data pipeline and the features
 * that feed it, and reviewers look for both.
 *
 * ## Options
 *
 * Only the vocabulary options shared by every rule (`headings`, `answers`,
 * ...): see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A stage section or lead-in that is empty, `TODO` or only a template
 *   prompt does not count as the stage.
 * * `Pre-processing` with its hyphen names the data stage, as
 *   `Preprocessing` does (`## 1. Pre-processing`, `- Data pre-processing`).
 * * A stage noun before `pipeline` names the stage (`Design the data
 *   processing pipeline`, `Feature pipeline`), as it does before `plan`.
 * * Features named in passing in the model, evaluation, deployment or
 *   monitoring sections (`logistic regression with hashed feature crosses`)
 *   do not describe the features; a `Features:` lead-in there does.
 * * A transformation without the word "feature" counts inside the data
 *   preparation stage or a features or input section (`text is tokenised
 *   with a 16k-wordpiece vocabulary`).
 * * Talk of features in a document that designs no model (a feature store
 *   RFC that declares feature specs) does not describe a model's features,
 *   unless it has a `Features` or `Feature engineering` section or lead-in.
 * * When the stage is missing, the message points where a `Data
 *   preparation` section belongs; missing features with no section for them
 *   point where a `Feature engineering` section belongs. Either message has
 *   the section's stub as its `expected` value (the quick fix).
 * * A `Missing values`, `Class imbalance` or `Outliers` part, as a section
 *   or as a label elsewhere (`- Class balance: ...` under the model), does
 *   not stand in for a data preparation section left as `TODO`: the stage
 *   is reported at that section.
 * * A short label over a nested list of features describes them: `- input:
 *   merchant x day` then `- refund rate, dispute rate 28d`, `- ratio of the
 *   7-day to the 28-day volume`; so does a bare topic word as the label
 *   (`- input` over `- avg handle time over the last 30 min`), though the
 *   word alone would be a template stub.
 * * A bucket that is an experiment's arm or a storage place ("logs of the
 *   exploration bucket", "an S3 bucket") is no bucketing of a feature. A
 *   place is read from the phrase's shape, not a list of stores: a singular
 *   bucket after a preposition and a determiner or a possessive, with at
 *   most two words between and no number ("stored in the study bucket",
 *   "on the vendor's bucket"); "by horizon bucket" and "bucketed into 5
 *   bands" still bucket a value.
 * * A feature list deferred is not a feature list: "which fields the model
 *   sees and how they are encoded, we will decide once the baseline numbers
 *   are in", "Features: to be agreed with the recruiters", "whatever the
 *   feature list ends up being" and "decide after the bake-off" are
 *   undecided, like "not decided yet".
 * * Talk of features that names none ("we will engineer relevant features",
 *   a template's `- Feature definitions and transformations.`) does not
 *   describe them; features named beside it still do.
 * * A list after a lead-in sentence naming the model's features or input
 *   ("The model uses these features:", "It takes as input:") is the
 *   feature list, in the model section too; "It has two main features:"
 *   over a product's functions is not.
 * * A sentence that says how gaps are filled ("subscribers with no reading
 *   in the window get zero counts", "the delay features are left empty")
 *   answers `ml-missing-data`; it names features in passing and does not
 *   describe them.
 * * A `Data model` section (`6. Data model`, `Data model and contracts`)
 *   names the stage: the tables the data is kept in and their columns are
 *   its storage. Left as `TODO`, it is a stub like any other.
 * * A dataset's table of columns under the data stage, headed `Column` or
 *   `Variable` (`| Column | Type | Description |`), lists the model's
 *   features. The same table elsewhere (the fields an endpoint returns) does
 *   not; nor does a `Field` or `Attribute` column, which heads key-value
 *   tables (`| Field | Value |`) in any section.
 * * A `Features` section that lists what the product does, as project
 *   READMEs open with (`- Offline mode`, `- Users can share a playlist`,
 *   `- 🚨 Anomaly detection`), is neither the stage nor its features. Its
 *   items are read as the product's when half of them or more have such a
 *   shape (a leading emoji, `Users can ...`, a last word such as `mode`,
 *   `integration` or `dashboard`) and none has a feature's word or a
 *   transformation (`travel mode`, `trip distance`, `hour of day` stays a
 *   feature list).
 *
 * @module ml-data-preparation
 * @example
 *   {"name": "deferred-features.md", "label": "input"}
 *
 *   # Job title coding
 *
 *   ## Data preparation
 *
 *   Titles are deduplicated and split by employer into training, validation and test.
 *
 *   ### Features
 *
 *   Which parts of the posting the model sees and how they are encoded, we will decide once the baseline numbers are in.
 *
 * @example
 *   {"name": "deferred-features.md", "label": "output"}
 *
 *   7:1-7:13: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "ok-decided-features.md"}
 *
 *   # Job title coding
 *
 *   ## Data preparation
 *
 *   Titles are deduplicated and split by employer into training, validation and test.
 *
 *   ### Features
 *
 *   The title is encoded as TF-IDF word 1-2-grams. Whether to add the description, we will decide once the baseline numbers are in.
 *
 * @example
 *   {"name": "gap-not-features.md", "label": "input"}
 *
 *   # Subscription churn
 *
 *   ## Data preparation
 *
 *   Reading, billing and support logs are joined by subscriber and split by month. Subscribers with no reading in the window get zero counts, a strong signal in itself.
 *
 * @example
 *   {"name": "gap-not-features.md", "label": "output"}
 *
 *   6:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "ok-nested-features.md"}
 *
 *   # Payout holds
 *
 *   ## Data
 *
 *   Merchant ledger and dispute feed from the warehouse, split by day.
 *
 *   ## Proposal
 *
 *   - predict whether a merchant makes a net loss within 90 days, binary classification
 *   - input: merchant x day
 *     - volume over the last 7 and 28 days, and the ratio of the two
 *     - refund rate and dispute rate over 28 days
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Ticket routing
 *
 *   ## Data preparation
 *
 *   Export tickets from the helpdesk API nightly into the warehouse and split by time.
 *
 *   ### Features
 *
 *   TF-IDF word 1-2-grams of the text, channel one-hot and plan tier one-hot.
 *
 * @example
 *   {"name": "ok-pre-processing.md"}
 *
 *   # Checkout latency alerts
 *
 *   ## 1. Pre-processing
 *
 *   Gaps in the per-minute series are filled by interpolation and the daily cycle is removed. Each point is then z-score normalised against its hour-of-week history.
 *
 * @example
 *   {"name": "ok-shorthand.md"}
 *
 *   # CNP fraud scoring
 *
 *   ## Data
 *
 *   - Split: by time, months 1-14 train, month 15 validation
 *   - Feats
 *     - amount, currency, MCC, hour-of-day (cyclic enc.)
 *     - No. of txns per card in 1h / 24h / 7d
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Ride demand
 *
 *   **Data prep:** aggregate request logs per cell and 15-minute slot in the nightly Spark job. Features: counts for the same slot 1, 7 and 14 days ago, a rolling 1 h mean and an hour-of-week one-hot.
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Scene classifier
 *
 *   ## Data preparation
 *
 *   Near-duplicate burst shots are collapsed and the split is by photographer. Images are resized to 224×224 and normalised per channel; capture parameters are log-scaled and bucketed into 8 bins.
 *
 * @example
 *   {"name": "ok-step-pipeline.md"}
 *
 *   # Edit review
 *
 *   ## Design the data processing pipeline
 *
 *   Edits and review decisions are joined on the edit id nightly and split by week. The added text is TF-IDF encoded, the editor's account age is log-scaled and the article topic is one-hot encoded.
 *
 * @example
 *   {"name": "no-stage.md", "label": "input"}
 *
 *   # Support reply drafts
 *
 *   ## Framing
 *
 *   An LLM drafts the reply from the ticket thread, the customer's plan and the top four help-centre passages.
 *
 * @example
 *   {"name": "no-stage.md", "label": "output"}
 *
 *   6:1: Unexpected missing data preparation stage, expected a `Data preparation` section on sources, pipelines, joins, sampling and splits, such as `Join 90 days of click logs to item metadata nightly and split by day`
 *   6:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "no-features.md", "label": "input"}
 *
 *   # Merchant nudges
 *
 *   ## Data
 *
 *   Snapshot the merchant tables daily, join events to the ledger by merchant and date, and hold out the most recent 8 weeks.
 *
 *   ## Model
 *
 *   Logistic regression with hashed feature crosses.
 *
 * @example
 *   {"name": "no-features.md", "label": "output"}
 *
 *   7:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "stub-beside-side-label.md", "label": "input"}
 *
 *   # Dispatch acceptance
 *
 *   ## Data & features
 *
 *   - Data sources
 *   - TBD
 *
 *   ## Model
 *
 *   - Class balance: accepts are 30% of offers, no resampling
 *
 * @example
 *   {"name": "stub-beside-side-label.md", "label": "output"}
 *
 *   3:1-3:19: Unexpected missing data preparation stage, expected a `Data preparation` section on sources, pipelines, joins, sampling and splits, such as `Join 90 days of click logs to item metadata nightly and split by day`
 *   8:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "ok-bare-input-label.md"}
 *
 *   # Support chat wait
 *
 *   ## Framing
 *
 *   - ML objective: predict the wait in minutes from join to agent pickup
 *   - input
 *     - chats ahead in the same queue
 *     - avg handle time over the last 30 min
 *
 *   ## Data
 *
 *   Chat logs are joined to queue snapshots nightly and split by week.
 *
 * @example
 *   {"name": "bare-input-label-stub.md", "label": "input"}
 *
 *   # Support chat wait
 *
 *   ## Framing
 *
 *   - ML objective: predict the wait in minutes from join to agent pickup
 *   - input
 *     - TBD
 *
 *   ## Data
 *
 *   Chat logs are joined to queue snapshots nightly and split by week.
 *
 * @example
 *   {"name": "bare-input-label-stub.md", "label": "output"}
 *
 *   12:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "exploration-bucket.md", "label": "input"}
 *
 *   # Reminder send hour
 *
 *   ## Framing
 *
 *   A bandit picks the hour; the reward is a lesson started within 2 h.
 *
 *   ## Data
 *
 *   Logs of the exploration bucket are joined to lesson starts daily.
 *
 * @example
 *   {"name": "exploration-bucket.md", "label": "output"}
 *
 *   10:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "bucket-as-place.md", "label": "input"}
 *
 *   # Sales call disclosures
 *
 *   ## Framing
 *
 *   Predict whether a call skipped the required disclosure, a binary classification.
 *
 *   ## Data
 *
 *   - transcripts from the call vendor; we have a few months of them on the vendor's bucket
 *   - split by week
 *
 * @example
 *   {"name": "bucket-as-place.md", "label": "output"}
 *
 *   11:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "ok-bucketed-beside-place.md"}
 *
 *   # Sales call disclosures
 *
 *   ## Framing
 *
 *   Predict whether a call skipped the required disclosure, a binary classification.
 *
 *   ## Data
 *
 *   - transcripts from the call vendor; we have a few months of them on the vendor's bucket
 *   - call length bucketed into 5-minute bands, agent tenure one-hot by year
 *
 * @example
 *   {"name": "ok-data-model.md"}
 *
 *   # Nightly course picks
 *
 *   ## 1. Problem
 *
 *   Rank 10 courses per learner each night to maximise enrolments.
 *
 *   ## 2. Data model
 *
 *   - Enrolments table: learner id, course id, enrolled at, completed flag
 *   - Learner feature table: enrolments over the last 90 days, mean quiz score, topic embedding
 *
 * @example
 *   {"name": "data-model-stub.md", "label": "input"}
 *
 *   # Nightly course picks
 *
 *   ## 1. Problem
 *
 *   Rank 10 courses per learner each night to maximise enrolments.
 *
 *   ## 2. Data model
 *
 *   TBD
 *
 * @example
 *   {"name": "data-model-stub.md", "label": "output"}
 *
 *   7:1-7:17: Unexpected missing data preparation stage, expected a `Data preparation` section on sources, pipelines, joins, sampling and splits, such as `Join 90 days of click logs to item metadata nightly and split by day`
 *   10:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "ok-columns-table.md"}
 *
 *   # Card limit review
 *
 *   ## Dataset
 *
 *   One row per cardholder per month, built from the card ledger by the nightly job and split by month.
 *
 *   | Column | Type | Description |
 *   |---|---|---|
 *   | util_3m | float | mean utilisation over 3 months |
 *   | late_12m | int | late payments in 12 months |
 *   | income_band | category | declared income, 6 bands |
 *
 * @example
 *   {"name": "columns-of-a-response.md", "label": "input"}
 *
 *   # Card limit review
 *
 *   ## Dataset
 *
 *   One row per cardholder per month, built from the card ledger by the nightly job and split by month.
 *
 *   ## Serving
 *
 *   | Column | Type | Description |
 *   |---|---|---|
 *   | limit | float | the proposed card limit |
 *   | model_version | string | the model that scored |
 *
 * @example
 *   {"name": "columns-of-a-response.md", "label": "output"}
 *
 *   7:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "product-features.md", "label": "input"}
 *
 *   # Mood playlists
 *
 *   ## Features
 *
 *   - Playlists picked by mood
 *   - Offline mode
 *   - Sharing with friends
 *
 *   ## Model
 *
 *   A classifier predicts each track's mood from its audio.
 *
 * @example
 *   {"name": "product-features.md", "label": "output"}
 *
 *   9:1: Unexpected missing data preparation stage, expected a `Data preparation` section on sources, pipelines, joins, sampling and splits, such as `Join 90 days of click logs to item metadata nightly and split by day`
 *   9:1: Unexpected missing features, expected the features and how they are built or encoded in a `Feature engineering` section, such as `User embedding, 7-day click count (log-scaled), device one-hot`
 *
 * @example
 *   {"name": "ok-features-with-mode.md"}
 *
 *   # Commute time
 *
 *   ## Data
 *
 *   Trips from the app's logs, joined to weather by hour and split by week.
 *
 *   ## Features
 *
 *   - travel mode
 *   - trip distance
 *   - hour of day
 *
 *
 * @example
 *   {"name": "ok-emoji-feature-list.md"}
 *
 *   # Playlist ranking
 *
 *   ## Data
 *
 *   Two years of listening sessions from the event log, joined to the track catalogue.
 *
 *   ## Features
 *
 *   - 🎵 Genre
 *   - 🎤 Artist
 *   - ⏱️ Track length
 *   - 👍 Likes
 */
import type { Stage, VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

/** Stages where features named in passing are not a description of them. */
const passing: readonly Stage[] = ['model', 'evaluation', 'deployment', 'monitoring']

const remarkLintMlDataPreparation = defineRule<Options>(
  {
    id: 'ml-data-preparation',
    stage: 'data',
    messages: {
      missingDataPreparationStage: {
        reason: missing(
          'data preparation stage',
          'a `Data preparation` section on sources, pipelines, joins, sampling and splits',
          'Join 90 days of click logs to item metadata nightly and split by day',
        ),
        stub: {
          heading: 'Data preparation',
          todo: 'TODO — describe sources, pipelines, joins, sampling and splits, such as `Join 90 days of click logs to item metadata nightly`.',
        },
      },
      missingFeatures: {
        reason: missing(
          'features',
          'the features and how they are built or encoded in a `Feature engineering` section',
          'User embedding, 7-day click count (log-scaled), device one-hot',
        ),
        stub: {
          part: 'feature-engineering',
          heading: 'Feature engineering',
          todo: 'TODO — list the features and how they are built or encoded, such as `7-day click count, log-scaled`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    const allOpenings = reading.stageOpenings('data')
    const openings = allOpenings.filter((item) => item.substantive)
    // A `Missing values` or `Outliers` part, as a section or a label (`- Class balance: ...`), does not stand in for
    // a data preparation section left as TODO.
    const sidePart = (item: (typeof allOpenings)[number]) => {
      const parts =
        item.section === undefined
          ? (reading.statements.find((statement) => statement.labelRange.start === item.at.start)?.parts ?? [])
          : reading.sections[item.section].parts
      return parts.length > 0 && parts.every((part) => ['missing-data', 'class-imbalance', 'outliers'].includes(part))
    }
    const stub = allOpenings.find((item) => !item.substantive && !sidePart(item))
    const opening = stub && openings.every(sidePart) ? undefined : openings[0]
    // Missing features belong to the data preparation section itself, not to its `Missing values` part.
    const home = openings.find((item) => {
      if (item.section === undefined) return true
      const parts = reading.sections[item.section].parts
      return parts.length === 0 || parts.includes('data-engineering') || parts.includes('feature-engineering')
    })
    if (!opening) {
      report('missingDataPreparationStage', {
        place: allOpenings.length > 0 ? reading.place((stub ?? allOpenings[0]).at) : reading.documentPlace,
      })
    }

    const designsModel = reading.hasEvidence('ml-objective') || reading.hasEvidence('candidate-models')
    const described = reading.hasEvidence('features', (item) => {
      if (item.via !== 'sentence') return true
      const scope = reading.sentenceScope(item.sentence)
      const inFeatures = scope.parts.includes('feature-engineering') || scope.parts.includes('input')
      return designsModel && (inFeatures || !scope.stages.some((stage) => passing.includes(stage)))
    })
    const transformed = reading.hasEvidence('feature-transforms', (item) => {
      const scope = reading.sentenceScope(item.sentence)
      return (
        scope.stages.includes('data') || scope.parts.includes('feature-engineering') || scope.parts.includes('input')
      )
    })
    if (!described && !transformed) {
      report('missingFeatures', {
        place: placeMissing(reading, 'feature-engineering', {
          otherwise: home ? reading.place(home.at) : reading.documentPlace,
        }),
      })
    }
  },
)

export default remarkLintMlDataPreparation
