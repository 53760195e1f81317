/**
 * remark-lint rule to check that an ML system design document has an
 * evaluation stage that plans offline and online evaluation.
 *
 * ## What is this?
 *
 * This rule checks that the document says how the model will be judged
 * before and after it meets real traffic. **Offline evaluation** names an
 * offline metric (PR-AUC, NDCG@10, RMSE, ...) and the held-out data it is
 * computed on (the last month held out, a test split, a backtest).
 * **Online evaluation** names an A/B test, interleaving, a canary or a shadow
 * comparison together with the online metric it compares (click-through
 * rate, fraud losses, watch time, ...).
 *
 * It accepts an evaluation section (`Evaluation`, `Evaluation plan`,
 * `Experiments`, `Validation`, `Offline and online evaluation`, ...) or a
 * labelled lead-in (`**Evaluation:** ...`) for the stage. The two halves
 * may stand anywhere in the document: an A/B test planned in the rollout
 * section still plans online evaluation.
 *
 * ## When should I use this?
 *
 * Always: a model that is never compared offline on held-out data, or never
 * tested against the current system on live traffic, ships on faith.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`,
 *   `onlineMetrics`, `offlineMetrics`, ...): see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A holdout of live traffic (`A/B test: 10% as holdout`, `a holdout
 *   group`) is the control of an experiment, not held-out data: it names
 *   no data for the offline evaluation.
 * * A heading that only names metrics (`Metrics`, `Online metrics`) opens
 *   the evaluation stage only when its section plans a held-out evaluation
 *   or a live comparison: listing metrics is framing; evaluation plans where
 *   and how they are measured.
 * * When the stage is missing, the rule says only that (the message asks for
 *   both halves); the halves are checked once a stage exists. An empty or
 *   placeholder evaluation section is a missing stage, reported at its
 *   heading.
 * * Offline evaluation needs the held-out data (a held-out or test set, a
 *   split, a backtest, the most recent weeks) with an offline metric in the
 *   same section, or a split described with the data and an offline metric
 *   named in the evaluation stage.
 * * Online evaluation needs a live comparison (A/B test, interleaving,
 *   canary, shadow, randomised holdout, pilot) with an online metric in the
 *   same section: a shadow run that compares nothing does not count.
 * * The live comparison may stand under a deployment heading that names
 *   the testing (`Online testing and deployment`, `A/B test and rollout`);
 *   a plain rollout's canary watches the system's health and plans no
 *   online evaluation. What the comparison measures may follow it in the
 *   next two sentences of its section (an outline's sibling bullet:
 *   "compare violations per 1k worker-hours"), unless that sentence compares
 *   offline metrics on live scores ("compare AUROC and PPV on the live
 *   scores"). A parallel run of both systems is a live comparison.
 * * Inside the evaluation stage, a plan may measure what no metric list
 *   knows ("hit rate", "£ per investigator hour", "comparing takedown
 *   requests"): a rate, a share, a count or a comparison that says what it
 *   compares stands for the metric there.
 * * FAQ and terse notes name the stage in their own way: a question
 *   heading names it by its verb (`How will we evaluate it?`, `Q14. How do
 *   we evaluate?`, a bold `**How will it be tested?**` paragraph), and the
 *   abbreviation `eval` is a heading of the stage. A question heading under
 *   `Open questions` asks instead of answering and names nothing.
 * * The held-out data must be named (a test set, a held-out month,
 *   cross-validation): under an `Offline evaluation` heading, a metric or a
 *   table of scores that says nothing about the data does not plan it.
 *
 * * Under an `Online` label of the evaluation stage, or in a paragraph
 *   that opens with "Online,", the author may plan the live comparison in
 *   their own words: it counts when it sets two live groups side by side
 *   (half of the teams, sites with and without the flag, treated vs held
 *   back) and compares what it measures ("compare time-to-first-response").
 *   Where the filing names a measure (an online metric, a rate, a share),
 *   the groups compare it without a verb (`- online: a random 10% get no
 *   discount → relist rate, treated vs held back`; a table row `| online |
 *   10% owner experiment vs the rest, 4 weeks | gross booking value |`).
 *   A share of the traffic that gets the treatment sets a live group too
 *   (`10% of viewers get the bandit, 10% the editors' default`).
 *   A comparison with the past ("with the previous period", "versus the
 *   previous month") sets no groups and plans nothing.
 * * A missing half is reported at the section the author titled for it
 *   (`### Offline`, `### Live test`, `5. Online testing and deployment`),
 *   without a stub; else at the first section that opens the stage as a
 *   whole (`**metrics**`, not `**cost of mistakes**`).
 * * A randomised comparison said without the word "experiment" plans
 *   online evaluation ("the top 80 patients are randomly split: 40 are
 *   called in model order, the other 40 form a comparison group"); a random
 *   split of the data into train and test sets does not.
 * * A live comparison filed under an `Online` label or table row of the
 *   evaluation stage (`- Online: A/B by reader, 3 weeks, 20% per arm`)
 *   compares the online metrics the document names elsewhere (the
 *   framing's `Online metrics`, in the author's words too): the label ties
 *   the test to the online half, so it needs no metric of its own. With no
 *   online metric outside that label the rule still fires, and a bare stub
 *   (`- A/B Test`) plans nothing.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * An evaluation stage needs a section or a labelled lead-in that names it,
 *   as the contract's words on stages ask: a held-out evaluation and an A/B
 *   test described under a heading that names no stage (`Technical details`)
 *   or another one (`Infrastructure`) open no evaluation stage. A heading an
 *   author uses for the stage can be added through `headings`.
 *
 * @module ml-evaluation
 * @example
 *   {"name": "holdout-group.md", "label": "input"}
 *
 *   # Harmful posts
 *
 *   ## Evaluation
 *
 *   - Offline: PR-AUC and recall per harm type.
 *   - Online: A/B test, 10% as holdout, comparing the share of harmful impressions.
 *
 * @example
 *   {"name": "holdout-group.md", "label": "output"}
 *
 *   7:1: Unexpected missing offline evaluation, expected an offline metric and the held-out data it is computed on in the evaluation section, such as `PR-AUC on the most recent month of transactions, held out from training`
 *
 * @example
 *   {"name": "ok-holdout-group.md"}
 *
 *   # Harmful posts
 *
 *   ## Evaluation
 *
 *   - Offline: PR-AUC and recall per harm type on the held-out last month of reports.
 *   - Online: A/B test, 10% as holdout, comparing the share of harmful impressions.
 *
 * @example
 *   {"name": "ok-comparison-group.md"}
 *
 *   # Readmission outreach
 *
 *   ## Evaluation
 *
 *   Offline: AUROC on the last six months of discharges, held out from training.
 *
 *   For eight weeks the 80 highest-ranked patients each day are randomly split: 40 are called in model order and the other 40 form a comparison group. We compare the 30-day readmission rate between the two groups.
 *
 * @example
 *   {"name": "ok-online-groups.md"}
 *
 *   # Seller win-back list
 *
 *   ## Evaluation
 *
 *   - offline: PR-AUC on the 20% holdout of last year's campaign months
 *   - online: each month a random 10% of the selected sellers get no discount → relist rate, treated vs held back
 *
 * @example
 *   {"name": "ok-online-label-framing-metrics.md"}
 *
 *   # Reply ranking
 *
 *   ## Framing
 *
 *   - Online metrics: second-page view rate, reply upvote rate
 *
 *   ## Evaluation
 *
 *   - Offline: AUC on the held-out last two weeks of threads
 *   - Online: A/B by reader, 3 weeks, 20% per arm
 *
 * @example
 *   {"name": "online-label-no-metric.md", "label": "input"}
 *
 *   # Reply ranking
 *
 *   ## Evaluation
 *
 *   - Offline: AUC on the held-out last two weeks of threads
 *   - Online: A/B by reader, 3 weeks, 20% per arm
 *
 * @example
 *   {"name": "online-label-no-metric.md", "label": "output"}
 *
 *   7:1: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "online-no-groups.md", "label": "input"}
 *
 *   # Seller win-back list
 *
 *   ## Evaluation
 *
 *   - offline: PR-AUC on the 20% holdout of last year's campaign months
 *   - online: relist rate and GMV of the listed sellers
 *
 * @example
 *   {"name": "online-no-groups.md", "label": "output"}
 *
 *   7:1: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "ok-share-gets.md"}
 *
 *   # Artwork choice
 *
 *   ## Evaluation
 *
 *   Offline, the policy is replayed on the last week of exploration logs, held out from tuning, and its take rate estimated with IPS.
 *
 *   Online, 10% of viewers get the bandit and 10% the editors' default for four weeks; we compare take rate per title impression.
 *
 * @example
 *   {"name": "share-sees-errors.md", "label": "input"}
 *
 *   # Artwork choice
 *
 *   ## Evaluation
 *
 *   Offline, the policy is replayed on the last week of exploration logs, held out from tuning, and its take rate estimated with IPS.
 *
 *   Online, 10% of viewers see errors on the old page; we track the error rate.
 *
 * @example
 *   {"name": "share-sees-errors.md", "label": "output"}
 *
 *   8:1: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "before-after.md", "label": "input"}
 *
 *   # Artwork choice
 *
 *   ## Evaluation
 *
 *   Offline, the policy is replayed on the last week of exploration logs, held out from tuning, and its take rate estimated with IPS.
 *
 *   Online, we compare take rate per title impression before and after the launch.
 *
 * @example
 *   {"name": "before-after.md", "label": "output"}
 *
 *   8:1: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "random-split.md", "label": "input"}
 *
 *   # Readmission outreach
 *
 *   ## Evaluation
 *
 *   The discharges are randomly split into train and test sets; AUROC on the test set, comparing the readmission rate of each decile.
 *
 * @example
 *   {"name": "random-split.md", "label": "output"}
 *
 *   6:1: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Evaluation
 *
 *   Offline: PR-AUC and recall at 0.5% false positive rate on the most recent month, held out from training.
 *
 *   Online: a six-week A/B test on 10% of traffic comparing fraud losses and the false decline rate.
 *
 * @example
 *   {"name": "ok-own-words.md"}
 *
 *   # Graduate applications
 *
 *   ## Evaluation
 *
 *   - Offline: ROC-AUC on the held-out 2025 intake
 *   - Online: the spring intake is split by recruiter team, half of the teams work the ordered queue; compare time-to-first-response
 *
 * @example
 *   {"name": "past-comparison.md", "label": "input"}
 *
 *   # Course recommendations
 *
 *   ## Evaluation
 *
 *   - Offline: recall@20 on the held-out last 4 weeks
 *   - Online: after launch we compare enrolments per visit with the previous period
 *
 * @example
 *   {"name": "past-comparison.md", "label": "output"}
 *
 *   7:1: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "titled-live-test.md", "label": "input"}
 *
 *   # Bake plan
 *
 *   ## Model + evaluation
 *
 *   - offline: WAPE on the 8 held-out test weeks
 *
 *   ## Online testing and deployment
 *
 *   - A/B Test
 *
 * @example
 *   {"name": "titled-live-test.md", "label": "output"}
 *
 *   7:1-7:33: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "ok-joined-heading.md"}
 *
 *   # Nightly rate recommendations
 *
 *   ## Model + evaluation
 *
 *   - a demand model per hotel and night
 *   - offline: MAPE on the last 8 weeks, held out from training
 *   - online: an A/B test by hotel on revenue per available room
 *
 * @example
 *   {"name": "ok-subsections.md"}
 *
 *   # Home feed
 *
 *   ## Evaluation
 *
 *   ### Offline evaluation
 *
 *   NDCG@20 on the last four days of logs, held out by time.
 *
 *   ### Online evaluation
 *
 *   Interleaving against the production ranker, then an A/B test on watch time per user.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Ticket routing
 *
 *   **Evaluation:** macro-F1 on a held-out test set of 5,000 tickets; then a two-week A/B test on 10% of queues comparing resolution rate.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Search ranking
 *
 *   ## Evaluation plan
 *
 *   | half | plan |
 *   |---|---|
 *   | offline | NDCG@10 on a test split of last week's queries |
 *   | online | interleaving test on 5% of traffic, measuring click-through rate |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   offline_evaluation: PR-AUC on the most recent month of payments, held out from training
 *   online_evaluation: a six-week A/B test on 10% of traffic comparing fraud losses
 *   ---
 *
 *   # Card fraud scoring
 *
 * @example
 *   {"name": "ok-metrics-section.md"}
 *
 *   # Search ranking
 *
 *   ## Metrics
 *
 *   Offline: NDCG@10 on the held-out week of queries. Online: an A/B test on 5% of traffic comparing click-through rate.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Model
 *
 *   Gradient-boosted trees on billing and usage features.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: Unexpected missing evaluation stage, expected an `Evaluation` section that plans offline and online evaluation, such as `Offline: PR-AUC on the last month, held out; online: a two-week A/B test on fraud losses`
 *
 * @example
 *   {"name": "empty.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Evaluation
 *
 *   TBD
 *
 * @example
 *   {"name": "empty.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected missing evaluation stage, expected an `Evaluation` section that plans offline and online evaluation, such as `Offline: PR-AUC on the last month, held out; online: a two-week A/B test on fraud losses`
 *
 * @example
 *   {"name": "no-offline.md", "label": "input"}
 *
 *   # Search ranking
 *
 *   ## Evaluation
 *
 *   A two-week A/B test on 5% of users comparing click-through rate with the current ranker.
 *
 * @example
 *   {"name": "no-offline.md", "label": "output"}
 *
 *   6:1: Unexpected missing offline evaluation, expected an offline metric and the held-out data it is computed on in the evaluation section, such as `PR-AUC on the most recent month of transactions, held out from training`
 *
 * @example
 *   {"name": "no-online.md", "label": "input"}
 *
 *   # House prices
 *
 *   ## Evaluation
 *
 *   We hold out the last six months of sales and report MAE and MAPE on them.
 *
 * @example
 *   {"name": "no-online.md", "label": "output"}
 *
 *   6:1: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "missing-held-out-data.md", "label": "input"}
 *
 *   # Ticket routing
 *
 *   ## Evaluation
 *
 *   ### Offline evaluation
 *
 *   | model | macro-F1 |
 *   | --- | --- |
 *   | BERT | 0.81 |
 *
 *   ### Online evaluation
 *
 *   A two-week A/B test comparing the reassignment rate.
 *
 * @example
 *   {"name": "missing-held-out-data.md", "label": "output"}
 *
 *   5:1-5:23: Unexpected missing offline evaluation, expected an offline metric and the held-out data it is computed on in the evaluation section, such as `PR-AUC on the most recent month of transactions, held out from training`
 *
 * @example
 *   {"name": "ok-online-testing-heading.md"}
 *
 *   # Hard-hat detection
 *
 *   ## 5. Model + offline evaluation
 *
 *   - Offline eval
 *     - mAP@0.5 on the 3 held-out test sites
 *
 *   ## 6. Online testing and deployment
 *
 *   - Online test
 *     - 10 pilot sites with alerts vs 10 comparable sites without, for 6 weeks
 *     - compare violations per 1k worker-hours on both
 *   - Serving: real time on an edge box per site
 *
 * @example
 *   {"name": "canary-in-rollout.md", "label": "input"}
 *
 *   # Hard-hat detection
 *
 *   ## 5. Model + offline evaluation
 *
 *   - Offline eval
 *     - mAP@0.5 on the 3 held-out test sites
 *
 *   ## 6. Deployment
 *
 *   - Release: canary on 5% of sites for 48 h, then all
 *     - watch error rate and latency only
 *
 * @example
 *   {"name": "canary-in-rollout.md", "label": "output"}
 *
 *   8:1: Unexpected missing online evaluation, expected an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section, such as `A two-week A/B test on 5% of users comparing click-through rate`
 *
 * @example
 *   {"name": "ok-parallel-run.md"}
 *
 *   # Substation load forecast
 *
 *   ## How do we evaluate?
 *
 *   Rolling-origin backtest over the last 12 months, held out from training, with MAPE per substation. Then a 6-week parallel run where our forecast and the vendor's are both produced, and we compare their daily MAPE against metered load.
 *
 * @example
 *   {"name": "evaluation-under-other-heading.md", "label": "input"}
 *
 *   # Card fraud scoring
 *
 *   ## Technical details
 *
 *   We compute PR-AUC on a held-out month of transactions, then an A/B test on 10% of traffic compares the chargeback rate with the current rules.
 *
 * @example
 *   {"name": "evaluation-under-other-heading.md", "label": "output"}
 *
 *   6:1: Unexpected missing evaluation stage, expected an `Evaluation` section that plans offline and online evaluation, such as `Offline: PR-AUC on the last month, held out; online: a two-week A/B test on fraud losses`
 *
 * @example
 *   {"name": "ok-online-model-experimentation.md"}
 *
 *   # Fake news flags
 *
 *   ## Offline evaluation
 *
 *   F1 and Cohen's kappa on a held-out test split of 40k labelled articles.
 *
 *   ## Online model experimentation
 *
 *   For two weeks half of the clients get the model's flags and half the current rules; complaints per 1k
 *   articles decide.
 */
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

const offlineReason = missing(
  'offline evaluation',
  'an offline metric and the held-out data it is computed on in the evaluation section',
  'PR-AUC on the most recent month of transactions, held out from training',
)
const onlineReason = missing(
  'online evaluation',
  'an A/B test, interleaving, canary or shadow comparison with an online metric in the evaluation section',
  'A two-week A/B test on 5% of users comparing click-through rate',
)

const remarkLintMlEvaluation = defineRule(
  {
    id: 'ml-evaluation',
    stage: 'evaluation',
    messages: {
      missingEvaluationStage: {
        reason: missing(
          'evaluation stage',
          'an `Evaluation` section that plans offline and online evaluation',
          'Offline: PR-AUC on the last month, held out; online: a two-week A/B test on fraud losses',
        ),
        stub: {
          heading: 'Evaluation',
          todo: 'TODO — plan the offline and online evaluation, such as `PR-AUC on a held-out month, then a two-week A/B test`.',
        },
      },
      missingOfflineEvaluation: {
        reason: offlineReason,
        stub: {
          part: 'offline-evaluation',
          heading: 'Offline evaluation',
          todo: 'TODO — name an offline metric and the held-out data it is computed on, such as `PR-AUC on the last month`.',
        },
      },
      // The same messages where the author already titled a section for the half (`Offline`, `Live test`, `Online
      // testing and deployment`): the message stands at it, and no stub is offered elsewhere.
      missingOfflineEvaluationInSection: offlineReason,
      missingOnlineEvaluationInSection: onlineReason,
      missingOnlineEvaluation: {
        reason: onlineReason,
        stub: {
          part: 'online-evaluation',
          heading: 'Online evaluation',
          todo: 'TODO — plan an A/B test, canary or shadow comparison with an online metric, such as `a two-week A/B test on CTR`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    const plan = reading.evaluationPlan()
    // When the stage is missing, say only that: the halves are checked once a stage exists.
    if (!plan.stage) {
      report('missingEvaluationStage', {
        place: plan.openings.length > 0 ? reading.place(plan.openings[0].at) : reading.documentPlace,
      })
      return
    }
    const place = reading.place(plan.stage.at)
    const { offline, online } = plan.homes
    if (!plan.offlinePlanned) {
      if (offline?.titled) report('missingOfflineEvaluationInSection', { place: reading.place(offline.at) })
      else
        report('missingOfflineEvaluation', {
          place: placeMissing(reading, 'offline-evaluation', {
            otherwise: offline ? reading.place(offline.at) : place,
          }),
        })
    }
    if (!plan.onlinePlanned) {
      if (online?.titled) report('missingOnlineEvaluationInSection', { place: reading.place(online.at) })
      else
        report('missingOnlineEvaluation', {
          place: placeMissing(reading, 'online-evaluation', { otherwise: online ? reading.place(online.at) : place }),
        })
    }
  },
)

export default remarkLintMlEvaluation
