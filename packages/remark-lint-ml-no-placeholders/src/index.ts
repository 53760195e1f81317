/**
 * remark-lint rule to check that no section of an ML system design document
 * is empty or only a placeholder.
 *
 * ## What is this?
 *
 * This rule warns at each section whose whole content is empty or a
 * placeholder: `TBD`, `TODO`, `N/A` standing alone, `?`, `...`, `<fill in>`,
 * `[describe the objective]`, `lorem ipsum`, a template instruction
 * ("Describe the rollout here."), a question that gives no value ("Do we
 * need real time?"), a list of kinds joined by "or" ("Budget, hardware or
 * legal constraints"), or bullets that only repeat topic words ("-
 * Monitoring", "- Alerts"). A bold paragraph that stands alone
 * (`**Deployment**`) opens a section like a heading, so one followed only
 * by `TBD` is reported too.
 *
 * ## When should I use this?
 *
 * Always, and especially when documents start from a template: a heading
 * with nothing under it tells the reader the question was seen and left
 * open, and hides what the design has not decided yet. Write the decision,
 * or remove the heading and say what is undecided in an `Open questions`
 * section.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, ...): see
 *   `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * Bold lines as sub-headings (seventeenth round): a bold line right
 *   after a heading is that heading's part unless it opens a later stage
 *   (`### 5.4 Experimentation` then `**Dataset strategy**` is not empty;
 *   `## Requirements` then `**Framing**` is); a bold line that names
 *   nothing right after a bold title that names a stage or part is its
 *   part (`**Value proposition**` then `**Context of use**`); empty bold
 *   labels in a row each stay empty; a bold line closing the document under
 *   its heading (`## Author`, `**A. Name**`) is its content. Markdown
 *   headings keep the rank they are written at (`## 1. Goals` then `## 1.1
 *   Why` leaves the first empty), as the labellers read them.
 * * A section whose only content is its sub-sections is not empty; each
 *   sub-section is judged on its own.
 * * A Markdown heading inside a block quote (`> ## Terms and notes`) is a
 *   line of the quote: the section the quote stands in holds it, and is
 *   not empty.
 * * A section whose own text is a placeholder but whose sub-sections say
 *   something is not reported: as a whole it says something.
 * * A code block, an image or diagram, HTML that shows one, math or a link is content: a
 *   pointer to where the content lives ("see the labelling guide", "see
 *   above") answers the section.
 * * Questions under an `Open questions` (`Questions`, `FAQ`, `Open issues`,
 *   and in terse notes `open`, `open items`, `unknowns`) heading are that
 *   section's content. A question alone under any other heading still
 *   asks for the answer.
 * * A decision written as an order is not a template instruction, though
 *   its verb may open one: with `explain`, `list`, `state`, `provide`,
 *   `summarize`, `clarify` or `detail`, a line that names something of
 *   its own (each or every item, a name in capitals, more than eight
 *   words: `Explain each decline to the agent with SHAP values`) says
 *   something. One that says it asks (`how`, `here`, `your`, `an overview
 *   of`) or is short and generic (`List the features used for training.`)
 *   is still a prompt, and `Describe ...` always is.
 * * A whole sentence in bold (`**We will not launch without legal
 *   sign-off.**`) is emphasis, not a heading, so it opens no empty section.
 * * A bare "Not decided yet." stands where the content should, like
 *   `TBD`; saying what is undecided and what it depends on ("we have not
 *   chosen between batch and real time until the load test") says
 *   something.
 * * The message gives an example for the stage the section belongs to, so
 *   it shows what a good answer there looks like.
 * * A bullet that only joins topic words or stage names ("Serving and
 *   release", "Scaling (infra and models)") is a template stub; one with
 *   any other word ("Serving and release by the platform team's canary
 *   tool") says something.
 * * A template's numbered item is a placeholder: `Goal 1`, `Option A`,
 *   `Risk 1 -> Mitigation` (the word is one of `numberedStubWords`, the
 *   letter a capital); `Phase 2: half of the accounts` says something.
 * * A to-do note is a placeholder however long it is: `TODO: decide when
 *   we retrain after launch`, and so is `TBD` as the value after a short
 *   label or an arrow (`privacy: TBD w/ legal`, `Budget → TBD`).
 * * A value deferred in its last clause is a placeholder: a marker after a
 *   comma, a dash or an arrow, behind at most eight words and no number
 *   (`the usual basket and shopper signals, TBD`, `same as the web widget
 *   — TODO link the notebook`), and so is a mark with a note after it
 *   (`input → ?? (ask data eng)`). A detail left open beside a value
 *   (`top 3 aisles; recency decay TBD`, `Canary on 5% of traffic,
 *   duration TBD`) is not.
 * * A list of short bullets (one to three words, no number, nothing
 *   nested) of which at least two, and half or more, are bare topic words
 *   is a template's list of stubs: its other short bullets are topics too
 *   (`- Uptime checks` beside `- Alerts` and `- Dashboards`). A list that
 *   names signals with numbers (`- p95 error in minutes`) or holds one
 *   topic word among named things says something.
 * * A bullet that names a kind of requirement with a generic noun after it
 *   (`compliance requirements`, `scalability goals`) only names its topic;
 *   one with a value (`compliance requirements: card data stays in the EU
 *   region`) says something.
 * * An HTML list is read as text (`<ul><li>TBD</li></ul>` is a
 *   placeholder); an image, a table or a diagram in HTML is content. A
 *   callout in an `<aside>` element, as a Notion export writes one, is
 *   read as text too: what it says is the section's content, and `TBD`
 *   in it is a placeholder.
 * * A bold line that is a heading's first content, with a sub-heading right
 *   after it, is that heading's subtitle: its content, not an empty
 *   section of its own.
 * * A paragraph that a line of dashes under it turned into a heading
 *   (`We assume a payments company that scores a million payments a day.`
 *   then `---` on the next line), with nothing under it, is a statement: it
 *   says something itself, so its section is not empty. Only such a
 *   heading of eight words or more that asks nothing: a long `##` heading
 *   (`## Describe the data sources you will use and how each one is
 *   labelled`) or one over `TBD` is still a template's stub.
 * * A paragraph written after a heading's marks (nineteenth round: `###
 *   DermaLite screens lesions on the phone. Instead of ...`), twenty words
 *   or more with a sentence's end, asking nothing and no prompt, says
 *   something itself; a heading that is a link beside only an emoji or a
 *   mark (`### 🌐 [Live demo](https://...)`) points to its content. A bold
 *   line with two arrows or more (`**Postgres → training script → model
 *   registry → worker**`) is a flow written in one line, not a heading.
 * * A bold line with nothing under it right before a sub-heading of the
 *   Markdown heading before it (`## Model serving`, its text, `**Endpoint**`,
 *   `### POST /score`) labels that sub-heading; before a heading of the
 *   same rank (`## Model`, its text, `**Deployment**`, `## Monitoring`) it
 *   is a stub of its own. An empty last section whose heading ends in an
 *   exclamation mark (`## Good luck with the interviews! 🚀`) is a sign-off.
 * * Such a line of three words or more that ends in a full stop
 *   (`XGBoost with 500 trees, depth 6.` then `---`) is read as the
 *   paragraph it is, however short: the section it stands in holds it, so
 *   neither is empty. A title underlined the same way (`Model` then `-----`) is a
 *   heading, and with nothing under it an empty section.
 * * The lines of a title block are no empty sections: the first or second
 *   heading, with nothing but headings before it, that names no stage or
 *   part and runs to four words or more once its numbering is left out
 *   (`# PRD` then `# Restaurant recommendations`, a title then `## A
 *   business case for the grid planning team`: a phrase that opens with
 *   an article is a subtitle even where it names a part). A short title
 *   there (`## Executive summary`, `## Data`) or one that names a part
 *   (`## 1. Business objective & KPIs`) is still a template's stub. A
 *   heading anywhere in that leading run of headings that carries a number
 *   past its numbering and names no stage or part is a title line too: a
 *   course, a group, a version or a date (`### CS 4780 final project`,
 *   `#### Group 7`, `##### Version 0.3`); a template's numbered item (`##
 *   Goal 1`, `## Step 2`) is still a stub.
 * * Questions under a heading that collects what the author will ask
 *   (`Questions for the client`, `Discussion prompts`, and in interview
 *   notes `Clarifying questions` or `Questions to the interviewer`) are
 *   its content, as under `Open questions`. The same questions under a
 *   step heading (`Clarify requirements`) still leave its values open.
 * * A bold line right after a table or a code block, with nothing of its
 *   own after it, closes what stands before it (a total, a caption, a
 *   summary: `**Total: 18 classes, about 45,000 images**`): it is that
 *   content's last line, not a heading of an empty section. A bold line
 *   that names a stage or a part (`**Monitoring**`), one after prose, or
 *   a bare title of a few words with no number, value or comma
 *   (`**Next steps**`) still opens a section; an `End of ...` marker
 *   closes the document's last content.
 * * A heading that writes its value after a short label (`### Latency:
 *   under 100 ms at p99`, `### Model: XGBoost`, `#### Author: Sam Lee`),
 *   with nothing under it, says what the section would: it is not empty.
 *   A label that numbers a step or names a part of the document (`Step 1:
 *   Data collection`, `Appendix: Glossary`), or a value that is a
 *   heading's name, a topic, a placeholder or a prompt (`Part 2: Data`,
 *   `Objective: TBD`, `Deployment: describe the rollout here`) still
 *   leaves the section empty.
 * * Under a heading outside the design's flow or of what is left for
 *   later (`Future work`, `Next steps`, `Out of scope`, `Appendix`),
 *   bullets that only name topics (`- Monitoring`, `- Retraining`) name
 *   the items the section lists: they are its content. `- TBD` there is
 *   still a placeholder, and the same bullets under a stage heading are
 *   still a stub.
 * * A heading that is a link and nothing else (`## [Data
 *   pipeline](docs/data.md)`) points where its content lives, like a link
 *   under a heading: it is not empty. A heading with a link beside its
 *   words (`## Model ([paper](https://example.com))`) still asks for
 *   content under it.
 * * A table of contents written as a plain list, without links, is no
 *   stub: a list of two items or more, half of them or more naming
 *   another heading of the document (`## Contents` then `- Problem`, `-
 *   Data`, ...). A list of topic words that are not the document's
 *   headings is still a stub.
 *
 * @module ml-no-placeholders
 * @example
 *   {"name": "ok.md"}
 *
 *   # Fraud scoring
 *
 *   ## Deployment
 *
 *   Each authorisation is scored in real time behind the payments API, rolled out by a 5% canary.
 *
 * @example
 *   {"name": "ok-sub-sections.md"}
 *
 *   # Fraud scoring
 *
 *   ## Evaluation
 *
 *   ### Offline
 *
 *   PR-AUC on the most recent month, outside the training window.
 *
 *   ### Online
 *
 *   An A/B test on 10% of traffic, comparing chargeback losses.
 *
 * @example
 *   {"name": "ok-pointer.md"}
 *
 *   # Fraud scoring
 *
 *   ## Labelling
 *
 *   See the [labelling guide](https://example.com/labelling).
 *
 *   ## Architecture
 *
 *   ![Scoring path](architecture.png)
 *
 * @example
 *   {"name": "ok-open-questions.md"}
 *
 *   # Fraud scoring
 *
 *   ## Open questions
 *
 *   - Do we score card-present payments too?
 *   - Should declines be reviewed by an analyst?
 *
 * @example
 *   {"name": "ok-client-questions.md"}
 *
 *   # Loan document insights
 *
 *   ## Questions for the client
 *
 *   ### Data and documents
 *
 *   - How many loan files arrive per month?
 *   - Are the scans searchable PDFs or images?
 *
 * @example
 *   {"name": "ok-heading-statement.md"}
 *
 *   # Card fraud scoring
 *
 *   We assume a payments company that scores about a million card payments a day at checkout.
 *   ---
 *
 *   ## Requirements
 *
 *   Decide within 100 ms of the authorisation request.
 *
 * @example
 *   {"name": "ok-title-block.md"}
 *
 *   # Energy demand forecasting
 *   ## A business case for the grid planning team
 *
 *   ## Summary
 *
 *   Forecast hourly demand a day ahead to cut the cost of reserve power by a tenth.
 *
 * @example
 *   {"name": "ok-bold-parts.md"}
 *
 *   # Email triage
 *
 *   ### 5.4 Experimentation and validation
 *
 *   **Dataset strategy**
 *
 *   A stratified 80/10/10 split by label.
 *
 *   **Value proposition**
 *
 *   **Context of use**
 *
 *   Agents see the predicted queue before they open an email.
 *
 *   ## API
 *
 *   * `POST /api/emails/{id}/route`
 *   * `GET /api/queues/{name}/emails`
 *
 *   ## Author
 *
 *   **A. Writer**
 *
 * @example
 *   {"name": "requirements-then-bold-framing.md", "label": "input"}
 *
 *   # Card fraud
 *
 *   ## Requirements
 *
 *   **Framing**
 *
 *   Binary classification of each card payment as fraud.
 *
 * @example
 *   {"name": "requirements-then-bold-framing.md", "label": "output"}
 *
 *   3:1-3:16: Unexpected missing content in the `Requirements` section, expected what the section decides written under its heading (or the heading removed), such as `Train within 4 hours on one A100; no personal data leaves the EU`
 *
 * @example
 *   {"name": "bold-labels-empty.md", "label": "input"}
 *
 *   # Email triage
 *
 *   ## Metrics
 *
 *   **Offline metrics:**
 *
 *   **Online metrics:**
 *
 *   Share of emails routed without a manual move.
 *
 * @example
 *   {"name": "bold-labels-empty.md", "label": "output"}
 *
 *   5:1-5:21: Unexpected missing content in the `Offline metrics` section, expected what the section decides written under its heading (or the heading removed), such as `Predict the probability that a user clicks the ad; offline ROC-AUC, online CTR`
 *
 * @example
 *   {"name": "stub-after-title.md", "label": "input"}
 *
 *   # Energy demand forecasting
 *   ## Data
 *
 *   ## Model
 *
 *   Gradient-boosted trees on the last three years of hourly load.
 *
 * @example
 *   {"name": "stub-after-title.md", "label": "output"}
 *
 *   2:1-2:8: Unexpected missing content in the `Data` section, expected what the section decides written under its heading (or the heading removed), such as `Join impressions to clicks within 30 minutes; split by day; one-hot the device type`
 *
 * @example
 *   {"name": "stubs-under-title.md", "label": "input"}
 *
 *   # Energy demand forecasting
 *   ## 1. Business objective & KPIs
 *
 *   ## What business problem are we solving, and how will we know it worked?
 *
 *   TBD
 *
 *   ## Describe the data sources you will use and how each one is labelled
 *
 *   ## Model
 *
 *   Gradient-boosted trees on the last three years of hourly load.
 *
 * @example
 *   {"name": "stubs-under-title.md", "label": "output"}
 *
 *   2:1-2:32: Unexpected missing content in the `1. Business objective & KPIs` section, expected what the section decides written under its heading (or the heading removed), such as `Train within 4 hours on one A100; no personal data leaves the EU`
 *   4:1-4:73: Unexpected placeholder `TBD` as the only content of the `What business problem are we solving, and how will we know it worked?` section, expected what the section decides written under its heading (or the heading removed), such as `The decision this section records, with its numbers`
 *   8:1-8:71: Unexpected missing content in the `Describe the data sources you will use and how each one is labelled` section, expected what the section decides written under its heading (or the heading removed), such as `The decision this section records, with its numbers`
 *
 * @example
 *   {"name": "ok-emphasis.md"}
 *
 *   # Fraud scoring
 *
 *   ## Rollout
 *
 *   A 5% canary for a week, then 50%, then everyone.
 *
 *   **We will not launch without sign-off from the fraud operations lead.**
 *
 *   ## Monitoring
 *
 *   Daily block rate and score distribution, paging on a 20% jump.
 *
 * @example
 *   {"name": "placeholder.md", "label": "input"}
 *
 *   # Fraud scoring
 *
 *   ## Deployment
 *
 *   TBD
 *
 * @example
 *   {"name": "placeholder.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected placeholder `TBD` as the only content of the `Deployment` section, expected what the section decides written under its heading (or the heading removed), such as `Real-time scoring behind the checkout API, rolled out by a 5% canary`
 *
 * @example
 *   {"name": "empty.md", "label": "input"}
 *
 *   # Fraud scoring
 *
 *   ## Monitoring
 *
 *   ## Open questions
 *
 *   - Do we score card-present payments too?
 *
 * @example
 *   {"name": "empty.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected missing content in the `Monitoring` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "prompts.md", "label": "input"}
 *
 *   # Ad click model
 *
 *   ## Constraints
 *
 *   Budget, hardware or legal constraints?
 *
 *   **Monitoring**
 *
 *   - Monitoring
 *   - Alerts
 *
 * @example
 *   {"name": "prompts.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected placeholder `Budget, hardware or legal constraints?` as the only content of the `Constraints` section, expected what the section decides written under its heading (or the heading removed), such as `Train within 4 hours on one A100; no personal data leaves the EU`
 *   7:1-7:15: Unexpected placeholder `Monitoring Alerts` as the only content of the `Monitoring` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "ok-joined-topics.md"}
 *
 *   # Ad click model
 *
 *   ## Serving
 *
 *   - Serving and release by the platform team's canary tool, 5% of traffic first
 *
 * @example
 *   {"name": "stubs.md", "label": "input"}
 *
 *   # Ad click model
 *
 *   ## Serving and release
 *
 *   - Serving and release
 *   - Scaling (infra and models)
 *
 *   ## Retraining
 *
 *   - TODO: decide when we retrain after launch
 *
 * @example
 *   {"name": "stubs.md", "label": "output"}
 *
 *   3:1-3:23: Unexpected placeholder `Serving and release Scaling (infra and models)` as the only content of the `Serving and release` section, expected what the section decides written under its heading (or the heading removed), such as `Real-time scoring behind the checkout API, rolled out by a 5% canary`
 *   8:1-8:14: Unexpected placeholder `TODO: decide when we retrain after launch` as the only content of the `Retraining` section, expected what the section decides written under its heading (or the heading removed), such as `Baseline: the current rules; candidates: logistic regression and LightGBM`
 *
 * @example
 *   {"name": "ops-topics.md", "label": "input"}
 *
 *   # Size advice
 *
 *   ## Monitor
 *
 *   - Monitoring
 *   - Dashboards
 *   - On-call
 *
 * @example
 *   {"name": "ops-topics.md", "label": "output"}
 *
 *   3:1-3:11: Unexpected placeholder `Monitoring Dashboards On-call` as the only content of the `Monitor` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "ok-ops-topics.md"}
 *
 *   # Size advice
 *
 *   ## Monitor
 *
 *   - Dashboards: return rate per size chart, daily
 *   - On-call is paged when the advice service errors on more than 1% of requests
 *
 * @example
 *   {"name": "topic-list.md", "label": "input"}
 *
 *   # Parcel ETA
 *
 *   ## Monitoring
 *
 *   - Uptime checks
 *   - Alerts
 *   - Dashboards
 *
 * @example
 *   {"name": "topic-list.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected placeholder `Uptime checks Alerts Dashboards` as the only content of the `Monitoring` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "ok-signal-list.md"}
 *
 *   # Parcel ETA
 *
 *   ## Monitoring
 *
 *   - Late-scan rate
 *   - p95 error in minutes
 *   - Alerts
 *
 * @example
 *   {"name": "deferred-value.md", "label": "input"}
 *
 *   # Basket suggestions
 *
 *   ## Features
 *
 *   - the usual basket and shopper signals, TBD
 *
 *   ## Model
 *
 *   - LightGBM — TODO pick the depth
 *   - Baseline: same as the web widget — TODO link the notebook
 *
 * @example
 *   {"name": "deferred-value.md", "label": "output"}
 *
 *   3:1-3:12: Unexpected placeholder `the usual basket and shopper signals, TBD` as the only content of the `Features` section, expected what the section decides written under its heading (or the heading removed), such as `Join impressions to clicks within 30 minutes; split by day; one-hot the device type`
 *   7:1-7:9: Unexpected placeholder `LightGBM — TODO pick the depth Baseline: same as the web...` as the only content of the `Model` section, expected what the section decides written under its heading (or the heading removed), such as `Baseline: the current rules; candidates: logistic regression and LightGBM`
 *
 * @example
 *   {"name": "ok-deferred-detail.md"}
 *
 *   # Basket suggestions
 *
 *   ## Features
 *
 *   - basket size, days since the last order and the shopper's top 3 aisles; recency decay TBD
 *
 * @example
 *   {"name": "ok-phase.md"}
 *
 *   # Churn model
 *
 *   ## Rollout
 *
 *   - Phase 2: half of the accounts, after a week without alerts
 *
 * @example
 *   {"name": "numbered-stubs.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Goals
 *
 *   - Goal 1
 *   - Goal 2
 *
 * @example
 *   {"name": "numbered-stubs.md", "label": "output"}
 *
 *   3:1-3:9: Unexpected placeholder `Goal 1 Goal 2` as the only content of the `Goals` section, expected what the section decides written under its heading (or the heading removed), such as `Train within 4 hours on one A100; no personal data leaves the EU`
 *
 * @example
 *   {"name": "topics-and-html.md", "label": "input"}
 *
 *   # Login risk model
 *
 *   ## Requirements
 *
 *   **Non-functional**
 *
 *   - compliance requirements
 *   - scalability goals
 *   - reliability, security
 *
 *   ## Monitoring
 *
 *   <ul>
 *   <li>TBD</li>
 *   </ul>
 *
 * @example
 *   {"name": "topics-and-html.md", "label": "output"}
 *
 *   5:1-5:19: Unexpected placeholder `compliance requirements scalability goals reliability, se...` as the only content of the `Non-functional` section, expected what the section decides written under its heading (or the heading removed), such as `Train within 4 hours on one A100; no personal data leaves the EU`
 *   11:1-11:14: Unexpected placeholder `TBD` as the only content of the `Monitoring` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "notes-open.md", "label": "input"}
 *
 *   # Loom cam — notes
 *
 *   **eval**
 *
 *   - mAP@0.5 per class on held-out rolls from loom 6
 *
 *   **monitoring**
 *
 *   - who watches the stops?
 *
 *   **open**
 *
 *   - do we need another model for the denim line?
 *
 * @example
 *   {"name": "notes-open.md", "label": "output"}
 *
 *   7:1-7:15: Unexpected placeholder `who watches the stops?` as the only content of the `monitoring` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "ok-subtitle-and-values.md"}
 *
 *   # Metrics anomaly detection
 *
 *   ## Forecasting model
 *
 *   **A seasonal forecast per metric, scored by its residual**
 *
 *   ### Candidates
 *
 *   Holt-Winters per metric, with an LSTM for the busiest 50 metrics.
 *
 *   ## Constraints
 *
 *   - compliance requirements: card data stays in the EU region
 *
 * @example
 *   {"name": "ok-closing-line.md"}
 *
 *   # Shelf gap detection
 *
 *   ## Classes
 *
 *   | Class | Images |
 *   | --- | --- |
 *   | empty facing | 4,000 |
 *   | misplaced item | 2,500 |
 *
 *   **Total: 2 classes, about 6,500 labelled images**
 *
 *   ## Build
 *
 *   ```sh
 *   make train
 *   ```
 *
 *   **Same training script on every store cluster**
 *
 *   ## Model
 *
 *   A YOLO detector fine-tuned on the labelled shelf photos.
 *
 * @example
 *   {"name": "stage-line-after-table.md", "label": "input"}
 *
 *   # Shelf gap detection
 *
 *   ## Classes
 *
 *   | Class | Images |
 *   | --- | --- |
 *   | empty facing | 4,000 |
 *
 *   **Monitoring**
 *
 *   ## Model
 *
 *   A YOLO detector fine-tuned on the labelled shelf photos.
 *
 * @example
 *   {"name": "stage-line-after-table.md", "label": "output"}
 *
 *   9:1-9:15: Unexpected missing content in the `Monitoring` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "bold-line-after-prose.md", "label": "input"}
 *
 *   # Shelf gap detection
 *
 *   ## Classes
 *
 *   Two classes: an empty facing and a misplaced item.
 *
 *   **Per-store totals**
 *
 *   ## Model
 *
 *   A YOLO detector fine-tuned on the labelled shelf photos.
 *
 * @example
 *   {"name": "bold-line-after-prose.md", "label": "output"}
 *
 *   7:1-7:21: Unexpected missing content in the `Per-store totals` section, expected what the section decides written under its heading (or the heading removed), such as `The decision this section records, with its numbers`
 *
 * @example
 *   {"name": "ok-value-headings.md"}
 *
 *   # Parcel ETA
 *   #### Author: Sam Lee
 *
 *   ## Requirements
 *
 *   ### Latency: under 100 ms at p99
 *
 *   ### Availability: 99.9%
 *
 *   ## Model
 *
 *   ### Baseline: the median trip time per route
 *
 *   ### Candidate: LightGBM
 *
 * @example
 *   {"name": "label-headings.md", "label": "input"}
 *
 *   # Parcel ETA
 *
 *   ## Plan
 *
 *   ### Step 1: Data collection
 *
 *   ### Objective: TBD
 *
 *   ### Deployment: describe the rollout here
 *
 *   ## Model
 *
 *   LightGBM on route and depot features.
 *
 * @example
 *   {"name": "label-headings.md", "label": "output"}
 *
 *   5:1-5:28: Unexpected missing content in the `Step 1: Data collection` section, expected what the section decides written under its heading (or the heading removed), such as `Join impressions to clicks within 30 minutes; split by day; one-hot the device type`
 *   7:1-7:19: Unexpected missing content in the `Objective: TBD` section, expected what the section decides written under its heading (or the heading removed), such as `Train within 4 hours on one A100; no personal data leaves the EU`
 *   9:1-9:42: Unexpected missing content in the `Deployment: describe the rollout here` section, expected what the section decides written under its heading (or the heading removed), such as `Real-time scoring behind the checkout API, rolled out by a 5% canary`
 *
 * @example
 *   {"name": "ok-divided-statement.md"}
 *
 *   # Parcel ETA
 *
 *   ## Model
 *
 *   LightGBM with 400 trees, depth 8.
 *   ---
 *
 *   ## Serving
 *
 *   A nightly batch writes each parcel's window to the tracking page.
 *
 * @example
 *   {"name": "underlined-title.md", "label": "input"}
 *
 *   # Parcel ETA
 *
 *   Model
 *   -----
 *
 *   ## Serving
 *
 *   A nightly batch writes each parcel's window to the tracking page.
 *
 * @example
 *   {"name": "underlined-title.md", "label": "output"}
 *
 *   3:1-4:6: Unexpected missing content in the `Model` section, expected what the section decides written under its heading (or the heading removed), such as `Baseline: the current rules; candidates: logistic regression and LightGBM`
 *
 * @example
 *   {"name": "ok-title-block-lines.md"}
 *
 *   # Loan default risk
 *   ### CS 4780 final project
 *   #### Group 7
 *   ##### Version 0.3, spring 2024
 *
 *   ## Objective
 *
 *   Cut loan losses by 8% by declining the riskiest 3% of applications.
 *
 * @example
 *   {"name": "numbered-stubs-under-title.md", "label": "input"}
 *
 *   # Loan default risk
 *   ## Goal 1
 *   ## 2. Approach
 *
 *   ## Objective
 *
 *   Cut loan losses by 8% by declining the riskiest 3% of applications.
 *
 * @example
 *   {"name": "numbered-stubs-under-title.md", "label": "output"}
 *
 *   2:1-2:10: Unexpected missing content in the `Goal 1` section, expected what the section decides written under its heading (or the heading removed), such as `The decision this section records, with its numbers`
 *   3:1-3:15: Unexpected missing content in the `2. Approach` section, expected what the section decides written under its heading (or the heading removed), such as `The decision this section records, with its numbers`
 *
 * @example
 *   {"name": "link-headings.md", "label": "input"}
 *
 *   # Parcel ETA
 *
 *   ## [Data pipeline](docs/data.md)
 *
 *   ## [Model training](docs/training.md)
 *
 *   ## Model ([paper](https://example.com/paper))
 *
 *   ## Serving
 *
 *   A nightly batch writes each parcel's window to the tracking page.
 *
 * @example
 *   {"name": "link-headings.md", "label": "output"}
 *
 *   7:1-7:46: Unexpected missing content in the `Model ( paper )` section, expected what the section decides written under its heading (or the heading removed), such as `Baseline: the current rules; candidates: logistic regression and LightGBM`
 *
 * @example
 *   {"name": "later-items.md", "label": "input"}
 *
 *   # Parcel ETA
 *
 *   ## Model
 *
 *   LightGBM on route and depot features.
 *
 *   ## Next steps
 *
 *   - Monitoring
 *   - Retraining
 *
 *   ## Future work
 *
 *   - TBD
 *
 * @example
 *   {"name": "later-items.md", "label": "output"}
 *
 *   12:1-12:15: Unexpected placeholder `TBD` as the only content of the `Future work` section, expected what the section decides written under its heading (or the heading removed), such as `The decision this section records, with its numbers`
 *
 * @example
 *   {"name": "callouts.md", "label": "input"}
 *
 *   # Parcel ETA
 *
 *   ## Model
 *
 *   <aside>
 *   💡 LightGBM on route and depot features, retrained weekly.
 *   </aside>
 *
 *   ## Monitoring
 *
 *   <aside>
 *   💡 TBD
 *   </aside>
 *
 * @example
 *   {"name": "callouts.md", "label": "output"}
 *
 *   9:1-9:14: Unexpected placeholder `💡 TBD` as the only content of the `Monitoring` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "clarifying-questions.md", "label": "input"}
 *
 *   # Design a feed ranker
 *
 *   ## Clarifying questions
 *
 *   - How many daily users?
 *   - Is the feed ranked in real time?
 *
 *   ## Clarify requirements
 *
 *   - What is the business goal?
 *
 *   ## Model
 *
 *   A two-tower retrieval stage, then a GBDT ranker.
 *
 * @example
 *   {"name": "clarifying-questions.md", "label": "output"}
 *
 *   8:1-8:24: Unexpected placeholder `What is the business goal?` as the only content of the `Clarify requirements` section, expected what the section decides written under its heading (or the heading removed), such as `Train within 4 hours on one A100; no personal data leaves the EU`
 *
 * @example
 *   {"name": "orders.md", "label": "input"}
 *
 *   # Refund assistant
 *
 *   ## Interpretability
 *
 *   Explain each decline to the agent with SHAP values.
 *
 *   ## Output
 *
 *   Summarize each ticket in two sentences for the agent.
 *
 *   ## Features
 *
 *   List the features used for training.
 *
 * @example
 *   {"name": "orders.md", "label": "output"}
 *
 *   11:1-11:12: Unexpected placeholder `List the features used for training.` as the only content of the `Features` section, expected what the section decides written under its heading (or the heading removed), such as `Join impressions to clicks within 30 minutes; split by day; one-hot the device type`
 *
 * @example
 *   {"name": "ok-contents-list.md"}
 *
 *   # Parcel ETA
 *
 *   ## Contents
 *
 *   1. Problem
 *   2. Data
 *   3. Model
 *
 *   ## Problem
 *
 *   Promise a delivery window that 90% of parcels meet.
 *
 *   ## Data
 *
 *   Two years of scans, about 40 million parcels.
 *
 *   ## Model
 *
 *   LightGBM on route and depot features.
 *
 * @example
 *   {"name": "topics-not-headings.md", "label": "input"}
 *
 *   # Parcel ETA
 *
 *   ## Monitoring
 *
 *   - Monitoring
 *   - Alerts
 *   - Dashboards
 *
 *   ## Alerts
 *
 *   Page the on-call engineer when the late rate doubles in an hour.
 *
 * @example
 *   {"name": "topics-not-headings.md", "label": "output"}
 *
 *   3:1-3:14: Unexpected placeholder `Monitoring Alerts Dashboards` as the only content of the `Monitoring` section, expected what the section decides written under its heading (or the heading removed), such as `Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%`
 *
 * @example
 *   {"name": "ok-link-heading.md"}
 *
 *   # Heart risk screening
 *
 *   ### 🌐 [Live demo](https://example.org/heart-demo)
 *
 *   ## Model
 *
 *   A logistic regression on the twelve intake measurements.
 *
 * @example
 *   {"name": "ok-paragraph-heading.md"}
 *
 *   # SkinCheck
 *
 *   ## Abstract
 *
 *   ### SkinCheck screens skin lesions on the phone itself. Instead of chasing the last point of accuracy, we trade a little of it for a model small enough to run offline in a clinic.
 *
 *   ## Model
 *
 *   A quantized MobileNet fine-tuned on dermoscopy images.
 *
 * @example
 *   {"name": "ok-bold-flow-line.md"}
 *
 *   # Shipment ETA
 *
 *   ## Architecture
 *
 *   Flow:
 *
 *   **Postgres → training script → model registry → streaming worker**
 *
 *   ## Model
 *
 *   Gradient-boosted trees on lane, carrier and weekday.
 *
 * @example
 *   {"name": "ok-bold-label-over-heading.md"}
 *
 *   # Loan default
 *
 *   ## Serving
 *
 *   The model sits behind a small HTTP service.
 *
 *   **Endpoint**
 *
 *   ### POST /score
 *
 *   Returns the default probability and a risk band.
 *
 * @example
 *   {"name": "ok-sign-off.md"}
 *
 *   # Churn interview notes
 *
 *   ## Model
 *
 *   Gradient-boosted trees on tenure, plan and support tickets.
 *
 *   ## Good luck with the interviews! 🚀
 *
 * @example
 *   {"name": "bold-stub-before-heading.md", "label": "input"}
 *
 *   # Loan default
 *
 *   ## Model
 *
 *   Gradient-boosted trees on the bureau features.
 *
 *   **Deployment**
 *
 *   ## Monitoring
 *
 *   Weekly PSI on the top ten features; above 0.2 pages the owner.
 *
 * @example
 *   {"name": "bold-stub-before-heading.md", "label": "output"}
 *
 *   7:1-7:15: Unexpected missing content in the `Deployment` section, expected what the section decides written under its heading (or the heading removed), such as `Real-time scoring behind the checkout API, rolled out by a 5% canary`
 *
 * @example
 *   {"name": "long-prompt-heading.md", "label": "input"}
 *
 *   # Shipment ETA
 *
 *   ## Data
 *
 *   ### Describe every data source you will use, who owns it, how it is labelled and how often it is refreshed for training?
 *
 *   ## Model
 *
 *   Gradient-boosted trees on lane, carrier and weekday.
 *
 * @example
 *   {"name": "long-prompt-heading.md", "label": "output"}
 *
 *   5:1-5:121: Unexpected missing content in the `Describe every data source you will use, who owns it, how it is labelled and how often it is refreshed for training?` section, expected what the section decides written under its heading (or the heading removed), such as `Baseline: the current rules; candidates: logistic regression and LightGBM`
 *
 */
import type { DesignReading, Section, Sentence, Stage, VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

const expected = 'what the section decides written under its heading (or the heading removed)'

/** A good statement for a section of each stage. */
const examples: Record<Stage | 'other', string> = {
  requirements: 'Train within 4 hours on one A100; no personal data leaves the EU',
  framing: 'Predict the probability that a user clicks the ad; offline ROC-AUC, online CTR',
  data: 'Join impressions to clicks within 30 minutes; split by day; one-hot the device type',
  model: 'Baseline: the current rules; candidates: logistic regression and LightGBM',
  evaluation: 'Offline PR-AUC on the last held-out week; an A/B test on the conversion rate',
  deployment: 'Real-time scoring behind the checkout API, rolled out by a 5% canary',
  monitoring: "Alert when a top feature's PSI exceeds 0.2; roll back when the approval rate drops 5%",
  other: 'The decision this section records, with its numbers',
}

/** Quote a bit of text in a message. */
function quote(text: string): string {
  const clean = text.replace(/`/g, "'")
  return clean.length > 60 ? `${clean.slice(0, 57).trimEnd()}...` : clean
}

const remarkLintMlNoPlaceholders = defineRule<Options>(
  {
    id: 'ml-no-placeholders',
    stage: 'document',
    messages: {
      emptySection: missing(`content in the \`{{name}}\` section`, '{{expected}}', '{{example}}'),
      placeholderOnly: `Unexpected placeholder \`{{placeholder}}\` as the only content of the \`{{name}}\` section, expected {{expected}}, such as \`{{example}}\``,
    },
  },
  (reading, _file, _options, report) => {
    for (const section of reading.sections) {
      const whole = reading.content(section)
      const own = reading.ownContent(section)
      const ownSentences = reading.sentencesIn(own).filter((sentence) => !sentence.heading)
      // A section whose only content is its sub-sections is not empty.
      if (section.children.length > 0 && ownSentences.length === 0 && !reading.hasMedia(own)) continue
      if (reading.substantive(whole) || reading.hasMedia(whole)) continue
      if (reading.closesContent(section)) continue
      const bare = ownSentences.length === 0 && section.children.length === 0 && !reading.hasMedia(own)
      // A heading that holds its content says it there: `### Latency: under 100 ms at p99`, a link to where the
      // content lives, a statement of eight words or more that a `---` on the line under it turned into a heading.
      if (bare && reading.headingHoldsContent(section)) continue
      // The lines of a title block, before the document says anything: `# PRD` then `# Restaurant recommendations`,
      // or `# Energy demand forecasting` then `## AI product manager business case`.
      if (bare && titleLine(reading, section)) continue
      if (bare && (labelsNextHeading(reading, section) || signsOff(reading, section))) continue
      // A table of contents without links lists the document's own headings: `## Contents`, `- Problem`, `- Data`.
      if (section.children.length === 0 && reading.listsHeadings(section)) continue
      // Questions are the content of an `Open questions` section.
      if (ownSentences.some((sentence) => !sentence.placeholder) && reading.questionSection(section)) continue
      // Topic bullets name the items of a section outside the design's flow: `Future work`, `- Monitoring`.
      if (laterItems(reading, section, ownSentences)) continue

      const name = section.text.replace(/`/g, "'")
      const example = examples[section.inStages[0] ?? 'other']
      const place = reading.place(reading.headingOf(section))
      // What stands there: the placeholder sentences, else the raw text (`<fill in>`, `-`, a comment).
      const text =
        ownSentences.length > 0
          ? reading.textOf({ start: ownSentences[0].start, end: ownSentences[ownSentences.length - 1].end })
          : reading.source.slice(own.start, own.end).replace(/\s+/g, ' ').trim()
      if (text.length === 0 || /^[-*_\s]+$/.test(text)) {
        report('emptySection', { place, data: { name, expected, example } })
      } else {
        report('placeholderOnly', { place, data: { placeholder: quote(text), name, expected, example } })
      }
    }
  },
)

/**
 * Whether a bold line with nothing under it labels the Markdown heading right after it, a sub-heading of the Markdown
 * heading before it (`## Model serving`, ..., `**Endpoint**`, `### POST /predict`): the label and the heading under it
 * are read together. A bold line before a heading of the same rank as the one before it (`## Model`, ...,
 * `**Deployment**`, `## Monitoring`) is a stub of its own.
 */
function labelsNextHeading(reading: DesignReading, section: Section): boolean {
  const next = reading.sections[section.index + 1]
  if (!section.pseudo || next === undefined || next.pseudo) return false
  if (reading.source.slice(section.contentStart, next.start).trim() !== '') return false
  let before = section.index - 1
  while (before >= 0 && reading.sections[before].pseudo) before--
  return before >= 0 && next.depth > reading.sections[before].depth
}

/** Whether an empty last section is a sign-off written as a heading (`## Good luck with the interviews! 🚀`). */
function signsOff(reading: DesignReading, section: Section): boolean {
  if (section.index !== reading.sections.length - 1) return false
  // The heading's last mark before its emoji and closing marks, read back from its end (no expression: linear).
  const heading = [...reading.source.slice(section.start, section.contentStart)]
  let at = heading.length - 1
  while (at >= 0 && /^(?:\p{Extended_Pictographic}|\u{FE0F}|[\s#*])$/u.test(heading[at])) at--
  return heading[at] === '!'
}

/**
 * Whether an empty section is a line of the title block: nothing but headings stands before it, it names no stage or
 * part (or opens with an article) and is no placeholder or prompt, and it is among the first two headings with four words or more once its
 * numbering is left out (a short title there, `## Executive summary`, `## Data`, is a template's stub; so is `## 1.
 * Business objective & KPIs`), or it carries a number past its numbering: a course, a group, a version or a date
 * (`### Group 7`, `#### Version 0.3`, `## CS 4780 final project`).
 */
function titleLine(reading: DesignReading, section: Section): boolean {
  if (reading.sentences.some((sentence) => !sentence.heading && sentence.start < section.start)) return false
  // A line that opens with an article is a phrase, not a section's name: `## A business case for the grid planning
  // team` names the business objective's part and is still the title's subtitle.
  if ((section.stages.length > 0 || section.parts.length > 0) && !/^an?\s/i.test(section.text)) return false
  if (reading.sentencesIn(reading.headingOf(section)).some((line) => line.placeholder || line.prompt)) return false
  const words = section.normalized.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
  return (section.index <= 1 && words >= 4) || /\d/.test(section.normalized)
}

/**
 * Whether a section outside the design's flow or of what is left for later (`Future work`, `Next steps`, `Out of
 * scope`, `Appendix`) lists its items as bullets: there a bare topic (`- Monitoring`) names an item, it asks for
 * nothing. A placeholder there (`- TBD`) is still one.
 */
function laterItems(reading: DesignReading, section: Section, own: Sentence[]): boolean {
  if (own.length === 0 || own.some((sentence) => !sentence.listItem || sentence.placeholder)) return false
  return section.aside || reading.outsideFlow(section)
}

export default remarkLintMlNoPlaceholders
