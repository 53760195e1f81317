/**
 * remark-lint rule to check that an ML system design document states its
 * business objective.
 *
 * ## What is this?
 *
 * This rule checks that the document says what the system is for, for the
 * business or its users: more watch time, fewer fraud losses, 20% more
 * sales, half the serving spend. A model metric ("maximise AUC") or what
 * the model predicts ("accurately predict churn") is an ML objective, not a
 * business one: when that is all the document offers, the rule says so.
 *
 * It accepts a section whose heading names the objective (`Business
 * objective`, `Goals`, `Motivation`, `Problem statement`, `Background and
 * goals`, ...), a labelled lead-in (`**Business objective:** ...`), a table
 * row, a front-matter key (`business_objective`), or a sentence anywhere
 * that states a goal with a direction ("our goal is to cut chargeback
 * losses").
 *
 * ## When should I use this?
 *
 * Always: framing the problem as an ML task starts from the business
 * objective, and a design without one cannot be reviewed against anything.
 *
 * ## Options
 *
 * * `requireTarget` (`boolean`, default: `false`): also warn when the
 *   objective has no measurable target or direction (a number, a
 *   percentage, or "increase"/"reduce" with a quantity).
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A problem statement that lists what the people served suffer, then
 *   says the system solves that problem by a model's task (`This service
 *   solves that problem by classifying each alert`), states the goal: the
 *   problem solved; the sentence of means is no ML objective (nineteenth
 *   round). Only a means that points back (`solves this`, `addresses
 *   that`): `We solve the alert problem by classifying each alert` alone
 *   still gives only the ML objective.
 * * The turn-around of the people served (`shortens the turn-around of
 *   quotes`; not of a job, a pipeline or a training run) and their
 *   productivity are things the business cares about; `lead time` is not
 *   (as often a booking's feature as a wait); a goal that empowers a party (`empowers job
 *   seekers to negotiate`) is written for that party. A component named
 *   like a party (`the resource manager`, `downstream consumers`, `the
 *   Kubernetes operator`) is no one the goal serves (eighteenth round).
 * * Harm to people that the system prevents is something the business
 *   cares about (`decrease the number of road fatalities`), and `enhance`
 *   is a direction (`enhance user engagement`).
 * * A heading that joins trade-offs to a stage of its own (`Clarify
 *   requirements and tradeoffs`) holds that stage's statements, unless its
 *   text weighs alternatives (`Option A`, `vs`, `could`, `either`).
 * * Under a heading that names the objective, any substantive sentence that
 *   is not only about the model counts ("Support agents spend too long
 *   triaging tickets"), even without a number.
 * * A sentence elsewhere counts when it states a goal ("the goal is",
 *   "we want to", "so that") with a direction and something the business
 *   cares about, or with a target ("we are aiming for a 10% rise").
 * * Beside an ML objective under a heading or label that names the
 *   objective ("Purpose: accurately extract the fields"), another sentence
 *   there counts only if it is a business goal itself: a direction and
 *   something the business cares about ("we want to halve those hours").
 *   The context around an ML objective is not a goal: who uses the model
 *   ("the revenue protection team, 12 crews"), what is done today, scope
 *   ("This document covers the extraction model") or the metrics it is
 *   measured by.
 * * A goal whose subject is the model ("Goal: a rewriter whose rewrites
 *   bring back relevant products for 60% of failing queries") or whose
 *   target bounds the model's own error ("keep hallucinated columns under
 *   2% of generated queries") is an ML objective.
 * * Direction words are verbs: "labels come for free", "for every stop on
 *   the route" and "the revenue protection team" move nothing; "L1 loss" is
 *   a training objective, not a loss the business counts. Training words
 *   alone make no ML objective: in an infrastructure design "trained models
 *   are stored as files" is about the models as artefacts.
 * * A goal whose subject is the model's prediction, opening with what the
 *   model does to each item ("Goal: accurately predict ...", "flag meters
 *   that ...", "correct misspelled queries"), is an ML objective even with
 *   an accuracy target ("within ±15 minutes for 80% of stops"), unless it
 *   also moves something the business cares about ("... so that we cut
 *   fraud losses").
 * * Direction words are verbs in their inflections, not stems: "helpdesk"
 *   is no "help", "drivers" no "drive".
 * * In the requirements stage and the paragraphs before the first stage, a
 *   sentence with a direction and something the business cares about
 *   counts without a goal word ("Support wants to halve the hateful
 *   comments users see").
 * * Front matter that is not valid YAML (`ml_category: still open: a or
 *   b`, a colon inside a value) is still read, one `key: value` line at a
 *   time: the preset reports the YAML error, and the goal written in it is
 *   still a goal. So is an FAQ question heading (`Q1. What is the
 *   business goal?`).
 * * Sections that name no stage before the first one that does (`Why
 *   this project exists`, `Vision`) open the document like its title: a
 *   business goal stated there counts without a goal word, unless the
 *   section surveys the field ("the papers report a 20% cut in ...").
 * * A clarifying question about the goal (`- What does the business
 *   want?`, `- What's the goal?`) or a short label (`- goals`) is answered
 *   by each bullet nested under it, judged like any other sentence: a
 *   business goal or a target counts, an ML objective does not.
 * * A model metric as the goal stays an ML objective when the business word
 *   only says what the metric counts ("maximise recall of chats that end
 *   with CSAT ≤ 2"); a business care in another clause ("maximise recall, so
 *   that fraud losses fall") makes it a business goal.
 * * When the author's own goal heading or label states an ML objective, a
 *   business gain read from the requirements or the opening (`~3.2M line
 *   items, ~5% cut` under clarifying questions) does not stand in for the
 *   goal: the rule reports the ML objective. A goal stated elsewhere with a
 *   goal word still counts.
 * * Correlation metrics (Pearson, Spearman, Kendall) are model metrics:
 *   `maximise Spearman correlation` as the only objective is an ML
 *   objective.
 * * A move between two values is a target (`lift the average store rating
 *   from 4.2 to 4.4`), as a percentage or money is: beside a sentence on
 *   what the model does under the same goal heading, the goal with it still
 *   counts. A span of years (`from 2019 to 2023`) is none.
 * * A goal that only builds the system (`Goal: Build an end-to-end ranking
 *   service`, `create a reproducible pipeline and a baseline classifier`)
 *   names a deliverable, what the team makes, not what the business gains:
 *   it is read like an ML objective, and the rule reports it, unless it
 *   also moves something the business cares about (`... so that customers
 *   open 15% fewer tickets`) or states a measured outcome of its own
 *   (`... that increases average basket value by 5%`).
 * * A good of the people served counts as something the business cares
 *   about with the party in the singular before it, as the plural party
 *   does ("make customer support easier to reach", "protect user privacy",
 *   "improve patient outcomes"), and so does manual work the system takes
 *   over ("reduce manual effort for teachers"). A goal that opens with
 *   what the model does stays an ML objective ("Predict customer support
 *   ticket volume"), and so does a model metric where a noun of what the
 *   model reads or does follows the words directly ("Raise the precision
 *   of customer support intent prediction to 0.9", "Improve customer care
 *   routing accuracy"): there they only say what the metric counts, as a
 *   plural party there does.
 * * "More" is a direction only where it moves an outcome ("win more orders
 *   from returning customers"), not where it asks for inputs ("so that the
 *   team can decide whether it needs more data", "more labelled
 *   examples"): a purpose clause about a report or a metric that only asks
 *   for more data states no business goal.
 * * A `Purpose` or `Why` column of a table is the purpose of each row's
 *   item: in a row that names a metric (`| log loss | calibration of the
 *   click probability |`) it says what the metric is for, not what the
 *   business gains. In a row that names something else (`| Risk team | cut
 *   chargeback losses by 20% |`) it still states a goal.
 * * Beside a cell under a column of the design itself (`| Feature | Window
 *   | Purpose |`, `| Store | Technology | Purpose |`) a `Purpose` or `Why`
 *   cell says what that feature or store is for: never a business goal, and
 *   never an ML objective stated as one.
 * * Under a `Metric` column every row names a metric, in the vocabulary or
 *   not (`| Late-pickup share | ... | Why it matters |`): the row's `Why`
 *   cell says what that metric is for. A cell that calls its metric the
 *   business's own ("the primary business metric") gives the goal it
 *   tracks.
 * * A `Why`, `Purpose` or `Impact` cell beside a decision (`| Decision |
 *   Option A | Option B | Our choice | Why |`) or beside a question, a
 *   failure or any other subject that is no goal explains that subject,
 *   unless it states a business gain in full; so does a goal-named label
 *   under a decision record's heading (`### Decision 3` > `**Impact:**`).
 *   Neither is the business goal, whichever words it holds.
 * * A `Value proposition` heading (as course projects open) names the
 *   objective: what the system is worth to its users or the business.
 *   So do `Business case`, `Business value`, `Project goals`, `Our mission`
 *   (not a bare `Mission`: a satellite's or a drone's), `User stories`, `Why does this matter?`, `Desired outcome`, `Business
 *   outcomes` and the notes label `biz obj`. Not `Outcomes` or `Expected
 *   outcomes` alone: they close many documents with the results reached.
 * * A goal written as what it does for the people served counts as a
 *   business goal even where what they then do is an ML word: a verb of
 *   helping or keeping, or "we want" or "so that", with the party as its
 *   object or subject ("help farmers detect crop disease early", "we want
 *   customers to get their food on time", "keep those applicants with
 *   us"). Not "allow users to ..." (a feature of the product), not a bare
 *   "so" (the purpose of a technical choice: "stream the tokens so users
 *   see the first words quickly"), not a party's data ("keep customer
 *   features fresh") and not a party after a word of what the model does
 *   ("help flag fake reviewers").
 * * Scrap and rework are losses the business counts, and the people a
 *   service keeps or loses (applicants, borrowers, learners, students,
 *   passengers, donors, analysts, ...) are something it cares about, as
 *   customers and users are: "a fast pre-approval keeps more applicants
 *   with us" is a goal. Naming a party is still no direction ("detect bad
 *   welds on the line, for the analysts" stays an ML objective). Not
 *   "callers", "clients", "tenants" or "brokers": in an infrastructure
 *   design they are programs.
 * * "Optimise" is a direction as a verb ("assume we optimise for repeat
 *   orders"), so a business care after it is the goal; a model metric
 *   after it stays an ML objective ("optimise log loss"), and the nouns
 *   ("the Adam optimizer", "hyperparameter optimisation") move nothing.
 *
 * @module ml-business-objective
 * @example
 *   {"name": "ok-value-proposition.md"}
 *
 *   # Chest scan triage
 *
 *   ## Value proposition
 *
 *   Every scan is read by two physicians today, which delays reports and costs a second reader on each shift.
 *
 * @example
 *   {"name": "ok-harm-prevented.md"}
 *
 *   # Pedestrian detection
 *
 *   ## Overview
 *
 *   The detector exists to decrease the number of road fatalities.
 *
 * @example
 *   {"name": "deaths-predicted.md", "label": "input"}
 *
 *   # Ward early warning
 *
 *   ## Business objective
 *
 *   Predict in-hospital deaths within 48 hours with ROC-AUC above 0.85.
 *
 * @example
 *   {"name": "deaths-predicted.md", "label": "output"}
 *
 *   5:1-5:68: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "enhance-model-accuracy.md", "label": "input"}
 *
 *   # Ticket routing
 *
 *   ## Goal
 *
 *   Enhance the accuracy of the ticket classifier.
 *
 * @example
 *   {"name": "enhance-model-accuracy.md", "label": "output"}
 *
 *   5:1-5:47: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-requirements-and-tradeoffs.md"}
 *
 *   # Feed ranking
 *
 *   ### Clarify requirements and tradeoffs
 *
 *   1. The primary business objective is to enhance user engagement, measured by session time.
 *   2. Ranking must finish within 200 ms per request.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Churn outreach
 *
 *   ## Business objective
 *
 *   Reduce monthly subscriber churn from 4% to 3.5% by calling the right customers.
 *
 * @example
 *   {"name": "ok-goal-beside-model.md"}
 *
 *   # Review replies
 *
 *   ## Why
 *
 *   The goal is to answer every review and to lift the average store rating from 4.2 to 4.4 this year. The model writes a draft reply for each new review.
 *
 * @example
 *   {"name": "goal-without-target-beside-model.md", "label": "input"}
 *
 *   # Review replies
 *
 *   ## Why
 *
 *   The goal is to answer every review in our own voice. The model writes a draft reply for each new review.
 *
 * @example
 *   {"name": "goal-without-target-beside-model.md", "label": "output"}
 *
 *   5:53-5:105: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-notes.md"}
 *
 *   # weekly digest: personalisation notes
 *
 *   **what we want**
 *
 *   - more people coming back to the forum from the email
 *   - digest click-through from ~2.1% to 3%+
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Ticket routing
 *
 *   Our goal is to cut the time customers wait for a first answer by a third.
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   business_objective: Halve fraud losses on card-not-present payments
 *   ---
 *
 *   # Fraud scoring
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Data
 *
 *   Two years of billing events.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   3:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-party-good.md"}
 *
 *   # Ticket routing
 *
 *   ## Goals
 *
 *   - Make customer support faster to reach.
 *   - Classify each ticket by its issue type.
 *
 * @example
 *   {"name": "ok-manual-effort.md"}
 *
 *   # Homework grading
 *
 *   ## Goals
 *
 *   - Predict each essay's grade.
 *   - Reduce manual effort for teachers.
 *
 * @example
 *   {"name": "party-good-predicted.md", "label": "input"}
 *
 *   # Ticket volume
 *
 *   ## Goals
 *
 *   - Predict customer support ticket volume per day.
 *
 * @example
 *   {"name": "party-good-predicted.md", "label": "output"}
 *
 *   5:3-5:50: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "party-good-metric.md", "label": "input"}
 *
 *   # Support intents
 *
 *   ## Goals
 *
 *   - Raise the precision of customer support intent prediction to 0.9.
 *   - Improve customer care routing accuracy.
 *
 * @example
 *   {"name": "party-good-metric.md", "label": "output"}
 *
 *   5:3-5:68: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-party-good-wait.md"}
 *
 *   # Support intents
 *
 *   ## Goals
 *
 *   - Shorten customer support wait times.
 *   - Classify each chat by its intent.
 *
 * @example
 *   {"name": "ml-only.md", "label": "input"}
 *
 *   # Churn model
 *
 *   ## Goals
 *
 *   Maximise the AUC of the churn model.
 *
 * @example
 *   {"name": "ml-only.md", "label": "output"}
 *
 *   5:1-5:37: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ml-purpose.md", "label": "input"}
 *
 *   # Invoice extraction
 *
 *   ## Purpose
 *
 *   - The objective of the extraction model is to accurately extract the fields of every invoice
 *   - This document covers the extraction model and the review loop
 *
 *   ## Requirements
 *
 *   Helpdesk history: 19M tickets with the macro the agent applied, 2 years.
 *
 * @example
 *   {"name": "ml-purpose.md", "label": "output"}
 *
 *   5:3-5:93: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-ml-and-business.md"}
 *
 *   # Invoice extraction
 *
 *   ## Purpose
 *
 *   - The objective of the extraction model is to accurately extract the fields of every invoice
 *   - Clerks spend two days a week keying invoices into the ERP by hand: we want to halve those hours
 *
 * @example
 *   {"name": "ml-goal-context.md", "label": "input"}
 *
 *   # Meter theft
 *
 *   ## Goal
 *
 *   - **Goal.** flag the meters whose consumption pattern looks like tampering
 *   - **Who uses it.** the revenue protection team (12 inspection crews)
 *
 * @example
 *   {"name": "ml-goal-context.md", "label": "output"}
 *
 *   5:10-5:75: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-infra-goal.md"}
 *
 *   # Model registry
 *
 *   ## Motivation
 *
 *   Today, trained models are stored as files in thirty buckets, and nobody can say which version is live. What we want: every production model traceable to the commit that produced it.
 *
 * @example
 *   {"name": "ml-model-subject.md", "label": "input"}
 *
 *   # Query rewriting
 *
 *   **Goal:** a rewriter whose rewrites bring back relevant products for 60% of failing queries.
 *
 * @example
 *   {"name": "ml-model-subject.md", "label": "output"}
 *
 *   3:1-3:93: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-model-subject-and-outcome.md"}
 *
 *   # Query rewriting
 *
 *   **Goal:** a rewriter that raises search conversion on failing queries by 2 points.
 *
 * @example
 *   {"name": "ml-model-error.md", "label": "input"}
 *
 *   # Text to SQL
 *
 *   **Goal:** keep hallucinated columns under 2% of generated queries.
 *
 * @example
 *   {"name": "ml-model-error.md", "label": "output"}
 *
 *   3:1-3:67: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "missing-for-free.md", "label": "input"}
 *
 *   # Grid load forecast
 *
 *   The target is the measured load itself, so labels come for free the next day.
 *
 * @example
 *   {"name": "missing-for-free.md", "label": "output"}
 *
 *   4:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ml-task-goal.md", "label": "input"}
 *
 *   # Meter theft
 *
 *   **Goal:** flag the meters whose consumption looks like tampering, with 80% precision.
 *
 * @example
 *   {"name": "ml-task-goal.md", "label": "output"}
 *
 *   3:1-3:86: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-task-goal-and-outcome.md"}
 *
 *   # Meter theft
 *
 *   **Goal:** flag the meters whose consumption looks like tampering, so that we cut energy losses by 20%.
 *
 * @example
 *   {"name": "no-target.md", "label": "input", "config": {"requireTarget": true}}
 *
 *   # Search
 *
 *   ## Goals
 *
 *   Help shoppers find what they came for.
 *
 * @example
 *   {"name": "no-target.md", "label": "output"}
 *
 *   5:1-5:39: Unexpected business objective without a target, expected a number or a direction with a quantity, such as `Raise search conversion by 2 points`
 *
 * @example
 *   {"name": "ok-before-stages.md"}
 *
 *   # Churn prediction
 *
 *   ## Vision
 *
 *   Churn predictions that let the success team reach at-risk customers in time, reducing customer attrition.
 *
 *   ## Model
 *
 *   Logistic regression on usage features.
 *
 * @example
 *   {"name": "missing-survey-before-stages.md", "label": "input"}
 *
 *   # Pharmacy search spelling
 *
 *   ## Survey
 *
 *   Spelling correction reduces zero-result searches by a fifth in the papers we read.
 *
 *   ## Model
 *
 *   A noisy-channel scorer over candidate drug names.
 *
 * @example
 *   {"name": "missing-survey-before-stages.md", "label": "output"}
 *
 *   3:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-question.md"}
 *
 *   # Auto parts search
 *
 *   ## Clarifying questions
 *
 *   - What does the business want?
 *     - fewer returns of parts that do not fit: −30% fitment returns
 *   - Latency?
 *     - 250 ms p95
 *
 * @example
 *   {"name": "missing-question-ml.md", "label": "input"}
 *
 *   # Auto parts search
 *
 *   ## Clarifying questions
 *
 *   - What's the goal?
 *     - rank the parts that fit above those that do not
 *
 * @example
 *   {"name": "missing-question-ml.md", "label": "output"}
 *
 *   7:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ml-metric-of-a-care.md", "label": "input"}
 *
 *   # Chat rescue
 *
 *   | item | value |
 *   |---|---|
 *   | Objective | maximise recall of chats that end with CSAT ≤ 2, at precision ≥ 0.4 |
 *
 * @example
 *   {"name": "ml-metric-of-a-care.md", "label": "output"}
 *
 *   5:13-5:84: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "goal-is-ml-objective-beside-context.md", "label": "input"}
 *
 *   # Invoice line review
 *
 *   ## Clarifying questions
 *
 *   - Do we have labels?
 *     - yes: past analyst cuts, ~3.2M line items, ~5% cut
 *
 *   ## Goal (as stated)
 *
 *   - Flag the line items an analyst would cut, accurately
 *
 * @example
 *   {"name": "goal-is-ml-objective-beside-context.md", "label": "output"}
 *
 *   10:3-10:55: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "correlation-objective.md", "label": "input"}
 *
 *   # Guide efficiency scores
 *
 *   | item | value |
 *   |---|---|
 *   | Objective | maximise Spearman correlation between predicted and measured editing efficiency |
 *   | Learning | supervised regression on measured screens |
 *
 * @example
 *   {"name": "correlation-objective.md", "label": "output"}
 *
 *   5:13-5:96: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-goal-in-context-ml-objective-apart.md"}
 *
 *   # Invoice line review
 *
 *   ## Context
 *
 *   Analysts read every invoice line by hand; we want to cut review hours per invoice by 30%.
 *
 *   ## ML objective
 *
 *   - Flag the line items an analyst would cut, accurately
 *
 * @example
 *   {"name": "goal-builds-the-system.md", "label": "input"}
 *
 *   # Help centre search
 *
 *   **Goal:** Build an end-to-end, self-hosted ranking service for the help centre, with weekly model updates.
 *
 * @example
 *   {"name": "goal-builds-the-system.md", "label": "output"}
 *
 *   3:1-3:107: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-goal-builds-for-a-gain.md"}
 *
 *   # Help centre search
 *
 *   **Goal:** Build a ranking service for the help centre so that customers open 15% fewer tickets.
 *
 * @example
 *   {"name": "ok-goal-builds-with-a-target.md"}
 *
 *   # Basket suggestions
 *
 *   **Goal:** Build a recommendation system that increases average basket value by 5%.
 *
 * @example
 *   {"name": "more-data-is-no-goal.md", "label": "input"}
 *
 *   # Delivery ETA
 *
 *   Our goal is to predict the delivery time of each order to within five minutes.
 *
 *   ## Evaluation
 *
 *   We report the share of orders within five minutes on the test month, so that the operations team can decide whether it needs more data.
 *
 * @example
 *   {"name": "more-data-is-no-goal.md", "label": "output"}
 *
 *   3:1-3:79: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-more-orders.md"}
 *
 *   # Delivery ETA
 *
 *   Our goal is to predict the delivery time of each order to within five minutes.
 *
 *   ## Evaluation
 *
 *   We report the share of orders within five minutes on the test month, so that we win more orders from returning customers.
 *
 * @example
 *   {"name": "metric-purpose-column.md", "label": "input"}
 *
 *   # Sponsored listings
 *
 *   ## Metrics
 *
 *   | Metric | Purpose |
 *   |---|---|
 *   | log loss | calibration of the click probability |
 *   | NDCG@10 | order of the top of the page |
 *
 * @example
 *   {"name": "metric-purpose-column.md", "label": "output"}
 *
 *   5:10-5:21: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-feature-purpose-column.md"}
 *
 *   # Checkout fraud alerts
 *
 *   **Why it matters:** every chargeback costs us the fee and the goods.
 *
 *   ## Features
 *
 *   | Feature | Window | Purpose |
 *   |---|---|---|
 *   | Card velocity | 1 hour | detect bursts of small test charges |
 *   | Amount z-score | 30 days | anomaly detection on unusual spend |
 *
 * @example
 *   {"name": "feature-purpose-no-goal.md", "label": "input"}
 *
 *   # Checkout fraud alerts
 *
 *   ## Features
 *
 *   | Feature | Window | Purpose |
 *   |---|---|---|
 *   | Card velocity | 1 hour | detect bursts of small test charges |
 *   | Amount z-score | 30 days | anomaly detection on unusual spend |
 *
 * @example
 *   {"name": "feature-purpose-no-goal.md", "label": "output"}
 *
 *   5:20-5:31: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-team-purpose-column.md"}
 *
 *   # Sponsored listings
 *
 *   | Team | Purpose |
 *   |---|---|
 *   | Marketplace | raise sponsored revenue per search by 8% this year |
 *
 * @example
 *   {"name": "decision-why-column.md", "label": "input"}
 *
 *   # Parcel locker pickup times
 *
 *   ## Trade-offs
 *
 *   | Decision | Option A | Option B | Our choice | Why |
 *   |---|---|---|---|---|
 *   | Model | linear | gradient boosting | gradient boosting | handles the evening rush curve |
 *
 * @example
 *   {"name": "decision-why-column.md", "label": "output"}
 *
 *   5:47-5:54: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "unknown-metric-why-column.md", "label": "input"}
 *
 *   # Parcel locker pickup times
 *
 *   ## Online metrics
 *
 *   | Metric | What it tracks | Why it matters |
 *   |---|---|---|
 *   | Late-pickup share | parcels collected after the promised slot | couriers plan the next round from it |
 *
 * @example
 *   {"name": "unknown-metric-why-column.md", "label": "output"}
 *
 *   5:27-5:45: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "decision-record-impact.md", "label": "input"}
 *
 *   # Parcel locker pickup times
 *
 *   ## Design log
 *
 *   ### Decision 3: hourly buckets
 *
 *   **Options:** hourly or daily buckets.
 *
 *   **Impact:** couriers see one forecast per hour and slot.
 *
 * @example
 *   {"name": "decision-record-impact.md", "label": "output"}
 *
 *   9:3-9:9: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-business-metric-column.md"}
 *
 *   # Sponsored listings
 *
 *   ## Online metrics
 *
 *   | Metric | Why it matters |
 *   |---|---|
 *   | Revenue per search | the primary business metric, which this ranker has to move |
 *
 * @example
 *   {"name": "ok-business-case.md"}
 *
 *   # Pump failures
 *
 *   ## Business case
 *
 *   An unplanned pump failure costs about $80k in lost production.
 *
 * @example
 *   {"name": "ok-biz-obj-notes.md"}
 *
 *   # Hotel ranking notes
 *
 *   - biz obj: ↑ revenue per search
 *   - ML obj: rank hotels by P(book)
 *
 * @example
 *   {"name": "ok-mission.md"}
 *
 *   # Smoke alerts
 *
 *   ## Our mission
 *
 *   Give residents of fire-prone valleys an earlier warning of smoke.
 *
 * @example
 *   {"name": "mission-of-a-satellite.md", "label": "input"}
 *
 *   # Ship detection
 *
 *   We detect ships in satellite images.
 *
 *   ## Mission
 *
 *   The satellite's mission lasts five years; images arrive every 90 minutes.
 *
 * @example
 *   {"name": "mission-of-a-satellite.md", "label": "output"}
 *
 *   8:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-help-the-party.md"}
 *
 *   # Leaf doctor
 *
 *   ## Goal
 *
 *   Help farmers detect crop disease early, before it spreads across the field.
 *
 * @example
 *   {"name": "party-only-sees.md", "label": "input"}
 *
 *   # Churn scores
 *
 *   ## Goal
 *
 *   We want users to see the churn score in the admin panel.
 *
 * @example
 *   {"name": "party-only-sees.md", "label": "output"}
 *
 *   5:1-5:57: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-want-the-party.md"}
 *
 *   # Courier dispatch
 *
 *   ## Context
 *
 *   We want customers to get their food on time, so the dispatcher needs a better estimate of when each order is ready.
 *
 * @example
 *   {"name": "help-flag-the-party.md", "label": "input"}
 *
 *   # Review fraud
 *
 *   ## Goal
 *
 *   Help flag fake reviewers accurately.
 *
 * @example
 *   {"name": "help-flag-the-party.md", "label": "output"}
 *
 *   5:1-5:37: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "so-the-party-technical.md", "label": "input"}
 *
 *   # Ask the handbook
 *
 *   ## Goal
 *
 *   Answer questions about the handbook accurately, streaming the tokens so users see the first words quickly.
 *
 * @example
 *   {"name": "so-the-party-technical.md", "label": "output"}
 *
 *   5:1-5:107: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-desired-outcome.md"}
 *
 *   # Shelf gaps
 *
 *   **Desired outcome:** every empty shelf is seen and refilled within an hour of opening.
 *
 * @example
 *   {"name": "expected-outcomes-results.md", "label": "input"}
 *
 *   # Shelf gaps
 *
 *   ## Expected outcomes
 *
 *   The store staff get the list of gaps on their phones.
 *
 * @example
 *   {"name": "expected-outcomes-results.md", "label": "output"}
 *
 *   6:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-scrap.md"}
 *
 *   # Weld inspection
 *
 *   ## Goal
 *
 *   Detect bad welds earlier on the line to reduce scrap.
 *
 * @example
 *   {"name": "ok-keeps-applicants.md"}
 *
 *   # Pre-approval
 *
 *   ## Background
 *
 *   A fast pre-approval keeps more applicants with us.
 *
 * @example
 *   {"name": "party-without-direction.md", "label": "input"}
 *
 *   # Weld inspection
 *
 *   ## Goal
 *
 *   Detect bad welds on the line, for the analysts.
 *
 * @example
 *   {"name": "party-without-direction.md", "label": "output"}
 *
 *   5:1-5:48: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-optimise-for-a-care.md"}
 *
 *   # Homepage recommendations
 *
 *   ## Clarify
 *
 *   - Scale: 20M users
 *   - Assume we optimise for repeat orders, with clicks as a proxy.
 *
 * @example
 *   {"name": "optimizer-noun.md", "label": "input"}
 *
 *   # Churn
 *
 *   The Adam optimizer trains the churn model on 2M customers.
 *
 * @example
 *   {"name": "optimizer-noun.md", "label": "output"}
 *
 *   4:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 *
 * @example
 *   {"name": "ok-turnaround-goal.md"}
 *
 *   # Drawing detection
 *
 *   ## Motivation
 *
 *   Automating the detection shortens the turn-around of quotes and frees estimators for higher-value work.
 *
 * @example
 *   {"name": "ok-empowers-party.md"}
 *
 *   # Salary estimates
 *
 *   ## Motivation
 *
 *   The estimate empowers job seekers to negotiate with data about their market value.
 *
 * @example
 *   {"name": "empowers-no-party.md", "label": "input"}
 *
 *   # Salary estimates
 *
 *   ## Motivation
 *
 *   Text embeddings empower the regressor to predict the salary from a resume.
 *
 * @example
 *   {"name": "empowers-no-party.md", "label": "output"}
 *
 *   5:1-5:75: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "component-as-party.md", "label": "input"}
 *
 *   # GPU job scoring
 *
 *   ## Context
 *
 *   The admission controller helps the resource manager schedule GPU jobs.
 *
 *   ## ML objective
 *
 *   Predict whether a job fails in its first hour.
 *
 * @example
 *   {"name": "component-as-party.md", "label": "output"}
 *
 *   7:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "lead-time-feature.md", "label": "input"}
 *
 *   # Hotel no-shows
 *
 *   ## Problem
 *
 *   A longer lead time increases the chance that a guest does not show up.
 *
 *   ## ML objective
 *
 *   Predict whether a booking ends in a no-show.
 *
 * @example
 *   {"name": "lead-time-feature.md", "label": "output"}
 *
 *   7:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "turnaround-of-a-job.md", "label": "input"}
 *
 *   # Nightly training
 *
 *   ## Problem
 *
 *   We want to shorten the turnaround of the nightly training job.
 *
 *   ## ML objective
 *
 *   Predict whether a booking ends in a no-show.
 *
 * @example
 *   {"name": "turnaround-of-a-job.md", "label": "output"}
 *
 *   7:1: Unexpected missing business objective, expected the end goal for the business or its users in a `Business objective` section, such as `Reduce monthly churn from 4% to 3.5%`
 *
 * @example
 *   {"name": "ok-problem-then-means.md"}
 *
 *   # Alert triage
 *
 *   ## Problem statement
 *
 *   On-call engineers often face:
 *
 *   - Alert fatigue from duplicate pages
 *   - Real outages missed in the noise
 *
 *   This service solves that problem by classifying each alert as page now, batch or drop.
 *
 * @example
 *   {"name": "means-without-a-problem.md", "label": "input"}
 *
 *   # Alert triage
 *
 *   ## Goal
 *
 *   We solve the alert problem by classifying each alert as page now, batch or drop.
 *
 * @example
 *   {"name": "means-without-a-problem.md", "label": "output"}
 *
 *   5:1-5:81: Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as `Reduce monthly churn from 4% to 3.5%`
 */
import type { VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

export interface Options extends VocabularyOptions {
  /** Also warn when the objective has no measurable target (default: `false`). */
  requireTarget?: boolean
}

const example = 'Reduce monthly churn from 4% to 3.5%'

const remarkLintMlBusinessObjective = defineRule<Options>(
  {
    id: 'ml-business-objective',
    stage: 'requirements',
    messages: {
      mlObjectiveAsBusinessObjective: `Unexpected ML objective as the business objective, expected what the business gains (the ML objective belongs in framing), such as \`{{example}}\``,
      missingBusinessObjective: {
        reason: missing(
          'business objective',
          'the end goal for the business or its users in a `Business objective` section',
          '{{example}}',
        ),
        stub: {
          part: 'business-objective',
          heading: 'Business objective',
          todo: 'TODO — state the business objective, such as `Reduce monthly churn from 4% to 3.5%`.',
        },
      },
      noTarget:
        'Unexpected business objective without a target, expected a number or a direction with a quantity, such as `Raise search conversion by 2 points`',
    },
    options: { requireTarget: 'boolean' },
  },
  (reading, _file, options, report) => {
    const { accepted, mlOnly } = reading.businessObjective()
    if (accepted.length === 0) {
      if (mlOnly) {
        report('mlObjectiveAsBusinessObjective', {
          place: reading.place(reading.sentences[mlOnly.sentence]),
          data: { example },
        })
      } else {
        report('missingBusinessObjective', { place: placeMissing(reading, 'business-objective'), data: { example } })
      }
      return
    }

    if (options.requireTarget && !accepted.some((item) => reading.isMeasurable(item.sentence))) {
      report('noTarget', { place: reading.place(reading.sentences[accepted[0].sentence]) })
    }
  },
)

export default remarkLintMlBusinessObjective
