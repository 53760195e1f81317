/**
 * remark-lint rule to check that an ML system design document chooses its ML
 * category: the task family (with its kind or output range) and the learning
 * paradigm.
 *
 * ## What is this?
 *
 * This rule checks that the framing commits to a **task family**
 * (regression, classification, ranking / recommendation / retrieval,
 * clustering, anomaly detection, generation, detection / segmentation,
 * forecasting, reinforcement learning) and a **learning paradigm**
 * (supervised, unsupervised, semi-, self- or weakly supervised,
 * reinforcement, or a pretrained model used without training). For
 * classification it also wants the kind (binary, multi-class, multi-label)
 * and for regression and forecasting the range of the predicted value. Each
 * of the four gets its own message.
 *
 * It accepts an `ML category` section or lead-in, a table row, front-matter
 * keys (`ml_category`, `learning_paradigm`), and prose anywhere. Implied
 * categories count when unambiguous: "predict whether a transaction is
 * fraudulent" is binary classification, "trained on labelled tickets" is
 * supervised, "pretrained model used as is, with prompting" needs no
 * training paradigm.
 *
 * ## When should I use this?
 *
 * Always: the category decides the labels, the loss, the metrics and the
 * models worth trying; a design that has not chosen one cannot be reviewed.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`families`, `paradigms`,
 *   `answers`, ...): see `mdast-util-ml-design`. Words added for the
 *   `output-range` answer extend what states a range.
 *
 * ## Decisions
 *
 * * Classes counted after a classifier (`sorts each email into 9
 *   categories`, `into one of 41 conditions`) make it multi-class; counted
 *   labels, tags, topics and genres do not (several may apply), nor do
 *   slices (`compared across 4 customer groups`).
 * * A family named only in a section of improvements to come (`Future
 *   enhancements`, `Potential improvements`) is not chosen.
 * * A family named only as an option ("option B is a survival model", a
 *   candidate weighed by nested `+` and `−` bullets and not chosen), in
 *   rejected alternatives, as a component the document uses but does not
 *   design ("the existing bulk-mail classifier"), or in a non-task sense
 *   ("no significant regression on the guardrail", "judged queries serve as
 *   regression gates", "regression control") is no choice. While
 *   framings are still options, a family implied by the goal ("predict
 *   which subscribers will churn") is no choice either.
 * * With several families (ranking done by a pointwise classifier), each
 *   named family must be complete: a classification without its kind is
 *   reported even when ranking is named too.
 * * Any classification mention that carries a kind settles it ("binary
 *   classifier", "predict whether", "one of 64 intents").
 * * A range is a bound on the predicted value ("between 5 and 180 minutes",
 *   "never negative", "clipped to", "capped at") said of the output, in
 *   the framing or anywhere but the data preparation: capping the training
 *   target there is outlier handling, not the output's range. A unit alone
 *   ("a point forecast of units") is not a range.
 * * A horizon ("7 days ahead") names forecasting only in a sentence that
 *   predicts or forecasts: "failures alerted 14 to 60 days ahead" times an
 *   alert. A family word denied just before ("not a per-item classifier")
 *   names no family.
 * * A range may stand in the clause after the family's ("treated as
 *   regression; loads range from 0 to about 180 MW"), and "from 0 to"
 *   states one.
 * * Defining labels or a loss does not state a paradigm; a sentence saying
 *   the model is trained on labelled or annotated data does.
 * * Missing family and paradigm point at the `ML category` heading or label
 *   when there is one, else where an `ML category` section belongs (its
 *   stub is the message's `expected` value: the quick fix); a missing kind
 *   or range points at the family's mention, in the framing if it is named
 *   there. Options under discussion are quoted in the message.
 * * While framings are still options, a family named in the sentence that
 *   lists them ("still open: clustering, or a pairwise classifier") is one
 *   of the options, and so is a family in a sentence that says it depends
 *   on the framing decision.
 * * A family word that names a method, not the task ("recalibrated with
 *   isotonic regression"), or that the text rules out ("regression, not
 *   classification") is no family.
 * * A range bounds the value with a number or a bound word; "the gap
 *   between forecast and delivered tonnage" compares and is no range.
 * * Library estimators written as one word name their family
 *   (`RandomForestRegressor`, `XGBClassifier`), and predicting an ETA or a
 *   delivery time implies regression.
 * * A family named in a survey of how others do it, an option nobody
 *   chose, a pros/cons list (also `- Why this approach:` and `- Why not
 *   this approach:` under one of several approaches), or as what can be
 *   used (`all standard regression and classification algorithms can be
 *   used`) is no choice; `regression trees` name a learner, not the task.
 *   The same holds for a paradigm: one left open between building and
 *   buying (`develop or integrate an off-the-shelf classifier`) is none.
 * * A range written in numbers or signs states the output range beside an
 *   output or regression word: `ETA in minutes, 0–240`, `1 to 90`, `counts
 *   ≥ 0`, `[0, 1]`, `0 … rooms`; a span of years, a date, a window of time
 *   (`1-14 days ahead`) or a clock time does not.
 * * Classes listed right after a classifier, joined by slashes, imply its
 *   kind: `a classifier for info/transaction/navigation` is multi-class,
 *   `classify each message as spam/ham` binary.
 * * The probability of one event written as notation, in either case,
 *   implies binary classification as "the probability that" does:
 *   `xgb, p(relist in 30 d | discount email)`. A probability that options
 *   are ranked or chosen by (`rank tutors by P(trial booked)`, `the hour
 *   that maximises P(open)`) is a ranking score and implies no classifier.
 * * A family word under the model's input (`Input: ... load forecast`) or in
 *   a sentence of the data, deployment or monitoring stage that neither
 *   predicts nor measures (`input drift: load forecast distribution`) names
 *   what flows through the system, not a task it designs; a table row marked
 *   rejected commits to no family.
 * * In Russian, training on labelled data said with words between
 *   (`обучаем детектор на небольшой размеченной выборке`) is supervised
 *   learning, and so is training a translation model on a parallel corpus
 *   (its pairs are its labels); people working `без обучения` or data
 *   `без разметки` state no paradigm. `Наличие или отсутствие` (whether a
 *   thing is there) names a binary classification.
 *
 * @module ml-category
 * @example
 *   {"name": "family-in-future-enhancements.md", "label": "input"}
 *
 *   # Bank document insights
 *
 *   ## Pipeline
 *
 *   OCR extracts the text of each uploaded statement and rules pull out the totals.
 *
 *   ## Future enhancements
 *
 *   - Train a supervised classifier to sort documents by type.
 *
 * @example
 *   {"name": "family-in-future-enhancements.md", "label": "output"}
 *
 *   3:1: Unexpected missing task family, expected the kind of ML task chosen for the system, in an `ML category` section or lead-in, such as `Category: binary classification (fraudulent or legitimate)`
 *   3:1: Unexpected missing learning paradigm, expected how the model learns, in an `ML category` section or lead-in, such as `Supervised learning on labelled past transactions`
 *
 * @example
 *   {"name": "ok-counted-classes.md"}
 *
 *   # Email routing
 *
 *   ## Framing
 *
 *   A supervised classifier sorts each email into 9 categories set by the support team.
 *
 * @example
 *   {"name": "groups-are-no-classes.md", "label": "input"}
 *
 *   # Card fraud
 *
 *   ## Framing
 *
 *   A supervised classifier flags fraudulent card payments; we also compare the classifier across 4 customer groups for fairness.
 *
 * @example
 *   {"name": "groups-are-no-classes.md", "label": "output"}
 *
 *   5:14-5:24: Unexpected missing classification kind, expected binary, multi-class or multi-label next to `classifier`, such as `Binary classification: fraudulent or legitimate`
 *
 * @example
 *   {"name": "ok-multi-output-regression.md"}
 *
 *   # Wind farm output
 *
 *   ## Framing
 *
 *   Supervised multi-output regression: predict the power in kW (0 to 3,000) of each of 40 turbines for the next hour.
 *
 * @example
 *   {"name": "counted-labels.md", "label": "input"}
 *
 *   # Post tagging
 *
 *   ## Framing
 *
 *   A supervised classifier tags each post with 5 labels from the topic list.
 *
 * @example
 *   {"name": "counted-labels.md", "label": "output"}
 *
 *   5:14-5:24: Unexpected missing classification kind, expected binary, multi-class or multi-label next to `classifier`, such as `Binary classification: fraudulent or legitimate`
 *
 * @example
 *   {"name": "ok-signed-pros-cons.md"}
 *
 *   # Leak alerts
 *
 *   ## Model
 *
 *   - Task: unsupervised anomaly detection on each meter's daily consumption profile
 *   - Candidates
 *     - isolation forest on daily profile stats
 *       - + fast, no labels needed
 *       - − scores hard to compare across households
 *     - seasonal forecast per meter + residual threshold
 *       - + residual in litres/h means something to crews
 *       - − fragile for new meters
 *
 * @example
 *   {"name": "chosen-forecast.md", "label": "input"}
 *
 *   # Leak alerts
 *
 *   ## Model
 *
 *   - Task: unsupervised anomaly detection on each meter's daily consumption profile
 *   - Candidates
 *     - isolation forest on daily profile stats
 *     - seasonal forecast per meter + residual threshold
 *
 * @example
 *   {"name": "chosen-forecast.md", "label": "output"}
 *
 *   8:14-8:22: Unexpected missing output range, expected the range of the predicted value next to `forecast`, such as `Regression: delivery time in minutes, between 5 and 180`
 *
 * @example
 *   {"name": "ok-probability-notation.md"}
 *
 *   # Dormant sellers
 *
 *   **model**
 *
 *   - xgb, p(relist in 30 d | discount email), supervised on last year's campaign
 *
 * @example
 *   {"name": "ranked-by-probability.md", "label": "input"}
 *
 *   # Tutor matching
 *
 *   **model**
 *
 *   - rank tutors for a request by P(trial booked), supervised on past requests
 *
 * @example
 *   {"name": "ranked-by-probability.md", "label": "output"}
 *
 *   3:1-3:10: Unexpected missing task family, expected the kind of ML task chosen for the system, in an `ML category` section or lead-in, such as `Category: binary classification (fraudulent or legitimate)`
 *
 * @example
 *   {"name": "ok-listed-classes.md"}
 *
 *   # Query intent
 *
 *   An intent classifier for info/transaction/navigation queries, trained supervised on weak labels.
 *
 * @example
 *   {"name": "classes-not-listed.md", "label": "input"}
 *
 *   # Query intent
 *
 *   An intent classifier for each query, trained supervised on weak labels.
 *
 * @example
 *   {"name": "classes-not-listed.md", "label": "output"}
 *
 *   3:11-3:21: Unexpected missing classification kind, expected binary, multi-class or multi-label next to `classifier`, such as `Binary classification: fraudulent or legitimate`
 *
 * @example
 *   {"name": "approach-reasons.md", "label": "input"}
 *
 *   # People you may know
 *
 *   Two approaches fit: pointwise learning to rank, or link prediction on the friendship graph.
 *
 *   1. Pointwise learning to rank
 *      - Why this approach:
 *        - It turns ranking into a supervised learning problem over user pairs.
 *
 * @example
 *   {"name": "approach-reasons.md", "label": "output"}
 *
 *   8:1: Unexpected missing learning paradigm, expected how the model learns, in an `ML category` section or lead-in, such as `Supervised learning on labelled past transactions`
 *
 * @example
 *   {"name": "ok-approach-chosen.md"}
 *
 *   # People you may know
 *
 *   We rank candidate connections with pointwise learning to rank, a supervised learning problem over user pairs.
 *
 *   1. Pointwise learning to rank
 *      - Why this approach:
 *        - Cold-start users still get candidates from shared contacts.
 *
 * @example
 *   {"name": "ok-regression-gates.md"}
 *
 *   # Web search ranking
 *
 *   A learning-to-rank model orders the results for each query, trained supervised on graded judgments.
 *
 *   Before each release the judged queries serve as regression gates, for regression control of relevance.
 *
 * @example
 *   {"name": "regression-task.md", "label": "input"}
 *
 *   # Web search ranking
 *
 *   A learning-to-rank model orders the results for each query, trained supervised on graded judgments.
 *
 *   A regression model predicts each result's dwell time.
 *
 * @example
 *   {"name": "regression-task.md", "label": "output"}
 *
 *   5:3-5:13: Unexpected missing output range, expected the range of the predicted value next to `regression`, such as `Regression: delivery time in minutes, between 5 and 180`
 *
 * @example
 *   {"name": "ok-survey-family.md"}
 *
 *   # Help-center search
 *
 *   ## Survey: how others do it
 *
 *   Some teams classify each query into an intent first.
 *
 *   ## Our design
 *
 *   We rank the articles for each query with a learning-to-rank model, supervised on agents' clicks.
 *
 * @example
 *   {"name": "ok-regression-trees.md"}
 *
 *   # Search ranking
 *
 *   Binary classification of relevant or not, supervised on clicks: a pointwise model of multiple additive regression trees scores each document.
 *
 * @example
 *   {"name": "ok-estimator.md"}
 *
 *   # Delivery ETA
 *
 *   We predict ETA for each order with a RandomForestRegressor, supervised on past deliveries; the output is minutes, clipped to between 5 and 180.
 *
 * @example
 *   {"name": "ok-section.md"}
 *
 *   # Fraud scoring
 *
 *   ## ML category
 *
 *   Binary classification (fraudulent or legitimate), supervised learning on past chargebacks.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Delivery ETA
 *
 *   ## Framing
 *
 *   - **Category:** regression, trained with supervised learning on past deliveries.
 *   - **Output:** minutes until delivery, clipped to between 5 and 180.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Voice intents
 *
 *   | Item | Choice |
 *   |---|---|
 *   | Task | multi-class classification over 64 intents |
 *   | Paradigm | supervised |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   ml_category: multi-label classification of product tags
 *   learning_paradigm: supervised
 *   ---
 *
 *   # Product tagging
 *
 * @example
 *   {"name": "ok-implied.md"}
 *
 *   # Spam filter
 *
 *   We predict whether an incoming message is spam. The model is trained on messages that users labelled as spam.
 *
 * @example
 *   {"name": "ok-pretrained.md"}
 *
 *   # Reply drafts
 *
 *   We use a pretrained LLM with prompting and no training: text generation of a draft reply from the ticket.
 *
 * @example
 *   {"name": "missing-family.md", "label": "input"}
 *
 *   # Merchant nudges
 *
 *   ## Model
 *
 *   LightGBM, supervised, on the outcomes recorded in the ledger.
 *
 * @example
 *   {"name": "missing-family.md", "label": "output"}
 *
 *   3:1: Unexpected missing task family, expected the kind of ML task chosen for the system, in an `ML category` section or lead-in, such as `Category: binary classification (fraudulent or legitimate)`
 *
 * @example
 *   {"name": "options.md", "label": "input"}
 *
 *   # Churn
 *
 *   **Objective:** predict which subscribers will churn in the next 60 days.
 *
 *   ## Framing
 *
 *   Still open: option A is a binary classifier; option B is a survival model. Either would be supervised.
 *
 * @example
 *   {"name": "options.md", "label": "output"}
 *
 *   8:1: Unexpected missing task family, expected one framing chosen among the options under discussion (`binary classifier`), in an `ML category` section or lead-in, such as `Category: binary classification (fraudulent or legitimate)`
 *   8:1: Unexpected missing learning paradigm, expected how the model learns, in an `ML category` section or lead-in, such as `Supervised learning on labelled past transactions`
 *
 * @example
 *   {"name": "missing-kind.md", "label": "input"}
 *
 *   # Ticket triage
 *
 *   ## ML category
 *
 *   Classification of tickets, supervised learning on past routing decisions.
 *
 * @example
 *   {"name": "missing-kind.md", "label": "output"}
 *
 *   5:1-5:15: Unexpected missing classification kind, expected binary, multi-class or multi-label next to `Classification`, such as `Binary classification: fraudulent or legitimate`
 *
 * @example
 *   {"name": "missing-range.md", "label": "input"}
 *
 *   # Sales forecast
 *
 *   ## Framing
 *
 *   Forecasting of units sold per store and week, learned with supervised learning from history.
 *
 *   Output: a point forecast of units per store and week.
 *
 * @example
 *   {"name": "missing-range.md", "label": "output"}
 *
 *   5:1-5:12: Unexpected missing output range, expected the range of the predicted value next to `Forecasting`, such as `Regression: delivery time in minutes, between 5 and 180`
 *
 * @example
 *   {"name": "missing-paradigm.md", "label": "input"}
 *
 *   # People you may know
 *
 *   ## Framing
 *
 *   Binary classification of whether the user sends a connection request to a suggested person. Positives are requests sent, negatives are suggestions shown and ignored.
 *
 * @example
 *   {"name": "missing-paradigm.md", "label": "output"}
 *
 *   6:1: Unexpected missing learning paradigm, expected how the model learns, in an `ML category` section or lead-in, such as `Supervised learning on labelled past transactions`
 *
 * @example
 *   {"name": "ok-horizon-alert.md"}
 *
 *   # Bearing failure alerts
 *
 *   ## Framing
 *
 *   Unsupervised anomaly detection: an autoencoder learns healthy vibration, and we count the share of failures alerted 14 to 60 days ahead.
 *
 * @example
 *   {"name": "horizon-forecast.md", "label": "input"}
 *
 *   # Store demand
 *
 *   ## Framing
 *
 *   We predict the units each store sells 7 days ahead, with supervised learning on two years of sales.
 *
 * @example
 *   {"name": "horizon-forecast.md", "label": "output"}
 *
 *   5:41-5:51: Unexpected missing output range, expected the range of the predicted value next to `days ahead`, such as `Regression: delivery time in minutes, between 5 and 180`
 *
 * @example
 *   {"name": "ok-denied-family.md"}
 *
 *   # Related books
 *
 *   ## Framing
 *
 *   We rank the related books with a listwise LambdaMART ranker, not a per-item classifier, supervised on co-reads.
 *
 * @example
 *   {"name": "ok-range-next-clause.md"}
 *
 *   # Substation load
 *
 *   ## Framing
 *
 *   This is forecasting, treated as supervised regression; loads range from 0 to about 180 MW.
 *
 * @example
 *   {"name": "ok-range-in-numbers.md"}
 *
 *   # Truck gate ETA
 *
 *   ## Framing
 *
 *   - regression, supervised on 18 months of pings
 *   - output: ETA in minutes, 0–240
 *
 * @example
 *   {"name": "ok-non-negative-sign.md"}
 *
 *   # Cloud capacity
 *
 *   | item | value |
 *   |---|---|
 *   | task | forecasting, supervised on past usage; values are core counts ≥ 0 |
 *
 * @example
 *   {"name": "range-is-a-window.md", "label": "input"}
 *
 *   # Contact volume
 *
 *   ## Framing
 *
 *   - regression, supervised on two years of calls
 *   - output: calls per queue, 1-14 days ahead
 *
 * @example
 *   {"name": "range-is-a-window.md", "label": "output"}
 *
 *   5:3-5:13: Unexpected missing output range, expected the range of the predicted value next to `regression`, such as `Regression: delivery time in minutes, between 5 and 180`
 *
 * @example
 *   {"name": "range-next-clause-no-bound.md", "label": "input"}
 *
 *   # Substation load
 *
 *   ## Framing
 *
 *   This is forecasting, treated as supervised regression; feeders range widely in size.
 *
 * @example
 *   {"name": "range-next-clause-no-bound.md", "label": "output"}
 *
 *   5:9-5:20: Unexpected missing output range, expected the range of the predicted value next to `forecasting`, such as `Regression: delivery time in minutes, between 5 and 180`
 *
 * @example
 *   {"name": "ok-forecast-as-input.md"}
 *
 *   # Upgrade offers
 *
 *   ## Framing
 *
 *   - Binary classification: p(customer buys the upgrade | offer sent), supervised on past offers
 *   - Input: route, days to departure, price ratio, 1st-class load forecast
 *
 *   ## Monitoring
 *
 *   - input drift: load forecast distribution, share of guests
 *
 */
import type { VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing, type StubSpec } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

/** The stub section offered for several of the messages below. */
const mlCategoryStub: StubSpec = {
  part: 'category',
  heading: 'ML category',
  todo: 'TODO — choose the task family and the learning paradigm, such as `supervised binary classification`.',
}

const remarkLintMlCategory = defineRule<Options>(
  {
    id: 'ml-category',
    stage: 'framing',
    messages: {
      missingTaskFamily: {
        reason: missing(
          'task family',
          `{{choice}}, in an \`ML category\` section or lead-in`,
          'Category: binary classification (fraudulent or legitimate)',
        ),
        stub: mlCategoryStub,
      },
      missingClassificationKind: missing(
        'classification kind',
        `binary, multi-class or multi-label next to \`{{family}}\``,
        'Binary classification: fraudulent or legitimate',
      ),
      missingOutputRange: missing(
        'output range',
        `the range of the predicted value next to \`{{family}}\``,
        'Regression: delivery time in minutes, between 5 and 180',
      ),
      missingLearningParadigm: {
        reason: missing(
          'learning paradigm',
          'how the model learns, in an `ML category` section or lead-in',
          'Supervised learning on labelled past transactions',
        ),
        stub: mlCategoryStub,
      },
    },
  },
  (reading, _file, _options, report) => {
    const { families, options, unkinded, unranged } = reading.categoryChoice()
    if (families.length === 0) {
      const choice =
        options.length > 0
          ? `one framing chosen among the options under discussion (${[...new Set(options.map((mention) => `\`${mention.text}\``))].slice(0, 3).join(', ')})`
          : 'the kind of ML task chosen for the system'
      report('missingTaskFamily', { place: placeMissing(reading, 'category', { named: true }), data: { choice } })
    }
    if (unkinded) {
      report('missingClassificationKind', { place: reading.place(unkinded), data: { family: unkinded.text } })
    }
    if (unranged) {
      report('missingOutputRange', { place: reading.place(unranged), data: { family: unranged.text } })
    }
    if (reading.paradigms.length === 0) {
      report('missingLearningParadigm', { place: placeMissing(reading, 'category', { named: true }) })
    }
  },
)

export default remarkLintMlCategory
