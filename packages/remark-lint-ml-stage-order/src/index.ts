/**
 * remark-lint rule to check that the stage sections of an ML system design
 * document appear in framework order.
 *
 * ## What is this?
 *
 * This rule checks that the sections of the document follow the seven
 * stages of the framework: requirements, framing, data, model, evaluation,
 * deployment, monitoring. It warns at each heading whose stage comes before
 * the latest stage seen so far (a `Data preparation` section after the
 * `Evaluation` one), and says which heading it should come before.
 *
 * A heading opens a stage when it names the stage or one of its parts
 * (`Goals`, `Problem formulation`, `Features`, `Baseline`, `A/B test`,
 * `Rollout`, `Alerting`, ...), whatever its numbering, emoji or case; a
 * bold paragraph that stands alone (`**Step 4 - Evaluation**`) counts as a
 * heading. Headings that name no stage (`Risks`, `Open questions`,
 * `Timeline`) and the document's title are ignored.
 *
 * ## When should I use this?
 *
 * When the document should read as the framework does, so that a reviewer
 * finds each decision where they expect it and later stages build on
 * earlier ones (features before models, models before evaluating them).
 * Turn it off for documents organised another way, such as an RFC ordered
 * by component.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, ...): see
 *   `mdast-util-ml-design`. Add your own heading synonyms per stage or part
 *   (`{"headings": {"monitoring": ["Run book"]}}`).
 *
 * ## Decisions
 *
 * * A heading's own ancestors do not count: an umbrella `Problem
 *   formulation` may hold `Clarifying questions`.
 * * A heading that names several stages (`Model development and offline
 *   evaluation`) spans them: it is in order when its first stage is not
 *   before the latest seen, and then the latest seen is its last stage.
 * * A heading for a part of several stages (`Metrics`, framing and
 *   evaluation both) takes no part in the order.
 * * Only headings (and bold paragraphs standing alone) take part: a
 *   labelled lead-in (`**Evaluation:** we compare ...`) is a statement
 *   inside a section, not a section of its own.
 * * The message points at the misplaced heading and names the heading it
 *   should come before: the first one that reached the latest stage.
 * * Sub-headings of a misplaced section that stay within its stages move
 *   with it: only the section itself is reported.
 * * Sections under a rejected-options heading still count: `Alternatives
 *   considered` is part of model development, wherever it stands.
 * * A bold `**Step 3 - Data**` after `## Step 2 - Framing` is the next
 *   step, not a sub-section of step 2.
 * * A top heading that opens the document is its title, even when the
 *   sections are top headings too, unless it is itself a stage's name:
 *   `# Churn prediction: model design` names no stage.
 * * Generic organising sub-headings (`Overview`, `Requirements`,
 *   `Background`, `Scope`) under a stage section stay in that stage: a
 *   company template that opens every chapter with `Overview` is not out
 *   of order. Part words a template repeats under each chapter are read in
 *   it: `Labels` under `Data` is data, `Inference` under `Model` is the
 *   model, `Signals` under `Monitoring` is monitoring.
 * * A part of a joined heading is read beside the others: `Online testing
 *   and deployment` is a rollout, so deployment, not evaluation.
 * * Step headings written as orders or gerunds name their stage
 *   (`Understand the ask`, `Clarify`, `Frame it`, `Frame as ML task`,
 *   `Get the data`, `Train`, `Evaluate it`, `Ship it`, `Monitor`,
 *   `Testing it with users`; `Running it` spans deployment and
 *   monitoring; `Serve as a fallback` acts as one), and so do
 *   qualified stage nouns (`Validation procedure`, `Serving options`,
 *   `Model ideas`, `Serving sketch`, `Model details (added after the
 *   review)`, `Monitoring of the service`, `Data we would need`, `Features
 *   to build`, and with the qualifier first: `Model performance
 *   monitoring`, `Server-side inference`, `Test run evaluation`); a noun
 *   phrase that opens with such a verb (`Test set`, `Release notes`) does
 *   not, nor do compounds that name something else (`Data model`, `Unit
 *   testing`, `Causal inference`, `Redis cluster deployment`).
 * * A sub-heading that names only parts is a detail of a chapter that
 *   names another stage as a whole, as a reviewer reads it, and takes no
 *   part in the order, where it is a part of the requirements (`IV. Data` >
 *   `Volume`, `Deployment` > `Costs`), any part under the requirements
 *   (`Problem` > `Baseline`), or a part of an earlier stage under a later
 *   one (`Model` > `Loss function`, `Monitoring` > `Retraining`, `Deployment`
 *   > `Input schema`). A part of a later stage under an earlier chapter
 *   counts as that stage's section, by the contract's letter (a stage
 *   section's heading names a stage or one of its parts):
 *   `**Feature engineering**` after `**Baseline**` in a `Framing`
 *   chapter is out of order (sixteenth round: until then every part under
 *   another stage's chapter was left out, and public labellers fired
 *   there). A sub-heading that names a whole stage (`### Evaluation` under
 *   `## Model`) counts too. `Inference` under `Data` or `Evaluation` is that
 *   stage's, as under `Model`.
 * * A sub-heading that names only whole stages earlier than the one its
 *   chapter names (`VIII. Monitoring` > `Model`, a `Model` chapter's bold
 *   `**Training data:**`) is the chapter's own model or data, a detail of
 *   it: it takes no part in the order either.
 * * A sub-heading that names only later stages under a chapter that names
 *   the requirements as a whole (`Functional requirements` > `Alerting`,
 *   `Technical requirements` > `**Infrastructure**`) is what the system is
 *   required to do, a requirement as a reviewer reads it: it keeps its
 *   stage for the other rules but takes no part in the order. Only a
 *   chapter titled as the requirements counts: under one that names the
 *   requirements stage by another title (`Overview`, `Background`,
 *   `Problem`, `Scope`) or only a part of it (`Value proposition` over a
 *   design plan) a later stage still counts.
 * * `Metrics and evaluation` names the evaluation stage as well as the
 *   metrics, as `Evaluation and metrics` does: it takes part in the order.
 * * A bold pseudo-heading that names a whole stage, after a heading that
 *   names another stage (`Constraints` then `**Framing**`), is the next
 *   stage, not a sub-section of the heading before it.
 * * A generic title with filler words (`System requirements`, `The
 *   overview`) under a stage section stays in that stage too.
 * * A generic sub-heading under a chapter that names no stage (`VII.
 *   System architecture` > `Overview`, `Requirements`) organises that
 *   chapter: it keeps its stage for the other rules but takes no part in
 *   the order. The same word as a chapter of its own (`## Overview` after
 *   `## Evaluation`) still does.
 * * A sub-heading that only repeats words of its parent's title, under a
 *   parent that names no stage (`Multi-objective optimisation` >
 *   `Objectives`), is about the parent's subject: it takes no part in the
 *   order.
 * * The model named by what it does or how it is tuned opens the model
 *   stage (`ML architecture`, `Ranking models`, `Model candidates`,
 *   `Hyperparameter tuning`), and so does `Feature importance`: what
 *   drives the predictions is the model's interpretability. `Model type`
 *   is the ML category, in the framing. A course project's qualifier
 *   after a stage noun (`Dataset used`, `Algorithms implemented`, `Models
 *   employed`) says what was used, so the noun names its stage; the same
 *   words after other nouns (`Tools used`) name nothing.
 * * Two orders joined on one object (`Train and evaluate the model`) span
 *   both verbs' stages; `Identify the ML task` and `Develop the features`
 *   name what they work on, as `Choose a model` does. An order on
 *   something else (`Identify the stakeholders`) names nothing.
 * * `Run` and `Running` name a stage only alone, before a pronoun
 *   (`Running it`) or with production after them (`Running the model in
 *   production`): `Run the API locally` and `Run the tests` are a course
 *   project's setup, not the running system.
 * * A bare `Resources` takes no part in the order: it is a compute budget
 *   or, as often at the end, a reading list. `Resources and costs` keeps
 *   its place.
 * * A title that measures success (`Success criteria`, `Success
 *   criteria for the model`) under a chapter of the requirements stage
 *   (`Goals` > `Success criteria`) says when the goal is met, a part of
 *   the goal: it takes no part in the order. Elsewhere it opens the
 *   evaluation, out of order after the deployment.
 * * A bare `Limitations` takes no part in the order either: it is the
 *   limits the system must live within or, as often at the end, what the
 *   finished model cannot do.
 * * A bare `Data model` and a bare `Model type` take no part in the order
 *   (eighteenth round): a data model is as often the tables of an
 *   application's architecture next to its API as the data stage, and a
 *   model type as often the algorithm in the model chapter as the category
 *   in the framing. They still name their stage for the other rules.
 * * A report's participle after a stage noun keeps the noun's stage
 *   (`Algorithms implemented`, `Models trained`, `Features used`, `Models
 *   compared`), but not `considered`: an RFC's `Alternatives considered`
 *   weighs other designs.
 * * `Online (model) experimentation` is the online evaluation, `Model
 *   hosting` the serving and `System health monitoring` the monitoring;
 *   a bare `Hosting` and `Health monitoring` name nothing (a marketplace's
 *   hosts, a patient's health).
 * * Improvements to come in other words (`Future directions`, `Possible
 *   improvements`, `Stretch goals`, `What's next`), material after the
 *   document (`Supplementary material`, `Further reading`, `Frequently
 *   asked questions`) and a closing recap (`Conclusion`, `Recap`) stand
 *   outside the flow too: stage headings under them are not judged. A
 *   stage section after them, not under them, still is.
 * * A heading that is only `Learning to rank` opens the model stage: a
 *   pointwise, pairwise or listwise ranker is a model to train, so training
 *   data described after it is out of order. Other headings about ranking
 *   (`Ranking in the app`) name no stage, and the words as a list label in
 *   a framing section frame the task.
 * * A plain `Data` heading before the framing, when the data stage opens
 *   again after the framing (`Data`, `Framing`, then `Features` or `Data
 *   preparation`), lists the data available, a part of the requirements:
 *   it takes no part in the order. Without a later data section, a `Data`
 *   before the `Framing` is the data stage out of order.
 * * Appendices, future work, next steps and references stand outside the
 *   flow: `Appendix A: evaluation details` after `Monitoring` is where an
 *   appendix belongs, so sections under them are not judged and do not
 *   count as seen.
 * * A heading written in HTML (`<h2>Data</h2>`, `<h1 align="center">`,
 *   `<h3 id="x"><b>Model</b></h3>`) is a heading of its rank, as GitHub
 *   renders it: outside a list item, a table cell, a quote or code, and
 *   only with its closing tag.
 * * A Markdown heading inside a block quote (`> ## Terms and notes`) is a
 *   line of the quote, not a section: it takes no part in the order and
 *   does not close the section the quote stands in.
 * * A survey of how others do it (`Survey: how search is done today`,
 *   `Prior work`) stands outside the flow too: its `How papers evaluate`
 *   describes others' work, so the design's own `Problem` may follow it.
 * * A parenthesis qualifies a title, it does not decide its stage: `7.
 *   Scale (infra, models) and monitoring` is read as `Scale and
 *   monitoring` (unless what is left is a generic word: `Context (input)`).
 *   The scale beside or under the running system is its scaling, so that
 *   heading is monitoring and infrastructure; `Scale` alone is still the
 *   requirement.
 * * A qualifier beside a topic (`options`, `method`, `ideas`) says what is
 *   written about the topic: `Labels — options (not decided)` is about the
 *   labels, not the model options.
 * * A heading of the labels alone (`Labels`, `Labelling`) takes no part in
 *   the order, as `Metrics` does: the labels are the data available and
 *   the data stage's labelling both. Under a data chapter it is that
 *   chapter's.
 * * Joined with other parts (`Labels and features`), the labels still take
 *   no part: the other parts place the heading (`Features`, the data
 *   stage). A part of one stage beside them (`Labels and scale`) keeps
 *   its place.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * A heading of the data available (`Data sources`, `Available data`),
 *   which the contract's requirements ask for, placed after the framing
 *   opens the data stage (nineteenth round: an ML canvas's `2. ML task`,
 *   `3. Data sources`, `4. Features`), and takes its place in the order as
 *   the data: after the evaluation it is still out of order. Before the
 *   framing it stays the requirements'.
 * * An earlier stage under a chapter (`## Model` > `### Training data`) is
 *   a detail of the chapter, until a later stage stands under the same
 *   chapter: then its headings are stages side by side (`### Model
 *   training` > `#### Model serving`, `#### Data pipeline`, as a course
 *   template nested one level too deep), and the earlier stage after the
 *   later one is out of order (nineteenth round).
 * * A project README's headings (nineteenth round): `Model performance`
 *   is the evaluation (`Performance` alone stays the latency requirement);
 *   `Dataset information` is the dataset; a platform before a stage noun
 *   (`Kubernetes deployment`, `Cloud monitoring`) keeps the noun's stage.
 * * A question word with a generic noun (`Why pipelines?`, `What
 *   pipeline?`) is not the bare question (`Why?`, the business goal): it asks
 *   about the noun, and names no stage of its own.
 * * An estimate under a word the contract maps to the requirements
 *   (`Latency estimation`, `Compute estimation (GPU fleet)`) is a
 *   requirements heading, as both reviewers of the public set read it: the
 *   contract sends "Latency" to the requirements and excepts only
 *   "Scaling" of the running system, so placed after the design it is out
 *   of order. For the other rules it names nothing (an estimate of what
 *   the design takes is no budget and no limit). `Scaling` at the end stays
 *   in order, and so does `Scale & Reliability` (the scale of the running
 *   system, above): beside `Reliability` or `Availability` in a heading the
 *   scale is the running system's scaling. An estimate under another word
 *   (`Memory estimation`, `Capacity estimate`) names no stage and is not
 *   judged.
 * * A bare `Output` (or `Outputs`) heading names a part of two stages, the
 *   model's output in the framing and what the system hands over in serving,
 *   so it takes no part in the order, as `Metrics` does; `Input and output`
 *   and `Model output` stay framing. The rule follows this: a bare
 *   `Output` keeps the framing for the other rules but is not judged here.
 * * Headings with a software or process meaning as well as a stage one
 *   (`Test plan`, `Compliance`, `Inference APIs`) take no part in the order:
 *   a test plan may test the code, a compliance section may list audits of
 *   the running system, an API section documents endpoints. The words the
 *   contract maps itself (`Privacy`, `Inference`, `Online testing`) keep its
 *   stage. The rule follows this: `Test plan`, `Compliance` and `Inference
 *   APIs` as whole titles are not judged (`Privacy and compliance` still is).
 *
 * @module ml-stage-order
 * @example
 *   {"name": "ok-joint-headings.md"}
 *
 *   # Leak alerts
 *
 *   ## 2. Framing
 *
 *   Binary classification of meter days as leaking.
 *
 *   ## 3. Labels — options (not decided)
 *
 *   Work orders that found a leak, or a crew survey of 500 meters.
 *
 *   ## 4. Data
 *
 *   Hourly readings of 80k meters, joined to the work orders.
 *
 *   ## 6. Deployment
 *
 *   Nightly batch scoring writes the alert list.
 *
 *   ## 7. Scale (infra, models) and monitoring
 *
 *   Alert volume per district, watched daily.
 *
 * @example
 *   {"name": "ok-bare-output.md"}
 *
 *   # Parcel damage photos
 *
 *   ## Framing
 *
 *   Classify each depot photo of a parcel as damaged or intact.
 *
 *   ## Serving
 *
 *   Photos are scored as the conveyor camera takes them.
 *
 *   ## Output
 *
 *   A damage flag on the parcel record, read by the claims desk.
 *
 * @example
 *   {"name": "ok-test-plan-compliance.md"}
 *
 *   # Parcel damage photos
 *
 *   ## Model
 *
 *   A small convolutional network fine-tuned on labelled depot photos.
 *
 *   ## Serving
 *
 *   Photos are scored as the conveyor camera takes them.
 *
 *   ## Test plan
 *
 *   Unit tests for the image loader, a load test of the scoring service.
 *
 *   ## Compliance
 *
 *   The yearly audit checks that photos are deleted after 30 days.
 *
 * @example
 *   {"name": "ok-scale-and-reliability.md"}
 *
 *   # Parcel damage photos
 *
 *   ## Model
 *
 *   A small convolutional network fine-tuned on labelled depot photos.
 *
 *   ## Serving
 *
 *   Photos are scored as the conveyor camera takes them.
 *
 *   ## Scale & Reliability
 *
 *   Two scoring replicas per depot; a replica that stops answering is restarted.
 *
 * @example
 *   {"name": "late-scale.md", "label": "input"}
 *
 *   # Leak alerts
 *
 *   ## Deployment
 *
 *   Nightly batch scoring writes the alert list.
 *
 *   ## Scale (meters, crews)
 *
 *   80k meters, 14 crews.
 *
 * @example
 *   {"name": "late-scale.md", "label": "output"}
 *
 *   7:1-7:25: Unexpected clarifying requirements section `Scale (meters, crews)` after the deployment and serving section `Deployment`, expected it before `Deployment` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Scale (meters, crews)` then `Deployment`
 *
 * @example
 *   {"name": "ok-part-under-stage.md"}
 *
 *   # Ad conversion model
 *
 *   ## Problem definition
 *
 *   Predict the probability that a click converts within 7 days.
 *
 *   ## Data
 *
 *   ### Volume
 *
 *   90 days of clicks, 2B rows.
 *
 *   ### Inference
 *
 *   The same features, read from the online store.
 *
 *   ## Model
 *
 *   Gradient-boosted trees against last quarter's logistic regression.
 *
 * @example
 *   {"name": "qualified-after-monitoring.md", "label": "input"}
 *
 *   # Similar books
 *
 *   ## Framing
 *
 *   Rank books a reader of this one also reads.
 *
 *   ## Serving sketch
 *
 *   Nightly batch lists written to the cache.
 *
 *   ## Monitoring
 *
 *   Click-through on the carousel, alerting below 1%.
 *
 *   ## Model details (added after the review)
 *
 *   Item2vec on reading sessions.
 *
 *   ## Data we would need
 *
 *   Reading sessions of the last year.
 *
 * @example
 *   {"name": "qualified-after-monitoring.md", "label": "output"}
 *
 *   15:1-15:42: Unexpected model development section `Model details (added after the review)` after the monitoring and infrastructure section `Monitoring`, expected it before `Monitoring` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Model details (added after the review)` then `Monitoring`
 *   19:1-19:22: Unexpected data preparation section `Data we would need` after the monitoring and infrastructure section `Monitoring`, expected it before `Monitoring` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Data we would need` then `Monitoring`
 *
 * @example
 *   {"name": "html-headings.md", "label": "input"}
 *
 *   <h1 align="center">Crop yield</h1>
 *
 *   <h2>Framing</h2>
 *   <p>Predict the yield of each field in tonnes per hectare.</p>
 *
 *   <h2>Evaluation</h2>
 *   <p>MAPE on the last season, held out.</p>
 *
 *   <h2 id="data">Data</h2>
 *   <p>Ten seasons of harvest records per field.</p>
 *
 * @example
 *   {"name": "html-headings.md", "label": "output"}
 *
 *   9:1-9:24: Unexpected data preparation section `Data` after the evaluation section `Evaluation`, expected it before `Evaluation` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Data` then `Evaluation`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Churn outreach
 *
 *   ## Requirements
 *
 *   Reduce monthly churn from 4% to 3.5%.
 *
 *   ## Framing
 *
 *   Predict the probability that a subscriber cancels within 30 days.
 *
 *   ## Data preparation
 *
 *   Monthly snapshots of billing and usage, split by month.
 *
 *   ## Model development
 *
 *   Gradient-boosted trees against the current rules as the baseline.
 *
 *   ## Evaluation
 *
 *   PR-AUC on the held-out month, then an A/B test on retention.
 *
 *   ## Deployment
 *
 *   A monthly batch job writes scores to the CRM.
 *
 *   ## Monitoring
 *
 *   Weekly score distribution and feature drift, with an alert on PSI above 0.2.
 *
 * @example
 *   {"name": "ok-umbrella.md"}
 *
 *   # People you may know
 *
 *   ## Problem formulation
 *
 *   ### Clarifying questions
 *
 *   We rank suggestions for 300M members; each page view gets 20.
 *
 *   ### ML task
 *
 *   Predict the probability that a shown suggestion is accepted.
 *
 *   ## Data preparation
 *
 *   One row per impression, joined to acceptances within 7 days.
 *
 * @example
 *   {"name": "ok-spanning.md"}
 *
 *   # Motor insurance pricing
 *
 *   ## Data and features
 *
 *   Six years of policies joined to their claims.
 *
 *   ## Model development and offline evaluation
 *
 *   A GLM baseline against gradient-boosted trees, compared by Gini on the last year.
 *
 *   ## Metrics
 *
 *   Gini offline, loss ratio online.
 *
 *   ## Online evaluation and rollout
 *
 *   A shadow period of two months, then a region-by-region release.
 *
 * @example
 *   {"name": "ok-bold-steps.md"}
 *
 *   # Learned grasping
 *
 *   ## Step 2 - Framing
 *
 *   Learn a grasping policy that maximises pick success.
 *
 *   **Step 3 - Data**
 *
 *   Episode logs from the robots, stored nightly.
 *
 *   **Step 4 - Model**
 *
 *   QT-Opt-style Q-learning, fine-tuned weekly.
 *
 *   ## Step 5 - Evaluation
 *
 *   Grasp success on held-out SKUs, then a canary on two robots.
 *
 * @example
 *   {"name": "ok-top-level-sections.md"}
 *
 *   # Churn prediction: model design
 *
 *   # Requirements
 *
 *   Cut monthly churn by one point.
 *
 *   # Framing
 *
 *   Predict whether a subscriber cancels within 30 days.
 *
 * @example
 *   {"name": "ok-appendix.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Evaluation
 *
 *   PR-AUC on the last month; an A/B test on chargeback losses.
 *
 *   ## Monitoring
 *
 *   Daily score distribution and block rate, paging on a 20% jump.
 *
 *   ## Appendix A: data dictionary
 *
 *   ### Features
 *
 *   Amount, merchant category, and the card's 24-hour velocity.
 *
 * @example
 *   {"name": "ok-company-template.md"}
 *
 *   # Courier ready-time model
 *
 *   ## IV. Data
 *
 *   ### Overview
 *
 *   Kitchen events joined to courier pings by order id.
 *
 *   ### Labels
 *
 *   The courier's pick-up scan marks the food as ready.
 *
 *   ## V. Model
 *
 *   ### Overview
 *
 *   One gradient-boosted model per city.
 *
 *   ### Inference
 *
 *   The model reads the order's items and the kitchen's queue.
 *
 *   ### Baseline
 *
 *   The restaurant's own estimate.
 *
 *   ## VI. Evaluation
 *
 *   ### Requirements
 *
 *   MAE on the last two weeks, held out.
 *
 * @example
 *   {"name": "ok-labels-and-features.md"}
 *
 *   # Parking spot finder
 *
 *   ## Data
 *
 *   Two years of meter sessions from the city, about 40M rows.
 *
 *   ## Labels and features
 *
 *   A spot is taken if a session starts within ten minutes; the features are the hour, the street and the last occupancy.
 *
 *   ## Model
 *
 *   Gradient-boosted trees, against last week's occupancy as the baseline.
 *
 * @example
 *   {"name": "late-labels-and-scale.md", "label": "input"}
 *
 *   # Parking spot finder
 *
 *   ## Model
 *
 *   Gradient-boosted trees, against last week's occupancy as the baseline.
 *
 *   ## Labels and scale
 *
 *   About 9,000 metered spots; a spot is taken if a session starts within ten minutes.
 *
 * @example
 *   {"name": "late-labels-and-scale.md", "label": "output"}
 *
 *   7:1-7:20: Unexpected clarifying requirements section `Labels and scale` after the model development section `Model`, expected it before `Model` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Labels and scale` then `Model`
 *
 * @example
 *   {"name": "ok-joined-heading.md"}
 *
 *   # Sponsored listings
 *
 *   ## 5. Prediction service
 *
 *   Each search request is scored online by the ranking service.
 *
 *   ## 6. Online testing and deployment
 *
 *   A 5% canary for a week, then an A/B test on bookings.
 *
 *   ## 7. Monitoring
 *
 *   Hourly click-through rate against last week's.
 *
 * @example
 *   {"name": "ok-noun-phrases.md"}
 *
 *   # Churn outreach
 *
 *   ## Ship it
 *
 *   A weekly batch job writes the top 150 accounts to the CRM.
 *
 *   ## Test set
 *
 *   The last quarter of renewals.
 *
 *   ## Risks of the rollout
 *
 *   Success managers may ignore the list.
 *
 * @example
 *   {"name": "ok-generic-with-filler.md"}
 *
 *   # News digest
 *
 *   ## Deployment
 *
 *   A nightly batch job writes each reader's digest.
 *
 *   ### Infrastructure and scaling
 *
 *   Two workers, scaled by queue length.
 *
 *   ### System requirements
 *
 *   4 GB of memory per worker.
 *
 * @example
 *   {"name": "ok-parent-subject.md"}
 *
 *   # Notification ranking
 *
 *   ## Problem framing
 *
 *   Predict the probability that a user opens a notification.
 *
 *   ## Multi-objective optimisation
 *
 *   ### Objectives
 *
 *   Opens now, against mutes and unsubscribes later.
 *
 * @example
 *   {"name": "late-production.md", "label": "input"}
 *
 *   # Delivery time estimates
 *
 *   ## Containerization
 *
 *   The model ships as a Docker image behind the quote API.
 *
 *   ## Model evaluation
 *
 *   MAE on the last four weeks, held out.
 *
 * @example
 *   {"name": "late-production.md", "label": "output"}
 *
 *   7:1-7:20: Unexpected evaluation section `Model evaluation` after the deployment and serving section `Containerization`, expected it before `Containerization` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Model evaluation` then `Containerization`
 *
 * @example
 *   {"name": "late-scale.md", "label": "input"}
 *
 *   # Home feed
 *
 *   ## Feature schema
 *
 *   Author, age of the post, and the reader's past clicks on the author.
 *
 *   ## Problem scale
 *
 *   500M posts a day for 200M readers.
 *
 * @example
 *   {"name": "late-scale.md", "label": "output"}
 *
 *   7:1-7:17: Unexpected clarifying requirements section `Problem scale` after the data preparation section `Feature schema`, expected it before `Feature schema` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Problem scale` then `Feature schema`
 *
 * @example
 *   {"name": "out-of-order.md", "label": "input"}
 *
 *   # Weekly sales forecast
 *
 *   ## 1. Problem framing
 *
 *   Predict units sold per store and SKU for the next four weeks.
 *
 *   ## 2. Evaluation
 *
 *   WAPE on a rolling-origin backtest over 26 weeks.
 *
 *   ## 3. Data preparation
 *
 *   Daily sales aggregated to weeks and joined with promotions.
 *
 *   ## 4. Models
 *
 *   LightGBM against last year's same week as the baseline.
 *
 *   ## 5. Deployment
 *
 *   A Sunday batch job writes the forecasts to the replenishment system.
 *
 * @example
 *   {"name": "out-of-order.md", "label": "output"}
 *
 *   11:1-11:23: Unexpected data preparation section `3. Data preparation` after the evaluation section `2. Evaluation`, expected it before `2. Evaluation` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `3. Data preparation` then `2. Evaluation`
 *   15:1-15:13: Unexpected model development section `4. Models` after the evaluation section `2. Evaluation`, expected it before `2. Evaluation` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `4. Models` then `2. Evaluation`
 *
 * @example
 *   {"name": "late-alternatives.md", "label": "input"}
 *
 *   # Dense retrieval for the help centre
 *
 *   ## Model
 *
 *   A bi-encoder fine-tuned on clicked passages, BM25 as the baseline.
 *
 *   ## Rollout
 *
 *   Shadow traffic for a week, then 10% of questions.
 *
 *   ## Alternatives considered
 *
 *   A larger encoder: two points better, but three times the latency.
 *
 * @example
 *   {"name": "late-alternatives.md", "label": "output"}
 *
 *   11:1-11:27: Unexpected model development section `Alternatives considered` after the deployment and serving section `Rollout`, expected it before `Rollout` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Alternatives considered` then `Rollout`
 *
 * @example
 *   {"name": "late-model-names.md", "label": "input"}
 *
 *   # Returns triage
 *
 *   ## ML architecture
 *
 *   A text encoder and an image encoder, fused late, score each return.
 *
 *   ## Data pipeline
 *
 *   Return forms and photos are joined nightly.
 *
 *   ## Serving
 *
 *   Each return is scored when its form is submitted.
 *
 *   ## Ranking models
 *
 *   A gradient-boosted ranker orders the queue of flagged returns.
 *
 *   ## Monitoring
 *
 *   The share of returns flagged per day, with an alert on a doubling.
 *
 *   ## Feature importance
 *
 *   The refund amount and the photo score matter most.
 *
 * @example
 *   {"name": "late-model-names.md", "label": "output"}
 *
 *   7:1-7:17: Unexpected data preparation section `Data pipeline` after the model development section `ML architecture`, expected it before `ML architecture` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Data pipeline` then `ML architecture`
 *   15:1-15:18: Unexpected model development section `Ranking models` after the deployment and serving section `Serving`, expected it before `Serving` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Ranking models` then `Serving`
 *   23:1-23:22: Unexpected model development section `Feature importance` after the monitoring and infrastructure section `Monitoring`, expected it before `Monitoring` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Feature importance` then `Monitoring`
 *
 * @example
 *   {"name": "late-steps.md", "label": "input"}
 *
 *   # Feed ranking
 *
 *   ## Step 1: Develop the features
 *
 *   Author affinity and the post's age.
 *
 *   ## Step 2: Identify the ML task
 *
 *   Rank posts by the probability of a like.
 *
 *   ## Step 3: Ship it
 *
 *   Scored per request in the feed service.
 *
 *   ## Step 4: Train and evaluate the model
 *
 *   A two-tower model, AUC on the next day.
 *
 * @example
 *   {"name": "late-steps.md", "label": "output"}
 *
 *   7:1-7:32: Unexpected framing the problem as an ML task section `Step 2: Identify the ML task` after the data preparation section `Step 1: Develop the features`, expected it before `Step 1: Develop the features` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Step 2: Identify the ML task` then `Step 1: Develop the features`
 *   15:1-15:40: Unexpected model development section `Step 4: Train and evaluate the model` after the deployment and serving section `Step 3: Ship it`, expected it before `Step 3: Ship it` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Step 4: Train and evaluate the model` then `Step 3: Ship it`
 *
 * @example
 *   {"name": "late-used.md", "label": "input"}
 *
 *   # House prices
 *
 *   ## Model evaluation
 *
 *   RMSE on a held-out fifth of the sales.
 *
 *   ## Hyperparameter tuning
 *
 *   Depth and learning rate by random search.
 *
 *   ## Dataset used
 *
 *   Ten years of county sales, 80k rows.
 *
 * @example
 *   {"name": "late-used.md", "label": "output"}
 *
 *   7:1-7:25: Unexpected model development section `Hyperparameter tuning` after the evaluation section `Model evaluation`, expected it before `Model evaluation` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Hyperparameter tuning` then `Model evaluation`
 *   11:1-11:16: Unexpected data preparation section `Dataset used` after the evaluation section `Model evaluation`, expected it before `Model evaluation` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Dataset used` then `Model evaluation`
 *
 * @example
 *   {"name": "ok-steps-elsewhere.md"}
 *
 *   # House prices
 *
 *   ## Model
 *
 *   Gradient-boosted trees against the county's assessed value.
 *
 *   ## Deployment
 *
 *   A nightly batch job prices every listing.
 *
 *   ## Identify the stakeholders
 *
 *   Listing agents and the pricing team.
 *
 *   ## Tools used
 *
 *   Python, LightGBM and Airflow.
 *
 * @example
 *   {"name": "ok-setup-and-reading.md"}
 *
 *   # Loan default scoring
 *
 *   ## Model
 *
 *   Gradient-boosted trees against the bank's scorecard.
 *
 *   ## Monitoring
 *
 *   Weekly approval rate and score drift, with an alert at 10%.
 *
 *   ## Run the API locally
 *
 *   `uvicorn app:api` serves the scorer on port 8000.
 *
 *   ## Run the tests
 *
 *   `pytest` covers the loader and the endpoint.
 *
 *   ## Resources
 *
 *   - The scorecard guide of the risk team.
 *   - LightGBM's documentation.
 *
 * @example
 *   {"name": "late-running-in-production.md", "label": "input"}
 *
 *   # Loan default scoring
 *
 *   ## Model
 *
 *   Gradient-boosted trees against the bank's scorecard.
 *
 *   ## Monitoring
 *
 *   Weekly approval rate and score drift, with an alert at 10%.
 *
 *   ## Running the model in production
 *
 *   A nightly batch job scores every open application.
 *
 * @example
 *   {"name": "late-running-in-production.md", "label": "output"}
 *
 *   11:1-11:35: Unexpected deployment and serving section `Running the model in production` after the monitoring and infrastructure section `Monitoring`, expected it before `Monitoring` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Running the model in production` then `Monitoring`
 *
 * @example
 *   {"name": "ok-success-under-goals.md"}
 *
 *   # Returns fraud
 *
 *   ## Goals
 *
 *   Cut returns fraud losses by 30% this year.
 *
 *   ### Success criteria for the model
 *
 *   Losses below 2M in the first half year, with no more complaints.
 *
 *   ## Requirements
 *
 *   A decision within 200 ms at the returns desk.
 *
 *   ## Model
 *
 *   Gradient-boosted trees on the customer's return history.
 *
 *   ## Limitations
 *
 *   The model sees only returns made online.
 *
 * @example
 *   {"name": "late-success-criteria.md", "label": "input"}
 *
 *   # Returns fraud
 *
 *   ## Model
 *
 *   Gradient-boosted trees on the customer's return history.
 *
 *   ## Deployment
 *
 *   Each return is scored at the desk.
 *
 *   ## Success criteria
 *
 *   Losses below 2M in the first half year.
 *
 * @example
 *   {"name": "late-success-criteria.md", "label": "output"}
 *
 *   11:1-11:20: Unexpected evaluation section `Success criteria` after the deployment and serving section `Deployment`, expected it before `Deployment` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Success criteria` then `Deployment`
 *
 * @example
 *   {"name": "ok-closing-sections.md"}
 *
 *   # Churn outreach
 *
 *   ## Model
 *
 *   Gradient-boosted trees on billing features.
 *
 *   ## Monitoring
 *
 *   Weekly drift of the score, with an alert at 10%.
 *
 *   ## Future directions
 *
 *   ### Data
 *
 *   Add the support chats to the training data.
 *
 *   ## Conclusion
 *
 *   ### Model
 *
 *   A small tree model was enough for the first release.
 *
 * @example
 *   {"name": "late-after-conclusion.md", "label": "input"}
 *
 *   # Churn outreach
 *
 *   ## Model
 *
 *   Gradient-boosted trees on billing features.
 *
 *   ## Monitoring
 *
 *   Weekly drift of the score, with an alert at 10%.
 *
 *   ## Conclusion
 *
 *   A small tree model was enough for the first release.
 *
 *   ## Data
 *
 *   Two years of billing records.
 *
 * @example
 *   {"name": "late-after-conclusion.md", "label": "output"}
 *
 *   15:1-15:8: Unexpected data preparation section `Data` after the monitoring and infrastructure section `Monitoring`, expected it before `Monitoring` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Data` then `Monitoring`
 *
 * @example
 *   {"name": "step-orders.md", "label": "input"}
 *
 *   # Churn outreach
 *
 *   ## Frame it
 *
 *   Predict which accounts will not renew within 90 days.
 *
 *   ## Ship it
 *
 *   A weekly batch job writes the top 150 accounts to the CRM.
 *
 *   ## Evaluate it
 *
 *   PR-AUC on the last quarter of renewals, held out.
 *
 * @example
 *   {"name": "step-orders.md", "label": "output"}
 *
 *   11:1-11:15: Unexpected evaluation section `Evaluate it` after the deployment and serving section `Ship it`, expected it before `Ship it` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Evaluate it` then `Ship it`
 *
 * @example
 *   {"name": "late-options.md", "label": "input"}
 *
 *   # Lookalike audiences
 *
 *   ## Serving options
 *
 *   A nightly batch job writes audience ids to the bidder's store.
 *
 *   ## Model ideas
 *
 *   A per-seed classifier, or embedding similarity to the seed.
 *
 * @example
 *   {"name": "late-options.md", "label": "output"}
 *
 *   7:1-7:15: Unexpected model development section `Model ideas` after the deployment and serving section `Serving options`, expected it before `Serving options` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Model ideas` then `Serving options`
 *
 * @example
 *   {"name": "ok-survey.md"}
 *
 *   # Help-center search
 *
 *   ## Survey: how article search is done today
 *
 *   ### How papers evaluate
 *
 *   Most report nDCG@10 on judged queries.
 *
 *   ## Problem
 *
 *   Customers who search and still open a ticket cost us 40k tickets a month.
 *
 * @example
 *   {"name": "late-training-data.md", "label": "input"}
 *
 *   # Doc search
 *
 *   ## Feature engineering
 *
 *   BM25 score of the title and body, 30-day click count (log-scaled).
 *
 *   ## Learning to rank
 *
 *   A pointwise gradient-boosted classifier scores each document for a query.
 *
 *   ## Training data
 *
 *   Clicked results are positives, skipped ones above them negatives.
 *
 * @example
 *   {"name": "late-training-data.md", "label": "output"}
 *
 *   11:1-11:17: Unexpected data preparation section `Training data` after the model development section `Learning to rank`, expected it before `Learning to rank` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Training data` then `Learning to rank`
 *
 * @example
 *   {"name": "ok-generic-in-chapter.md"}
 *
 *   # Event search
 *
 *   ## VI. Evaluation
 *
 *   nDCG@10 on the last month of judged queries.
 *
 *   ## VII. System architecture
 *
 *   ### Overview
 *
 *   The ranker sits behind the search gateway.
 *
 *   ### Requirements
 *
 *   Two replicas per region.
 *
 * @example
 *   {"name": "late-overview.md", "label": "input"}
 *
 *   # Event search
 *
 *   ## Evaluation
 *
 *   nDCG@10 on the last month of judged queries.
 *
 *   ## Overview
 *
 *   Buyers who search and leave cost us sales.
 *
 * @example
 *   {"name": "late-overview.md", "label": "output"}
 *
 *   7:1-7:12: Unexpected clarifying requirements section `Overview` after the evaluation section `Evaluation`, expected it before `Evaluation` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Overview` then `Evaluation`
 *
 * @example
 *   {"name": "ok-ranking-elsewhere.md"}
 *
 *   # Doc search
 *
 *   ## Evaluation
 *
 *   nDCG@10 on the last month of judged queries.
 *
 *   ## Ranking in the app
 *
 *   The top ten results show above the fold.
 *
 * @example
 *   {"name": "ok-data-inventory.md"}
 *
 *   # Berth arrival times
 *
 *   ## Requirements
 *
 *   Planners need the ETA of each vessel within 2 hours.
 *
 *   ## Data
 *
 *   Three years of AIS pings and 48k berth logs, which give the label.
 *
 *   ## Framing
 *
 *   Regression of the hours left until berthing.
 *
 *   ## Features
 *
 *   Speed over the last hour, distance to the pilot station, queue length.
 *
 * @example
 *   {"name": "data-before-framing.md", "label": "input"}
 *
 *   # Berth arrival times
 *
 *   ## Data
 *
 *   Three years of AIS pings, cleaned and joined to the berth logs.
 *
 *   ## Framing
 *
 *   Regression of the hours left until berthing.
 *
 *   ## Model
 *
 *   LightGBM against the declared ETA as the baseline.
 *
 * @example
 *   {"name": "data-before-framing.md", "label": "output"}
 *
 *   7:1-7:11: Unexpected framing the problem as an ML task section `Framing` after the data preparation section `Data`, expected it before `Data` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Framing` then `Data`
 *
 * @example
 *   {"name": "estimation-after-monitoring.md", "label": "input"}
 *
 *   # Video search
 *
 *   ## Requirements
 *
 *   Answer 3k queries per second within 150 ms.
 *
 *   ## Model
 *
 *   A bi-encoder retrieves 500 videos and a cross-encoder reranks the top 100.
 *
 *   ## Monitoring
 *
 *   Daily recall@10 on judged queries and the p99 latency; a drop pages the on-call.
 *
 *   ## Scaling
 *
 *   One more retrieval replica per 1k queries per second.
 *
 *   ## Latency estimation
 *
 *   Retrieval takes about 20 ms and reranking about 90 ms per query.
 *
 *   ## Compute estimates (GPU fleet)
 *
 *   Six GPUs serve the reranker at peak.
 *
 * @example
 *   {"name": "estimation-after-monitoring.md", "label": "output"}
 *
 *   19:1-19:22: Unexpected clarifying requirements section `Latency estimation` after the monitoring and infrastructure section `Monitoring`, expected it before `Monitoring` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Latency estimation` then `Monitoring`
 *   23:1-23:33: Unexpected clarifying requirements section `Compute estimates (GPU fleet)` after the monitoring and infrastructure section `Monitoring`, expected it before `Monitoring` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Compute estimates (GPU fleet)` then `Monitoring`
 *
 * @example
 *   {"name": "ok-earlier-under-chapter.md"}
 *
 *   # Tram arrival times
 *
 *   ## Model
 *
 *   ### Stop-to-stop times
 *
 *   **Model: gradient-boosted trees**
 *
 *   Seconds to the next stop, per tram and stop.
 *
 *   **Training data:**
 *
 *   - two years of door-open events joined to the timetable
 *
 *   ## Deployment
 *
 *   Scored per request in the passenger app.
 *
 *   ## Monitoring
 *
 *   ### Service
 *
 *   p99 latency and error rate.
 *
 *   ### Model
 *
 *   Weekly MAE on matured arrivals.
 *
 * @example
 *   {"name": "ok-later-under-requirements.md"}
 *
 *   # Pump failure warnings
 *
 *   ## Functional requirements
 *
 *   ### Warnings
 *
 *   Each pump gets a failure risk for the next 7 days.
 *
 *   ### Alerting
 *
 *   A risk above 0.8 pages the site engineer.
 *
 *   ## Non-functional requirements
 *
 *   Risks are refreshed within an hour of new sensor data.
 *
 *   ## Data
 *
 *   Two years of vibration and temperature readings, joined to repair logs.
 *
 * @example
 *   {"name": "later-under-value.md", "label": "input"}
 *
 *   # Pump failure warnings
 *
 *   ## Value proposition
 *
 *   Fewer unplanned stops at the pumping stations.
 *
 *   ### Design plan
 *
 *   #### Serving
 *
 *   A nightly batch job scores every pump.
 *
 *   #### Data pipeline
 *
 *   Vibration readings are cleaned and resampled hourly.
 *
 * @example
 *   {"name": "later-under-value.md", "label": "output"}
 *
 *   13:1-13:19: Unexpected data preparation section `Data pipeline` after the deployment and serving section `Serving`, expected it before `Serving` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Data pipeline` then `Serving`
 *
 * @example
 *   {"name": "later-under-overview.md", "label": "input"}
 *
 *   # Parcel damage triage
 *
 *   ## Overview
 *
 *   Flag damaged parcels from the sorting camera, about 30k a day.
 *
 *   ### Serving
 *
 *   A service beside the sorter scores each photo within a second.
 *
 *   ### Model
 *
 *   A small convolutional network fine-tuned on a year of labelled photos.
 *
 * @example
 *   {"name": "later-under-overview.md", "label": "output"}
 *
 *   11:1-11:10: Unexpected model development section `Model` after the deployment and serving section `Serving`, expected it before `Serving` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Model` then `Serving`
 *
 * @example
 *   {"name": "part-after-step.md", "label": "input"}
 *
 *   # Booking cancellations
 *
 *   ## 2. Framing
 *
 *   A binary classifier predicts whether a booking is cancelled.
 *
 *   **Baseline**
 *
 *   Last season's cancellation rate per hotel.
 *
 *   **Feature engineering**
 *
 *   Lead time in days; deposit type one-hot encoded.
 *
 * @example
 *   {"name": "part-after-step.md", "label": "output"}
 *
 *   11:1-11:24: Unexpected data preparation section `Feature engineering` after the model development section `Baseline`, expected it before `Baseline` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Feature engineering` then `Baseline`
 *
 * @example
 *   {"name": "ok-earlier-parts-under-later-chapters.md"}
 *
 *   # Ticket routing
 *
 *   ## Problem
 *
 *   ### Baseline
 *
 *   Keyword rules route 60% of tickets today.
 *
 *   ## Data
 *
 *   A year of routed tickets from the help desk.
 *
 *   ## Model development
 *
 *   ### Loss function
 *
 *   Cross-entropy over the twelve queues.
 *
 *   ## Monitoring
 *
 *   ### Retraining
 *
 *   Retrain monthly on the last six months.
 *
 * @example
 *   {"name": "ok-requirement-part-under-data.md"}
 *
 *   # Ride demand
 *
 *   ## Data
 *
 *   Two years of trips from the warehouse.
 *
 *   ### Latency
 *
 *   Forecasts are served in under 50 ms.
 *
 *   ## Model
 *
 *   Gradient boosting per zone.
 *
 *
 * @example
 *   {"name": "participle-title.md", "label": "input"}
 *
 *   # Delivery ETA
 *
 *   ## Evaluation
 *
 *   MAE in minutes on the last month of orders.
 *
 *   ## Algorithms implemented
 *
 *   Linear regression as the baseline, then XGBoost.
 *
 * @example
 *   {"name": "participle-title.md", "label": "output"}
 *
 *   7:1-7:26: Unexpected model development section `Algorithms implemented` after the evaluation section `Evaluation`, expected it before `Evaluation` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Algorithms implemented` then `Evaluation`
 *
 * @example
 *   {"name": "ok-setup-run-steps.md"}
 *
 *   # Speaker tagging
 *
 *   ## Getting started
 *
 *   ### Run the API locally
 *
 *   `uvicorn app:main --reload`
 *
 *   ### Run the tests
 *
 *   `pytest -q`
 *
 *   ## Data
 *
 *   2,000 labelled meeting recordings from the archive.
 *
 * @example
 *   {"name": "ok-data-model-of-the-app.md"}
 *
 *   # Churn scores
 *
 *   ## Data
 *
 *   Two years of billing events.
 *
 *   ## Monitoring
 *
 *   Weekly PSI of the scores.
 *
 *   ## System architecture
 *
 *   ### Data model
 *
 *   Tables: users, subscriptions, scores.
 *
 * @example
 *   {"name": "ok-model-type-in-model-chapter.md"}
 *
 *   # Churn scores
 *
 *   ## Data
 *
 *   Two years of billing events.
 *
 *   ## Model type
 *
 *   LightGBM classifier; logistic regression as the baseline.
 *
 * @example
 *   {"name": "ok-canvas-data-sources.md"}
 *
 *   # Press failure canvas
 *
 *   ## 1. ML task
 *
 *   Classify each press-hour as failing within a day or not.
 *
 *   ## 2. Data sources
 *
 *   Sensor logs since 2021 and the maintenance tickets as labels.
 *
 *   ## 3. Features
 *
 *   Rolling vibration means over 1, 6 and 24 hours.
 *
 *   ## 4. Model strategy
 *
 *   Gradient-boosted trees; a vibration threshold as the baseline.
 *
 * @example
 *   {"name": "data-sources-after-evaluation.md", "label": "input"}
 *
 *   # Press failure canvas
 *
 *   ## ML task
 *
 *   Classify each press-hour as failing within a day or not.
 *
 *   ## Offline evaluation
 *
 *   PR-AUC on the last three months.
 *
 *   ## Data sources
 *
 *   Sensor logs since 2021 and the maintenance tickets as labels.
 *
 * @example
 *   {"name": "data-sources-after-evaluation.md", "label": "output"}
 *
 *   11:1-11:16: Unexpected data preparation section `Data sources` after the evaluation section `Offline evaluation`, expected it before `Offline evaluation` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Data sources` then `Offline evaluation`
 *
 * @example
 *   {"name": "stages-nested-under-a-chapter.md", "label": "input"}
 *
 *   # Crop yield
 *
 *   ## Design plan
 *
 *   ### Model training
 *
 *   A gradient-boosted regressor per crop, retrained each season.
 *
 *   #### Model serving
 *
 *   A FastAPI service answers county forecasts from the latest model.
 *
 *   #### Data pipeline
 *
 *   Satellite and weather data joined per county each night.
 *
 * @example
 *   {"name": "stages-nested-under-a-chapter.md", "label": "output"}
 *
 *   13:1-13:19: Unexpected data preparation section `Data pipeline` after the deployment and serving section `Model serving`, expected it before `Model serving` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Data pipeline` then `Model serving`
 *
 * @example
 *   {"name": "project-readme-headings.md", "label": "input"}
 *
 *   # Heart risk
 *
 *   ## Dataset information
 *
 *   303 patient records from a public registry.
 *
 *   ## Model
 *
 *   A random forest on the thirteen measurements.
 *
 *   ## Kubernetes deployment
 *
 *   Two replicas behind a service; the image is pulled from the registry.
 *
 *   ## Model performance
 *
 *   ROC-AUC 0.91 on the held-out fifth.
 *
 * @example
 *   {"name": "project-readme-headings.md", "label": "output"}
 *
 *   15:1-15:21: Unexpected evaluation section `Model performance` after the deployment and serving section `Kubernetes deployment`, expected it before `Kubernetes deployment` to follow the framework order (requirements, framing, data, model, evaluation, deployment, monitoring), such as `Model performance` then `Kubernetes deployment`
 *
 * @example
 *   {"name": "ok-why-question.md"}
 *
 *   # Credit risk
 *
 *   ## Problem
 *
 *   Cut loan losses by 10% without approving fewer good applicants.
 *
 *   ## Dataset
 *
 *   1,000 past applications with their repayment outcome.
 *
 *   ## Feature engineering
 *
 *   Scale the numbers; one-hot the categories.
 *
 *   ### Why pipelines?
 *
 *   The same transforms run in training and in serving.
 *
 *   ## Models
 *
 *   Logistic regression as the baseline, then gradient-boosted trees.
 */
import { type Section, type Stage, stageNames, stages, type VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

interface Seen {
  section: Section
  first: number
  last: number
  reported: boolean
}

const order = stages.join(', ')

const remarkLintMlStageOrder = defineRule<Options>(
  {
    id: 'ml-stage-order',
    stage: 'document',
    messages: {
      outOfOrder: `Unexpected {{stage}} section \`{{title}}\` after the {{laterStage}} section \`{{before}}\`, expected it before \`{{before}}\` to follow the framework order ({{order}}), such as \`{{title}}\` then \`{{before}}\``,
    },
  },
  (reading, _file, _options, report) => {
    // Headings seen so far, by the rank of the last stage they reached.
    const reached: Seen[][] = stages.map(() => [])
    const bySection = new Map<number, Seen>()

    for (const section of reading.sections) {
      if (section.title || section.ordered.length === 0 || reading.outsideFlow(section)) continue
      const first = stages.indexOf(section.ordered[0])
      const last = stages.indexOf(section.ordered[section.ordered.length - 1])
      const ancestors: Seen[] = []
      for (let parent = section.parent; parent >= 0; parent = reading.sections[parent].parent) {
        const seen = bySection.get(parent)
        if (seen) ancestors.push(seen)
      }

      // The latest stage seen, not counting the heading's own ancestors: its first heading.
      let latest: Seen | undefined
      for (let rank = stages.length - 1; rank > first && !latest; rank--) {
        latest = reached[rank].find((seen) => !ancestors.includes(seen))
      }

      const item: Seen = { section, first, last, reported: false }
      // A sub-heading that stays within a reported section's stages moves with it.
      const moved = ancestors.some((seen) => seen.reported && seen.first <= first && last <= seen.last)
      if (latest && !moved) {
        item.reported = true
        const title = section.text
        const before = latest.section.text
        report('outOfOrder', {
          place: reading.place(reading.headingOf(section)),
          data: {
            stage: stageNames[stages[first] as Stage],
            title,
            laterStage: stageNames[stages[latest.last] as Stage],
            before,
            order,
          },
        })
      }
      reached[last].push(item)
      bySection.set(section.index, item)
    }
  },
)

export default remarkLintMlStageOrder
