/**
 * remark-lint rule to check that an ML system design document says how fast
 * predictions must be.
 *
 * ## What is this?
 *
 * This rule checks that the document states a latency budget with a time
 * unit (`p99 under 100 ms`, `the draft must be complete within 8 seconds`)
 * or makes an explicit choice between real-time and batch prediction
 * (`scored in real time per request`, `a nightly batch job scores every
 * address`, `nothing here is real-time`).
 *
 * The statement may stand anywhere: in a `Latency` section or lead-in, a
 * table row, a front-matter key, or the serving section (a latency budget
 * given where serving is described still answers the requirement).
 *
 * ## When should I use this?
 *
 * Always: whether predictions are needed in milliseconds, in seconds or by
 * tomorrow morning decides the model size, the features that can be used and
 * how the system is served.
 *
 * ## Options
 *
 * Only the vocabulary options shared by every rule (`headings`, `answers`,
 * ...): see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A duration in milliseconds counts wherever it stands. A duration in
 *   seconds or minutes counts when it is a bound (`within 30 seconds`,
 *   `in under 6 s`) on producing or returning a prediction, not when it
 *   belongs to training, a rollback, an alert or a refresh (`rolled back in
 *   under 10 minutes` is no prediction latency).
 * * `batch`, `nightly`, `weekly`, `precomputed` and their kin choose a mode
 *   only in a sentence about producing predictions (`scoring is a weekly
 *   batch`); beside training (`retrained nightly`), in monitoring, or about
 *   embeddings or features alone (`embeddings are precomputed nightly`) they
 *   do not.
 * * A question (`real-time at upload, or batch afterwards?`), a placeholder
 *   or an undecided statement never counts, nor does an option nobody
 *   chose, a pros/cons list or a survey of how others do it.
 * * Hours are a latency unit too, with the same bound and context as
 *   seconds (`scores ready within 6 hours of the upload`); a `Timing` or
 *   `Turnaround` heading or label is a latency one.
 * * A label that names the mode (`**Batch scoring** - score the whole
 *   customer table`) chooses it for the content it labels, though the
 *   label alone reads as a bare topic.
 * * A mode word that describes an input (`real-time kitchen queue length`,
 *   `real-time features`, `streaming data`) chooses nothing, and a service
 *   is not serving (`small per-service models, re-diagnosed weekly`).
 * * Under a `Latency` heading, label or front-matter key (or an FAQ
 *   question `How fast must a prediction be?`), the heading says what is
 *   timed: `within 2 minutes of ingestion (streaming)` and `Batch:
 *   contracts are processed overnight` count without a word of predicting.
 *   A lead-in's own sentence stands under its label (`- Latency: daily
 *   batch is fine`).
 * * Batches of training (`in-batch negatives`, `batch size`, `mini-batch`)
 *   choose no prediction mode; the vocabulary keeps them as the
 *   serving-mode cue's `not` phrases.
 * * The answer nested under a clarifying question about speed (`- Real-time
 *   or batch?` then `- batch, once a week`; `- Latency?` then `- within 5 s
 *   of creation`) states it: the question says what the answer is about.
 * * A cadence in the data stage is how often data arrives or a pipeline
 *   runs (`Weather: hourly from the met service`), not how predictions are
 *   made; a duration of input (`25 ms windows`, `3 seconds of caller
 *   speech`) is no budget.
 * * Modes listed as alternatives choose none of them: a run of mode words
 *   joined only by commas, slashes, `or` or `vs` that holds both a batch
 *   and a live one (`Serving pattern (batch, realtime, streaming)`, `online
 *   vs offline`). A run of one kind (`scored online/real-time`) still
 *   chooses it, and so does a mode chosen beside the list (`Batch or
 *   real-time: we score every order in real time`).
 * * A mode word or a cadence that stands only under a retraining, pipeline,
 *   feature, data-preparation, explanation or monitoring label or section is
 *   about that, not about serving (`Retraining. Weekly on the last 18
 *   months`, `Pipeline: nightly job joins the snapshot at query time`,
 *   `Explanations: SHAP on a daily sample`); a budget in milliseconds there
 *   still counts.
 * * A duration in a sentence that gives the history is the label's window,
 *   not a latency budget (`2.5 yrs of lead deliveries (no response in 48 h)`).
 *
 * * Under a serving or deployment heading, a cadence word chooses the
 *   prediction mode even without a word of predicting (`nightly batch over
 *   yesterday's calls, results land in the QA tool by 07:00` under
 *   `Serving`); the same line under `Data` is how data arrives.
 * * A lead-in label that opens the deployment stage (`**deploy:** nightly
 *   airflow job → writes the forecast table`) is a deployment heading for
 *   its content: the cadence there chooses batch. In the deployment stage, a
 *   bare mode word that opens a line before a comma or a colon, as a label
 *   does (`- Online, inside the search API: query → classifier → boosts`),
 *   chooses that mode for the line; not when the line is a live test
 *   (`Online: A/B test on 5% of traffic`), which is evaluation.
 * * A cadence that gives the period a sum or a count is measured over
 *   (`estimated monthly costs`, `a daily budget`, `monthly active users`)
 *   schedules nothing, even under the serving heading.
 * * A cadence that is a rhythm of the data the model learns (`weekly and
 *   yearly seasonality`, `daily and weekly patterns of demand`, `several
 *   seasonalities (yearly, weekly)`) schedules nothing either.
 * * A bound may be written as what producing a prediction must not take
 *   (`ranking must not take longer than 1 second`, `no longer than 3
 *   seconds`); a duration something merely takes is no bound.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * The contract asks this rule for an explicit choice where `ml-deployment`
 *   takes an implied one, and the two stay apart: a sentence that says
 *   predictions are made in batch or on request (`all subscribers are scored
 *   in a weekly batch job`, `each request is scored in real time`) or a
 *   budget answers; a mode only implied by how the output is used (`the
 *   search service calls the ranker for each query`) answers
 *   `ml-deployment`, not this rule. The rule follows this under a
 *   deployment heading too: a product delivered on a schedule (`subscribers
 *   get a weekly digest`, `every Monday subscribers get a digest`) is no
 *   choice here, while a scheduled job or run
 *   (`nightly job writes the table`) still chooses batch.
 * * A missing latency is reported at a heading that names the requirements
 *   with the constraints or the scale (`Business requirements and
 *   constraints`) before one that names only the requirements as a whole
 *   (`Scope`, `Что входит в скоуп проекта`): latency is a technical
 *   requirement written beside them.
 *
 * @module ml-latency
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Latency
 *
 *   The issuer gives us 50 ms for the decision, end to end.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Support drafts
 *
 *   **Latency:** the first tokens must be visible within 1.5 seconds of opening the ticket.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Listing categoriser
 *
 *   | Requirement | Detail |
 *   | --- | --- |
 *   | Latency | suggestions must come back in under 150 ms p99 |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   latency: p95 under 300 ms per estimate request
 *   ---
 *
 *   # House price estimates
 *
 * @example
 *   {"name": "ok-batch.md"}
 *
 *   # Churn outreach
 *
 *   ## Serving
 *
 *   Scoring is a monthly batch job on the warehouse; nothing here is real-time.
 *
 * @example
 *   {"name": "ok-html-list.md"}
 *
 *   # Ticket macros
 *
 *   ## Requirements
 *
 *   <ul>
 *   <li><b>Latency:</b> suggestions are stored with the ticket within 30 s of its creation.</li>
 *   </ul>
 *
 * @example
 *   {"name": "ok-lead-in-cadence.md"}
 *
 *   # Leak alerts
 *
 *   ## Requirements
 *
 *   - Scale: 180k smart meters, hourly readings
 *   - Latency: daily batch is fine (crews plan the next day's visits each evening)
 *
 * @example
 *   {"name": "retraining-cadence.md", "label": "input"}
 *
 *   # Leak alerts
 *
 *   ## Requirements
 *
 *   - Scale: 180k smart meters, hourly readings
 *   - Retraining: daily batch on the last 90 days of readings
 *
 * @example
 *   {"name": "retraining-cadence.md", "label": "output"}
 *
 *   7:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "serving-trade-offs-open.md", "label": "input"}
 *
 *   # Feed ranking
 *
 *   ## Serving and trade-offs
 *
 *   Real-time scoring costs 30 ms per request; batch scoring every hour is cheaper. Both are possible.
 *
 * @example
 *   {"name": "serving-trade-offs-open.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "batch-learning.md", "label": "input"}
 *
 *   # Feed ranking
 *
 *   ## Requirements
 *
 *   - Scale: 40M daily users
 *   - Freshness: periodic batch learning with recent data keeps the model current.
 *
 * @example
 *   {"name": "batch-learning.md", "label": "output"}
 *
 *   7:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "html-comment.md", "label": "input"}
 *
 *   # Ticket macros
 *
 *   ## Requirements
 *
 *   <!-- <li><b>Latency:</b> p99 under 200 ms</li> -->
 *
 *   <ul>
 *   <li><b>Scale:</b> 46k tickets a day.</li>
 *   </ul>
 *
 * @example
 *   {"name": "html-comment.md", "label": "output"}
 *
 *   10:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Model registry
 *
 *   ## Requirements
 *
 *   A bad model is rolled back in under 10 minutes. The model is retrained nightly.
 *
 *   ## Latency
 *
 *   Real-time at upload, or batch afterwards?
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   7:1-7:11: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "ok-timing-label.md"}
 *
 *   # Lookalike audiences
 *
 *   ## Requirements
 *
 *   - Timing
 *     - an audience is ready within 6 h of a seed upload
 *
 * @example
 *   {"name": "missing-options.md", "label": "input"}
 *
 *   # Lookalike audiences
 *
 *   ## Approaches
 *
 *   ### Option A: nightly batch scoring
 *
 *   Every audience is rescored each night.
 *
 *   ### Option B: real-time scoring
 *
 *   Each bid request is scored as it arrives.
 *
 * @example
 *   {"name": "missing-options.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "ok-mode-label.md"}
 *
 *   # Churn prediction
 *
 *   ## Core capabilities
 *
 *   1. **Churn model** - A classification model that predicts the likelihood of churn
 *
 *   2. **Batch Scoring** - Ability to score entire customer datasets to identify at-risk segments
 *
 * @example
 *   {"name": "missing-input-words.md", "label": "input"}
 *
 *   # Delivery ETA
 *
 *   Bigger gains will come from real-time kitchen queue length and live traffic data. We keep small per-service models and re-diagnose them weekly.
 *
 * @example
 *   {"name": "missing-input-words.md", "label": "output"}
 *
 *   4:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "missing-training-batches.md", "label": "input"}
 *
 *   # Shelf product matching
 *
 *   The encoder is trained contrastively with in-batch negatives and a batch size of 1,024.
 *
 * @example
 *   {"name": "missing-training-batches.md", "label": "output"}
 *
 *   4:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "ok-question-answer.md"}
 *
 *   # Weekly coupons
 *
 *   ## Clarifying questions
 *
 *   - Real-time or batch?
 *     - batch, once a week (Sunday night)
 *
 * @example
 *   {"name": "missing-data-cadence.md", "label": "input"}
 *
 *   # Dock availability
 *
 *   ## Data
 *
 *   - Weather: hourly from the national met service (observations and forecasts)
 *   - Audio: 25 ms windows; calls with less than 3 seconds of caller speech are dropped
 *
 * @example
 *   {"name": "missing-data-cadence.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "missing-listed-modes.md", "label": "input"}
 *
 *   # Support deflection
 *
 *   ## Deployment
 *
 *   - Serving pattern (batch, realtime, streaming).
 *   - Online vs offline feature consistency.
 *
 * @example
 *   {"name": "missing-listed-modes.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "ok-mode-beside-list.md"}
 *
 *   # Support deflection
 *
 *   ## Deployment
 *
 *   - Batch or real-time: we score every new ticket in real time.
 *
 * @example
 *   {"name": "missing-cadence-elsewhere.md", "label": "input"}
 *
 *   # Creator suggestions
 *
 *   ## Model
 *
 *   - **Retraining.** Weekly on the last 18 months of decisions.
 *   - **Pipeline:** a nightly Spark job joins impressions with the listing snapshot at query time.
 *
 * @example
 *   {"name": "missing-cadence-elsewhere.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 * @example
 *   {"name": "ok-batch-under-serving.md"}
 *
 *   # Disclosure check
 *
 *   ## Serving
 *
 *   - nightly batch over yesterday's calls, results land in the QA tool by 07:00
 *
 * @example
 *   {"name": "missing-batch-under-data.md", "label": "input"}
 *
 *   # Disclosure check
 *
 *   ## Data
 *
 *   - nightly batch over yesterday's calls, results land in the QA tool by 07:00
 *
 * @example
 *   {"name": "missing-batch-under-data.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "ok-cadence-under-deploy-label.md"}
 *
 *   # Call volume forecast
 *
 *   **framing:** predict offered calls per queue per 30-min interval, 1–14 days ahead
 *
 *   **deploy:** nightly airflow job → writes the forecast table → the scheduling tool imports it
 *
 * @example
 *   {"name": "ok-mode-opening-deployment-line.md"}
 *
 *   # Grocery query classifier
 *
 *   ## Deployment
 *
 *   - Online, inside the search API: query → classifier → aisle boosts passed to the ranking query
 *
 * @example
 *   {"name": "missing-online-test-under-deployment.md", "label": "input"}
 *
 *   # Grocery query classifier
 *
 *   ## Deployment
 *
 *   - Online: A/B test on 5% of search traffic for two weeks, comparing add-to-cart rate
 *
 * @example
 *   {"name": "missing-online-test-under-deployment.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "scheduled-delivery-only.md", "label": "input"}
 *
 *   # Rental listing alerts
 *
 *   ## Deployment
 *
 *   Every week subscribers get an email with ten new listings.
 *
 * @example
 *   {"name": "scheduled-delivery-only.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "implied-mode-only.md", "label": "input"}
 *
 *   # Search ranking
 *
 *   ## Deployment
 *
 *   The search service calls the ranker for each query.
 *
 * @example
 *   {"name": "implied-mode-only.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 *
 * @example
 *   {"name": "monthly-costs-no-schedule.md", "label": "input"}
 *
 *   # Podcast digests
 *
 *   ## Serving
 *
 *   The summariser runs on one GPU instance behind the web app.
 *
 *   - Estimated monthly costs: about $400 for the instance and storage
 *
 * @example
 *   {"name": "monthly-costs-no-schedule.md", "label": "output"}
 *
 *   3:1: Unexpected missing latency requirement, expected a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section, such as `p99 under 100 ms per request`
 */
import type { VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

const remarkLintMlLatency = defineRule<Options>(
  {
    id: 'ml-latency',
    stage: 'requirements',
    messages: {
      missingLatencyRequirement: {
        reason: missing(
          'latency requirement',
          'a latency budget with a time unit or a choice of real-time or batch prediction in a `Latency` section',
          'p99 under 100 ms per request',
        ),
        stub: {
          part: 'latency',
          heading: 'Latency',
          todo: 'TODO — state the latency budget or choose real-time or batch prediction, such as `p99 under 100 ms per request`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    if (reading.speedStatements().length > 0) return
    report('missingLatencyRequirement', { place: placeMissing(reading, 'latency') })
  },
)

export default remarkLintMlLatency
