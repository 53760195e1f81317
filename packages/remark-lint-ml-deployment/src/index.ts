/**
 * remark-lint rule to check that an ML system design document has a
 * deployment and serving stage that says how predictions are served.
 *
 * ## What is this?
 *
 * This rule checks that the document plans how the model reaches its
 * users: whether predictions are made **online** (each request scored in
 * real time, by a service, on the device) or in **batch** (precomputed by a
 * scheduled job), and how the model is rolled out (shadow, canary, A/B,
 * gradual ramp).
 *
 * It accepts a deployment section (`Deployment`, `Serving`, `Deployment and
 * serving`, `Inference`, `Rollout`, `Launch plan`, ...) or a labelled lead-in
 * (`**Serving:** ...`) for the stage, and a serving mode stated in it,
 * outright ("batch predictions written nightly", "real-time scoring") or
 * implied unambiguously ("each request is scored as it arrives", "a gRPC
 * endpoint", "runs on the device").
 *
 * ## When should I use this?
 *
 * Always: whether predictions are computed on request or ahead of time
 * decides the latency budget, the features that can be used, the
 * infrastructure and the cost.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`. Extra serving-mode words go in
 *   `answers: {"serving-mode": [...]}`.
 *
 * ## Decisions
 *
 * * The serving mode may stand anywhere, as the contract lets evidence
 *   stand: in the deployment stage any serving word counts (an endpoint, a
 *   nightly job); elsewhere only an explicit choice of real-time or batch
 *   prediction (`each request is scored in real time`, `batch scoring`) or
 *   a latency budget in milliseconds, which implies predictions made on
 *   request. Outside the stage the choice must stand in the requirements or
 *   the framing or outside any stage (a task statement quoted above the
 *   first stage, "design a real-time loan approval model", chooses it too;
 *   the issue's "a per-request latency
 *   budget in the requirements"), and be about producing
 *   predictions (`each payment is scored in real time`, not `indicators are
 *   not available in real time` nor `features computed at request time`),
 *   not hedged (`batch predictions instead of row-by-row`), not a question
 *   and not a condition (`For real-time predictions: pre-compute
 *   features`); a budget must be one on answering a request or on
 *   inference (`p99 under 80 ms per request`, not `a feature read must stay
 *   under 8 ms`). A serving option nobody chose (`Option B: real-time`,
 *   a `Serving options` section left undecided) is no choice.
 * * When the stage is missing, the rule says only that (the message asks
 *   for the serving mode too). An empty or placeholder deployment section is
 *   a missing stage, reported at its heading.
 * * In the deployment stage `online` alone is the serving mode ("Online,
 *   inside the search API", "scores candidates online"), except where it is
 *   the evaluation's or the learning's (`an online A/B test`, `online
 *   metrics`, `online learning`).
 * * A serving component named without its mode (a model server, an
 *   endpoint, an on-device runtime) implies it: an endpoint answers
 *   requests, a device runs the model itself. So do, in the stage, a port
 *   the service listens on (`reachable on port 8000`), a prediction sent
 *   back to the caller, an interactive app that scores what its user enters (Streamlit,
 *   Gradio) and a mobile or edge runtime (Core ML, TFLite, `edge
 *   deployment`); outside the stage they choose nothing.
 * * A missing rollout plan is not reported: the contract asks only for the
 *   stage and the serving mode.
 * * A question heading names the stage by its verb (`How is it served and
 *   rolled out?`, `How do we deploy?`), except under `Open questions`.
 * * A `Serving mode` row or lead-in opens the serving part, and a service
 *   that calls the model when a page loads (`the checkout service calls the
 *   recommender when the page loads`) states on-request serving.
 * * `Delivery` as a heading (`VII. Delivery`, `7. Delivery`) names the
 *   deployment stage; a document title that starts with the word (`Delivery
 *   ETA at checkout`) names no stage.
 * * A plan's item is a commitment, and names the stage as any labelled
 *   lead-in does: under `Next steps` or `Actionable items`, `**Deploy the
 *   model:** score each new profile online at sign-up` is the deployment
 *   stage with its serving mode. A list label that gives an order on the
 *   model (`Deploy the model`, `Ship it`) names that step; a bare order
 *   (`Test:`, `Plan:`) or one on another object (`Test the health check:`)
 *   is as often a note as a step, and names none. Among risks, non-goals or
 *   what is out of scope (`## Risks`, `## Out of scope`) such an order is
 *   what could go wrong or will not be done, and names no stage.
 * * An English serving word set right against Chinese or Japanese
 *   characters (`都online打分`) is a word, as it would be between spaces:
 *   each CJK character is a word of its own.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * A deployment stage needs a section, a labelled lead-in, a table row or a
 *   front-matter key that names it, as the contract's words on stages ask.
 *   Serving described in full under a heading the contract maps to another
 *   stage (`Infrastructure`, `Scale & Reliability`) or to none (`Technical
 *   details`) is that section's content and opens no deployment stage; a
 *   `Model serving` row or a `**Serving:**` lead-in inside it does. A
 *   heading an author uses for the stage can be added through `headings`.
 * * A reasoned statement that nothing is served (`No deployment: the model
 *   runs once for the yearly budget and its forecasts go into the planning
 *   deck`) answers the stage and its serving mode, as the contract's
 *   explicit "none" answers; a bare `Out of scope`, a non-goal with no
 *   reason, or `N/A` does not. The rule follows this when the stage opens
 *   with the "none" and its reason (`None:`, `No deployment:`, `Nothing is
 *   served, because ...`), and when a later sentence of the deployment
 *   section itself names the stage or the whole system in its "none"
 *   (`This is a study for the budget round. Nothing is deployed: the model
 *   runs once ...`). A later bare `None, since ...` may answer the sentence
 *   before it (`Rollback plan? None, since ...`), and `No monitoring: ...`
 *   answers the monitoring, not this rule.
 * * A product delivered on a schedule (`every Monday subscribers get a
 *   digest of ten jobs`, `each morning the buyers get a CSV of order
 *   suggestions`) implies batch serving unambiguously, and the contract lets
 *   an implied mode answer this rule (unlike `ml-latency`). The rule
 *   follows this in the deployment stage: a cadence word there (`every
 *   week`, `every morning`, `daily`), a weekday or a day of each month
 *   (`every Monday`, `each Friday morning`, `on the first of each
 *   month`) states the serving mode; a day named once (`a Monday
 *   launch`, `Monday's traffic peak`) does not.
 *
 * @module ml-deployment
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Deployment
 *
 *   Each authorisation is scored in real time by the risk service. The model runs two weeks in shadow mode, then ramps from 10% to 100% of traffic.
 *
 * @example
 *   {"name": "ok-batch.md"}
 *
 *   # Churn outreach
 *
 *   ## Serving
 *
 *   A weekly batch job scores every subscriber and writes the scores to the CRM table.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Camera scenes
 *
 *   **Deployment:** the model runs on-device through Core ML; it ships behind a remote flag to 1% of users first.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Search ranking
 *
 *   | stage | plan |
 *   |---|---|
 *   | Serving | online, per request, in the ranking service |
 *   | Rollout | canary on 1% of traffic, then 50/50 A/B |
 *
 * @example
 *   {"name": "ok-reasoned-none.md"}
 *
 *   # Yearly staffing forecast
 *
 *   ## Deployment
 *
 *   None: the model is run once for next year's staffing plan and its numbers go into the plan itself.
 *
 * @example
 *   {"name": "ok-reasoned-none-later.md"}
 *
 *   # Fleet budget
 *
 *   ## Deployment
 *
 *   This is a study for the budget round. Nothing is deployed: the model runs once and its forecasts go into the planning deck.
 *
 * @example
 *   {"name": "none-for-monitoring-only.md", "label": "input"}
 *
 *   # Fleet budget
 *
 *   ## Deployment
 *
 *   A canary on 5% of stores for two weeks. No monitoring: the team reads the reports by hand at the end.
 *
 *   ## Monitoring
 *
 *   The canary stores are compared by hand.
 *
 * @example
 *   {"name": "none-for-monitoring-only.md", "label": "output"}
 *
 *   7:1: Unexpected missing serving mode, expected whether predictions are served online (on request) or in batch (precomputed) in the deployment section, such as `Each request is scored in real time by the ranking service`
 *
 * @example
 *   {"name": "ok-scheduled-delivery.md"}
 *
 *   # Rental listing alerts
 *
 *   ## Deployment
 *
 *   Every week subscribers get an email with ten new listings.
 *
 * @example
 *   {"name": "ok-plan-item.md"}
 *
 *   # Fake profile detection
 *
 *   ## Next steps
 *
 *   1. **Deploy the model:** score each new profile online at sign-up, in the accounts service.
 *   2. **Collect more reports:** add the last quarter's user reports to the labels.
 *
 * @example
 *   {"name": "ok-implied.md"}
 *
 *   # Duplicate listings
 *
 *   ## Serving
 *
 *   A stream consumer scores each new listing as it arrives; one week in shadow mode, then 10%, 50% and 100%.
 *
 * @example
 *   {"name": "ok-mixed-cjk.md"}
 *
 *   # 商品推荐
 *
 *   ## Deployment
 *
 *   - 每个请求都online打分，先灰度10%的流量
 *
 * @example
 *   {"name": "mixed-cjk-rollout-only.md", "label": "input"}
 *
 *   # 商品推荐
 *
 *   ## Deployment
 *
 *   - 先灰度10%的流量，一周后再全量
 *
 * @example
 *   {"name": "mixed-cjk-rollout-only.md", "label": "output"}
 *
 *   6:1: Unexpected missing serving mode, expected whether predictions are served online (on request) or in batch (precomputed) in the deployment section, such as `Each request is scored in real time by the ranking service`
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   serving: nightly batch predictions written to the warehouse
 *   ---
 *
 *   # Demand forecast
 *
 * @example
 *   {"name": "ok-step-heading.md"}
 *
 *   # Readmission outreach
 *
 *   ## Running it
 *
 *   The model runs as a daily batch job at 6 am and writes the ranked list into the care worklist.
 *
 * @example
 *   {"name": "ok-mode-in-requirements.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Requirements
 *
 *   Each authorisation is scored in real time, within 80 ms at p99.
 *
 *   ## Deployment
 *
 *   The model runs two weeks in shadow mode, then ramps from 10% to 100% of traffic.
 *
 * @example
 *   {"name": "ok-mode-in-task-statement.md"}
 *
 *   # Loan decisions
 *
 *   > Design a real-time loan approval model for credit cards.
 *
 *   ## Deployment
 *
 *   The model runs two weeks in shadow mode, then takes 10% of applications.
 *
 * @example
 *   {"name": "task-statement-without-mode.md", "label": "input"}
 *
 *   # Loan decisions
 *
 *   > Design a loan approval model for credit cards, scored in the branches' tools.
 *
 *   ## Deployment
 *
 *   The model runs two weeks in shadow mode, then takes 10% of applications.
 *
 * @example
 *   {"name": "task-statement-without-mode.md", "label": "output"}
 *
 *   8:1: Unexpected missing serving mode, expected whether predictions are served online (on request) or in batch (precomputed) in the deployment section, such as `Each request is scored in real time by the ranking service`
 *
 * @example
 *   {"name": "noun-heading.md", "label": "input"}
 *
 *   # Readmission outreach
 *
 *   ## Running costs
 *
 *   The model runs as a daily batch job at 6 am and writes the ranked list into the care worklist.
 *
 * @example
 *   {"name": "noun-heading.md", "label": "output"}
 *
 *   6:1: Unexpected missing deployment stage, expected a `Deployment` section that says how predictions are served and rolled out, such as `Scores are computed nightly in batch and written to the CRM; the first month runs in shadow`
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Evaluation
 *
 *   ROC-AUC on the last three months, held out.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: Unexpected missing deployment stage, expected a `Deployment` section that says how predictions are served and rolled out, such as `Scores are computed nightly in batch and written to the CRM; the first month runs in shadow`
 *
 * @example
 *   {"name": "empty.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Deployment
 *
 *   TODO
 *
 * @example
 *   {"name": "empty.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected missing deployment stage, expected a `Deployment` section that says how predictions are served and rolled out, such as `Scores are computed nightly in batch and written to the CRM; the first month runs in shadow`
 *
 * @example
 *   {"name": "no-mode.md", "label": "input"}
 *
 *   # Model registry
 *
 *   ## Migration
 *
 *   Existing artifacts are copied to the new bucket over two weeks, team by team.
 *
 * @example
 *   {"name": "no-mode.md", "label": "output"}
 *
 *   6:1: Unexpected missing serving mode, expected whether predictions are served online (on request) or in batch (precomputed) in the deployment section, such as `Each request is scored in real time by the ranking service`
 *
 * @example
 *   {"name": "data-not-real-time.md", "label": "input"}
 *
 *   # Demand forecast
 *
 *   ## Constraints
 *
 *   Economic indicators are not available in real time.
 *
 *   ## Deployment
 *
 *   The forecast ships to the planning team's dashboard after a month of review.
 *
 * @example
 *   {"name": "data-not-real-time.md", "label": "output"}
 *
 *   10:1: Unexpected missing serving mode, expected whether predictions are served online (on request) or in batch (precomputed) in the deployment section, such as `Each request is scored in real time by the ranking service`
 *
 * @example
 *   {"name": "options-undecided.md", "label": "input"}
 *
 *   # Lookalike audiences
 *
 *   ## Serving options
 *
 *   - Option A: nightly batch scoring of every audience.
 *   - Option B: on-demand scoring when a seed arrives.
 *
 *   Not decided yet.
 *
 *   ## Rollout
 *
 *   The new audiences reach 5% of campaigns first, then all of them.
 *
 * @example
 *   {"name": "options-undecided.md", "label": "output"}
 *
 *   3:1-3:19: Unexpected missing serving mode, expected whether predictions are served online (on request) or in batch (precomputed) in the deployment section, such as `Each request is scored in real time by the ranking service`
 *
 * @example
 *   {"name": "ok-online-word.md"}
 *
 *   # Grocery substitutes
 *
 *   ## Deployment
 *
 *   The substitution service scores candidates online when the shopper app asks for suggestions.
 *
 * @example
 *   {"name": "online-test-only.md", "label": "input"}
 *
 *   # Grocery substitutes
 *
 *   ## Deployment
 *
 *   The new model goes to 5% of stores first through an online A/B test, then to all stores.
 *
 * @example
 *   {"name": "online-test-only.md", "label": "output"}
 *
 *   6:1: Unexpected missing serving mode, expected whether predictions are served online (on request) or in batch (precomputed) in the deployment section, such as `Each request is scored in real time by the ranking service`
 *
 * @example
 *   {"name": "ok-delivery-chapter.md"}
 *
 *   # Sleep apnea screening on a smart ring
 *
 *   ## 7. Delivery
 *
 *   - runs on the phone, nightly batch after the ring syncs
 *   - release behind a flag to 5% of subscribers in two countries first, then everyone
 *
 * @example
 *   {"name": "delivery-in-title.md", "label": "input"}
 *
 *   # Delivery ETA at checkout
 *
 *   ## Framing
 *
 *   Regression: predict the delivery time in minutes, between 5 and 180.
 *
 * @example
 *   {"name": "delivery-in-title.md", "label": "output"}
 *
 *   6:1: Unexpected missing deployment stage, expected a `Deployment` section that says how predictions are served and rolled out, such as `Scores are computed nightly in batch and written to the CRM; the first month runs in shadow`
 *
 * @example
 *   {"name": "serving-under-infrastructure.md", "label": "input"}
 *
 *   # Card fraud scoring
 *
 *   ## Infrastructure
 *
 *   Each authorisation is scored in real time by stateless pods behind the payments gateway. A new model runs a week in shadow mode, then takes 10%, 50% and 100% of traffic.
 *
 * @example
 *   {"name": "serving-under-infrastructure.md", "label": "output"}
 *
 *   3:1: Unexpected missing deployment stage, expected a `Deployment` section that says how predictions are served and rolled out, such as `Scores are computed nightly in batch and written to the CRM; the first month runs in shadow`
 *
 * @example
 *   {"name": "ok-model-hosting-heading.md"}
 *
 *   # Fake news flags
 *
 *   ## Model hosting
 *
 *   A Flask service behind a load balancer loads the model from S3 at start-up and scores each request as it
 *   arrives; new models ship behind a 5% canary.
 *
 * @example
 *   {"name": "hosting-of-guests.md", "label": "input"}
 *
 *   # Rental pricing
 *
 *   ## Hosting
 *
 *   Hosts list their homes and set a nightly price; the model suggests one.
 *
 * @example
 *   {"name": "hosting-of-guests.md", "label": "output"}
 *
 *   6:1: Unexpected missing deployment stage, expected a `Deployment` section that says how predictions are served and rolled out, such as `Scores are computed nightly in batch and written to the CRM; the first month runs in shadow`
 */
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

const remarkLintMlDeployment = defineRule(
  {
    id: 'ml-deployment',
    stage: 'deployment',
    messages: {
      missingDeploymentStage: {
        reason: missing(
          'deployment stage',
          'a `Deployment` section that says how predictions are served and rolled out',
          'Scores are computed nightly in batch and written to the CRM; the first month runs in shadow',
        ),
        stub: {
          heading: 'Deployment',
          todo: 'TODO — say how predictions are served and rolled out, such as `nightly batch scores written to the CRM`.',
        },
      },
      missingServingMode: {
        reason: missing(
          'serving mode',
          'whether predictions are served online (on request) or in batch (precomputed) in the deployment section',
          'Each request is scored in real time by the ranking service',
        ),
        stub: {
          part: 'serving',
          heading: 'Serving',
          todo: 'TODO — say whether predictions are served online or in batch, such as `each request is scored in real time`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    const openings = reading.stageOpenings('deployment')
    const stage = openings.find((opening) => opening.substantive)
    if (!stage) {
      report('missingDeploymentStage', {
        place: openings.length > 0 ? reading.place(openings[0].at) : reading.documentPlace,
      })
      return
    }

    const inStage = (range: { start: number; end: number }) =>
      reading.overlaps(
        openings.map((opening) => opening.content),
        range,
      )
    // In the stage any serving word counts; elsewhere (the contract lets evidence stand anywhere) only an
    // explicit choice of real-time or batch prediction, or a latency budget per request, which implies it.
    const stated =
      reading.hasEvidence('serving-mode', (item) => inStage(reading.sentences[item.sentence])) ||
      reading.quantities('fast-duration').some(inStage) ||
      // A product delivered on a schedule (`every week subscribers get a digest`) implies batch serving.
      reading.scheduledDeliveries().some((sentence) => inStage(reading.sentences[sentence])) ||
      reading.servingChoices().length > 0 ||
      // A reasoned "none" (`No deployment: the model runs once for the yearly budget`) answers, as the contract's "none".
      openings.some((opening) => reading.statesNothingRuns(opening.content, 'deployment'))
    if (!stated) {
      report('missingServingMode', { place: placeMissing(reading, 'serving', { otherwise: reading.place(stage.at) }) })
    }
  },
)

export default remarkLintMlDeployment
