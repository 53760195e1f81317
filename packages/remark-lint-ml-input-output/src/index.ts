/**
 * remark-lint rule to check that an ML system design document defines the
 * model's input and its output.
 *
 * ## What is this?
 *
 * This rule checks that the framing says what the model receives (the
 * entities and features: "user embedding, product embedding, the user's
 * last 50 views") and what it emits (a probability, a score, a class, a
 * value with its range, a ranked list). A missing input and a missing
 * output get separate messages.
 *
 * It accepts `Input` / `Output` / `Input and output` sections, labelled
 * lead-ins (`Input: ...`), table rows and columns, front-matter keys
 * (`input`, `output`), a list of the model's features (a `Features`
 * section) as its input, and prose ("the model takes the query and the
 * candidate ad and outputs the click probability"), also over a list
 * ("Recommend events based on:" then the signals as bullets). An output implied by
 * the ML objective counts: "predict whether a post is spam" emits a spam
 * probability or label.
 *
 * ## When should I use this?
 *
 * Always: input and output are the model's contract with the rest of the
 * system, and most serving, data and evaluation decisions follow from them.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A heading or label of the input or the output that holds only an
 *   example or a schema, in a code block or a table (`**Example input:**`
 *   over a JSON request), states that side: its fields are what the model
 *   receives or emits (nineteenth round). One that holds nothing, or only a
 *   placeholder, is still left open.
 * * Prose about inputs, features or outputs speaks of a model only when the
 *   document designs one: it states an ML objective or names the candidate
 *   models (outlines often list features and a model with no objective
 *   sentence), or fills in an `Input` or `Output` heading or label (then a
 *   `Features` table is the input of the model whose output it states). A
 *   task family alone does not count ("the ranking service" that consumes a
 *   feature store designs nothing). Otherwise only an
 *   `Input` or `Output` heading or label counts: an infrastructure RFC that
 *   catalogues features for other teams defines no model input.
 * * A sentence in the deployment or monitoring stage that mentions features
 *   or candidates describes the serving pipeline ("request → candidate tutors
 *   → features from the online store → LightGBM"), not the model's input:
 *   only an `Input` heading or label there defines it. The output may be
 *   stated anywhere.
 * * An input the author left open where it is asked for (every `Input`
 *   heading or label empty, a prompt, or opening with `TBD` or an
 *   undecided note: `Input: TBD (photo only? photo + title?)`) is missing,
 *   whatever features are listed elsewhere. An output left open still
 *   follows from the ML objective ("predict the room-nights booked").
 * * Under an `Input and output` heading, an `Output:` item does not answer
 *   the input and an `Input:` item does not answer the output.
 * * The ML objective ("predict ride requests per cell for the next hour")
 *   states the output; the output's range is `ml-category`'s business.
 * * A missing input or output points at the heading or label left empty
 *   for it (`- Input: TBD`), else where an `Input` or `Output` section
 *   belongs (its stub is the message's `expected` value: the quick fix).
 * * In a table with `Input` and `Output` columns, each column's cell answers
 *   its own part (the header row labels both, so the output's label does not
 *   take in the input's cell). `I/O` is `Input and output`.
 * * Notation counts where a model speaks: the condition of a predicted
 *   probability ("the model predicts p(click | user, thread)") and the
 *   arguments of a call with an arrow (`rank(user_id, item_ids) -> scores`,
 *   whose result is the output) are inputs; so is the pool a prediction is
 *   made for ("predicts engagement for a pool of tweets"). A metric defined
 *   as a conditional probability (`Open rate: P(open | sent)`) is not one.
 * * Terse notes count: one `key: value` per line of a paragraph is a label
 *   per line, and under the framing `in:` and `out:` are `Input:` and
 *   `Output:`.
 * * Arrow notation defines the input and output after a label (`retrieval:
 *   (question) → top 8 chunks`) or after a noun when the result is a
 *   probability (`pair (invoice A, invoice B) → P(duplicate)`); a plain
 *   parenthesis before an arrow in notes (`junk signups (test accounts) →
 *   filtered`) is a step, not the model's signature.
 * * The model's inputs may be called its factors (`Context factors` over a
 *   list of the hour, the weekday and the distance): they are its features.
 *   Success factors and human factors are about the project or the people
 *   who use the product, and development, adjustment or scaling factors are
 *   multipliers a computation applies: none is the model's input.
 * * The data's sources listed under a `Data` heading (billing events from the
 *   payments database), or what the product asks of its users under
 *   `Requirements` (the app accepts a postcode and a photo), do not say what
 *   the model receives: neither is its input.
 * * An ML objective that names the content the model reads whole names its
 *   input: "detect hard hats in every video frame", "find the answer to the
 *   user's question in the tariff documents" (an image, a video, a text, a
 *   recording, a user's question or query) after a verb of reading it
 *   (classify, detect, recognise, answer, translate, summarise, retrieve,
 *   extract) used as the model's act: at the start of the sentence or
 *   label, or after `the model`, `to`, `that`, `will` and the like ("their
 *   support answers are kept as text" reads nothing). An objective that recommends, ranks or predicts something of
 *   the content ("recommend the videos each user will watch", "predict the
 *   likes on each photo") names it as the item chosen, not what the model
 *   reads. An objective that names only
 *   entities ("predict whether a user clicks a product") does not: what is
 *   known of them, their features, is the input. Nor does content the model
 *   writes or learns from ("the model generates the text of the newsletter",
 *   "a corpus of texts to train the model"). The framing says it too where
 *   the system or model does a task on such content ("the service retrieves
 *   the clauses for each user query"), not where people do something with it
 *   ("sellers upload photos of each listing and tag its category").
 * * A paragraph that names the model's input data as the list after it
 *   (`These sources will be used as input data for the model:` then the
 *   sources) is answered by the list, whatever its words, when the
 *   paragraph names the model (`The nightly job reads these sources as input
 *   data for the warehouse tables:` does not); `input` alone does not name
 *   it (`Input validation rejects these records:` lists checks).
 * * Which of the entities the model picks out states its output, a label
 *   for each ("predict which patients will miss their appointment").
 *   People who predict today, or nobody who can, state none ("bed managers
 *   today predict which patients leave", "nobody can predict which wards
 *   adopt it first").
 * * Prose names the input without the word `input` where a sentence says
 *   what a prediction is made from ("predicts whether an employee leaves
 *   based on salary band, tenure, manager changes and overtime"), what is
 *   used to predict ("we use the last four weeks of pickups per zone to
 *   predict ..."), or what a model takes right after naming it ("a
 *   ResNet-50 takes a chest X-ray", "the LLM receives the question and the
 *   retrieved chunks"). What is led in must name an input or list three
 *   things or more after a link, and never a method, a tool, data in
 *   general or time taken: "we predict churn using XGBoost", "forecast
 *   from historical data" and "the model takes three hours to train" name
 *   no input. Only where the document designs a model, as for all prose.
 * * A chain of arrows with a model as its second step defines both parts
 *   (`user history + candidate episode → GBDT → listen probability`); a
 *   model further down a chain is a step of the serving pipeline
 *   (`request → candidates → features from the online store → LightGBM →
 *   top 20`), and a chain with no model (`draft → staging → production`)
 *   defines nothing.
 * * What goes `into the model` is its input ("What goes into the model?"
 *   over the signals); not what goes into its registry, card or review.
 * * The ML objective states the output where a verb of predicting acts on
 *   an object in it ("we forecast the load of each substation for the next
 *   24 hours", "predicts the next track"), whatever the object's words: what
 *   the model predicts is what it emits. A verb with no object ("We
 *   predict.") states none.
 * * A model's signature designs a model as an ML objective does, also
 *   where it opens a note with nothing before it: arguments with an arrow to
 *   a probability (`(user, ad, context) -> p(click)`) or a chain through a
 *   model. An API's call (`register(name, version) -> id`) and a lone
 *   parenthesis before an arrow (`(optional) → archive first`) design none.
 * * `It` right after a sentence of the same paragraph that names a model is
 *   that model ("We chose a fine-tuned DistilBERT. It reads the message
 *   text"): what it takes or reads is its input when it names an input word
 *   or lists three things ("It takes a week to fine-tune" names none). `It`
 *   after anything else is not the model.
 * * A `Model features` heading is a `Features` heading: its list is the
 *   model's input where the document designs a model (a registry's `Model
 *   features`, versioning and rollback, are not).
 * * `Model I/O` and `Model inputs and outputs` headings name both parts;
 *   `What the model sees` names the input; a `Target variable`, `Target
 *   column` or `Dependent variable` is what the model emits, its output.
 *
 * @module ml-input-output
 * @example
 *   {"name": "ok-sections.md"}
 *
 *   # Product ranking
 *
 *   ## Input
 *
 *   The user embedding, the product embedding and the user's last 50 views.
 *
 *   ## Output
 *
 *   The probability in [0, 1] that the user clicks the product.
 *
 * @example
 *   {"name": "ok-based-on-list.md"}
 *
 *   # Event recommendations
 *
 *   ## Requirements
 *
 *   * Recommend events based on:
 *     * the user's saved preferences
 *     * location and time
 *     * past RSVPs
 *
 *   ## Model
 *
 *   * Output: a ranked list of 20 events per user.
 *
 * @example
 *   {"name": "based-on-criteria.md", "label": "input"}
 *
 *   # Event recommendations
 *
 *   ## Requirements
 *
 *   * Recommend events based on:
 *     * relevance
 *     * freshness
 *     * diversity across categories
 *
 *   ## Model
 *
 *   * Output: a ranked list of 20 events per user.
 *
 * @example
 *   {"name": "based-on-criteria.md", "label": "output"}
 *
 *   10:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "based-on-methods.md", "label": "input"}
 *
 *   # Event recommendations
 *
 *   ## Requirements
 *
 *   * Recommend events based on:
 *     * LightGBM
 *     * a two-tower model
 *
 *   ## Model
 *
 *   * Output: a ranked list of 20 events per user.
 *
 * @example
 *   {"name": "based-on-methods.md", "label": "output"}
 *
 *   9:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-predict-which.md"}
 *
 *   # Appointment no-shows
 *
 *   We use machine learning to predict which patients will miss their appointment. The model takes the patient's age, the days between booking and visit, and past no-shows.
 *
 * @example
 *   {"name": "ok-lead-ins.md"}
 *
 *   # Card fraud scoring
 *
 *   ## Framing
 *
 *   - **Input:** amount, merchant category, card-present flag and the card's transaction counts over the last hour and day.
 *   - **Output:** a fraud probability between 0 and 1.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Delivery ETA
 *
 *   | Item | Definition |
 *   |---|---|
 *   | Input | restaurant, courier position, basket size, hour of day |
 *   | Output | minutes until delivery, between 5 and 120 |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   input: the ticket subject and body, the customer's plan and country
 *   output: one of 40 queues with its probability
 *   ---
 *
 *   # Ticket routing
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Search ads
 *
 *   The model takes the query and the candidate ad and outputs the probability that the user clicks the ad.
 *
 * @example
 *   {"name": "ok-features.md"}
 *
 *   # Spam filter
 *
 *   We predict whether an incoming message is spam.
 *
 *   ## Features
 *
 *   Sender reputation, the number of links, and a TF-IDF vector of the body text.
 *
 * @example
 *   {"name": "ok-features-and-model.md"}
 *
 *   # Loan approval
 *
 *   ## Features
 *
 *   - applicant income, debt-to-income ratio and employment length
 *   - the bureau's count of late payments over the last 24 months
 *
 *   ## Model
 *
 *   A gradient-boosted tree classifier scores each application with the default probability; logistic regression is the baseline.
 *
 * @example
 *   {"name": "ok-features-and-output.md"}
 *
 *   # Comment moderation
 *
 *   We train a classifier to flag toxic comments.
 *
 *   ## Features
 *
 *   | Feature | Type |
 *   |---|---|
 *   | comment text embedding | 768-d vector |
 *   | author account age | days |
 *
 *   ## Output
 *
 *   A toxicity score in [0, 1].
 *
 * @example
 *   {"name": "ok-factors.md"}
 *
 *   # Bakery recommendations
 *
 *   We predict the probability that a customer orders from each bakery; the app shows the ten most likely.
 *
 *   ## Approach
 *
 *   1. **Past orders (70% weight)**
 *      - bakeries the customer ordered from in the last 90 days
 *   2. **Context factors (30% weight)**
 *      - hour of day and weekday
 *      - distance from the customer to the bakery
 *
 * @example
 *   {"name": "success-factors.md", "label": "input"}
 *
 *   # Bakery recommendations
 *
 *   We predict the probability that a customer orders from each bakery; the app shows the ten most likely.
 *
 *   ## Goals
 *
 *   Success factors: customers who trust the list, and bakeries that keep their opening hours up to date.
 *
 *   Prices for the report are corrected with the finance team's seasonal adjustment factors.
 *
 * @example
 *   {"name": "success-factors.md", "label": "output"}
 *
 *   10:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "data-sources-only.md", "label": "input"}
 *
 *   # Churn outreach
 *
 *   We predict the probability that a subscriber cancels within 30 days.
 *
 *   ## Data
 *
 *   - billing events from the payments database
 *   - support tickets from the helpdesk export
 *   - app sessions and their timestamps from the clickstream logs
 *
 * @example
 *   {"name": "data-sources-only.md", "label": "output"}
 *
 *   5:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "product-requirements.md", "label": "input"}
 *
 *   # Meter reading checks
 *
 *   We predict whether a submitted meter reading is wrong.
 *
 *   ## Requirements
 *
 *   - The app must accept the customer's postcode and a photo of the meter.
 *   - Customers enter their tariff and their billing address.
 *
 * @example
 *   {"name": "product-requirements.md", "label": "output"}
 *
 *   9:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-table-columns.md"}
 *
 *   # Feed ranking
 *
 *   We rank the posts of the home feed by predicted engagement.
 *
 *   | Stage | Input | Output |
 *   |---|---|---|
 *   | Ranker | the user, each candidate post and its author | engagement probability |
 *
 * @example
 *   {"name": "ok-io-bullet.md"}
 *
 *   # Feed ranking
 *
 *   We rank the posts of the home feed by predicted engagement.
 *
 *   - I/O
 *     - the user id, the 500 candidate posts and their authors
 *     - a ranked list of 50 posts
 *
 * @example
 *   {"name": "io-bound.md", "label": "input"}
 *
 *   # Feed ranking
 *
 *   We rank the posts of the home feed by predicted engagement.
 *
 *   - IO-bound jobs run on spot machines.
 *
 * @example
 *   {"name": "io-bound.md", "label": "output"}
 *
 *   6:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *   6:1: Unexpected missing model output, expected what the model emits and its range, in an `Output:` lead-in of the framing section, such as `Output: the probability in [0, 1] that the user clicks the product`
 *
 * @example
 *   {"name": "ok-notation.md"}
 *
 *   # Email digest
 *
 *   ## Framing
 *
 *   - per user, score the candidate threads of the past week; the top 5 go into the email
 *   - the model predicts p(click | user, thread)
 *
 * @example
 *   {"name": "ok-pool.md"}
 *
 *   # Feed ranking
 *
 *   The ranker predicts the probability of engagement for a pool of tweets from the accounts the user follows.
 *
 * @example
 *   {"name": "metric-notation.md", "label": "input"}
 *
 *   # Notification ranking
 *
 *   ## Framing
 *
 *   The model predicts whether a notification is opened within the hour.
 *
 *   ## Metrics
 *
 *   Open rate: P(open | sent), the share of sent notifications that are opened.
 *
 * @example
 *   {"name": "metric-notation.md", "label": "output"}
 *
 *   7:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "missing-input.md", "label": "input"}
 *
 *   # Job recommendations
 *
 *   ## Input and output
 *
 *   - Input: <fill in>
 *   - Output: the probability that the seeker applies to the job; the feed is sorted by it.
 *
 * @example
 *   {"name": "missing-input.md", "label": "output"}
 *
 *   5:3-5:8: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "missing-output.md", "label": "input"}
 *
 *   # Merchant nudges
 *
 *   ## Framing
 *
 *   The model ranks the nudges shown to a merchant.
 *
 *   Input: the merchant's plan, sales over the last 30 days and dashboard visits.
 *
 *   Output: TBD
 *
 * @example
 *   {"name": "missing-output.md", "label": "output"}
 *
 *   9:1-9:7: Unexpected missing model output, expected what the model emits and its range, in an `Output:` lead-in of the framing section, such as `Output: the probability in [0, 1] that the user clicks the product`
 *
 * @example
 *   {"name": "serving-pipeline.md", "label": "input"}
 *
 *   # Tutor matching
 *
 *   ## Framing
 *
 *   The model predicts the probability that the student books a trial with each tutor.
 *
 *   ## Serving
 *
 *   Request posted → candidate tutors → features from the online store → LightGBM → top 20.
 *
 * @example
 *   {"name": "serving-pipeline.md", "label": "output"}
 *
 *   7:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "no-model.md", "label": "input"}
 *
 *   # A shared feature store
 *
 *   ## Feature engineering
 *
 *   Each feature definition names a source, an entity key such as the user or merchant, and an aggregation window.
 *
 * @example
 *   {"name": "no-model.md", "label": "output"}
 *
 *   3:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *   3:1: Unexpected missing model output, expected what the model emits and its range, in an `Output:` lead-in of the framing section, such as `Output: the probability in [0, 1] that the user clicks the product`
 *
 * @example
 *   {"name": "input-left-open.md", "label": "input"}
 *
 *   # Listing photo moderation
 *
 *   ## Framing
 *
 *   The model predicts for each listing photo the probability that it shows a prohibited item.
 *
 *   - Input: TBD (photo only? photo + title + description?)
 *
 *   ## Features
 *
 *   - 384 px center crop and resize
 *
 * @example
 *   {"name": "input-left-open.md", "label": "output"}
 *
 *   7:3-7:8: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-output-left-open.md"}
 *
 *   # Room demand
 *
 *   ## Framing
 *
 *   The model predicts the room-nights booked per hotel and night.
 *
 *   - Input: hotel, stay date, days to arrival, own price
 *   - Output: TBD (a single price? a range?)
 *
 * @example
 *   {"name": "ok-arrow-after-label.md"}
 *
 *   # Docs assistant
 *
 *   ## Framing
 *
 *   - ML objective: answer a developer's question from the docs, citing the chunks it used
 *   - retrieval: (question) → top 8 chunks of the docs
 *   - generation: (question + 8 chunks with ids) → answer text with the cited chunk ids
 *
 * @example
 *   {"name": "arrow-in-notes.md", "label": "input"}
 *
 *   # Trial conversion notes
 *
 *   ## framing
 *
 *   - ML objective: predict whether a trial converts to a paid plan
 *   - output: conversion probability, 0 to 1
 *
 *   ## data
 *
 *   - junk signups (test accounts, fake company names) → filtered before training
 *
 * @example
 *   {"name": "arrow-in-notes.md", "label": "output"}
 *
 *   8:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-objective-content.md"}
 *
 *   # Hard-hat checks
 *
 *   ## Framing
 *
 *   ML objective: detect for each worker whether they wear a hard hat in every video frame from the site cameras.
 *
 * @example
 *   {"name": "ok-objective-question-ru.md"}
 *
 *   # Ассистент по тарифам
 *
 *   ## Постановка задачи
 *
 *   Что делаем с технической точки зрения: RAG-систему, которая находит ответ на вопрос пользователя в документации по тарифам.
 *
 * @example
 *   {"name": "ok-framing-content.md"}
 *
 *   # Clause finder
 *
 *   ## Framing
 *
 *   ML objective: rank the clauses of the contract archive by relevance.
 *
 *   The service retrieves the clauses for each user query typed in the search box.
 *
 * @example
 *   {"name": "framing-product-content.md", "label": "input"}
 *
 *   # Listing sales
 *
 *   ## Framing
 *
 *   ML objective: predict whether a listing sells within a week.
 *
 *   Sellers upload photos of each listing and a short text, and tag the listing's category.
 *
 * @example
 *   {"name": "framing-product-content.md", "label": "output"}
 *
 *   8:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-input-lead-in.md"}
 *
 *   # Flood risk
 *
 *   ## Framing
 *
 *   ML objective: predict the water level at each river gauge six hours ahead.
 *
 *   These sources will be used as input data for the model:
 *
 *   - river gauge readings
 *   - rainfall radar
 *
 * @example
 *   {"name": "input-validation-lead-in.md", "label": "input"}
 *
 *   # Flood risk
 *
 *   ## Framing
 *
 *   ML objective: predict the water level at each river gauge six hours ahead.
 *
 *   Input validation rejects these records:
 *
 *   - duplicated rows
 *   - gauges offline for a day
 *
 * @example
 *   {"name": "input-validation-lead-in.md", "label": "output"}
 *
 *   11:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "objective-other-senses.md", "label": "input"}
 *
 *   # Subscriber churn
 *
 *   ## Framing
 *
 *   ML objective: the question is which subscribers cancel within a one-month time frame, so we predict the probability that each one does and whether push, email or SMS reaches them.
 *
 * @example
 *   {"name": "objective-other-senses.md", "label": "output"}
 *
 *   6:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "objective-generates-text.md", "label": "input"}
 *
 *   # Newsletter drafts
 *
 *   ## Framing
 *
 *   ML objective: the model generates the text of each weekly newsletter from a corpus of past issues.
 *
 * @example
 *   {"name": "objective-generates-text.md", "label": "output"}
 *
 *   6:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-predicted-from.md"}
 *
 *   # Staff attrition
 *
 *   ## Framing
 *
 *   A classifier predicts whether an employee leaves within a year based on salary band, tenure, manager changes and overtime hours.
 *
 * @example
 *   {"name": "ok-used-to-predict.md"}
 *
 *   # Taxi demand
 *
 *   ## Framing
 *
 *   We use the last four weeks of pickups per zone and the weather forecast to predict the pickups per zone for each of the next six hours.
 *
 * @example
 *   {"name": "ok-named-model-takes.md"}
 *
 *   # Chest X-ray triage
 *
 *   ## Model
 *
 *   A ResNet-50 takes a grayscale chest X-ray of 224 by 224 pixels and returns the probability of each of 14 findings.
 *
 * @example
 *   {"name": "ok-llm-receives.md"}
 *
 *   # Travel policy assistant
 *
 *   ## Framing
 *
 *   ML objective: help employees find what the travel policy allows.
 *
 *   The LLM receives the question and the five retrieved policy chunks and writes an answer citing them.
 *
 * @example
 *   {"name": "predicted-by-method.md", "label": "input"}
 *
 *   # Subscriber churn
 *
 *   ## Framing
 *
 *   We predict whether a subscriber cancels within 30 days using XGBoost, and forecast the cancellations from historical data.
 *
 *   The model takes three hours to train.
 *
 * @example
 *   {"name": "predicted-by-method.md", "label": "output"}
 *
 *   8:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-model-io-heading.md"}
 *
 *   # Leaf disease
 *
 *   ## Model I/O
 *
 *   A photo of one leaf goes in; one of nine disease classes, or healthy, with its confidence comes out.
 *
 * @example
 *   {"name": "ok-target-variable.md"}
 *
 *   # Delivery time
 *
 *   ## Model
 *
 *   CatBoost, with a linear regression baseline.
 *
 *   **Features:** distance, hour of day, courier load and the restaurant's mean preparation time.
 *
 *   **Target variable:** the minutes from order to hand-over.
 *
 * @example
 *   {"name": "ok-arrow-chain.md"}
 *
 *   # Podcast recommendations (notes)
 *
 *   - objective: more listening minutes per user
 *   - user history + candidate episode metadata → GBDT → listen probability
 *
 * @example
 *   {"name": "ok-into-the-model.md"}
 *
 *   # Spam calls
 *
 *   1. What is the ML objective?
 *      - predict whether an incoming call is spam
 *   2. What goes into the model?
 *      - the caller's reputation, the calls made in the last hour, the share of short calls
 *
 * @example
 *   {"name": "ok-objective-predicts.md"}
 *
 *   # Substation load
 *
 *   ## Framing
 *
 *   We forecast the load of each substation for each of the next 24 hours from the last 14 days of hourly load, the temperature forecast and the holiday calendar.
 *
 * @example
 *   {"name": "objective-predicts-nothing.md", "label": "input"}
 *
 *   # Substation load
 *
 *   ## Framing
 *
 *   We predict.
 *
 *   Model inputs: the last 14 days of hourly load, the temperature forecast and the holiday calendar.
 *
 * @example
 *   {"name": "objective-predicts-nothing.md", "label": "output"}
 *
 *   8:1: Unexpected missing model output, expected what the model emits and its range, in an `Output:` lead-in of the framing section, such as `Output: the probability in [0, 1] that the user clicks the product`
 *
 * @example
 *   {"name": "ok-signature-opens.md"}
 *
 *   # Ad clicks (notes)
 *
 *   ## Framing
 *
 *   - (user, ad, context) -> p(click)
 *   - trained on 30 days of impression logs
 *
 * @example
 *   {"name": "signature-of-an-api.md", "label": "input"}
 *
 *   # Model registry (notes)
 *
 *   ## Design
 *
 *   - (optional) → archive the old versions first
 *   - register(name, version, owner) -> id
 *
 * @example
 *   {"name": "signature-of-an-api.md", "label": "output"}
 *
 *   7:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *   7:1: Unexpected missing model output, expected what the model emits and its range, in an `Output:` lead-in of the framing section, such as `Output: the probability in [0, 1] that the user clicks the product`
 *
 * @example
 *   {"name": "ok-it-reads.md"}
 *
 *   # Chat intents
 *
 *   ## ML objective
 *
 *   Classify each chat message into one of 20 intents.
 *
 *   ## Model
 *
 *   We chose a fine-tuned DistilBERT. It reads the message text, up to 128 tokens, and outputs a softmax over the intents.
 *
 * @example
 *   {"name": "it-without-a-model.md", "label": "input"}
 *
 *   # Chat intents
 *
 *   ## ML objective
 *
 *   Classify each chat message into one of 20 intents.
 *
 *   ## Model
 *
 *   We chose a fine-tuned DistilBERT. It takes a week to fine-tune.
 *
 *   The support dashboard is new. It reads the message text, up to 128 tokens, and shows the predicted intent.
 *
 * @example
 *   {"name": "it-without-a-model.md", "label": "output"}
 *
 *   7:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-model-features.md"}
 *
 *   # Late invoices
 *
 *   ## Objective
 *
 *   Predict the probability that an invoice is paid late.
 *
 *   ## Model features
 *
 *   We use the customer's payment history, the invoice amount, the payment terms and the industry.
 *
 * @example
 *   {"name": "model-features-of-a-registry.md", "label": "input"}
 *
 *   # Model registry
 *
 *   ## Model features
 *
 *   Versioning, rollback to any earlier version, and an owner for each entry.
 *
 * @example
 *   {"name": "model-features-of-a-registry.md", "label": "output"}
 *
 *   3:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *   3:1: Unexpected missing model output, expected what the model emits and its range, in an `Output:` lead-in of the framing section, such as `Output: the probability in [0, 1] that the user clicks the product`
 *
 * @example
 *   {"name": "into-the-model-registry.md", "label": "input"}
 *
 *   # Spam calls
 *
 *   ML objective: predict whether an incoming call is spam.
 *
 *   Each user-facing change goes into the model review, and each version into the model registry.
 *
 * @example
 *   {"name": "into-the-model-registry.md", "label": "output"}
 *
 *   6:1: Unexpected missing model input, expected the entities and features the model receives, in an `Input:` lead-in of the framing section, such as `Input: user embedding, product embedding, the user's last 50 views`
 *
 * @example
 *   {"name": "ok-input-as-an-example-request.md"}
 *
 *   # Booking cancellations
 *
 *   ## Scoring API
 *
 *   The model returns the probability in [0, 1] that the booking is cancelled.
 *
 *   **Example input:**
 *
 *   ```json
 *   {"hotel_id": "H-01", "lead_time_days": 40, "channel": "web", "rate_plan": "refundable"}
 *   ```
 *
 */
import type { VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

const remarkLintMlInputOutput = defineRule<Options>(
  {
    id: 'ml-input-output',
    stage: 'framing',
    messages: {
      missingModelInput: {
        reason: missing(
          'model input',
          'the entities and features the model receives, in an `Input:` lead-in of the framing section',
          "Input: user embedding, product embedding, the user's last 50 views",
        ),
        stub: {
          part: 'input',
          heading: 'Input',
          todo: 'TODO — state the entities and features the model receives, such as `user embedding, the last 50 views`.',
        },
      },
      missingModelOutput: {
        reason: missing(
          'model output',
          'what the model emits and its range, in an `Output:` lead-in of the framing section',
          'Output: the probability in [0, 1] that the user clicks the product',
        ),
        stub: {
          part: 'output',
          heading: 'Output',
          todo: 'TODO — state what the model emits and its range, such as `the probability in [0, 1] of a click`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    // Whether each side is defined, and where prose counts (a designed model, no serving pipeline): the reader's.
    if (!reading.definesModel('input')) {
      report('missingModelInput', { place: placeMissing(reading, 'input', { named: true }) })
    }
    if (!reading.definesModel('output')) {
      report('missingModelOutput', { place: placeMissing(reading, 'output', { named: true }) })
    }
  },
)

export default remarkLintMlInputOutput
