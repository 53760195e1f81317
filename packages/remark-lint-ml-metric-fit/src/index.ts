/**
 * remark-lint rule to check that the offline metrics of an ML system design
 * document fit its task family.
 *
 * ## What is this?
 *
 * This rule checks each offline metric the document commits to against the
 * task family it designs (see `ml-category`): no regression metric (RMSE,
 * MAE, MAPE, R²) for a classifier, no classification metric (accuracy, F1,
 * ROC-AUC, or precision and recall as the only pair) for a regression, and
 * ranking metrics (NDCG, MAP, MRR, recall@k) only for ranking,
 * recommendation or retrieval (precision@k also fits multi-label
 * classification, mAP fits detection). It also flags accuracy when it is the
 * only offline metric of a classifier the document itself calls imbalanced:
 * a model that always predicts the majority class scores well on it.
 *
 * A metric fits when it fits any family the document names (a ranker built
 * from a pointwise click classifier may use log loss and NDCG both). The
 * rule stays silent when the family is unknown: `ml-category` speaks then.
 *
 * ## When should I use this?
 *
 * Always: a metric that does not fit the task measures something else, and
 * the model gets tuned toward it.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`offlineMetrics`, `families`,
 *   ...): see `mdast-util-ml-design`. Metrics added with `offlineMetrics`
 *   fit any family.
 *
 * ## Decisions
 *
 * * A metric the document rejects ("PR-AUC rather than accuracy", "accuracy
 *   would be meaningless here") or mentions among rejected alternatives is
 *   not one it uses.
 * * Accuracy also fits generation (exact-match or execution accuracy of a
 *   generated answer), and calibration fits regression and forecasting too
 *   (predicted quantiles and intervals are calibrated): the contract names
 *   neither as classification-only.
 * * A pointwise score that orders candidates ("we sort candidates by it")
 *   names ranking beside the classifier, so ranking metrics fit.
 * * Each misfit metric is reported once, at its first use.
 * * Precision or recall with any other offline metric is not a misfit for a
 *   regression task: only the pair on its own is.
 * * For the accuracy check, a metric named only as the side of an error-cost
 *   trade-off ("so we favour recall"), in prose or under an `Error costs`
 *   label, is a preference, not a metric the evaluation reports: accuracy
 *   is still the only one. A `Class imbalance` (or `Imbalance`) section or
 *   label with content calls the classes imbalanced.
 * * `accuracy` and `precision` are everyday words too. They name the metric
 *   only in a metric statement: under a metrics label or section, in the
 *   evaluation stage, beside a value (`accuracy ~85%`) or another metric,
 *   or in a sentence that reports, measures or evaluates. Outside a metrics
 *   label, after a word that makes them a plain quality (`ETA accuracy`,
 *   `forecast accuracy`, `higher accuracy`, `high-precision`), or after a
 *   change weighed as a cost (`a slight reduction in model accuracy (under
 *   1%)`, even with a guess beside it) they never do; under one (`Offline
 *   metric: forecast accuracy`) the author's word names the metric.
 * * Accuracy with a tolerance after it (`accuracy within ±15% of the sold
 *   price`) is how often a value lands close enough, a closeness that fits
 *   any task, so it is no misfit for a regression. So is a plain-quality
 *   accuracy filed under online metrics (`Online metrics` > `ETA accuracy
 *   on completed trips`): the author's own live measure.
 * * A metric word followed by a word that makes it a way of searching is no
 *   metric: `exact-match retrieval`, an `exact-match mode` (the generation
 *   metric is `exact match` of an answer).
 * * For the accuracy check, a metric watched in production (`weekly recall
 *   on matured labels` under monitoring) and a confusion matrix are not
 *   offline or evaluation metrics: accuracy can still be the only one.
 * * A family word in the features (`city_type: urban classification
 *   (metro, tier-2)`) describes an input, not the task: accuracy still
 *   misfits the regression the document designs.
 * * A metric named in a survey of how others do it, an option nobody chose
 *   or a pros/cons list is not one the document uses.
 * * For the accuracy check, a metric the author files as an online metric
 *   (`Online metrics: AUC and log loss on the live pushes`), a calibration
 *   plot (a view, like a confusion matrix) and the criterion training stops
 *   on (`early stop on validation log loss`) are not offline metrics the
 *   evaluation reports: accuracy can still be the only one.
 * * A metric word in the data stage that describes the data (a feature,
 *   `payer diversity (distinct payers 7d)`; an alignment step, `matched by
 *   time overlap (IoU > 0.5)`) is no metric of the model, unless it is
 *   filed under a metrics label or stands in a sentence that measures.
 * * "Recall at N" before a rate (`recall at 1 alert per 40 transactions`)
 *   is recall at an operating point, not a cut-off of a ranked list;
 *   `recall at 10 on the test week` and `precision at 10 results per
 *   query` stay ranking metrics.
 * * A family word under the model's input or features (`Input: ... 1st-class
 *   load forecast`), or in a sentence of the data, deployment or monitoring
 *   stage that neither predicts nor measures (`input drift: load forecast
 *   distribution`), names what flows through, not the task designed: RMSE
 *   then misfits the binary classifier.
 * * A table row that another cell marks as rejected (`| DNA language model +
 *   head | too big | rejected |`) commits to no family: accuracy then
 *   misfits the regression the document designs.
 * * A metric word under the model's input or features is a feature (`Inputs`
 *   > `last-20 win rate`), in any stage, unless it is filed under a metrics
 *   label or stands in a sentence that measures.
 * * `recall at 1 false hold / 200 payments` is recall at an operating point,
 *   like `recall at 1 alert per 40 transactions`.
 * * Correlation metrics (Pearson, Spearman, Kendall) fit regression and
 *   ranking; `bi-encoder` and `dual encoder` name the two-tower retrieval
 *   architecture, so recall@k fits a document that links spans with one.
 * * In a table led by a metric column (`| Metric | What it measures |`), a
 *   cell of a column whose header explains (`What it measures`, `Why`,
 *   `Notes`) explains its row's metric: a metric word there (`the old classifier showed ROC-AUC here`) is
 *   not a metric the document uses. The metric column is read as before.
 *
 * * `accuracy` spared by a change (`optimizations that won't affect model
 *   accuracy`, `without sacrificing accuracy`) or set against another
 *   quality (`Novelty vs. accuracy`) is a plain quality, as is `high
 *   accuracy` in a sentence that names no other metric and measures nothing
 *   (the same word twice is no other metric; "model optimizations", the
 *   noun, measure nothing). `accuracy metrics` names a class of metrics,
 *   not accuracy.
 * * `R2` opening a line with words after it (`- R2: answer only from the
 *   passages`, beside `R1:`) numbers a requirement; `R2: 0.41` is R².
 * * A yes/no question right after a family word is the model's target
 *   (`binary classification, will the store accept the order?`): the
 *   family counts. A question about the choice (`regression, is that
 *   right?`) commits to nothing.
 * * A metric in a table row that another cell marks as rejected (`| full /
 *   not full classes | F1 | rejected |`) is not one the document uses, as
 *   the row's family is not one it designs.
 * * Filed under online or business metrics, `accuracy` after a word that
 *   names what is accurate (`Stock record accuracy`, `Surge pricing
 *   accuracy`) is the author's own live measure, like `ETA accuracy` there;
 *   after a word that names the model's accuracy (`Model accuracy`, `test`,
 *   `top-1`, `balanced`) it stays accuracy.
 * * `precision@k` also fits anomaly detection: precision over the top k
 *   alerts of an anomaly score is precision at the alert budget.
 * * `imbalanced` said of what the system serves or spreads (`load is
 *   imbalanced across regions`, `imbalanced traffic`) does not call the
 *   classes imbalanced.
 * * A list item that weighs itself on its line, a `pro:` and then a `con:`
 *   (`- **Accuracy within 2 minutes**: pro: easy to explain; con: hides the
 *   big misses`), is an option with its pros and cons, like one with
 *   `Pros` and `Cons` bullets under it: not a metric the document uses.
 * * A template line left blank with its owner after it (`Prediction
 *   accuracy should be ..... (DS)`) is a placeholder: it names no metric.
 * * Ordering what a search or feed shows by a score (`we order the results
 *   by the score`, `rank comments per video`) names ranking, as sorting the
 *   candidates does.
 * * An everyday metric word that labels other metrics names what they
 *   measure, not a metric of its own (also as a table row's first cell
 *   before a cell that names them): `Prediction accuracy: RMSE under 40k`,
 *   `Accuracy sign-off: must beat 0.8 R²`, `Model accuracy is measured with
 *   MAE and MAPE`. With its own value first (`Accuracy: 92%, MAE under 40k`)
 *   it is the metric.
 * * A metric preferred against (`over AUC/RMSE`, `clarity over benchmark
 *   accuracy`) is rejected, each metric of a slash list alike.
 * * The loss training minimises (`Loss function: mean squared error`, `an
 *   MSE reconstruction loss`, `a reconstruction loss (MAE)`) is not an offline metric: an autoencoder's
 *   reconstruction error inside a classifier fits it.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * A misfit metric is reported wherever the design computes it on the
 *   model, also when it is only watched during training (`accuracy on the
 *   training and validation sets` for a regression): the author judges the
 *   model by it. For the accuracy-only check, what training watches is not
 *   the evaluation's metric (above).
 *
 * @module ml-metric-fit
 * @example
 *   {"name": "only-accuracy-outline.md", "label": "input"}
 *
 *   # Account takeover risk
 *
 *   - Category: binary classification (takeover or not)
 *   - Imbalance
 *     - ~1 : 2000
 *   - Offline: accuracy on the last month, held out
 *   - Error costs: a missed takeover is far worse, so the threshold is set for high recall
 *
 * @example
 *   {"name": "only-accuracy-outline.md", "label": "output"}
 *
 *   6:12-6:20: Unexpected `accuracy` as the only offline metric of an imbalanced classification task, expected a metric that shows how the rare classes fare in the evaluation section, such as `macro-F1` or `PR-AUC`
 *
 * @example
 *   {"name": "ok-output-regression.md"}
 *
 *   # Churn outreach
 *
 *   ## Framing
 *
 *   Score each account's churn risk every Monday for the success team.
 *
 *   ## Evaluation
 *
 *   Offline AUC on the last held-out month.
 *
 *   ## Testing
 *
 *   Contract tests on the feature schema; golden datasets catch model output regression between releases.
 *
 * @example
 *   {"name": "ok-metric-note-column.md"}
 *
 *   # Parcel arrival time
 *
 *   ## Framing
 *
 *   Regression: predict the minutes from pickup to the doorstep.
 *
 *   ## Evaluation
 *
 *   Offline, on the held-out last two weeks of deliveries:
 *
 *   | Metric | What it measures |
 *   | --- | --- |
 *   | MAE | minutes off on a typical parcel |
 *   | Share inside the slot | parcels that arrive in the promised hour (the old on-time classifier showed ROC-AUC here) |
 *
 * @example
 *   {"name": "metric-column-misfit.md", "label": "input"}
 *
 *   # Parcel arrival time
 *
 *   ## Framing
 *
 *   Regression: predict the minutes from pickup to the doorstep.
 *
 *   ## Evaluation
 *
 *   Offline, on the held-out last two weeks of deliveries:
 *
 *   | Metric | What it measures |
 *   | --- | --- |
 *   | MAE | minutes off on a typical parcel |
 *   | Accuracy | parcels that arrive in the promised hour |
 *
 * @example
 *   {"name": "metric-column-misfit.md", "label": "output"}
 *
 *   14:3-14:11: Unexpected classification metric `Accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "ok-survey-metric.md"}
 *
 *   # Help-center search
 *
 *   ## Survey: how others do it
 *
 *   Answer generators on top of search report faithfulness and ROUGE.
 *
 *   ## Our design
 *
 *   We rank the articles for each query with a learning-to-rank model; offline, NDCG@10 on the held-out last month of searches.
 *
 * @example
 *   {"name": "ok-everyday-accuracy.md"}
 *
 *   # Delivery ETA
 *
 *   Couriers and customers live or die on ETA accuracy.
 *
 *   ## Framing
 *
 *   Regression: predict the delivery time in minutes.
 *
 *   ## Evaluation
 *
 *   MAE on the last two weeks of orders, held out.
 *
 * @example
 *   {"name": "ok-accuracy-cost.md"}
 *
 *   # Monthly sales forecast
 *
 *   Forecasting: predict next month's sales per store, a value between 0 and 2 million dollars.
 *
 *   Offline: MAPE on the last six months, held out.
 *
 *   **Trade-off:** lagging the price index by two months costs a slight reduction in model accuracy (under 1%).
 *
 * @example
 *   {"name": "ok-exact-match-mode.md"}
 *
 *   # Help-center search
 *
 *   We rank the articles for each query with a learning-to-rank model; offline, NDCG@10 on the held-out last month of searches.
 *
 *   Quoted queries switch to an exact-match retrieval mode.
 *
 * @example
 *   {"name": "exact-match-reported.md", "label": "input"}
 *
 *   # Help-center search
 *
 *   We rank the articles for each query with a learning-to-rank model; offline, exact match on the held-out last month of searches.
 *
 * @example
 *   {"name": "exact-match-reported.md", "label": "output"}
 *
 *   3:77-3:88: Unexpected generation metric `exact match` for a ranking task, expected an offline metric that fits it in the evaluation section, such as `NDCG@10`
 *
 * @example
 *   {"name": "feature-schema.md", "label": "input"}
 *
 *   # Delivery ETA
 *
 *   A stacked regressor predicts the delivery time in minutes, between 5 and 90.
 *
 *   ## Feature schema
 *
 *   | feature | description |
 *   |---|---|
 *   | `city_type` | urban classification (metro, tier-2, town) |
 *
 *   ## Results
 *
 *   - **Accuracy**: ~85%
 *
 * @example
 *   {"name": "feature-schema.md", "label": "output"}
 *
 *   13:5-13:13: Unexpected classification metric `Accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "accuracy-reported.md", "label": "input"}
 *
 *   # Delivery ETA
 *
 *   Regression: predict the delivery time in minutes.
 *
 *   We report accuracy on the held-out last two weeks.
 *
 * @example
 *   {"name": "accuracy-reported.md", "label": "output"}
 *
 *   5:11-5:19: Unexpected classification metric `accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   We predict whether a card transaction is fraudulent: a binary classification.
 *
 *   Offline metrics: PR-AUC and recall at 0.5% false positive rate on the held-out month.
 *
 * @example
 *   {"name": "ok-ranking.md"}
 *
 *   # Search ranking
 *
 *   The ranker orders the candidate listings for each query; a pointwise classifier predicts the probability of a click.
 *
 *   | metric | kind |
 *   |---|---|
 *   | NDCG@10 | offline |
 *   | log loss | offline |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   ml_category: regression
 *   offline_metrics: [MAE, MAPE]
 *   ---
 *
 *   # House prices
 *
 * @example
 *   {"name": "ok-rejected.md"}
 *
 *   # Card fraud scoring
 *
 *   A binary classifier flags fraudulent payments. Fraud is 0.1% of payments, so the classes are heavily imbalanced.
 *
 *   We report PR-AUC rather than accuracy, which would be 99.9% for a model that approves everything.
 *
 * @example
 *   {"name": "unknown-family.md"}
 *
 *   # Notifications
 *
 *   Offline metric: RMSE.
 *
 * @example
 *   {"name": "regression-metric.md", "label": "input"}
 *
 *   # Duplicate listings
 *
 *   A binary classifier predicts whether two listings are duplicates.
 *
 *   **Evaluation:** RMSE on the held-out month of moderator labels.
 *
 * @example
 *   {"name": "regression-metric.md", "label": "output"}
 *
 *   5:17-5:21: Unexpected regression metric `RMSE` for a classification task, expected an offline metric that fits it in the evaluation section, such as `PR-AUC`
 *
 * @example
 *   {"name": "ranking-metric.md", "label": "input"}
 *
 *   # House prices
 *
 *   We predict the sale price of a listing: a regression.
 *
 *   Offline we report NDCG@10 on the last six months of sales.
 *
 * @example
 *   {"name": "ranking-metric.md", "label": "output"}
 *
 *   5:19-5:26: Unexpected ranking metric `NDCG@10` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "accuracy-imbalanced.md", "label": "input"}
 *
 *   # Ticket routing
 *
 *   A multi-class classifier picks the queue for each ticket. The queues are heavily imbalanced: legal is 0.7% of tickets.
 *
 *   Offline: accuracy on the held-out last two months.
 *
 * @example
 *   {"name": "accuracy-imbalanced.md", "label": "output"}
 *
 *   5:10-5:18: Unexpected `accuracy` as the only offline metric of an imbalanced classification task, expected a metric that shows how the rare classes fare in the evaluation section, such as `macro-F1` or `PR-AUC`
 *
 * @example
 *   {"name": "accuracy-training-criterion.md", "label": "input"}
 *
 *   # Phishing filter
 *
 *   - Objective: predict p(credential phishing | inbound mail) at delivery
 *   - Imbalance: ~0.3% of labelled mails are phishing
 *   - Model: LightGBM, early stop on validation log loss
 *   - Online metrics: log loss on the live mails
 *   - Offline: accuracy on the test month; calibration plot
 *
 * @example
 *   {"name": "accuracy-training-criterion.md", "label": "output"}
 *
 *   7:12-7:20: Unexpected `accuracy` as the only offline metric of an imbalanced classification task, expected a metric that shows how the rare classes fare in the evaluation section, such as `macro-F1` or `PR-AUC`
 *
 * @example
 *   {"name": "ok-log-loss-reported.md"}
 *
 *   # Phishing filter
 *
 *   - Objective: predict p(credential phishing | inbound mail) at delivery
 *   - Imbalance: ~0.3% of labelled mails are phishing
 *   - Model: LightGBM, early stop on validation log loss
 *   - Offline: accuracy and log loss on the test month
 *
 * @example
 *   {"name": "ok-data-words.md"}
 *
 *   # Scan-skip alerts
 *
 *   - Category: binary classification (skipped scan or not)
 *   - Offline: PR-AUC and recall at 1 alert per 40 transactions on the test stores
 *
 *   ## Data
 *
 *   - feats: payer diversity (distinct payers 7d), basket size
 *   - proposals aligned with the annotations by time overlap (IoU > 0.5)
 *
 * @example
 *   {"name": "cut-off-metric.md", "label": "input"}
 *
 *   # Scan-skip alerts
 *
 *   - Category: binary classification (skipped scan or not)
 *   - Offline: PR-AUC and recall at 10 on the test stores
 *
 * @example
 *   {"name": "cut-off-metric.md", "label": "output"}
 *
 *   4:23-4:35: Unexpected ranking metric `recall at 10` for a classification task, expected an offline metric that fits it in the evaluation section, such as `PR-AUC`
 *
 * @example
 *   {"name": "ok-generation-accuracy.md"}
 *
 *   # Questions to SQL
 *
 *   The model generates text: a SQL query for the analyst's question.
 *
 *   Offline: execution accuracy on the 1,200 held-out benchmark questions.
 *
 * @example
 *   {"name": "ok-interval-calibration.md"}
 *
 *   # Solar nowcast
 *
 *   We forecast the output of each site for the next six hours, with P10 and P90 quantiles.
 *
 *   Offline: MAE and the calibration of the P10–P90 interval on the held-out last quarter.
 *
 * @example
 *   {"name": "ok-sorted-candidates.md"}
 *
 *   # Autoplay
 *
 *   Predict whether the viewer keeps watching, with a pointwise binary classifier; we sort candidates by it and the top one plays.
 *
 *   Offline: NDCG@10 and log loss on the last 3 days, held out.
 *
 * @example
 *   {"name": "ranking-metric-classifier.md", "label": "input"}
 *
 *   # Autoplay
 *
 *   Predict whether the viewer keeps watching, with a pointwise binary classifier.
 *
 *   Offline: NDCG@10 and log loss on the last 3 days, held out.
 *
 * @example
 *   {"name": "ranking-metric-classifier.md", "label": "output"}
 *
 *   5:10-5:17: Unexpected ranking metric `NDCG@10` for a classification task, expected an offline metric that fits it in the evaluation section, such as `PR-AUC`
 *
 * @example
 *   {"name": "rejected-option-row.md", "label": "input"}
 *
 *   # Guide efficiency scores
 *
 *   ## Framing
 *
 *   - Task: supervised regression of the editing efficiency, between 0 and 1
 *
 *   ## Options
 *
 *   | option | why | status |
 *   |---|---|---|
 *   | pretrained DNA language model + head | too big for the lab server | rejected |
 *   | gradient-boosted trees on sequence features | small, fast | chosen |
 *
 *   ## Evaluation
 *
 *   - Offline: accuracy on the held-out screens
 *
 * @example
 *   {"name": "rejected-option-row.md", "label": "output"}
 *
 *   16:12-16:20: Unexpected classification metric `accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "forecast-as-input.md", "label": "input"}
 *
 *   # Upgrade offers
 *
 *   ## Framing
 *
 *   - Binary classification: p(customer buys the upgrade | offer sent)
 *   - Input: route, days to departure, price ratio, 1st-class load forecast
 *   - Offline: ROC-AUC and RMSE of the predicted probability on the held-out months
 *
 * @example
 *   {"name": "forecast-as-input.md", "label": "output"}
 *
 *   7:24-7:28: Unexpected regression metric `RMSE` for a classification task, expected an offline metric that fits it in the evaluation section, such as `PR-AUC`
 *
 * @example
 *   {"name": "ok-metric-word-as-feature.md"}
 *
 *   # Lobby balance
 *
 *   ## What we'd predict
 *
 *   - Binary classification: P(team A wins | proposed lobby)
 *   - Inputs
 *     - per player: rating, role pick, last-20 win rate, ping
 *   - Offline metrics: log loss and ROC-AUC on the held-out last month
 *
 * @example
 *   {"name": "ok-recall-at-rate.md"}
 *
 *   # Duplicate payments
 *
 *   ## Framing
 *
 *   - Binary classification: P(duplicate) for each pair of invoices
 *   - Offline: PR-AUC and recall at 1 false hold / 200 payments on the held-out quarter
 *
 * @example
 *   {"name": "ok-correlation-regression.md"}
 *
 *   # Pronunciation scores
 *
 *   ## Framing
 *
 *   - Regression: the attempt score a teacher would give, 0 to 100
 *
 *   ## Evaluation
 *
 *   - Offline: MAE and Pearson r against teacher ratings on the held-out speakers
 *
 * @example
 *   {"name": "ok-bi-encoder-linking.md"}
 *
 *   # Skill linking
 *
 *   ## Framing
 *
 *   - Multi-class classification of each token (BIO tags) finds the skill spans
 *   - A bi-encoder embeds each span and every taxonomy entry; the nearest entry links the span
 *
 *   ## Evaluation
 *
 *   - Offline: entity F1 for the spans, recall@5 of the linked ids on the held-out annotated CVs
 *
 * @example
 *   {"name": "misfit-watched-in-training.md", "label": "input"}
 *
 *   # Sell-out days
 *
 *   ## Framing
 *
 *   Regression: predict the number of days until a hotel sells out, from 0 to 365.
 *
 *   ## Training
 *
 *   We watch accuracy on the training and validation sets to catch overfitting.
 *
 *   ## Evaluation
 *
 *   RMSE on a held-out month.
 *
 * @example
 *   {"name": "misfit-watched-in-training.md", "label": "output"}
 *
 *   9:10-9:18: Unexpected classification metric `accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "ok-tolerance-accuracy.md"}
 *
 *   # Used bike prices
 *
 *   - Regression: the sale price in €, from 0 to the catalogue price
 *   - Offline: MAE and accuracy within ±10% of the final price, on the held-out last month
 *
 * @example
 *   {"name": "ok-accuracy-spared.md"}
 *
 *   # Course recommendations
 *
 *   We recommend courses with a two-tower retriever and a ranker; offline, recall@100 and NDCG@10 on the last month.
 *
 *   | Challenge | Answer |
 *   |---|---|
 *   | Novelty vs. accuracy | a re-ranking pass mixes in new courses |
 *
 *   ## Serving optimizations
 *
 *   We want high accuracy, so we keep to model optimizations that won't affect model accuracy (operator fusion, batching).
 *
 *   A canary must pass our engagement and accuracy metrics before full rollout.
 *
 * @example
 *   {"name": "ok-requirement-numbers.md"}
 *
 *   # Policy assistant
 *
 *   A retrieval-augmented assistant finds handbook passages and writes a grounded answer to each staff question.
 *
 *   ## Requirements
 *
 *   - R1: fetch the five best passages for each question
 *   - R2: answer only from those passages
 *
 *   ## Evaluation
 *
 *   Offline: recall@5 of the passages and groundedness of the answers, rated by two reviewers on 300 questions.
 *
 * @example
 *   {"name": "r2-value.md", "label": "input"}
 *
 *   # Policy renewals
 *
 *   Binary classification: does the customer renew?
 *
 *   - R2: 0.41 on the held-out year
 *
 * @example
 *   {"name": "r2-value.md", "label": "output"}
 *
 *   5:3-5:5: Unexpected regression metric `R2` for a classification task, expected an offline metric that fits it in the evaluation section, such as `PR-AUC`
 *
 * @example
 *   {"name": "accuracy-optimized.md", "label": "input"}
 *
 *   # Delivery ETA
 *
 *   Regression: predict the delivery time in minutes.
 *
 *   The hyperparameter search optimizes accuracy.
 *
 * @example
 *   {"name": "accuracy-optimized.md", "label": "output"}
 *
 *   5:37-5:45: Unexpected classification metric `accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "ok-rejected-metric-row.md"}
 *
 *   # Parking spaces
 *
 *   Forecasting the free spaces per garage, one hour ahead.
 *
 *   | approach | metric it would report | verdict |
 *   |---|---|---|
 *   | full / not full classes | F1 | rejected: loses the count |
 *   | count regression | MAE | chosen |
 *
 * @example
 *   {"name": "chosen-metric-row.md", "label": "input"}
 *
 *   # Parking spaces
 *
 *   Forecasting the free spaces per garage, one hour ahead.
 *
 *   | approach | metric it would report | verdict |
 *   |---|---|---|
 *   | count regression | F1 | chosen |
 *
 * @example
 *   {"name": "chosen-metric-row.md", "label": "output"}
 *
 *   7:22-7:24: Unexpected classification metric `F1` for a forecasting task, expected an offline metric that fits it in the evaluation section, such as `MAPE`
 *
 * @example
 *   {"name": "ok-kpi-record-accuracy.md"}
 *
 *   # Shelf stock forecast
 *
 *   Regression of the units on the shelf at closing time.
 *
 *   ## Business KPIs
 *
 *   - Stock record accuracy above 97%
 *
 *   ## Offline
 *
 *   MAE per product and store on the held-out last month.
 *
 * @example
 *   {"name": "kpi-model-accuracy.md", "label": "input"}
 *
 *   # Shelf stock forecast
 *
 *   Regression of the units on the shelf at closing time.
 *
 *   ## Business KPIs
 *
 *   - Model accuracy above 97%
 *
 * @example
 *   {"name": "kpi-model-accuracy.md", "label": "output"}
 *
 *   7:9-7:17: Unexpected classification metric `accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "ok-anomaly-precision-at-k.md"}
 *
 *   # Meter tampering
 *
 *   Anomaly detection (isolation forest) on each meter's hourly readings.
 *
 *   Offline: precision@50 of the top alerts against field inspections.
 *
 * @example
 *   {"name": "precision-at-k-regression.md", "label": "input"}
 *
 *   # Meter readings
 *
 *   Regression of each meter's next-hour reading.
 *
 *   Offline: precision@50 on the held-out week.
 *
 * @example
 *   {"name": "precision-at-k-regression.md", "label": "output"}
 *
 *   5:10-5:22: Unexpected ranking metric `precision@50` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "ok-load-imbalance.md"}
 *
 *   # Language ID
 *
 *   Multi-class classification of 20 languages, 50k training messages for each.
 *
 *   Serving: load is imbalanced across regions, so each region scales on its own.
 *
 *   Offline: accuracy on 10k held-out messages per language.
 *
 * @example
 *   {"name": "classes-and-load-imbalanced.md", "label": "input"}
 *
 *   # Language ID
 *
 *   Multi-class classification of 20 languages; the classes are imbalanced (Icelandic is 0.1%).
 *
 *   Serving: load is imbalanced across regions, so each region scales on its own.
 *
 *   Offline: accuracy on the held-out month.
 *
 * @example
 *   {"name": "classes-and-load-imbalanced.md", "label": "output"}
 *
 *   7:10-7:18: Unexpected `accuracy` as the only offline metric of an imbalanced classification task, expected a metric that shows how the rare classes fare in the evaluation section, such as `macro-F1` or `PR-AUC`
 *
 * @example
 *   {"name": "ok-inline-pros-cons.md"}
 *
 *   # Ride arrival time
 *
 *   Regression of the minutes until the car arrives.
 *
 *   ## Metric options
 *
 *   - **Accuracy within a 2-minute bucket**: pro: easy to explain; con: hides the big misses
 *   - **MAE**: pro: in minutes; con: symmetric
 *
 *   **Decision:** MAE, with the 90th-percentile absolute error beside it.
 *
 * @example
 *   {"name": "pro-without-con.md", "label": "input"}
 *
 *   # Ride arrival time
 *
 *   Regression of the minutes until the car arrives.
 *
 *   - Offline: F1 on late or not late (pro: the riders feel exactly that)
 *
 * @example
 *   {"name": "pro-without-con.md", "label": "output"}
 *
 *   5:12-5:14: Unexpected classification metric `F1` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "ok-blank-target.md"}
 *
 *   # Burglary forecast
 *
 *   Forecast the monthly burglary count per district (regression).
 *
 *   ## Success criteria
 *
 *   - Prediction accuracy should be ..... *(DS)*
 *   - MAE below the seasonal naive baseline
 *
 * @example
 *   {"name": "filled-target.md", "label": "input"}
 *
 *   # Burglary forecast
 *
 *   Forecast the monthly burglary count per district (regression).
 *
 *   ## Success criteria
 *
 *   - Prediction accuracy should be 90% *(DS)*
 *
 * @example
 *   {"name": "filled-target.md", "label": "output"}
 *
 *   7:14-7:22: Unexpected classification metric `accuracy` for a forecasting task, expected an offline metric that fits it in the evaluation section, such as `MAPE`
 *
 * @example
 *   {"name": "ok-question-target.md"}
 *
 *   # Grocery orders
 *
 *   1. **Acceptance model**: binary classification, will the store accept the order?
 *   2. **Arrival model**: regression of the minutes from order to door.
 *
 *   Offline: PR-AUC for acceptance, MAE for arrival, on the last two weeks.
 *
 * @example
 *   {"name": "ok-question-about-family.md"}
 *
 *   # Grocery orders
 *
 *   - Task: regression, is that right?
 *   - Offline: PR-AUC on the last two weeks
 *
 * @example
 *   {"name": "ok-ordered-results.md"}
 *
 *   # Recipe search
 *
 *   A binary classifier scores each (query, recipe) pair for a click; we order the results by the score.
 *
 *   Offline: ROC-AUC of the click model and NDCG@10 of the order, on the last week of searches.
 *
 * @example
 *   {"name": "ok-accuracy-labels-metrics.md"}
 *
 *   # Flat prices
 *
 *   We predict the sale price of each flat (regression).
 *
 *   ## Success metrics
 *
 *   - **Prediction accuracy**: RMSE under 40k, R² above 0.8
 *   - Model accuracy is measured with the usual error metrics (MAE, MAPE) on the last quarter.
 *   - Accuracy sign-off: must beat 0.8 R² on the held-out quarter
 *
 * @example
 *   {"name": "ok-accuracy-row.md"}
 *
 *   # Flat prices
 *
 *   We predict the sale price of each flat (regression).
 *
 *   ## Evaluation
 *
 *   | Goal | Measured by |
 *   |---|---|
 *   | Price accuracy | MAE and RMSE on the last quarter |
 *
 * @example
 *   {"name": "accuracy-row-with-its-value.md", "label": "input"}
 *
 *   # Flat prices
 *
 *   We predict the sale price of each flat (regression).
 *
 *   ## Evaluation
 *
 *   | Goal | Measured by |
 *   |---|---|
 *   | Accuracy | 92% of flats, and MAE on the last quarter |
 *
 * @example
 *   {"name": "accuracy-row-with-its-value.md", "label": "output"}
 *
 *   9:3-9:11: Unexpected classification metric `Accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "accuracy-with-its-value.md", "label": "input"}
 *
 *   # Flat prices
 *
 *   We predict the sale price of each flat (regression).
 *
 *   ## Success metrics
 *
 *   - **Accuracy**: 92%, MAE under 40k
 *
 * @example
 *   {"name": "accuracy-with-its-value.md", "label": "output"}
 *
 *   7:5-7:13: Unexpected classification metric `Accuracy` for a regression task, expected an offline metric that fits it in the evaluation section, such as `MAE`
 *
 * @example
 *   {"name": "ok-preferred-over.md"}
 *
 *   # Podcast recommendations
 *
 *   We rank the episodes shown on each listener's home page.
 *
 *   Offline: recall@20 and NDCG@20, chosen over AUC/RMSE since we rank from implicit plays; clarity over benchmark accuracy.
 *
 * @example
 *   {"name": "slash-list-kept.md", "label": "input"}
 *
 *   # Podcast recommendations
 *
 *   We rank the episodes shown on each listener's home page.
 *
 *   Offline: recall@20 and NDCG@20 over the last week, with AUC/RMSE beside them.
 *
 * @example
 *   {"name": "slash-list-kept.md", "label": "output"}
 *
 *   5:61-5:65: Unexpected regression metric `RMSE` for a ranking task, expected an offline metric that fits it in the evaluation section, such as `NDCG@10`
 *
 * @example
 *   {"name": "ok-loss.md"}
 *
 *   # Support ticket triage
 *
 *   We classify each ticket into one of 12 queues (multi-class classification).
 *
 *   - Loss function: mean squared error on the soft labels.
 *   - An auxiliary MSE reconstruction loss keeps the encoder honest.
 *   - A second reconstruction loss (MAE) on the title tokens.
 *   - Offline: macro-F1 on the last month of tickets.
 *
 * @example
 *   {"name": "error-metric-not-loss.md", "label": "input"}
 *
 *   # Support ticket triage
 *
 *   We classify each ticket into one of 12 queues (multi-class classification).
 *
 *   - Offline: macro-F1 and MSE and loss curves on the last month of tickets.
 *
 * @example
 *   {"name": "error-metric-not-loss.md", "label": "output"}
 *
 *   5:25-5:28: Unexpected regression metric `MSE` for a classification task, expected an offline metric that fits it in the evaluation section, such as `PR-AUC`
 *
 */
import { type Family, familyMetricExamples, familyNames, families as familyOrder } from 'mdast-util-ml-design'
import { defineRule } from 'ml-design-lint-rule'

const remarkLintMlMetricFit = defineRule(
  {
    id: 'ml-metric-fit',
    stage: 'evaluation',
    messages: {
      unfitMetric: `Unexpected {{family}} metric \`{{metric}}\` for a {{task}} task, expected an offline metric that fits it in the evaluation section, such as \`{{example}}\``,
      onlyAccuracy:
        'Unexpected `accuracy` as the only offline metric of an imbalanced classification task, expected a metric that shows how the rare classes fare in the evaluation section, such as `macro-F1` or `PR-AUC`',
    },
    applies: (reading) => reading.familySet.size > 0,
  },
  (reading, _file, _options, report) => {
    const named = reading.familySet
    if (named.size === 0) return
    const families = familyOrder.filter(
      (family) => named.has(family) && !(family === 'regression' && named.has('forecasting')),
    )
    const used = reading.metrics.filter((mention) => mention.metric.kind === 'offline' && reading.usesMetric(mention))
    if (used.length === 0) return
    const onlyPair = used.every((mention) => mention.metric.soloPair)
    const task = families.map((family) => familyNames[family]).join(' and ')
    const example = familyMetricExamples[families[0]]

    // A metric fits a family the document names even in passing: naming the component's metric designs it.
    const mentioned = reading.mentionedFamilySet
    const reported = new Set<string>()
    for (const mention of used) {
      const fits: readonly Family[] = mention.metric.fits ?? []
      if (fits.length === 0 || fits.some((family) => mentioned.has(family))) continue
      if (reading.trainingCriterion(mention)) continue
      if (mention.metric.soloPair && !onlyPair) continue
      if (reported.has(mention.metric.name)) continue
      reported.add(mention.metric.name)
      report('unfitMetric', {
        place: reading.place(mention),
        data: { family: familyNames[fits[0]], metric: mention.text, task, example },
      })
    }

    // Accuracy alone hides the rare class of an imbalanced classifier: among what the evaluation reports (not a
    // confusion matrix, a signal watched in production, or the side of an error-cost trade-off).
    const reports = used.filter((mention) => reading.reportsMetric(mention))
    const accuracy = reports.find((mention) => mention.metric.name === 'accuracy')
    if (!named.has('classification') || !accuracy || reports.some((mention) => mention.metric.name !== 'accuracy'))
      return
    const undone = reading.cueSentences('class-imbalance', 'none')
    const imbalanced = reading.hasEvidence('imbalance-stated', (item) => !undone.has(item.sentence))
    if (imbalanced) {
      report('onlyAccuracy', { place: reading.place(accuracy) })
    }
  },
)

export default remarkLintMlMetricFit
