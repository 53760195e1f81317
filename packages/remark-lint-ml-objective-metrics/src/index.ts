/**
 * remark-lint rule to check that an ML system design document states its ML
 * objective and maps it to online and offline metrics, each filed under the
 * right kind.
 *
 * ## What is this?
 *
 * This rule checks the framing of the problem as an ML task: what the model
 * predicts or optimises ("predict the probability that a user clicks a
 * product"), at least one **online metric** measured on live traffic
 * (click-through rate, conversion, watch time, retention, ...) and at least
 * one **offline metric** measured on held-out data (ROC-AUC, log loss,
 * NDCG@k, RMSE, ...). Each missing one gets its own message. It also warns
 * at a metric filed under the wrong kind: `Online metrics: AUC` or
 * `Offline metrics: DAU`.
 *
 * It accepts sections whose heading names the objective or the metrics
 * (`ML objective`, `Metrics`, `Online metrics`, ...), labelled lead-ins
 * (`ML objective: ...`, `Offline: ...`), table rows and columns, front-matter
 * keys (`ml_objective`, `online_metrics`, `offline_metrics`), and prose
 * ("we judge it online by booking conversion in an A/B test").
 *
 * ## When should I use this?
 *
 * Always: the metrics are how a reviewer can tell whether the model helps
 * the business, and a metric under the wrong kind usually means the team
 * plans to measure the wrong thing in the A/B test.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `onlineMetrics`,
 *   `offlineMetrics`, `answers`, ...): see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * An online-metric word counts where the author measures it: under an
 *   online or metrics label or heading, or in a sentence that measures,
 *   tracks, compares, A/B tests or interleaves it (`a significant CTR gain
 *   in the interleaving runs`). In a goal ("the partners want 20% more
 *   valuation bookings") it is the business objective, not a metric mapped
 *   to the model.
 * * Under an `Online metrics` label the author's own words name an online
 *   metric ("share of referred claims confirmed as fraud"), as long as
 *   there is more there than misfiled offline metrics. Not so under an
 *   `Offline` label: "the usual ranking metrics" names none.
 * * An online-metric word under an `Offline` label, measured on held-out
 *   data ("Offline: grasp success rate on the held-out SKUs in
 *   simulation"), is an offline metric, not a misfiled one. So is one
 *   under an offline label or list whose held-out data is named on
 *   another line of it (`- Offline` > `- test months Apr–Aug, held out` >
 *   `- revenue simulation at each threshold`): the filing says what it is
 *   measured on. Without held-out data there it is misfiled.
 * * Under an `Online` label, an everyday metric word made a plain quality
 *   by the quantity before it (`ETA accuracy on completed trips`, `arrival
 *   accuracy`) is the author's own live measure, not a misfiled offline
 *   metric; a plain `accuracy` there still is one.
 * * A metric the sentence rejects (`ML metrics instead of revenue or CTR
 *   metrics`) is neither named nor misfiled, and one that a metric of the
 *   filed kind is defined by (`NCE: log loss divided by the entropy of the
 *   background CTR`) files nothing.
 * * A business or product title (`Business metrics`, `Key product
 *   metrics`, `Business KPIs`) says what the business watches, not which
 *   kind a metric is: an offline metric under it (`Business metrics:
 *   recall of the fraud cases`) is filed under no kind, so not misfiled, as
 *   under `Success metrics`. Only a label of the online kind (`Online
 *   metrics: AUC`) misfiles it.
 * * A misfiled metric still counts for its true kind: `Online metrics: AUC`
 *   with no other online metric gets both the misfiled and the missing
 *   online message.
 * * A metric word that explains another metric in parentheses ("bias (signed
 *   error over mean sales)") or that names history ("two years of sales")
 *   files nothing, and neither does one whose sentence names its true kind
 *   ("Online: an A/B test, once the model beats the baseline's AUC
 *   offline").
 * * A rate that an offline metric is computed against or at files nothing:
 *   "MAE between predicted and actual acceptance rate", "predicted vs
 *   observed default rate", "recall at the review-rate budget", the value
 *   a metric is read at ("recall @ 5% review rate", "precision at 1% alert
 *   rate"), and the operating point models are compared at ("at the same
 *   approval rate").
 *   In a table row filed by an `offline` cell, the cells after that cell are
 *   notes: "it tracked click-through rate well" files nothing.
 * * Offline metrics count anywhere but in rejected alternatives.
 * * A missing thing points at the heading or label left empty for it
 *   (`## ML objective` left as TBD, a `Metrics` section of bare bullets),
 *   else where a section for it belongs (its stub is the message's
 *   `expected` value: the quick fix); a misfiled metric is pointed at
 *   itself, with no quick fix (moving it takes two edits).
 * * An online metric in the author's own words counts where a sentence puts
 *   it on live traffic: "Online, the share of searches ending in a save",
 *   "Once live, the number that matters is the gap between forecast and
 *   delivered tonnage". A sentence that opens on live traffic and then
 *   compares, measures or weighs a share, a rate or a count, words between
 *   them, names one too: "Once live, we compare the card app against the
 *   other two: share of reviews answered within a day", "Online, the
 *   measure that matters is the 30-day readmission rate". "Once live, we
 *   will see whether people like it" measures nothing, and a comparison
 *   with the past ("with the previous month") sets no live traffic beside
 *   live traffic.
 * * A slash that writes a rate (`purchases / session`, `hours/week`: a
 *   plural count per a singular unit) sets no alternatives: `- online:
 *   carousel CTR, purchases / session, GMV / session` names online metrics,
 *   while `- online: cost / privacy / latency` lists kinds.
 * * Notes write the objective as a probability, in either case: `output:
 *   p(resolved)`, `xgb, p(relist in 30 d | discount email)` state what the
 *   model predicts; `p(0.05)` is no event.
 * * An outline's imperative states the objective: a sentence that opens
 *   with `predict`, `forecast`, `estimate`, `classify` or `recommend`
 *   ("- predict offered calls per queue"); "predicted calls are cached"
 *   does not.
 * * Speech and verification metrics are offline metrics: word and
 *   character error rate (WER, CER), equal error rate (EER), false accept
 *   and false reject rates; so is an off-policy (inverse-propensity or
 *   doubly robust) estimate on logged data. Pages per session, sessions
 *   per user and time on site are online metrics.
 * * Terse notes may state the objective as a probability: `P(account is
 *   fake)` is an ML objective.
 * * A `Task:` label under the framing states the ML objective, like `ML
 *   objective:`.
 * * An `Output` heading or label that says what the model emits (`Output:
 *   a damage probability per parcel`) states what it predicts, so the ML
 *   objective, unless the author left an `ML objective` heading or label
 *   open (`TBD`): the objective asked for is then missing.
 * * A heading or label of the business objective whose content is an ML
 *   objective (`Objective` > `Maximise execution accuracy on our benchmark`)
 *   states the ML objective too; `ml-business-objective` reports that the
 *   business goal is missing.
 * * A kind label inside a sentence files the rest of it (`offline: PR-AUC,
 *   log loss; online: regretted attrition among listed vs not listed`), up
 *   to the next such label.
 * * An online comparison the evaluation plans in the author's words (an
 *   `Online` label or a paragraph opening with "Online," that compares two
 *   live groups on what it measures) names the online metric, as it plans
 *   the online half for `ml-evaluation`.
 * * An engagement count that is also a verb (`likes`, `saves`, `shares`,
 *   `follows`) is the verb after its subject or before its object (`a script
 *   ... saves the model artifact`): no online metric.
 * * In a table led by a metric column (`| Metric | Why it matters |`), a
 *   cell of a column whose header explains (`What it measures`, `Why`,
 *   `Notes`, `Description`) is a note on its row's metric: a metric word there (`a sanity check on calibration`) names no
 *   metric of its own, so it is neither misfiled nor counted; a cell under
 *   the metric column is read as before.
 * * Business and product KPIs are measured on live traffic: a `Business
 *   KPIs` or `Product KPIs` heading or label files online metrics as
 *   `Business metrics` does (its own words name one: `Dashboard 4: Business
 *   KPIs` > `- failures prevented (count)`), and `Example` before a
 *   title's noun is filler (`Example KPIs
 *   (business):` labels metrics). A KPI heading left `TBD` names none, and
 *   an online word outside such a label is still a goal until measured
 *   ("the partners want a 95% on-time delivery rate").
 * * A task family named by what it predicts states the ML objective, where
 *   the document commits to it: a target before `prediction` (`Training
 *   models: churn prediction`, `an ETA prediction service`) or the
 *   probability of an event in words (`the probability of the edit breaking
 *   a policy`). Not a value (`a dropout probability of 0.2`), not an input
 *   (`Features: the churn prediction score`), and not where the author left
 *   an `ML objective` heading or label open.
 * * A Russian template's pilot success criteria (`Что считаем успешным
 *   пилотом`, `Критерии успеха`) hold metrics in general: a pilot runs on
 *   live traffic, so a business measure listed there is an online metric,
 *   and an offline metric beside it (`BLEU не ниже 25`) is not misfiled.
 * * A list's lead-in paragraph files the list as a label does: a plain
 *   title on a line of its own (`4.2 Online metric`, its numbering left
 *   out, then the bullets), or a sentence of at most twelve words closed by
 *   a colon that names one kind (`Our online metrics are closer to the
 *   budget:`). A lead-in that rejects the kind (`These are not business
 *   metrics:`), passes it by or makes it a condition (`Before moving to
 *   online metrics, we check:`, `If the offline metrics look good, we run
 *   an A/B test measuring:`), or names both kinds files nothing; a single
 *   word of the other kind is enough (`We will track both offline and
 *   online metrics:`, `In addition to business metrics, we evaluate the
 *   model on:`).
 * * A `Success metrics`, `Metrics for success` or `KPIs` heading or label
 *   holds what the business measures on the running system: a line there
 *   in the author's own words that names a share, a rate or a count, or a
 *   change in one (`Reviewer hours saved per week`, `Error reduction: 3.2%
 *   → 0.8%`), is an online metric, as under `Business metrics`; an offline
 *   metric beside it is filed under no kind, so not misfiled. A line that
 *   names an offline metric, a latency or a scale, or one that measures
 *   nothing live (`Backward transfer above -0.05`), names none; so does a
 *   line about held-out, test or validation data, the training, the model's
 *   size, the labelled set or the serving system's health (`Error rate
 *   under 5% on the held-out welds`, `Training time reduced to 2 hours`,
 *   `API error rate below 0.1%`). A plain `Metrics` heading files nothing
 *   this way.
 * * A rate written with "per" is such a share, a rate or a count
 *   (`Applications per seeker per week` under `KPIs`); on held-out data
 *   (`Applications per seeker on the held-out week`) it is none.
 * * An outline's imperative may follow a label that names the task family
 *   (`Regression: predict delivery time in minutes`) and still state the
 *   objective; after another label (`Baseline: predict ...`) it states a
 *   baseline, not the objective.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * An online metric named as one (under an online or metrics label, in a
 *   metrics table, or in a sentence that measures it) counts without an
 *   experiment planned for it: the contract asks this rule for the names,
 *   and `ml-evaluation` for the live test.
 *
 * @module ml-objective-metrics
 * @example
 *   {"name": "ok-interleaving.md"}
 *
 *   # Web search ranking
 *
 *   The ranker predicts the probability that a result for a query is clicked.
 *
 *   - Offline: NDCG@10 on the held-out judged queries.
 *   - Ship when the interleaving runs show a significant CTR gain.
 *
 * @example
 *   {"name": "ctr-in-a-goal.md", "label": "input"}
 *
 *   # Web search ranking
 *
 *   The ranker predicts the probability that a result for a query is clicked.
 *
 *   - Offline: NDCG@10 on the held-out judged queries.
 *   - The results pages should earn a higher CTR next year.
 *
 * @example
 *   {"name": "ctr-in-a-goal.md", "label": "output"}
 *
 *   7:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "ok-online-word-measured-offline.md"}
 *
 *   # Seat upgrade offers
 *
 *   ML objective: predict the probability that a booking takes an upgrade.
 *
 *   - Offline
 *     - test months Apr–Aug, held out
 *     - PR-AUC against the rule
 *     - revenue simulation: upgrades captured at each threshold
 *   - Online: upgrade revenue per booking in an A/B test
 *
 * @example
 *   {"name": "online-word-offline-unmeasured.md", "label": "input"}
 *
 *   # Seat upgrade offers
 *
 *   ML objective: predict the probability that a booking takes an upgrade.
 *
 *   - Offline
 *     - PR-AUC against the rule
 *     - revenue at each threshold
 *   - Online: upgrade revenue per booking in an A/B test
 *
 * @example
 *   {"name": "online-word-offline-unmeasured.md", "label": "output"}
 *
 *   7:5-7:12: Unexpected online metric `revenue` under offline metrics, expected an offline metric measured on held-out data (`revenue` belongs under online metrics), such as `Offline metric: ROC-AUC on the held-out last week`
 *
 * @example
 *   {"name": "ok-sections.md"}
 *
 *   # Product ranking
 *
 *   ## ML objective
 *
 *   Predict the probability that a user clicks a product shown in the feed.
 *
 *   ## Online metrics
 *
 *   Click-through rate and purchases per session, in an A/B test.
 *
 *   ## Offline metrics
 *
 *   ROC-AUC and log loss on the held-out last week of impressions.
 *
 * @example
 *   {"name": "ok-lead-ins.md"}
 *
 *   # Churn outreach
 *
 *   ## Framing
 *
 *   **ML objective:** predict the probability that a subscriber cancels within 30 days.
 *
 *   **Online metrics:** 30-day retention of contacted subscribers against a random holdout.
 *
 *   **Offline metrics:** PR-AUC on the three held-out months.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Help-centre retrieval
 *
 *   The model ranks help-centre passages for the user's question.
 *
 *   ## Metrics
 *
 *   | Metric | Kind |
 *   |---|---|
 *   | Recall@20 | offline |
 *   | Escalation rate | online |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   ml_objective: predict the probability that a card payment is fraudulent
 *   online_metrics: fraud losses in basis points, decline rate
 *   offline_metrics: PR-AUC on the out-of-time month
 *   ---
 *
 *   # Fraud scoring
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Holiday rental search
 *
 *   The model takes the query and one candidate listing and predicts the probability that the search ends in a booking of it. We will judge it online by booking conversion per search session in an A/B test, and offline by NDCG@10 on held-out sessions.
 *
 * @example
 *   {"name": "ok-kpis-and-target.md"}
 *
 *   # Subscriber retention
 *
 *   ## ML layer
 *
 *   - Training models:
 *     - churn prediction on the last 18 months of accounts
 *
 *   ## Evaluation
 *
 *   Offline metric: PR-AUC on the held-out quarter.
 *
 *   ### Business KPIs
 *
 *   - subscribers kept after a retention call
 *
 * @example
 *   {"name": "missing-objective.md", "label": "input"}
 *
 *   # Merchant nudges
 *
 *   ## Evaluation
 *
 *   Offline: PR-AUC on the held-out 8 weeks. Online: an A/B test on 10% of merchants comparing the click-through rate of nudges.
 *
 * @example
 *   {"name": "missing-objective.md", "label": "output"}
 *
 *   3:1: Unexpected missing ML objective, expected what the model predicts or optimises in the framing section (`ML objective: ...`), such as `Predict the probability that a user clicks a product`
 *
 * @example
 *   {"name": "missing-online.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Framing
 *
 *   ML objective: predict the probability that a subscriber cancels within 30 days.
 *
 *   Offline metrics: ROC-AUC and PR-AUC on held-out months.
 *
 * @example
 *   {"name": "missing-online.md", "label": "output"}
 *
 *   8:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "missing-offline.md", "label": "input"}
 *
 *   # Ride demand
 *
 *   ## Framing
 *
 *   ML objective: predict ride requests per cell for each of the next eight 15-minute slots.
 *
 *   Online metrics: share of ride requests left without a car at peak, in a city-level A/B test.
 *
 * @example
 *   {"name": "missing-offline.md", "label": "output"}
 *
 *   8:1: Unexpected missing offline metric, expected a metric measured on held-out data, in the framing or evaluation section, such as `Offline metric: ROC-AUC on the held-out last week`
 *
 * @example
 *   {"name": "misfiled.md", "label": "input"}
 *
 *   # Push targeting
 *
 *   ## Framing
 *
 *   ML objective: predict the probability that a user opens tonight's push.
 *
 *   Online metrics: AUC, push open rate.
 *
 *   Offline metrics: log loss, DAU.
 *
 * @example
 *   {"name": "misfiled.md", "label": "output"}
 *
 *   7:17-7:20: Unexpected offline metric `AUC` under online metrics, expected an online metric measured on live traffic (`AUC` belongs under offline metrics), such as `Online metric: click-through rate in an A/B test`
 *   9:28-9:31: Unexpected online metric `DAU` under offline metrics, expected an offline metric measured on held-out data (`DAU` belongs under online metrics), such as `Offline metric: ROC-AUC on the held-out last week`
 *
 * @example
 *   {"name": "ok-not-misfiled.md"}
 *
 *   # Ad clicks
 *
 *   ML objective: predict the probability that a shown ad is clicked.
 *
 *   - Offline
 *     - ML metrics instead of revenue or CTR metrics.
 *     - Normalised entropy: log loss divided by the entropy of the background CTR.
 *   - Online
 *     - Revenue lift in an A/B test.
 *
 * @example
 *   {"name": "ok-business-metrics.md"}
 *
 *   # Card fraud
 *
 *   ML objective: predict the probability that a card payment is fraudulent.
 *
 *   ## Business metrics
 *
 *   - Recall of the fraud cases, so that few chargebacks slip through
 *   - Chargeback losses per month, compared in an A/B test
 *
 *   ## Offline metrics
 *
 *   PR-AUC on the last month of payments, held out.
 *
 * @example
 *   {"name": "ok-outline.md"}
 *
 *   # Sponsored listings
 *
 *   ## Framing
 *
 *   - **ML objective.** Predict the probability that a shown listing is clicked.
 *   - Metrics
 *     * Online
 *       * click-through rate in an A/B test
 *     * Offline
 *       * log loss on the held-out last week
 *
 * @example
 *   {"name": "misfiled-outline.md", "label": "input"}
 *
 *   # Sponsored listings
 *
 *   ## Framing
 *
 *   - **ML objective.** Predict the probability that a shown listing is clicked.
 *   - Metrics
 *     * Online
 *       * ROC-AUC
 *       * click-through rate in an A/B test
 *     * Offline
 *       * log loss on the held-out last week
 *
 * @example
 *   {"name": "misfiled-outline.md", "label": "output"}
 *
 *   8:7-8:14: Unexpected offline metric `ROC-AUC` under online metrics, expected an online metric measured on live traffic (`ROC-AUC` belongs under offline metrics), such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "ok-compared-rate.md"}
 *
 *   # Host acceptance
 *
 *   ## Framing
 *
 *   ML objective: predict the probability that a host accepts a booking request.
 *
 *   - Online: booking conversion rate in an A/B test
 *   - Offline
 *     - ROC-AUC, and MAE between predicted and actual acceptance rate per host
 *     - calibration: predicted vs observed acceptance rate per decile
 *     - against the current rules at the same acceptance rate
 *
 * @example
 *   {"name": "rate-filed-offline.md", "label": "input"}
 *
 *   # Host acceptance
 *
 *   ## Framing
 *
 *   ML objective: predict the probability that a host accepts a booking request.
 *
 *   - Metrics
 *     * Online
 *       * booking conversion rate in an A/B test
 *     * Offline
 *       * ROC-AUC, and acceptance rate per host
 *
 * @example
 *   {"name": "rate-filed-offline.md", "label": "output"}
 *
 *   11:20-11:35: Unexpected online metric `acceptance rate` under offline metrics, expected an offline metric measured on held-out data (`acceptance rate` belongs under online metrics), such as `Offline metric: ROC-AUC on the held-out last week`
 *
 * @example
 *   {"name": "ok-operating-point.md"}
 *
 *   # Merchant onboarding risk
 *
 *   - output: p(bust-out within 90 d | signup)
 *   - Online
 *     - fraud loss per 1k approved merchants
 *   - Offline
 *     - PR-AUC, recall @ 5% review rate
 *
 * @example
 *   {"name": "rate-after-number.md", "label": "input"}
 *
 *   # Merchant onboarding risk
 *
 *   - output: p(bust-out within 90 d | signup)
 *   - Online
 *     - fraud loss per 1k approved merchants
 *   - Offline
 *     - PR-AUC, 5% review rate
 *
 * @example
 *   {"name": "rate-after-number.md", "label": "output"}
 *
 *   7:16-7:27: Unexpected online metric `review rate` under offline metrics, expected an offline metric measured on held-out data (`review rate` belongs under online metrics), such as `Offline metric: ROC-AUC on the held-out last week`
 *
 * @example
 *   {"name": "ok-notes-column.md"}
 *
 *   # Freelancer matching
 *
 *   The model predicts the probability that a project owner hires the freelancer.
 *
 *   | metric | kind | notes |
 *   |---|---|---|
 *   | hires per posted project | online | primary |
 *   | click-through rate | online | secondary |
 *   | NDCG@10 | offline | in past tests it tracked click-through rate well |
 *
 * @example
 *   {"name": "ok-metric-note-column.md"}
 *
 *   # Recipe suggestions
 *
 *   The model predicts the probability that a cook saves a suggested recipe.
 *
 *   ## Offline metrics
 *
 *   NDCG@10 and log loss on the held-out last month of sessions.
 *
 *   ## Online metrics
 *
 *   | Metric | Why it matters |
 *   | --- | --- |
 *   | Recipes saved per session | the goal of the feature |
 *   | Complaints about repeats | a sanity check on calibration of the scores |
 *
 * @example
 *   {"name": "metric-column-misfiled.md", "label": "input"}
 *
 *   # Recipe suggestions
 *
 *   The model predicts the probability that a cook saves a suggested recipe.
 *
 *   ## Offline metrics
 *
 *   NDCG@10 and log loss on the held-out last month of sessions.
 *
 *   ## Online metrics
 *
 *   | Metric | Why it matters |
 *   | --- | --- |
 *   | Recipes saved per session | the goal of the feature |
 *   | Calibration of the scores | a sanity check |
 *
 * @example
 *   {"name": "metric-column-misfiled.md", "label": "output"}
 *
 *   14:3-14:14: Unexpected offline metric `Calibration` under online metrics, expected an online metric measured on live traffic (`Calibration` belongs under offline metrics), such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "ok-imperative-objective.md"}
 *
 *   # Call volume
 *
 *   - predict offered calls per queue per 30-minute interval, 1 to 14 days ahead
 *   - online: share of intervals that meet the service level, in a pilot on two queues
 *   - offline: WAPE on the last 8 weeks, held out
 *
 * @example
 *   {"name": "predicted-not-imperative.md", "label": "input"}
 *
 *   # Call volume
 *
 *   - predicted calls are cached for an hour
 *   - online: share of intervals that meet the service level, in a pilot on two queues
 *   - offline: WAPE on the last 8 weeks, held out
 *
 * @example
 *   {"name": "predicted-not-imperative.md", "label": "output"}
 *
 *   6:1: Unexpected missing ML objective, expected what the model predicts or optimises in the framing section (`ML objective: ...`), such as `Predict the probability that a user clicks a product`
 *
 * @example
 *   {"name": "ok-named-error-rates.md"}
 *
 *   # Voice authentication
 *
 *   The model predicts whether the caller is the enrolled customer.
 *
 *   - Offline: equal error rate (EER) on held-out speaker trials
 *   - Online: share of calls authenticated without questions, in an A/B test
 *
 * @example
 *   {"name": "ok-task-label-inline-online.md"}
 *
 *   # Attrition watch-list
 *
 *   ## Framing
 *
 *   - Task: predict whether an employee leaves within six months
 *   - offline: PR-AUC, log loss; online: regretted attrition among listed vs not listed
 *
 * @example
 *   {"name": "ok-objective-heading.md"}
 *
 *   # Question to SQL
 *
 *   ## Objective
 *
 *   - Maximise execution accuracy on our internal benchmark: reach 85%
 *
 *   ## Metrics
 *
 *   - Offline: execution accuracy on the held-out benchmark questions
 *   - Online: share of generated queries the analysts run without editing
 *
 * @example
 *   {"name": "ok-online-comparison-in-words.md"}
 *
 *   # Quiz item difficulty
 *
 *   ## Framing
 *
 *   We predict the difficulty of a new question from its text.
 *
 *   ## Evaluation
 *
 *   Offline, we report RMSE against the calibrated difficulty on the held-out questions.
 *
 *   Online, half of the new questions enter the adaptive pool at once and half wait for calibration; we compare the share of sessions in which learners stay in their target band.
 *
 * @example
 *   {"name": "ok-once-live-compare.md"}
 *
 *   # Review replies
 *
 *   ## Framing
 *
 *   ML objective: generate a reply draft for each app-store review. Offline, agents rate the drafts against the sent replies on 500 held-out reviews, and we report precision at the 0.9 threshold.
 *
 *   ## Evaluation
 *
 *   Once live, we compare the card app against the other two for a month: share of reviews answered within a day.
 *
 * @example
 *   {"name": "once-live-no-measure.md", "label": "input"}
 *
 *   # Review replies
 *
 *   ## Framing
 *
 *   ML objective: generate a reply draft for each app-store review. Offline, agents rate the drafts against the sent replies on 500 held-out reviews, and we report precision at the 0.9 threshold.
 *
 *   ## Evaluation
 *
 *   Once live, we will see whether people like it.
 *
 * @example
 *   {"name": "once-live-no-measure.md", "label": "output"}
 *
 *   7:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "ok-rate-slashes.md"}
 *
 *   # Related listings
 *
 *   - ML objective: rank listings a buyer opens next after the seed listing
 *   - Metrics
 *     - offline: recall@20, NDCG@10 on next views held out
 *     - online: carousel CTR, purchases / session, GMV / session
 *
 * @example
 *   {"name": "alternatives-slashes.md", "label": "input"}
 *
 *   # Related listings
 *
 *   - ML objective: rank listings a buyer opens next after the seed listing
 *   - Metrics
 *     - offline: recall@20, NDCG@10 on next views held out
 *     - online: clicks / views / purchases
 *
 * @example
 *   {"name": "alternatives-slashes.md", "label": "output"}
 *
 *   7:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "saves-is-a-verb.md", "label": "input"}
 *
 *   # SMS spam filter scaffold
 *
 *   ## Framing
 *
 *   - ML objective: predict whether an SMS is spam
 *   - a script trains the model and saves the model artifact and a metrics report
 *   - Offline: precision, recall and F1 on the held-out test split
 *
 * @example
 *   {"name": "saves-is-a-verb.md", "label": "output"}
 *
 *   8:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "ok-online-named-without-test.md"}
 *
 *   # Product ranking
 *
 *   ## Framing
 *
 *   Predict the probability that a user clicks a product.
 *
 *   ## Metrics
 *
 *   - Online: click-through rate, add-to-cart rate
 *   - Offline: ROC-AUC, log loss
 *
 * @example
 *   {"name": "ok-closeness-online.md"}
 *
 *   # Ferry arrival times
 *
 *   ML objective: predict the minutes until the ferry docks, from the AIS track.
 *
 *   ## Offline metrics
 *
 *   MAE in minutes on the held-out last month of crossings.
 *
 *   ## Online metrics
 *
 *   | Metric | What it measures |
 *   | --- | --- |
 *   | Arrival accuracy on completed crossings | predicted vs actual docking time, live |
 *   | Share of passengers missing the boat | how often the app misled them |
 *
 * @example
 *   {"name": "ok-output-label.md"}
 *
 *   # Parcel damage triage
 *
 *   ## Framing
 *
 *   - **Input:** the parcel's photo at the depot scanner and its route.
 *   - **Output:** a damage probability per parcel.
 *   - **Offline metric:** PR-AUC on the held-out last month.
 *   - **Online metric:** share of damaged parcels caught before delivery.
 *
 * @example
 *   {"name": "objective-left-open-beside-output.md", "label": "input"}
 *
 *   # Parcel damage triage
 *
 *   ## Framing
 *
 *   ### ML objective
 *
 *   TBD
 *
 *   ### Input and output
 *
 *   - **Input:** the parcel's photo at the depot scanner and its route.
 *   - **Output:** a damage probability per parcel.
 *
 *   ### Metrics
 *
 *   - **Offline metric:** PR-AUC on the held-out last month.
 *   - **Online metric:** share of damaged parcels caught before delivery.
 *
 * @example
 *   {"name": "objective-left-open-beside-output.md", "label": "output"}
 *
 *   5:1-5:17: Unexpected missing ML objective, expected what the model predicts or optimises in the framing section (`ML objective: ...`), such as `Predict the probability that a user clicks a product`
 *
 * @example
 *   {"name": "ok-list-lead-ins.md"}
 *
 *   # Lane blocking alerts
 *
 *   ML objective: predict whether a parked car blocks the bus lane.
 *
 *   4.1 Offline metric
 *   - average precision on the held-out camera frames
 *
 *   Our online metrics are closer to the city's budget:
 *
 *   - **Patrol hours saved**: how much less the wardens drive
 *   - **Late buses**: the share of buses more than 5 minutes late
 *
 * @example
 *   {"name": "ok-success-metrics-own-words.md"}
 *
 *   # Flagged post review
 *
 *   ML objective: predict whether a flagged post breaks the policy.
 *
 *   ## Success metrics
 *
 *   - Macro-F1 at least 0.85 on the held-out months
 *   - Restored-post share: at most 15% of flagged posts restored on review
 *
 * @example
 *   {"name": "success-metrics-nothing-live.md", "label": "input"}
 *
 *   # Flagged post review
 *
 *   ML objective: predict whether a flagged post breaks the policy.
 *
 *   ## Success metrics
 *
 *   - Macro-F1 at least 0.85 on the held-out months
 *   - Backward transfer above -0.05 after each update
 *
 * @example
 *   {"name": "success-metrics-nothing-live.md", "label": "output"}
 *
 *   9:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "ok-lead-in-names-both-kinds.md"}
 *
 *   # Product search ranking
 *
 *   ML objective: rank the products for a query by the chance of a click.
 *
 *   We will track both offline and online metrics:
 *
 *   - NDCG@10 on the held-out last week of queries
 *   - Click-through rate in a two-week A/B test
 *
 * @example
 *   {"name": "success-metrics-held-out-line.md", "label": "input"}
 *
 *   # Weld inspection
 *
 *   ML objective: predict whether a photographed weld is defective.
 *
 *   ## Success metrics
 *
 *   - F1 at least 0.8 on the held-out welds
 *   - Error rate under 5% on the held-out welds
 *
 * @example
 *   {"name": "success-metrics-held-out-line.md", "label": "output"}
 *
 *   9:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "lead-in-rejects-kind.md", "label": "input"}
 *
 *   # Lane blocking alerts
 *
 *   ML objective: predict whether a parked car blocks the bus lane.
 *
 *   4.1 Offline metric
 *   - average precision on the held-out camera frames
 *
 *   These are not business metrics:
 *
 *   - **Patrol hours saved**: how much less the wardens drive
 *
 * @example
 *   {"name": "lead-in-rejects-kind.md", "label": "output"}
 *
 *   11:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 * @example
 *   {"name": "ok-family-label-objective.md"}
 *
 *   # Courier arrival times
 *
 *   ## ML task
 *
 *   Regression: predict delivery time in minutes.
 *
 *   ## Metrics
 *
 *   - Offline: MAE on the held-out weeks
 *   - Online: share of orders that arrive inside the promised window
 *
 * @example
 *   {"name": "other-label-objective.md", "label": "input"}
 *
 *   # Courier arrival times
 *
 *   ## ML task
 *
 *   Baseline: predict delivery time in minutes.
 *
 *   ## Metrics
 *
 *   - Offline: MAE on the held-out weeks
 *   - Online: share of orders that arrive inside the promised window
 *
 * @example
 *   {"name": "other-label-objective.md", "label": "output"}
 *
 *   7:1: Unexpected missing ML objective, expected what the model predicts or optimises in the framing section (`ML objective: ...`), such as `Predict the probability that a user clicks a product`
 *
 * @example
 *   {"name": "ok-kpi-per.md"}
 *
 *   # Job matches
 *
 *   We predict the probability that a seeker applies to a shown job.
 *
 *   ## KPIs
 *
 *   - Applications per seeker per week
 *   - Offline: MAP@10 on a held-out week
 *
 * @example
 *   {"name": "kpi-per-held-out.md", "label": "input"}
 *
 *   # Job matches
 *
 *   We predict the probability that a seeker applies to a shown job.
 *
 *   ## KPIs
 *
 *   - Applications per seeker on the held-out week
 *   - Offline: MAP@10 on a held-out week
 *
 * @example
 *   {"name": "kpi-per-held-out.md", "label": "output"}
 *
 *   9:1: Unexpected missing online metric, expected a metric measured on live traffic that the ML objective moves, in the framing or evaluation section, such as `Online metric: click-through rate in an A/B test`
 *
 *
 * @example
 *   {"name": "ok-r2-named-alone.md"}
 *
 *   # Days to cancel
 *
 *   ## ML objective
 *
 *   Regression: predict the days until a subscriber cancels, 0 to 365.
 *
 *   ## Evaluation
 *
 *   Offline metrics on a holdout month:
 *
 *   - R2: share of variance explained
 *
 *   Online: an A/B test on the retention rate over 4 weeks.
 *
 * @example
 *   {"name": "ok-rejected-in-a-note.md"}
 *
 *   # Offer acceptance
 *
 *   ## ML objective
 *
 *   Predict whether a customer accepts an offer.
 *
 *   ## Evaluation
 *
 *   | Metric | Meaning | Target |
 *   |---|---|---|
 *   | PR-AUC | offers rejected by the customer count as negatives | > 0.4 |
 *
 *   Online: an A/B test on the acceptance rate over 4 weeks.
 */
import type { VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

const onlineExample = 'Online metric: click-through rate in an A/B test'
const offlineExample = 'Offline metric: ROC-AUC on the held-out last week'

const remarkLintMlObjectiveMetrics = defineRule<Options>(
  {
    id: 'ml-objective-metrics',
    stage: 'framing',
    messages: {
      missingMlObjective: {
        reason: missing(
          'ML objective',
          'what the model predicts or optimises in the framing section (`ML objective: ...`)',
          'Predict the probability that a user clicks a product',
        ),
        stub: {
          part: 'ml-objective',
          heading: 'ML objective',
          todo: 'TODO — state what the model predicts or optimises, such as `Predict the probability that a user clicks a product`.',
        },
      },
      missingOnlineMetric: {
        reason: missing(
          'online metric',
          'a metric measured on live traffic that the ML objective moves, in the framing or evaluation section',
          '{{onlineExample}}',
        ),
        stub: {
          part: 'online-metrics',
          heading: 'Online metrics',
          todo: 'TODO — name a metric measured on live traffic, such as `click-through rate in an A/B test`.',
        },
      },
      missingOfflineMetric: {
        reason: missing(
          'offline metric',
          'a metric measured on held-out data, in the framing or evaluation section',
          '{{offlineExample}}',
        ),
        stub: {
          part: 'offline-metrics',
          heading: 'Offline metrics',
          todo: 'TODO — name a metric measured on held-out data, such as `ROC-AUC on the last week`.',
        },
      },
      misfiledMetric: `Unexpected {{kind}} metric \`{{metric}}\` under {{other}} metrics, expected an {{other}} metric measured on {{measured}} (\`{{metric}}\` belongs under {{kind}} metrics), such as \`{{example}}\``,
    },
  },
  (reading, _file, _options, report) => {
    const { objectiveStated, onlineStated, offline, misfiled, homes } = reading.objectiveAndMetrics()
    if (!objectiveStated) {
      report('missingMlObjective', { place: placeMissing(reading, 'ml-objective', { named: true }) })
    }
    if (!onlineStated) {
      report('missingOnlineMetric', {
        place: placeMissing(reading, homes.online, { named: true }),
        data: { onlineExample },
      })
    }
    if (offline.length === 0) {
      report('missingOfflineMetric', {
        place: placeMissing(reading, homes.offline, { named: true }),
        data: { offlineExample },
      })
    }
    for (const mention of misfiled) {
      const [kind, other, measured, example] =
        mention.metric.kind === 'offline'
          ? ['offline', 'online', 'live traffic', onlineExample]
          : ['online', 'offline', 'held-out data', offlineExample]
      report('misfiledMetric', {
        place: reading.place(mention),
        data: { kind, metric: mention.text, other, measured, example },
      })
    }
  },
)

export default remarkLintMlObjectiveMetrics
