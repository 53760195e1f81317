/**
 * remark-lint rule to check that an ML system design document says what
 * data exists for training: its source, its labels and its size.
 *
 * ## What is this?
 *
 * This rule checks three things about the data the model learns from, and
 * warns separately for each one that is missing:
 *
 * * its **source**: where it comes from (`two years of orders from the
 *   warehouse`, `the search logs`, `a vendor-annotated set of photos`);
 * * its **labels**: whether it is labelled and how the labels are obtained
 *   (human annotation, implicit feedback such as clicks, existing records
 *   such as chargebacks), or that there are none;
 * * its **size**: a quantity of the data (`2.1 billion transactions`,
 *   `40k labelled pairs`, `90 days of logs`, `40 TB`).
 *
 * It accepts a `Data` section under the requirements (or `Data
 * availability`, `Data sources`, `Labels`, ...), a labelled lead-in, a table
 * row, a front-matter key, or sentences anywhere that say these things.
 *
 * ## When should I use this?
 *
 * Always: what data exists, and whether it is labelled, decides which ML
 * framings are possible at all.
 *
 * ## Options
 *
 * Only the vocabulary options shared by every rule (`headings`, `answers`,
 * ...): see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * Platform numbers are scale, not data size: `120M daily active users`,
 *   `4,000 QPS` and `3M new comments a day` do not say how much data there
 *   is to learn from. A rate counts as data size only in a sentence about
 *   data (`we log 50M impressions a day`).
 * * Sizes of memory, models and inputs are not data size: `16 GB of RAM`,
 *   `a 4 MB model`, `the first 512 tokens`, `truncated to 40 tokens`.
 * * A span of history counts as size when the sentence is about data:
 *   `four years of billing, usage and CRM records`, `90 days of logs`.
 * * Labels that need no annotation are still labels: `the target comes
 *   straight from the reservations, so nothing needs labelling`; so is an
 *   explicit statement that the data is unlabelled.
 * * Source and label words in passing in the goals or in the model,
 *   evaluation, deployment or monitoring sections (`a LambdaMART model with
 *   features from the user's history`) do not say what data exists; a
 *   `Data` or `Labels` section or lead-in always counts.
 * * With no data section, all three messages point where a `Data
 *   availability` section belongs, with its stub as their `expected` value
 *   (the quick fix); with a data section left empty, at its heading; with a
 *   data section that says other things, at the document's first heading:
 *   the evidence may stand anywhere, so none of it is missing from one
 *   section.
 * * A `Labels` (or `Annotation`, `Ground truth`, `Target`) column, row or
 *   lead-in of the data with content says how the data is labelled,
 *   whatever its words (`add-to-cart from the strip = positive`).
 * * Under a `Data available` heading or label, a count of whatever the
 *   domain counts is a size (`2.3M historical headlines`, `118,000
 *   field-seasons`), and so is any span (`ban decisions for 2 yrs`, `nine
 *   seasons`) when it is large (a multiplier or a thousand or more, of a
 *   plural noun: `212 leaf aisles` is a taxonomy, not data); elsewhere a
 *   count is a size only in a sentence about data
 *   outside the design stages. Rates (`180k signups/day`), windows (`the last 20 orders`) and
 *   counts of time, money or hardware never are.
 * * A label source described only in an option that no choice names
 *   (`Option 2: ...` with its pros and cons, and a decision that is
 *   hedged, "probably option 1, pending sign-off") is not chosen; once a
 *   decision names it ("We go with option 1") it counts. Pros and cons
 *   never count, and neither does a survey of how others do it.
 * * A number given as an example (`e.g. 500 videos`, `for instance 2M
 *   rows`, `say 10k clips`) is not the size of the data there is; nor is a
 *   parameter of a feature (`a prior of strength 200 impressions`).
 * * A count in a unit that counts only data (`rows`, `labelled examples`,
 *   `annotations`, `training pairs`) is a size wherever it stands, such as
 *   the answer to a clarifying question (`18 months of txns in the ledger,
 *   ~410M rows`); a count in a unit that may be served too (`2M videos`,
 *   `40k orders`) still needs a data section or a data word beside it.
 *
 * * A plain `Data` heading of the data stage (`## Data`, `3.1 Data`, `Get the
 *   data`, not `Data preparation`), a bare `Data` label, and the answers
 *   nested under a clarifying question about the data (`What data do we
 *   have?`, `What do we learn from?`) describe the data as such: there a
 *   source needs no data noun of its own (`learns from our delivery scans`),
 *   any span of time (`4 years`) or closed range of years (`2019–2025`) is
 *   history, and a large count of a plural noun (`~1.4M tickets`, `62,000
 *   invoices`) is a size. Small counts and years there (`1024 with padding`,
 *   `since 2016`) are not.
 * * A document that only forecasts or regresses (its task families are
 *   forecasting and regression) needs no label statement: the series' own
 *   future values, or the measured values its records hold (a trip's
 *   minutes, a parcel's hours in the locker), are the labels. One that also
 *   detects anomalies against the forecast still says how anomalies are
 *   labelled.
 * * A span that is a window is no history: of an outcome (`defaults within
 *   6 months`, `at 6 months`, `≥ 7 months old`), or of training or testing
 *   (`retrain monthly on the last 6 months of logs`, `replay on the last 4
 *   weeks, held out`). An arrow before a count (`-> ~900M read events`) is
 *   no bound.
 * * A year before a period names the period, it counts none (`test on the
 *   2024 season`; a range of years, `2019–2023`, still spans them), and a
 *   span in a row or label filed as online (`| online | owner experiment vs
 *   the rest, 4 weeks |`) is how long the live test runs, even in a `data`
 *   column: neither is history of the data. "From the last few seasons"
 *   gives no number, so no size.
 * * `outcome` puts a sentence on the topic of labels but does not answer it
 *   alone (a term is never both): `connect decisions to business outcomes`
 *   says nothing about labels; `the repayment outcome is recorded in the
 *   ledger` does.
 * * A list label that names the data with nothing after its colon (`- Data
 *   size:`, `- Training data:`) describes the data nested under it: a size
 *   there (`roughly 50 PB in all`) is the data's size.
 * * A number that completes a name (`Phase 1 baseline`, `Option 2`, `Tier
 *   3`) counts nothing, even in a sentence about data.
 * * Recorded time is an amount of the data where the data is described
 *   (`300 h of consented meetings`, `~5,600 ring nights total`), with at most
 *   one word between the number and its unit; a window, a delay or a cadence
 *   is not (`reward window 2 h`, `48 h after the call`, `lag: 2-6 weeks`,
 *   `half-life 7 days`). Nor is how late a label comes, said as a verb or
 *   with a hedge (`chargebacks are delayed ~45–60 days`, `labels arrive
 *   within about two hours of checkout`): a span of history is how far back
 *   the data goes.
 * * A bare question that names the labels or the history (`- Labels?`,
 *   `- History?`) describes the data, like `- Data?`: a large count nested
 *   under it is the data's size (`1.9M past verifications with the analyst
 *   outcome`).
 * * A tuple between a count and its noun is what each row holds, and the
 *   count is of the noun (`~1.1B (user, event, sent, opened) rows`, `12k
 *   (query, passage) pairs`); words joined by `&` are no tuple. A year is no
 *   count (`the 2025 random-hour test`).
 * * Human-written outputs a generator is judged against are its labels
 *   (`600 day-plans written by our editors, used as references`); one
 *   reference in the singular (`the interpretable reference`) is a point of
 *   comparison, not a label.
 * * Where people keep and pull data names its source in their words
 *   (`grading DB`, `the helpdesk export`, `a nightly dump`), and a count in
 *   a sentence about an export is of the data (`~210k replies w/ that
 *   action in the helpdesk export`). A model exported to a format
 *   (`the model is exported to ONNX`) is no data source.
 * * A bold data label that ends in a full stop reads its item from its
 *   first word (`- **Data.** referral ledger since 2023: ~310k payouts`),
 *   and existing records kept or taken as references are labels (`the
 *   agent's final sent messages kept as reference answers`).
 *
 * * A label source listed among options in a list is not chosen: the
 *   items under a line that introduces options (`- labels: ??? options:`,
 *   `- Positive label options`, a `| Label options |` row), and an item
 *   weighed by the pros and cons nested under it (`- (c) annotate 200
 *   matches` over `- pros: clean`, `- cons: ~€30k`). A sentence among them
 *   that states a choice (`→ we go with the weak labels`), or a choice that
 *   names the item (`we go with C`), commits; the rest do not.
 *
 * * An unknown quantity is no size. Where the data is described and its
 *   own size slot is left open (`- size: TBD`, `How much? — count not
 *   pulled yet`, `How many: ?`), a count elsewhere is taken to be of
 *   something else (the test set, one option's annotations) unless its unit
 *   counts only data (`~1.3M rows`); "a few months" or "several years" of
 *   history says there is some, not how much.
 * * A count of the team or of the work is no size of the data, even in a
 *   sentence about data (`1 Data/ML Architect`, `2 data engineers`, an
 *   epic of `(4 tasks)`): a name joined by a slash goes on after it.
 * * A regression or forecast still needs no label statement when it
 *   fetches stored features (`feature retrieval from Redis: 20 ms`):
 *   fetching features names no retrieval task.
 * * The bytes of what the system serves from are no size of the data it
 *   learns from: an index or its embeddings (`1B embeddings × 512 dims ≈
 *   2 TB`, `~6–8 TB with indexing overhead and replication`), unless the
 *   sentence trains on them. A periodic fine-tune on the last 30 days is a
 *   window of training, as a retrain on the last 6 months is, not history.
 * * A bandit or an RL policy learns from its reward as a classifier from
 *   its labels: saying what the reward is (`we use a click plus a trial
 *   start within 24 h`) says how the data is labelled. A loyalty scheme's
 *   rewards (`reward points on every purchase`) label nothing. Only the
 *   words of a learning signal count (`delayed reward`, `the reward is`,
 *   `reward signal`, `reward function`): a seller's reward, a reward tier
 *   or reward hacking says nothing of how the data is labelled.
 * * A parallel corpus for translation (`корпус параллельных текстов`,
 *   `sentence pairs`) is labelled data: each text comes with its
 *   translation, the records the model learns to reproduce.
 * * A dataset's `Target` lead-in under a data heading (`- **Target**: 1 =
 *   heart disease, 0 = none` under `Dataset information` or `Data
 *   description`) says what each record is labelled with: the labels are
 *   existing records. A `Target` lead-in elsewhere (`- **Target**: recall
 *   of 0.9` under `Evaluation`) is a goal, not a label.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * A labelling rate in a sentence about the data (`annotators label about
 *   10,000 posts a day`) tells how fast the labelled data grows and counts
 *   as its size, as a logging rate does (above); a platform's volume (`500M
 *   posts a day`) stays scale.
 *
 * @module ml-data-availability
 * @example
 *   {"name": "ok-clarifying-answer.md"}
 *
 *   # Card-not-present fraud
 *
 *   ## Clarifying questions
 *
 *   - How much history?
 *     - 18 months of authorised txns in the ledger, ~410M rows
 *   - Do we have labels?
 *     - Yes: chargebacks with a fraud reason code are positive
 *
 * @example
 *   {"name": "ok-data-stage-section.md"}
 *
 *   # Parcel arrival windows
 *
 *   ## Data
 *
 *   The model learns from our own delivery scans, kept for 18 months.
 *   A stop's label is its scan time.
 *
 * @example
 *   {"name": "ok-question-answer.md"}
 *
 *   # Ticket routing
 *
 *   ## Clarifying questions
 *
 *   - What data do we have?
 *     - 2 yrs of resolved tickets in the helpdesk, ~1.4M
 *     - label = the queue that resolved the ticket
 *
 * @example
 *   {"name": "ok-bare-data-question.md"}
 *
 *   # Ad completion
 *
 *   - Data?
 *     - won-impression logs with the player's quartile beacons
 *     - 60 days kept -> ~9B won impressions; a completed quartile is a positive
 *
 * @example
 *   {"name": "missing-size-windows.md", "label": "input"}
 *
 *   # Checkout credit
 *
 *   ## Data
 *
 *   - Applications from the orders warehouse; size TBD
 *   - Label: bad = 60+ days past due within 6 months of the first due date
 *   - Retrain monthly on the last 6 months of applications
 *
 * @example
 *   {"name": "missing-size-windows.md", "label": "output"}
 *
 *   6:3-6:8: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "missing-size-named-periods.md", "label": "input"}
 *
 *   # Boat prices
 *
 *   ## Data available
 *
 *   - Booking logs from the last few seasons; the label is the price paid
 *   - Split: train on seasons up to 2023, test on the 2024 season
 *
 *   | step | data | metric |
 *   |---|---|---|
 *   | online | 10% of owners vs the rest, 4 weeks | bookings per boat |
 *
 * @example
 *   {"name": "missing-size-named-periods.md", "label": "output"}
 *
 *   3:1-3:18: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "ok-size-seasons.md"}
 *
 *   # Boat prices
 *
 *   ## Data available
 *
 *   - Booking logs for 3 seasons (2021–2023) from the bookings DB; the label is the price paid
 *   - Split: train on seasons up to 2023, test on the 2024 season
 *
 * @example
 *   {"name": "missing-size-small-count-available.md", "label": "input"}
 *
 *   # Query to aisle
 *
 *   ## Data available
 *
 *   - Search logs; a product added to cart after a query labels the query with its aisle
 *   - The aisle taxonomy: 212 leaf aisles
 *   - Size: TBA
 *
 * @example
 *   {"name": "missing-size-small-count-available.md", "label": "output"}
 *
 *   3:1-3:18: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "ok-forecast.md"}
 *
 *   # Garage occupancy
 *
 *   ## Data
 *
 *   Hourly occupancy of every garage from the barrier counters since 2019, about 2.1M garage-hours. We forecast the occupancy of each garage for the next six hours.
 *
 * @example
 *   {"name": "ok-regression.md"}
 *
 *   # Parcel locker dwell time
 *
 *   ## Framing
 *
 *   A regression model predicts how many hours a parcel stays in its locker before pickup.
 *
 *   ## Data
 *
 *   Two years of locker events from the logistics warehouse, about 3.1M parcels with their drop-off and pickup times.
 *
 * @example
 *   {"name": "forecast-anomalies.md", "label": "input"}
 *
 *   # Metric anomalies
 *
 *   ## Data
 *
 *   Hourly values of every service metric from the metrics store, about 2.1M series-hours. We forecast each metric and flag anomaly detection alerts where the value leaves the forecast band.
 *
 * @example
 *   {"name": "forecast-anomalies.md", "label": "output"}
 *
 *   3:1: Unexpected missing labels, expected whether the training data is labelled and how the labels are obtained (annotation, implicit feedback, existing records) in a `Data` section, such as `A chargeback within 90 days labels a payment as fraud`
 *
 * @example
 *   {"name": "data-preparation-not-source.md", "label": "input"}
 *
 *   # Parcel arrival windows
 *
 *   ## Data preparation
 *
 *   Stops far from the address are dropped from training. A stop's label is its scan time, 95M rows in all.
 *
 * @example
 *   {"name": "data-preparation-not-source.md", "label": "output"}
 *
 *   3:1: Unexpected missing training data source, expected where the data the model learns from comes from in a `Data` section, such as `Two years of checkout events from the orders warehouse`
 *
 * @example
 *   {"name": "missing-size-small-count.md", "label": "input"}
 *
 *   # Chest X-ray triage
 *
 *   ## Data
 *
 *   - Source: studies from our PACS since 2016, with their radiology reports as labels
 *   - Images are resized to 1024 with padding
 *
 * @example
 *   {"name": "missing-size-small-count.md", "label": "output"}
 *
 *   3:1: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "missing-size-served-unit.md", "label": "input"}
 *
 *   # Video recommendations
 *
 *   ## Requirements
 *
 *   The catalogue holds 2M videos. Watch events come from the player logs; a watch past 30 seconds is a positive.
 *
 * @example
 *   {"name": "missing-size-served-unit.md", "label": "output"}
 *
 *   6:1: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Requirements
 *
 *   ### Data
 *
 *   Eighteen months of authorisation records from the payment switch, about 2.1 billion transactions. Labels are chargebacks reported within 90 days.
 *
 * @example
 *   {"name": "ok-outline.md"}
 *
 *   # Skill extraction from CVs
 *
 *   ## Data
 *
 *   - Source: the CV store, 3.4M CVs
 *   - Annotation
 *     - 25,000 CVs sampled by country
 *     - 8 annotators mark the skill spans
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Ticket routing
 *
 *   **Data:** 820k historical tickets from the helpdesk, each labelled with the queue that finally resolved it.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Toxic comments
 *
 *   ## Requirements
 *
 *   | Requirement | Detail |
 *   | --- | --- |
 *   | Data | 2.1M comments from the moderation tool, labelled by moderators' remove or keep decisions |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   data_sources: 380k listing pairs from the moderation tool, labelled duplicate or not by the moderation team
 *   ---
 *
 *   # Duplicate listings
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Room pricing
 *
 *   We have five years of reservations from the property management system, about 38M room-nights. The target comes straight from the reservations, so nothing needs labelling.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Model registry
 *
 *   ## Requirements
 *
 *   About 350 new model versions a week from 80 teams; each stores its artifact in 16 GB of object storage.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: Unexpected missing training data source, expected where the data the model learns from comes from in a `Data` section, such as `Two years of checkout events from the orders warehouse`
 *   6:1: Unexpected missing labels, expected whether the training data is labelled and how the labels are obtained (annotation, implicit feedback, existing records) in a `Data` section, such as `A chargeback within 90 days labels a payment as fraud`
 *   6:1: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "no-size.md", "label": "input"}
 *
 *   # Toxic comments
 *
 *   ## Requirements
 *
 *   - Data: every decision moderators have made in the mod tool; the labels are those human decisions.
 *   - Volume: about 3M new comments a day, peaks around 150 per second.
 *
 * @example
 *   {"name": "no-size.md", "label": "output"}
 *
 *   5:3-5:7: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "ok-option-chosen.md"}
 *
 *   # Wake word
 *
 *   ## Data available
 *
 *   We have 1,200 hours of kitchen audio from our recording archive, collected in 20 test kitchens in 2024.
 *
 *   ### Option 1: vendor annotators
 *
 *   Vendor annotators mark each true and false wake in the recordings.
 *
 *   ### Option 2: implicit labels
 *
 *   A wake the user cancels within two seconds is labelled false.
 *
 *   ## Decision
 *
 *   We go with option 1 for the first release.
 *
 * @example
 *   {"name": "options.md", "label": "input"}
 *
 *   # Wake word
 *
 *   ## Data available
 *
 *   We have 1,200 hours of kitchen audio from our recording archive, collected in 20 test kitchens in 2024.
 *
 *   ### Option 1: vendor annotators
 *
 *   Vendor annotators mark each true and false wake in the recordings.
 *
 *   - Pros: clean labels
 *   - Cons: six weeks and a budget sign-off
 *
 *   ### Option 2: implicit labels
 *
 *   A wake the user cancels within two seconds is labelled false.
 *
 *   ## Decision
 *
 *   Probably option 1, pending sign-off.
 *
 * @example
 *   {"name": "options.md", "label": "output"}
 *
 *   3:1-3:18: Unexpected missing labels, expected whether the training data is labelled and how the labels are obtained (annotation, implicit feedback, existing records) in a `Data` section, such as `A chargeback within 90 days labels a payment as fraud`
 *
 * @example
 *   {"name": "missing-example-size.md", "label": "input"}
 *
 *   # Highlight clips
 *
 *   ## Data
 *
 *   Match videos from the archive, labelled by editors who mark highlights. We could fine-tune on a sample, e.g. 500 videos.
 *
 * @example
 *   {"name": "missing-example-size.md", "label": "output"}
 *
 *   3:1: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "missing-labels-business-outcomes.md", "label": "input"}
 *
 *   # Loan defaults
 *
 *   ## Data
 *
 *   - 1.2M past loans from the core banking ledger.
 *   - The aim is to connect our credit decisions to business outcomes.
 *
 * @example
 *   {"name": "missing-labels-business-outcomes.md", "label": "output"}
 *
 *   3:1: Unexpected missing labels, expected whether the training data is labelled and how the labels are obtained (annotation, implicit feedback, existing records) in a `Data` section, such as `A chargeback within 90 days labels a payment as fraud`
 *
 * @example
 *   {"name": "missing-size-phase-name.md", "label": "input"}
 *
 *   # Spam filter
 *
 *   - Source: the public SMS spam dataset, labelled spam or ham by its authors.
 *   - The SMS data is enough for the Phase 1 baseline; later phases add email data.
 *
 * @example
 *   {"name": "missing-size-phase-name.md", "label": "output"}
 *
 *   5:1: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "ok-nested-data-size.md"}
 *
 *   # Sponsored listings
 *
 *   - Source: impression and click logs from the ad server, a click labels an impression as positive.
 *   - Data size:
 *     - Roughly 50 PB in all.
 *
 * @example
 *   {"name": "ok-outcome-recorded.md"}
 *
 *   # Loan defaults
 *
 *   ## Data
 *
 *   - 1.2M past loans from the core banking ledger.
 *   - The repayment outcome after 90 days is recorded in the ledger.
 *
 * @example
 *   {"name": "ok-recorded-hours.md"}
 *
 *   # Meeting diarization
 *
 *   ## Data
 *
 *   - Internal: 300 h of consented meetings, speaker turns annotated by the transcription vendor
 *
 * @example
 *   {"name": "ok-labels-question.md"}
 *
 *   # ID document checks
 *
 *   ## Clarifying questions
 *
 *   - Where do verifications come from?
 *     - the KYC store, exported nightly
 *   - Labels?
 *     - 1.9M past verifications with the analyst outcome
 *
 * @example
 *   {"name": "ok-tuple-rows.md"}
 *
 *   # Live score alerts
 *
 *   | Requirement | Detail |
 *   | --- | --- |
 *   | Data | send logs from the push gateway: ~1.1B (user, event, sent, opened) rows; a tap within 10 min labels a push as opened |
 *
 * @example
 *   {"name": "ok-references.md"}
 *
 *   # Lecture notes
 *
 *   ## Data
 *
 *   - 480 instructor-written lecture summaries from the course guide → our references
 *   - 9,000 lecture transcripts from the archive
 *
 * @example
 *   {"name": "missing-size-delay.md", "label": "input"}
 *
 *   # Mule accounts
 *
 *   - Data?
 *     - confirmed mule reports from ops
 *   - Labels?
 *     - a confirmed report labels the account a mule
 *     - lag: 2-6 weeks
 *
 * @example
 *   {"name": "missing-size-delay.md", "label": "output"}
 *
 *   8:1: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "missing-size-delayed-labels.md", "label": "input"}
 *
 *   # Card payments
 *
 *   ## Labels for training
 *
 *   - Payments come from the checkout event stream.
 *   - Chargebacks label a payment as fraud, but they are delayed ~30–60 days.
 *
 * @example
 *   {"name": "missing-size-delayed-labels.md", "label": "output"}
 *
 *   3:1-3:23: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "ok-history-and-delayed-labels.md"}
 *
 *   # Card payments
 *
 *   ## Labels for training
 *
 *   - 18 months of payments come from the checkout event stream.
 *   - Chargebacks label a payment as fraud, but they are delayed ~30–60 days.
 *
 * @example
 *   {"name": "ok-export-notes.md"}
 *
 *   # auto-close for solved tickets — huddle notes
 *
 *   - clf: "resolved, can close" vs "still needs us"
 *     - labels = agent action after the reply (closed w/o writing = resolved)
 *     - ~210k replies w/ that action in the helpdesk export (2 yrs)
 *
 * @example
 *   {"name": "ok-bold-data-label.md"}
 *
 *   # Referral abuse
 *
 *   - **Data.** referral ledger since 2023: ~310k payouts; the agent's final decision on each is kept as the label
 *
 * @example
 *   {"name": "missing-source-model-export.md", "label": "input"}
 *
 *   # Ticket router
 *
 *   ## Data
 *
 *   About 40k examples, labelled by the agents who closed them.
 *   The model is exported to ONNX for serving.
 *
 * @example
 *   {"name": "missing-source-model-export.md", "label": "output"}
 *
 *   3:1: Unexpected missing training data source, expected where the data the model learns from comes from in a `Data` section, such as `Two years of checkout events from the orders warehouse`
 * @example
 *   {"name": "missing-labels-only-options.md", "label": "input"}
 *
 *   # Disclosure check
 *
 *   ## Data
 *
 *   - recordings from the telephony vendor, two years, ~1.2M calls
 *   - labels: ??? options:
 *     - QA scorecards (only the 2% sample)
 *     - weak labels from a keyword match, then spot-check
 *
 * @example
 *   {"name": "missing-labels-only-options.md", "label": "output"}
 *
 *   6:3-6:9: Unexpected missing labels, expected whether the training data is labelled and how the labels are obtained (annotation, implicit feedback, existing records) in a `Data` section, such as `A chargeback within 90 days labels a payment as fraud`
 *
 * @example
 *   {"name": "ok-labels-option-chosen.md"}
 *
 *   # Disclosure check
 *
 *   ## Data
 *
 *   - recordings from the telephony vendor, two years, ~1.2M calls
 *   - labels: options:
 *     - QA scorecards (only the 2% sample)
 *     - weak labels from a keyword match, then spot-check
 *     - → we go with the weak labels, spot-checked by QA
 *
 * @example
 *   {"name": "missing-labels-weighed-items.md", "label": "input"}
 *
 *   # Match highlights
 *
 *   ## Data
 *
 *   - Source: the broadcast archive, 3 seasons, ~1,100 matches
 *   - What counts as a highlight?
 *     - (a) clips editors cut in the past
 *       - pros: free
 *       - cons: only top matches got clips
 *     - (c) annotate 200 matches w/ a vendor
 *       - pros: clean
 *       - cons: ~€30k, 6 weeks
 *     - → discuss w/ editorial
 *
 * @example
 *   {"name": "missing-labels-weighed-items.md", "label": "output"}
 *
 *   3:1: Unexpected missing labels, expected whether the training data is labelled and how the labels are obtained (annotation, implicit feedback, existing records) in a `Data` section, such as `A chargeback within 90 days labels a payment as fraud`
 * @example
 *   {"name": "missing-size-slot-open.md", "label": "input"}
 *
 *   # Room counts from floor plans
 *
 *   ## Data
 *
 *   - Source: past listings with a floor plan since 2019
 *   - Labels: the counts agents entered (existing records)
 *   - How many? — count not pulled yet
 *   - Clean labels: 3k plans re-labelled by the QA team for the test set
 *
 * @example
 *   {"name": "missing-size-slot-open.md", "label": "output"}
 *
 *   6:3-6:9: Unexpected missing training data size, expected how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS, such as `40M labelled sessions from the last 90 days`
 *
 * @example
 *   {"name": "ok-size-slot-open-rows.md"}
 *
 *   # Room counts from floor plans
 *
 *   ## Data
 *
 *   - Source: past listings with a floor plan since 2019, ~1.3M rows in the listings table
 *   - Labels: the counts agents entered (existing records)
 *   - How many? — the count of plans with rooms not pulled yet
 *
 * @example
 *   {"name": "ok-labelling-rate.md"}
 *
 *   # Harmful posts
 *
 *   ## Data
 *
 *   Posts, users and reports come from the platform logs. Labels come from human annotators, who label about 10,000 posts a day.
 *
 * @example
 *   {"name": "ok-dataset-target.md"}
 *
 *   # Heart risk
 *
 *   ## Dataset information
 *
 *   - **Source**: the clinic's records export
 *   - **Records**: 40,000 patients
 *   - **Target**: 1 = heart disease, 0 = none
 *
 * @example
 *   {"name": "missing-labels-target-goal.md", "label": "input"}
 *
 *   # Heart risk
 *
 *   ## Dataset information
 *
 *   - **Source**: the clinic's records export
 *   - **Records**: 40,000 patients
 *
 *   ## Evaluation
 *
 *   - **Target**: recall of at least 0.9 on a held-out year
 *
 * @example
 *   {"name": "missing-labels-target-goal.md", "label": "output"}
 *
 *   3:1: Unexpected missing labels, expected whether the training data is labelled and how the labels are obtained (annotation, implicit feedback, existing records) in a `Data` section, such as `A chargeback within 90 days labels a payment as fraud`
 */
import type { Stage, VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing, type StubSpec } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

const passing: readonly Stage[] = ['model', 'evaluation', 'deployment', 'monitoring']

/** The stub section offered for several of the messages below. */
const dataAvailabilityStub: StubSpec = {
  part: 'data-availability',
  heading: 'Data availability',
  todo: 'TODO — say where the training data comes from, how it is labelled and how much there is, such as `40M labelled sessions from the orders warehouse`.',
}

const remarkLintMlDataAvailability = defineRule<Options>(
  {
    id: 'ml-data-availability',
    stage: 'requirements',
    messages: {
      missingTrainingDataSource: {
        reason: missing(
          'training data source',
          'where the data the model learns from comes from in a `Data` section',
          'Two years of checkout events from the orders warehouse',
        ),
        stub: dataAvailabilityStub,
      },
      missingLabels: {
        reason: missing(
          'labels',
          'whether the training data is labelled and how the labels are obtained (annotation, implicit feedback, existing records) in a `Data` section',
          'A chargeback within 90 days labels a payment as fraud',
        ),
        stub: dataAvailabilityStub,
      },
      missingTrainingDataSize: {
        reason: missing(
          'training data size',
          'how much data the model learns from (examples, rows, days of history, GB), not traffic such as DAU or QPS',
          '40M labelled sessions from the last 90 days',
        ),
        stub: dataAvailabilityStub,
      },
    },
  },
  (reading, _file, _options, report) => {
    const place = placeMissing(reading, 'data-availability')
    // Words in passing in the goals, or in the model, evaluation, deployment or monitoring sections, do not say what data exists.
    const stated = (id: 'data-source' | 'data-labels') =>
      reading.hasEvidence(id, (item) => {
        if (item.via !== 'sentence') return true
        const scope = reading.sentenceScope(item.sentence)
        return !scope.parts.includes('business-objective') && !scope.stages.some((stage) => passing.includes(stage))
      })
    if (!stated('data-source')) {
      report('missingTrainingDataSource', { place })
    }
    // A `Labels` column or lead-in of the data says how the data is labelled whatever its words ("add-to-cart = positive").
    // A forecast's target is the series' own future value, a regression's a value the records measure: the history
    // it learns from is its labels (when the document does nothing else, such as detecting anomalies against it).
    const labelled = reading.labelStatements().length > 0 || reading.onlyRegresses
    if (!labelled && !stated('data-labels')) {
      report('missingLabels', { place })
    }
    if (reading.quantities('data-size').length === 0 && reading.quantities('history').length === 0) {
      report('missingTrainingDataSize', { place })
    }
  },
)

export default remarkLintMlDataAvailability
