/**
 * remark-lint rule to check that an ML system design document says how the
 * model stays fresh: a retraining cadence or trigger, or online learning.
 *
 * ## What is this?
 *
 * This rule checks that the document says when the model is retrained
 * ("retrain nightly on the last 30 days", "every Sunday", "when feature
 * drift passes a threshold") or that it learns online (incremental updates
 * from a stream). A model that is trained once and never refreshed slowly
 * drifts away from the data it serves.
 *
 * It accepts a `Retraining` section (or `Model refresh`, `Online learning`,
 * `Continuous training`, ...), a labelled lead-in (`**Retraining:** ...`),
 * a table row, a front-matter key (`retraining`), or a sentence anywhere
 * that ties training to a cadence or a trigger ("the model is trained weekly
 * on the last 12 weeks of sends").
 *
 * ## When should I use this?
 *
 * For every design of a model that is trained: retraining is part of the
 * model development stage of the framework.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A sentence filed under constraints ("training runs inside a 2-hour
 *   nightly slot", "at most one retrain a day") states a limit, not a
 *   cadence, and does not answer.
 * * Plain training words ("trained", "training job") count only with a
 *   cadence ("weekly", "every two weeks"); retraining words ("retrain",
 *   "refit", "model refresh") also count with a trigger ("when drift
 *   exceeds", "after each labelling batch").
 * * "Regularly", "periodically", "continuously" and "as new data comes in"
 *   name no period and no event: alone they are neither a cadence nor a
 *   trigger ("weekly, as new sales arrive" still counts for its period).
 * * Rebuilding or re-embedding a retrieval index on a cadence keeps a
 *   retrieval system fresh and counts.
 * * Saying that the model is never retrained is not an answer: the rule asks
 *   how the system stays fresh, which a prompted LLM answers too (a cadence
 *   for reviewing prompts or upgrading the model).
 * * A question heading names the part by its verb (`How often is it
 *   retrained?`), and `retrain` alone is a heading of it (terse notes),
 *   except under `Open questions`, where a question asks.
 * * "Stale" is no trigger: going stale names no event or threshold, and
 *   under a `Freshness` label it is often the content that goes stale
 *   ("stale notification = bad UX"), not the model.
 * * `Freshness` and `Refresh` name the retraining only under the model
 *   stage. In the requirements, a feature table or a serving row they say
 *   how fresh the outputs or the features are ("summaries regenerated
 *   nightly", a feature's `refresh` column), which is not the model's.
 * * Other words for a new fit of the same model count with a cadence: a
 *   scorecard "redeveloped" each year, a model "recalibrated" or "rebuilt"
 *   each quarter, an adapter "refreshed" each quarter. A threshold
 *   recalibrated each quarter is not the model.
 * * A trigger on a watched value counts: "retrain when precision stays
 *   below 50% for two weeks", "each spring after the thaw".
 * * A step's own title for the part (`Keeping the model fresh`) is a
 *   retraining heading; `Freshness` alone is not, as it is the data's too
 *   under monitoring. `Keeping it fresh` under a model section holds the
 *   message when the plan is missing, but under a data section it is the
 *   features' freshness, so it never names the part by itself.
 * * In a numbered checklist table (`| 18 | Retraining | Monthly ... |`) the
 *   cell after the row number is the label, as the first cell is in a plain
 *   table.
 * * Data that keeps arriving is no trigger: "retrain periodically as new
 *   labels land" or "every so often as decisions come in" names neither a
 *   period nor an event that starts a retrain (labels land all the time).
 *   A period with it is a cadence ("retrain every month as new labels
 *   land"), and a trigger is a discrete event or a threshold ("when PSI
 *   exceeds 0.2").
 * * A retraining named only as the moment something else happens ("the
 *   cut-off is re-tuned after every refit", "drift checks run after each
 *   retrain") says when that other thing happens, not when the model is
 *   retrained: a trigger is what starts a retrain ("retrain after every
 *   labelling batch").
 * * A line that decides among options, firm or hedged (`-> we lean toward
 *   Option 2`, `we go with B`), closes the option whose section it stands in:
 *   a `refresh:` item after it under the last option's heading is the
 *   design's plan and answers; the same item before the decision is the
 *   option's, and does not.
 * * In Russian, `переобучение` is overfitting as often as retraining: it
 *   answers only with a cadence or a trigger (`переобучение модели раз в
 *   месяц`, `при дрейфе`), and a sentence that guards against overfitting
 *   (`чтобы избежать переобучения`) or a bare `Переобучение` title over
 *   regularisation answers nothing; `дообучение` is retraining.
 *
 * @module ml-retraining
 * @example
 *   {"name": "stale-content.md", "label": "input"}
 *
 *   # Notification ranking
 *
 *   | requirement | what it means |
 *   |---|---|
 *   | Freshness | notify while the event is relevant; a stale notification is bad UX |
 *
 * @example
 *   {"name": "stale-content.md", "label": "output"}
 *
 *   6:1: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "arriving-data.md", "label": "input"}
 *
 *   # Scam campaign detection
 *
 *   ## Training & refresh
 *
 *   - Retrain periodically as new labels land
 *
 * @example
 *   {"name": "arriving-data.md", "label": "output"}
 *
 *   3:1-3:22: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "ok-period-and-arriving-data.md"}
 *
 *   # Scam campaign detection
 *
 *   ## Training & refresh
 *
 *   - Retrain every month as new labels land
 *
 * @example
 *   {"name": "ok-after-options.md"}
 *
 *   # Branch book orders
 *
 *   ## Model options
 *
 *   ### Option 1: genre averages
 *
 *   - cons: blind to new authors
 *
 *   ### Option 2: gradient-boosted trees
 *
 *   - pros: uses author history
 *
 *   -> we lean toward Option 2, with Option 1 as a sanity check.
 *
 *   - interpretability: selectors sign the order, so each forecast ships with its top 3 SHAP drivers
 *   - refresh: retrain every Sunday on a rolling 3 years of releases
 *   - baseline: the current ratio rule applied to week-1 holds; the model has to beat it
 *
 * @example
 *   {"name": "option-before-decision.md", "label": "input"}
 *
 *   # Branch book orders
 *
 *   ## Model options
 *
 *   ### Option 1: genre averages
 *
 *   - cons: blind to new authors
 *
 *   ### Option 2: gradient-boosted trees
 *
 *   - pros: uses author history
 *   - interpretability: each forecast ships with its top 3 SHAP drivers
 *   - refresh: retrain every Sunday on a rolling 3 years of releases
 *   - baseline: the current ratio rule applied to week-1 holds; the model has to beat it
 *
 *   -> we lean toward Option 2, with Option 1 as a sanity check.
 *
 * @example
 *   {"name": "option-before-decision.md", "label": "output"}
 *
 *   13:3-13:10: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Retraining
 *
 *   Retrain nightly on the last 90 days of labelled transactions, and early when the weekly drift report flags a feature.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Host anomaly detection
 *
 *   **Retraining:** the baselines are refit every night on the trailing 14 days.
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Job digest
 *
 *   The model is trained every Saturday on the last 12 weeks of sends, before the Sunday run.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Ride demand
 *
 *   | Stage | Plan |
 *   | --- | --- |
 *   | Retraining | Weekly, on a rolling two years of hourly demand |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   retraining: online learning from the click stream, with a full retrain each month
 *   ---
 *
 *   # News feed ranking
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Churn model
 *
 *   **Constraints:** training runs on the shared cluster inside a 2-hour nightly slot.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   4:1: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "bare-bullet.md", "label": "input"}
 *
 *   # Autocomplete
 *
 *   ## Retraining
 *
 *   - Updates
 *
 * @example
 *   {"name": "bare-bullet.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "vague.md", "label": "input"}
 *
 *   # Marketplace search
 *
 *   ## Retraining
 *
 *   We retrain periodically, as new listings come in, and the model is updated continuously.
 *
 * @example
 *   {"name": "vague.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "ok-recalibrated.md"}
 *
 *   # Personal loan scorecard
 *
 *   ## Monitoring
 *
 *   Redevelopment is annual; in between, the model is recalibrated quarterly on the latest matured loans.
 *
 * @example
 *   {"name": "threshold-recalibrated.md", "label": "input"}
 *
 *   # Personal loan scorecard
 *
 *   ## Monitoring
 *
 *   The approval threshold is recalibrated quarterly against the loss budget.
 *
 * @example
 *   {"name": "threshold-recalibrated.md", "label": "output"}
 *
 *   3:1: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "ok-freshness-model.md"}
 *
 *   # Code review comments
 *
 *   ## Model
 *
 *   ### Freshness
 *
 *   Every quarter on the latest resolved comments.
 *
 * @example
 *   {"name": "output-freshness.md", "label": "input"}
 *
 *   # Hotel review summaries
 *
 *   | Requirement | Value |
 *   |---|---|
 *   | Freshness | summaries regenerated offline in a nightly batch |
 *
 * @example
 *   {"name": "output-freshness.md", "label": "output"}
 *
 *   6:1: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "ok-trigger.md"}
 *
 *   # Pothole detection
 *
 *   ## Monitoring
 *
 *   - weekly: share of candidates confirmed by inspectors
 *   - retrain when the confirmed share stays below 50% for two weeks
 *
 * @example
 *   {"name": "ok-period-and-arrivals.md"}
 *
 *   # House prices
 *
 *   **Retraining:** weekly, as new registry sales arrive.
 *
 * @example
 *   {"name": "missing-keeping-it-fresh.md", "label": "input"}
 *
 *   # Trip planner
 *
 *   ## Model
 *
 *   A hosted LLM drafts the itinerary from the retrieved places.
 *
 *   ### Keeping it fresh
 *
 *   TBD
 *
 * @example
 *   {"name": "missing-keeping-it-fresh.md", "label": "output"}
 *
 *   7:1-7:21: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "ok-keeping-it-fresh.md"}
 *
 *   # Trip planner
 *
 *   ## Model
 *
 *   A fine-tuned retriever finds the places; a hosted LLM drafts the itinerary.
 *
 *   ### Keeping it fresh
 *
 *   The retriever is retrained every month on the new click pairs.
 *
 * @example
 *   {"name": "ok-numbered-checklist.md"}
 *
 *   # Buyer lead scoring
 *
 *   | # | Item | Answer |
 *   |---|---|---|
 *   | 17 | Model | LightGBM on the lead features |
 *   | 18 | Retraining | Monthly, on a rolling 18 months. |
 *
 * @example
 *   {"name": "missing-numbered-checklist.md", "label": "input"}
 *
 *   # Buyer lead scoring
 *
 *   | # | Item | Answer |
 *   |---|---|---|
 *   | 17 | Model | LightGBM on the lead features |
 *   | 18 | Retraining | TBD |
 *
 * @example
 *   {"name": "missing-numbered-checklist.md", "label": "output"}
 *
 *   6:6-6:19: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "retrain-as-event.md", "label": "input"}
 *
 *   # Shelf gap detection
 *
 *   ## Model
 *
 *   - a small detector fine-tuned on store photos
 *   - the confidence cut-off is re-tuned after every refit
 *
 * @example
 *   {"name": "retrain-as-event.md", "label": "output"}
 *
 *   7:1: Unexpected missing retraining plan, expected how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section, such as `Retrain nightly on the last 30 days of logs`
 *
 * @example
 *   {"name": "ok-retrain-after-event.md"}
 *
 *   # Shelf gap detection
 *
 *   ## Model
 *
 *   - a small detector fine-tuned on store photos
 *   - refit after every batch of 2,000 newly labelled photos
 *
 */
import type { Evidence, Range } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

const remarkLintMlRetraining = defineRule(
  {
    id: 'ml-retraining',
    stage: 'model',
    messages: {
      missingRetrainingPlan: {
        reason: missing(
          'retraining plan',
          'how the model stays fresh (a retraining cadence or trigger, or online learning) in a `Retraining` section',
          'Retrain nightly on the last 30 days of logs',
        ),
        stub: {
          part: 'retraining',
          heading: 'Retraining',
          todo: 'TODO — say how the model stays fresh, such as `Retrain nightly on the last 30 days of logs`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    // A limit filed under constraints is not a cadence.
    const limits: Range[] = [
      ...reading.sectionsFor('constraints').map((section) => reading.content(section)),
      ...reading.statementsFor('constraints'),
    ]
    const cadence = (item: Evidence) => {
      const sentence = reading.sentences[item.sentence]
      return !reading.overlaps(limits, sentence)
    }
    if (reading.hasEvidence('retraining', cadence) || reading.hasEvidence('training-cadence', cadence)) return
    report('missingRetrainingPlan', { place: placeMissing(reading, 'retraining', { named: true }) })
  },
)

export default remarkLintMlRetraining
