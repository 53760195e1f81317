/**
 * remark-lint rule to check that an ML system design document has a
 * monitoring stage that names what is watched in production.
 *
 * ## What is this?
 *
 * This rule checks that the document plans how the running system is
 * watched: data or feature drift, the prediction distribution, an online
 * metric, model quality once delayed labels arrive, latency, errors, cost.
 * What happens on an alert (rollback, retrain, page the on-call) belongs
 * there too.
 *
 * It accepts a monitoring section (`Monitoring`, `Observability`,
 * `Monitoring and infrastructure`, `Alerting`, `Operations`, ...) or a
 * labelled lead-in (`**Monitoring:** ...`) for the stage. A signal counts
 * when the stage names it, or when a sentence anywhere says it is monitored,
 * tracked or alerted on ("we alert when the PSI of the top features exceeds
 * 0.2").
 *
 * ## When should I use this?
 *
 * Always: models degrade silently as the world drifts away from the
 * training data, and only what is watched gets noticed.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`. Extra signal words go in
 *   `answers: {"monitored-signal": [...]}`.
 *
 * ## Decisions
 *
 * * What is watched while the model trains ("during training we monitor
 *   the validation loss", TensorBoard, early stopping) is not watched in
 *   production: such a sentence names no monitored signal, even with a
 *   metric in it.
 * * When the stage is missing, the rule says only that (the message asks
 *   for the signals too). An empty or placeholder monitoring section, or
 *   one that only lists topic words ("- Monitoring", "- Alerts"), is a
 *   missing stage, reported at its heading. So is a template's list of
 *   short stubs in which topic words are half or more (`- Autoscaling`
 *   beside `- Dashboards` and `- Alerts`); short named signals with a
 *   single topic word among them (`- Quote acceptance rate`, `- Price drift
 *   per lane`, `- Alerts`) name what is watched.
 * * An `Infrastructure` or `Scaling` section opens the stage, but the
 *   machines it describes (GPUs, memory) are not signals unless the text
 *   says they are monitored.
 *   The Russian template's `Описание инфраструктуры и масштабируемости`
 *   (infrastructure and scalability) is such a section: the servers and
 *   load it describes name no watched signal.
 * * A labelled lead-in that names only the machines (`infra: must run on
 *   the existing CPU fleet`) states a constraint, not the stage: it does
 *   not open the monitoring stage the way an `Infrastructure` section does.
 * * A labelled lead-in that names the stage only by an umbrella word
 *   (`MLOps`, `DevOps`, `Ops`, `Operations`, `Maintenance`) and never speaks
 *   of watching (no monitoring word, signal, metric or action on an alert
 *   such as a rollback in the label or its text: tests,
 *   a CI workflow and a Dockerfile under `MLOps / DevEx`, a machine's
 *   `Maintenance: electrode tip-dress schedule`) names another thing, not
 *   the stage: a signal named elsewhere does not make it one. A heading
 *   with such a word still opens the stage, and so does a lead-in that
 *   names the monitoring itself (`Drift monitoring:`) or the stage by
 *   another word (`Model health:`, `Post-launch:`).
 * * A question heading names the stage by its verb (`What do we watch
 *   after launch?`, `What do we monitor?`), except under `Open questions`.
 *   A step heading does too, as an order or a gerund (`Monitor`, `Watch
 *   it`, `Watching it`); a noun phrase that opens with the word (`Watch
 *   history`) does not.
 * * A heading written in HTML (`<h2>Monitoring</h2>` over an HTML list)
 *   opens the stage as a Markdown heading does.
 * * A missing alert action is not reported: the contract asks only for the
 *   stage and a monitored signal.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * A list item that is only the name of a signal the contract lists (`Data
 *   drift`, `Prediction distribution`, `p95 latency`) names what is watched,
 *   without a verb; topic words (`Monitoring`, `Alerts`, `Dashboards`) do
 *   not, and in a template's list of stubs its short items are stubs
 *   (above).
 * * A reasoned statement that nothing runs in production (`None: the model
 *   runs once and is not kept, so there is nothing to watch`) answers the
 *   stage, as the contract's explicit "none" does; a bare `None` or `N/A`
 *   does not. The rule follows this when the stage opens with the "none"
 *   and its reason, and when a later sentence of the monitoring section
 *   itself names the stage or the whole system in its "none" (`Nothing to
 *   monitor: the model runs once ...`, `No deployment, because ...`); a
 *   later bare `None, since ...` may answer only the sentence before it.
 *
 * @module ml-monitoring
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Monitoring
 *
 *   - Score distribution and decline rate per merchant segment, hourly.
 *   - Feature drift (PSI) on the top 25 features, daily.
 *
 *   A decline rate 30% away from its weekly mean pages the on-call, who can switch back to the previous model.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Ticket routing
 *
 *   **Monitoring:** weekly accuracy on tickets whose area was corrected by agents, and the share of tickets rerouted; a drop of 5 points opens a retrain ticket.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Search ranking
 *
 *   ## Observability
 *
 *   | signal | threshold | action |
 *   |---|---|---|
 *   | p99 latency | above 80 ms for 5 minutes | page the on-call |
 *   | click-through rate | 10% below last week | roll back |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   monitoring: daily PSI of the top 20 features and weekly MAPE once actuals arrive
 *   ---
 *
 *   # Demand forecast
 *
 * @example
 *   {"name": "ok-html-heading.md"}
 *
 *   <h1>Card fraud scoring</h1>
 *
 *   <h2>Monitoring</h2>
 *   <ul>
 *     <li>Score distribution and decline rate per merchant segment, hourly</li>
 *     <li>Feature drift (PSI) on the top 25 features, daily</li>
 *   </ul>
 *
 * @example
 *   {"name": "html-heading-stub.md", "label": "input"}
 *
 *   <h1>Card fraud scoring</h1>
 *
 *   <h2>Monitoring</h2>
 *   <ul>
 *     <li>TBD</li>
 *   </ul>
 *
 * @example
 *   {"name": "html-heading-stub.md", "label": "output"}
 *
 *   3:1-3:20: Unexpected missing monitoring stage, expected a `Monitoring` section that names what is watched in production and what happens on an alert, such as `Daily PSI of the top features and the score distribution; PSI above 0.2 pages the on-call`
 *
 * @example
 *   {"name": "ok-step-heading.md"}
 *
 *   # Review reply drafts
 *
 *   ## Watching it
 *
 *   A daily report lists the share of drafts auto-posted and the share edited by agents; above 1% deleted in a week, a flag switches auto-posting off.
 *
 * @example
 *   {"name": "watch-history.md", "label": "input"}
 *
 *   # Video recommendations
 *
 *   ## Watch history
 *
 *   The last 50 videos a user watched, with the share of each watched.
 *
 * @example
 *   {"name": "watch-history.md", "label": "output"}
 *
 *   6:1: Unexpected missing monitoring stage, expected a `Monitoring` section that names what is watched in production and what happens on an alert, such as `Daily PSI of the top features and the score distribution; PSI above 0.2 pages the on-call`
 *
 * @example
 *   {"name": "umbrella-label.md", "label": "input"}
 *
 *   # Route ETA
 *
 *   ## Serving
 *
 *   Each trip is scored on request by the routing service, and we track the on-time rate per city.
 *
 *   - **MLOps**
 *     - Unit tests for the loaders and the model
 *     - A Dockerfile for the service
 *
 * @example
 *   {"name": "umbrella-label.md", "label": "output"}
 *
 *   1:1-1:12: Unexpected missing monitoring stage, expected a `Monitoring` section that names what is watched in production and what happens on an alert, such as `Daily PSI of the top features and the score distribution; PSI above 0.2 pages the on-call`
 *
 * @example
 *   {"name": "stage-label-not-umbrella.md", "label": "input"}
 *
 *   # Route ETA
 *
 *   ## Serving
 *
 *   Each trip is scored on request by the routing service.
 *
 *   - **Model health:** the on-call engineer reviews the weekly report and rolls back a bad model version.
 *
 * @example
 *   {"name": "stage-label-not-umbrella.md", "label": "output"}
 *
 *   7:5-7:17: Unexpected missing monitored signal, expected what is watched in production (drift, prediction distribution, an online metric, latency, errors) in the monitoring section, such as `Weekly MAPE once actuals arrive and the daily share of missing sales feeds`
 *
 * @example
 *   {"name": "ok-umbrella-label-watching.md"}
 *
 *   # Route ETA
 *
 *   - **Operations**
 *     - An alert when the p95 latency of the routing service passes 300 ms
 *
 * @example
 *   {"name": "ok-umbrella-heading.md"}
 *
 *   # Route ETA
 *
 *   ## Serving
 *
 *   Each trip is scored on request by the routing service, and we track the on-time rate per city.
 *
 *   ## MLOps
 *
 *   - Unit tests for the loaders and the model
 *   - A Dockerfile for the service
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Deployment
 *
 *   A weekly batch job writes scores to the CRM table.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: Unexpected missing monitoring stage, expected a `Monitoring` section that names what is watched in production and what happens on an alert, such as `Daily PSI of the top features and the score distribution; PSI above 0.2 pages the on-call`
 *
 * @example
 *   {"name": "topic-words.md", "label": "input"}
 *
 *   # Symptom triage
 *
 *   ## Monitoring
 *
 *   - Monitoring
 *   - Alerts
 *   - Dashboards
 *
 * @example
 *   {"name": "topic-words.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected missing monitoring stage, expected a `Monitoring` section that names what is watched in production and what happens on an alert, such as `Daily PSI of the top features and the score distribution; PSI above 0.2 pages the on-call`
 *
 * @example
 *   {"name": "topic-stubs.md", "label": "input"}
 *
 *   # Route pricing
 *
 *   ## 6. Scaling, monitoring and updates
 *
 *   - Autoscaling
 *   - Dashboards
 *   - Alerts
 *   - Weekly refit
 *
 * @example
 *   {"name": "topic-stubs.md", "label": "output"}
 *
 *   3:1-3:38: Unexpected missing monitoring stage, expected a `Monitoring` section that names what is watched in production and what happens on an alert, such as `Daily PSI of the top features and the score distribution; PSI above 0.2 pages the on-call`
 *
 * @example
 *   {"name": "ok-short-signals.md"}
 *
 *   # Route pricing
 *
 *   ## Monitoring
 *
 *   - Quote acceptance rate
 *   - Price drift per lane
 *   - Alerts
 *
 * @example
 *   {"name": "no-signal.md", "label": "input"}
 *
 *   # Demand forecast
 *
 *   ## Monitoring
 *
 *   We will use the company's Grafana stack and the standard on-call rotation.
 *
 * @example
 *   {"name": "no-signal.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected missing monitored signal, expected what is watched in production (drift, prediction distribution, an online metric, latency, errors) in the monitoring section, such as `Weekly MAPE once actuals arrive and the daily share of missing sales feeds`
 *
 * @example
 *   {"name": "training-only.md", "label": "input"}
 *
 *   # Ticket escalation
 *
 *   ## Monitoring
 *
 *   During training we monitor the validation loss and the learning-rate schedule in TensorBoard, and stop when the validation PR-AUC has not improved for three epochs.
 *
 * @example
 *   {"name": "training-only.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected missing monitored signal, expected what is watched in production (drift, prediction distribution, an online metric, latency, errors) in the monitoring section, such as `Weekly MAPE once actuals arrive and the daily share of missing sales feeds`
 *
 * @example
 *   {"name": "ok-production-metric.md"}
 *
 *   # Ticket escalation
 *
 *   ## Monitoring
 *
 *   We monitor the weekly PR-AUC on tickets whose escalation is known; a drop of 5 points pages the on-call.
 *
 * @example
 *   {"name": "ok-reasoned-none.md"}
 *
 *   # Yearly staffing forecast
 *
 *   ## Monitoring
 *
 *   None: the model is run once for next year's plan and then archived, so nothing is left running to watch.
 *
 * @example
 *   {"name": "ok-reasoned-none-later.md"}
 *
 *   # Fleet budget
 *
 *   ## Monitoring
 *
 *   The forecasts feed one planning deck. Nothing to monitor: the model runs once and is then archived.
 *
 * @example
 *   {"name": "bare-none-later.md", "label": "input"}
 *
 *   # Fleet budget
 *
 *   ## Deployment
 *
 *   A nightly batch job writes the forecasts to the planning tool.
 *
 *   ## Monitoring
 *
 *   A dashboard for the planners. None, since the pilot has three stores.
 *
 * @example
 *   {"name": "bare-none-later.md", "label": "output"}
 *
 *   7:1-7:14: Unexpected missing monitored signal, expected what is watched in production (drift, prediction distribution, an online metric, latency, errors) in the monitoring section, such as `Weekly MAPE once actuals arrive and the daily share of missing sales feeds`
 *
 * @example
 *   {"name": "ok-bare-signal-names.md"}
 *
 *   # Churn scores
 *
 *   ## Monitoring
 *
 *   - Data drift
 *   - Prediction distribution
 *   - p95 latency
 *
 * @example
 *   {"name": "ok-system-health-heading.md"}
 *
 *   # Visual search
 *
 *   ## System health monitoring
 *
 *   - p99 latency of the embedding service
 *   - daily CTR; a drop of 5% day over day pages the on-call
 *
 * @example
 *   {"name": "patient-health-monitoring.md", "label": "input"}
 *
 *   # Wearable alerts
 *
 *   ## Health monitoring
 *
 *   The watch reads heart rate every minute and a model flags arrhythmia.
 *
 * @example
 *   {"name": "patient-health-monitoring.md", "label": "output"}
 *
 *   6:1: Unexpected missing monitoring stage, expected a `Monitoring` section that names what is watched in production and what happens on an alert, such as `Daily PSI of the top features and the score distribution; PSI above 0.2 pages the on-call`
 */
import { monitoringUmbrellaWords } from 'mdast-util-ml-design/vocabulary'
import { defineRule, missing } from 'ml-design-lint-rule'

const remarkLintMlMonitoring = defineRule(
  {
    id: 'ml-monitoring',
    stage: 'monitoring',
    messages: {
      missingMonitoringStage: {
        reason: missing(
          'monitoring stage',
          'a `Monitoring` section that names what is watched in production and what happens on an alert',
          'Daily PSI of the top features and the score distribution; PSI above 0.2 pages the on-call',
        ),
        stub: {
          heading: 'Monitoring',
          todo: 'TODO — name what is watched in production and what happens on an alert, such as `daily PSI of the top features`.',
        },
      },
      missingMonitoredSignal: missing(
        'monitored signal',
        'what is watched in production (drift, prediction distribution, an online metric, latency, errors) in the monitoring section',
        'Weekly MAPE once actuals arrive and the daily share of missing sales feeds',
      ),
    },
  },
  (reading, _file, _options, report) => {
    const signalSentences = reading.cueSentences('monitored-signal', 'answer')
    const metricSentences = new Set(reading.metrics.map((mention) => mention.sentence))
    const topicSentences = reading.cueSentences('monitored-signal', 'topic')
    const actionSentences = reading.cueSentences('monitoring-action', 'answer')
    // Whether a label and its text speak of watching at all: a monitoring word (`monitor`, `alert`, `dashboard`), a
    // signal or a metric.
    const speaksOfWatching = (range: { start: number; end: number }) =>
      reading
        .sentencesIn(range)
        .some(
          (sentence) =>
            topicSentences.has(sentence.index) ||
            signalSentences.has(sentence.index) ||
            actionSentences.has(sentence.index) ||
            metricSentences.has(sentence.index),
        )
    // A lead-in that names only the machines (`infra: must run on the CPU fleet`) states a constraint, not the stage;
    // one that names the stage only by an umbrella word (`MLOps / DevEx`, `Operations`) and never speaks of watching
    // (tests, a CI workflow, a Dockerfile) names the engineering practice.
    const notStage = new Set(
      reading
        .stageStatements('monitoring')
        .filter((statement) =>
          statement.parts.length > 0
            ? statement.parts.every((part) => part === 'infrastructure')
            : umbrellaLabel(statement.label) &&
              !speaksOfWatching({ start: statement.labelRange.start, end: statement.end }),
        )
        .map((statement) => statement.labelRange.start),
    )
    const openings = reading
      .stageOpenings('monitoring')
      .filter((opening) => opening.section !== undefined || !notStage.has(opening.at.start))
    const stage = openings.find((opening) => opening.substantive)
    if (!stage) {
      report('missingMonitoringStage', {
        place: openings.length > 0 ? reading.place(openings[0].at) : reading.documentPlace,
      })
      return
    }

    // Under a heading of the stage (infrastructure aside), a signal or a metric named is watched.
    const watching = openings.filter((opening) => {
      const section = opening.section === undefined ? undefined : reading.sections[opening.section]
      return !section?.parts.includes('infrastructure') || section.parts.includes('monitoring')
    })
    // "During training we monitor the validation loss": watched while the model trains, not in production.
    const training = reading.cueSentences('monitored-signal', 'not')
    const named =
      reading.hasEvidence('monitored-signal') ||
      // A reasoned "none" (`None: the model runs once and is not kept`) answers, as the contract's "none".
      openings.some((opening) => reading.statesNothingRuns(opening.content, 'monitoring')) ||
      watching.some((opening) =>
        reading
          .sentencesIn(opening.content)
          .some(
            (sentence) =>
              reading.answers(sentence) &&
              !training.has(sentence.index) &&
              (signalSentences.has(sentence.index) || metricSentences.has(sentence.index)),
          ),
      )
    if (!named) {
      report('missingMonitoredSignal', { place: reading.place(stage.at) })
    }
  },
)

const umbrellaWords = new Set(monitoringUmbrellaWords)

/** Whether a label names the stage by an umbrella word (`MLOps / DevEx`, `Operations`): a word or two of it. */
function umbrellaLabel(label: string): boolean {
  const words = label
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  return words.some((word, index) => umbrellaWords.has(word) || umbrellaWords.has(`${word} ${words[index + 1]}`))
}

export default remarkLintMlMonitoring
