/**
 * remark-lint rule to check that an ML system design document for a
 * classification task says whether its classes are imbalanced and how that
 * is handled.
 *
 * ## What is this?
 *
 * This rule checks that a classifier's design says whether the classes are
 * imbalanced (with the ratio where it is known) and what is done about it:
 * resampling, negative downsampling, class weights, focal loss, threshold
 * tuning, metrics that suit rare positives (PR-AUC, macro-F1). A reasoned
 * statement that the classes are balanced, or that the imbalance needs no
 * handling, answers it too. A ratio alone ("fraud is 0.15% of payments")
 * does not: it states the problem without the answer.
 *
 * It applies to classification, detection and anomaly detection, including
 * ranking done by a pointwise classifier with a binary label (click
 * prediction). It accepts a `Class imbalance` section, a labelled lead-in
 * (`**Imbalance:** ...`), a table row, or a sentence anywhere that names the
 * imbalance and its handling ("churners are 3% of rows, so we train with
 * class weights").
 *
 * ## When should I use this?
 *
 * For designs of classifiers, detectors and anomaly detectors: rare
 * positives decide how the data is sampled, how the model is trained and
 * which metric can tell a good model from a trivial one.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * The task family comes from where the document designs its model: its
 *   framing, model or requirements sections, front matter, or prose outside
 *   any stage section. A classifier mentioned in the data, evaluation,
 *   deployment or monitoring sections only ("the existing bulk-mail
 *   classifier removes newsletters") is a component in passing and does not
 *   make the rule apply.
 * * Under a `Class imbalance` heading the content must still name a handling
 *   or argue none is needed: a heading with only the ratio is flagged.
 * * Reporting a metric suited to rare positives (PR-AUC, macro-F1, "never
 *   accuracy") counts as handling, as the contract lists suitable metrics.
 * * When the family is unknown, or is regression, ranking without a
 *   classifier, clustering or generation, the rule stays silent.
 * * While the task family is still open between options, neither an option
 *   nor a classification only implied by the objective's wording ("decide
 *   whether ...") makes the rule apply; nor does an outcome word in passing
 *   ("seated time or no show") in a document that names a regression or
 *   forecast outright.
 * * Downsampling said with the noun first or as a share ("negatives
 *   downsampled to 10%", "keep a fraction of the negatives") handles the
 *   imbalance; so does leaving a majority class "as they are" with a
 *   reason.
 * * The ratio and its handling may stand in consecutive sentences of one
 *   paragraph ("Accepted vs rejected is roughly 69/31, a mild imbalance. We
 *   don't resample; we check calibration instead.").
 * * A remedy for the evaluation data only ("we oversample urgent tickets in
 *   the validation set for stable estimates", "the test set is balanced
 *   50/50") handles nothing the model learns from, and does not count. It
 *   is read from what the resampling acts on, not from a phrase: held-out
 *   data (a validation or test set, an evaluation month, a hold-out) in
 *   the same clause, within six words, with no joint ("and", "then", or a
 *   comma before the held-out data) between, and no training named in the
 *   clause ("when building the validation set we oversample the rare
 *   classes", "validation set oversampled to 20% positives"). A threshold
 *   tuned on the validation set, or a metric computed on the test set,
 *   still handles the imbalance.
 * * Remedies listed in a survey of the field ("What the field does") are
 *   not the design's.
 * * Calibration, thresholds and ratios answer only where the data, model or
 *   evaluation is designed (or outside any stage): under deployment or
 *   monitoring ("if calibration drifts beyond a ratio of 1.2, we retrain")
 *   they watch the live model.
 * * Negatives drawn at random ("random negatives", "randomly sampled
 *   negatives") are negative sampling, a handling; "random" about anything
 *   else (a random sample of queries for labelling) is not.
 * * The weighting parameters of common libraries are class weights:
 *   `scale_pos_weight` and `is_unbalance` (XGBoost, LightGBM), `pos_weight`
 *   (PyTorch's BCE loss).
 * * A note that opens with "balance" is about the class balance, as
 *   outlines write it (`- balance: 71% of first tries are correct; mild, no
 *   resampling`); the word inside a sentence (a camera's white balance, an
 *   account's balance, "balance precision against recall") is not.
 * * In an outline the handling may stand in a bullet nested under the one
 *   that states the ratio (`- classes are skewed: spam 2%, complaint 4%`
 *   over `- weighted cross-entropy`): the nested bullet answers as the
 *   next sentence of a paragraph does. A nested bullet without a remedy
 *   (`- complaint is the class agents most often re-file`) does not.
 * * English words set right against Chinese or Japanese characters, as
 *   mixed notes write them (`处理imbalance`, `用class weights加权`), are
 *   words: each CJK character is a word of its own, so a remedy or a
 *   metric written that way counts as it would between spaces.
 * * A table row reads as one statement: one cell may name the rare class
 *   (`| Rare positives, 1 in 150 |`) and the row's next cell the handling
 *   (`| PR-AUC and a tuned threshold |`), as the next sentence of a
 *   paragraph may. A next cell without a remedy, or a cell of another row,
 *   does not answer.
 * * A remedy only offered is not adopted: `use stratified splits and
 *   consider SMOTE`, `Alternatively, focal loss.`, `we could consider
 *   class weights` say what might be done (a risk table's mitigation, a
 *   second idea), not how the imbalance is handled.
 * * A family named in the example a template gives for its own question
 *   (`How will you frame the problem? For example, spam filtering can be
 *   framed as a binary classification or as outlier detection.`) is part
 *   of the prompt, not the task designed; an example that states one
 *   answer to the question (`How fast must it be? For example, 100 ms`)
 *   is the design.
 * * "One of the following categories: ..." lists the classes of a
 *   multi-class task.
 * * "One of" names a multi-class task only before the classes (`one of the
 *   14 classes`, `one of the categories`); an action or an item picked
 *   from a list (`Action: one of the tips live this week`, `one of the
 *   supported formats`) names none.
 * * A model built to fill a field's missing values under a data
 *   preparation label (`- Data pre-processing` over `build a classifier
 *   and use the field as its target`) is a tool of the data stage, not the
 *   task: in a regression it does not make the rule apply.
 * * Balancing the training data by name handles the imbalance and says
 *   there is one (`we rebalance the classes`, `we balance the training set
 *   with equal numbers of churners and stayers`); so do cost-sensitive
 *   learning (a class weighting by another name) and imbalanced-learn's
 *   ensembles that resample each bag (balanced bagging, a balanced random
 *   forest, EasyEnsemble). A budget or a team that is "cost-sensitive"
 *   handles nothing.
 * * A part of the negatives kept or drawn for training (`we keep 10% of
 *   negatives`, `all positives plus a random 20% of negatives`) is
 *   negative downsampling, as "a fraction of the negatives" is; notes may
 *   shorten the word (`downsample negs 1:10`). Negatives named without a
 *   part of them (`the rest are negatives`) handle nothing.
 * * A framing label whose outcome is a yes or a no (`Binary
 *   classification: toxic or not`, `churn or no churn`) states the task:
 *   "or not" sets no alternatives as a list of kinds does.
 * * An explicit "none" may carry a degree (`there is no severe class
 *   imbalance, so accuracy is enough`, `not significantly imbalanced`),
 *   and even classes may be said without `balanced` (`the classes are
 *   spread evenly`, `a balanced class distribution`, `balancing the class
 *   distribution`): each argues the classes need no handling. Something
 *   else spread evenly (`tickets distributed evenly across our regional
 *   teams`) says nothing of the classes.
 * * A mild imbalance judged manageable (`the data is somewhat imbalanced
 *   but manageable`) argues it needs no handling, and a metric chosen as
 *   robust to the imbalance (`ROC-AUC is the primary metric, robust to
 *   class imbalance`) is a suitable metric. Naming a metric beside a rare
 *   class without saying why (`fraud is rare; we track AUC`) handles
 *   nothing.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * A reranker inside retrieval makes the rule apply when the document
 *   designs it as a pointwise binary classifier (relevant or not relevant
 *   labels, a binary cross-entropy loss): the contract's "ranking done by a
 *   pointwise classifier" and its rule that a designed component's family
 *   counts. A reranker only used, or trained listwise, does not. The
 *   reader takes a binary cross-entropy loss (`BCE loss`) or relevance
 *   labels of two values (`relevant or not relevant`) for a binary
 *   classifier; where the model is designed, the rule then applies. In a
 *   multi-label task (`each recipe can carry several tags`) a binary
 *   cross-entropy is the loss of each label and names no binary
 *   classifier.
 * * A metric suited to rare positives is handling (above) once the document
 *   says the classes are imbalanced, by a word (`rare`, `imbalanced`) or a
 *   ratio; alone it does not say whether they are. A bare share stated as
 *   a class's part of the whole (`fraud is 0.2% of payments, so we report
 *   PR-AUC`) is such a ratio, in the metric's sentence or the one before it.
 *
 * @module ml-class-imbalance
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   We predict whether a card payment is fraudulent.
 *
 *   ## Class imbalance
 *
 *   Fraud is 0.2% of payments. We downsample legitimate payments to a 1:20 ratio and tune the block threshold on a validation month.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Ad click prediction
 *
 *   ## Framing
 *
 *   We predict the probability that a shown ad is clicked: binary classification.
 *
 *   ## Data
 *
 *   **Imbalance:** about one impression in 60 is clicked; negatives are downsampled by 10 and the predictions recalibrated.
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Churn
 *
 *   We predict whether a subscriber will churn within 30 days. Churners are about 3% of rows, so training uses class weights inversely proportional to class frequency.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Toxic comments
 *
 *   We predict whether a comment is toxic.
 *
 *   | Topic | Decision |
 *   | --- | --- |
 *   | Class imbalance | Toxic comments are 4% of the stream; we use focal loss and report PR-AUC |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   ml_category: binary classification, supervised
 *   class_imbalance: defaults are 4% of loans, handled with balanced class weights
 *   ---
 *
 *   # Credit default
 *
 * @example
 *   {"name": "ok-balance-note.md"}
 *
 *   # Next exercise
 *
 *   - Category: binary classification (first try correct or not), supervised
 *   - balance: 71% of first tries are correct; mild, no resampling
 *
 * @example
 *   {"name": "balance-in-passing.md", "label": "input"}
 *
 *   # Payout holds
 *
 *   - Category: binary classification (net loss within 90 days or not), supervised
 *   - target: losses we eat once the merchant's balance goes negative; no resampling of the data so far
 *
 * @example
 *   {"name": "balance-in-passing.md", "label": "output"}
 *
 *   5:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-balanced.md"}
 *
 *   # Autoplay next track
 *
 *   The ranker is a pointwise binary classifier of play versus skip.
 *
 *   ## Class imbalance
 *
 *   Plays are 59% and skips 41% of impressions, so the labels are close to balanced and we do not resample.
 *
 * @example
 *   {"name": "ok-mixed-cjk.md"}
 *
 *   # 评论审核
 *
 *   We predict whether a comment is spam: binary classification.
 *
 *   - 训练数据里spam只占3%，所以用class weights加权训练
 *
 * @example
 *   {"name": "mixed-cjk-ratio-only.md", "label": "input"}
 *
 *   # 评论审核
 *
 *   We predict whether a comment is spam: binary classification.
 *
 *   - 训练数据里spam只占3%，weights还没定
 *
 * @example
 *   {"name": "mixed-cjk-ratio-only.md", "label": "output"}
 *
 *   6:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-share-metric.md"}
 *
 *   # Parcel damage claims
 *
 *   We predict whether a delivered parcel leads to a damage claim, a binary classification.
 *
 *   Claims are about 0.6% of parcels, so models are compared on PR-AUC.
 *
 * @example
 *   {"name": "metric-without-imbalance.md", "label": "input"}
 *
 *   # Parcel damage claims
 *
 *   We predict whether a delivered parcel leads to a damage claim, a binary classification.
 *
 *   Models are compared on PR-AUC over the last quarter.
 *
 * @example
 *   {"name": "metric-without-imbalance.md", "label": "output"}
 *
 *   6:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "reranker-designed-pointwise.md", "label": "input"}
 *
 *   # Recipe search
 *
 *   ## Framing
 *
 *   BM25 retrieval returns 300 recipes and a reranker orders the first 50.
 *
 *   ## Model
 *
 *   The reranker is a cross-encoder over the query and the recipe title, trained with binary cross-entropy on clicks.
 *
 * @example
 *   {"name": "reranker-designed-pointwise.md", "label": "output"}
 *
 *   7:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-reranker-listwise.md"}
 *
 *   # Recipe search
 *
 *   ## Framing
 *
 *   BM25 retrieval returns 300 recipes and a reranker orders the first 50.
 *
 *   ## Model
 *
 *   The reranker is a cross-encoder over the query and the recipe title, trained with a listwise loss on clicks.
 *
 * @example
 *   {"name": "ok-regression.md"}
 *
 *   # Delivery time
 *
 *   We predict the delivery time in minutes, a regression.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Card fraud scoring
 *
 *   We predict whether a card payment is fraudulent. Fraud is 0.15% of payments.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   4:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-next-sentence.md"}
 *
 *   # Grocery substitutes
 *
 *   We predict whether the customer accepts a substitute, a binary classification.
 *
 *   Accepted vs rejected is roughly 69/31, a mild imbalance. We don't resample; we check calibration instead.
 *
 * @example
 *   {"name": "ok-nested-handling.md"}
 *
 *   # Warranty inbox triage
 *
 *   ## Framing
 *
 *   - task: multi-class classification of each email, one label
 *
 *   ## Collect the data
 *
 *   - CRM export: emails and the category the agent picked, 2 years, ~3.1M emails
 *   - classes are skewed: spam 2%, complaint 4%, new claim 41%
 *     - weighted cross-entropy, weights ∝ 1/√freq
 *
 * @example
 *   {"name": "nested-not-handling.md", "label": "input"}
 *
 *   # Warranty inbox triage
 *
 *   ## Framing
 *
 *   - task: multi-class classification of each email, one label
 *
 *   ## Collect the data
 *
 *   - CRM export: emails and the category the agent picked, 2 years, ~3.1M emails
 *   - classes are skewed: spam 2%, complaint 4%, new claim 41%
 *     - complaint is the class agents most often re-file
 *
 * @example
 *   {"name": "nested-not-handling.md", "label": "output"}
 *
 *   12:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-row-handling.md"}
 *
 *   # Listing reports
 *
 *   We predict whether a new listing gets reported, a binary classification.
 *
 *   | Concern | What we do |
 *   | --- | --- |
 *   | Rare positives, about 1 listing in 150 | PR-AUC to pick the model and a threshold tuned on the last month |
 *
 * @example
 *   {"name": "row-no-handling.md", "label": "input"}
 *
 *   # Listing reports
 *
 *   We predict whether a new listing gets reported, a binary classification.
 *
 *   | Concern | What we do |
 *   | --- | --- |
 *   | Rare positives, about 1 listing in 150 | the trust team reads a sample every week |
 *
 * @example
 *   {"name": "row-no-handling.md", "label": "output"}
 *
 *   8:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-threshold-in-model.md"}
 *
 *   # Readmission outreach
 *
 *   We predict whether a patient is readmitted within 30 days, a binary classification.
 *
 *   ## Model
 *
 *   About 1 in 7 stays is a readmission, so the threshold is tuned on the validation months.
 *
 * @example
 *   {"name": "calibration-in-monitoring.md", "label": "input"}
 *
 *   # Readmission outreach
 *
 *   We predict whether a patient is readmitted within 30 days, a binary classification.
 *
 *   ## Monitoring
 *
 *   If calibration drifts beyond a ratio of 1.2 between observed and expected, we retrain early.
 *
 * @example
 *   {"name": "calibration-in-monitoring.md", "label": "output"}
 *
 *   5:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-library-weight.md"}
 *
 *   # Payment fraud
 *
 *   We predict whether a payment is fraudulent, a binary classification.
 *
 *   LightGBM with `scale_pos_weight = 40`.
 *
 * @example
 *   {"name": "other-parameter.md", "label": "input"}
 *
 *   # Payment fraud
 *
 *   We predict whether a payment is fraudulent, a binary classification.
 *
 *   LightGBM with `num_leaves = 40`.
 *
 * @example
 *   {"name": "other-parameter.md", "label": "output"}
 *
 *   6:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "validation-only.md", "label": "input"}
 *
 *   # Ticket priority
 *
 *   We predict whether a ticket is urgent, a binary classification.
 *
 *   Urgent tickets are rare (1.8%). We oversample urgent tickets in the validation set for stable estimates.
 *
 * @example
 *   {"name": "validation-only.md", "label": "output"}
 *
 *   6:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "evaluation-month-resampled.md", "label": "input"}
 *
 *   # Gift-card cash-out
 *
 *   We predict whether a gift-card order is a cash-out fraud, a binary classification.
 *
 *   ## Class imbalance
 *
 *   - ~0.4% of orders are fraud
 *   - for the evaluation month we oversample fraud orders with SMOTE so the confusion matrix has enough positives
 *
 * @example
 *   {"name": "evaluation-month-resampled.md", "label": "output"}
 *
 *   5:1-5:19: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "training-resampled-validation-kept.md"}
 *
 *   # Gift-card cash-out
 *
 *   We predict whether a gift-card order is a cash-out fraud, a binary classification.
 *
 *   ## Class imbalance
 *
 *   - ~0.4% of orders are fraud
 *   - we oversample fraud orders with SMOTE for training; the evaluation month keeps the natural mix
 *
 * @example
 *   {"name": "ratio-only-section.md", "label": "input"}
 *
 *   # Job recommendations
 *
 *   A pointwise binary classifier predicts whether a seeker applies to a job.
 *
 *   ## Class imbalance
 *
 *   Only 1.3% of shown jobs get an application.
 *
 * @example
 *   {"name": "ratio-only-section.md", "label": "output"}
 *
 *   5:1-5:19: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-fraction.md"}
 *
 *   # Card fraud
 *
 *   A binary classifier flags payments for review. Fraud is ~1:830: we keep a fraction of the negatives (5%) and reweight them by 20.
 *
 * @example
 *   {"name": "missing-fraction-elsewhere.md", "label": "input"}
 *
 *   # Card fraud
 *
 *   A binary classifier flags payments for review; fraud is ~1:830. We keep a fraction of the logs for audits.
 *
 * @example
 *   {"name": "missing-fraction-elsewhere.md", "label": "output"}
 *
 *   4:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-random-negatives.md"}
 *
 *   # Help-centre search
 *
 *   A pointwise binary classifier predicts whether a reader clicks an article. Readers rarely scroll, so there are few negative examples: we add random negatives from far down the result list.
 *
 * @example
 *   {"name": "missing-random-elsewhere.md", "label": "input"}
 *
 *   # Help-centre search
 *
 *   A pointwise binary classifier predicts whether a reader clicks an article; clicks are 4% of results shown. Editors label a random sample of queries each week.
 *
 * @example
 *   {"name": "missing-random-elsewhere.md", "label": "output"}
 *
 *   4:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 *
 * @example
 *   {"name": "remedy-only-offered.md", "label": "input"}
 *
 *   # Subscriber churn flags
 *
 *   ## Framing
 *
 *   A binary classifier flags subscribers likely to cancel next month.
 *
 *   ## Risks
 *
 *   | Risk | Mitigation |
 *   |---|---|
 *   | Few cancellations in the data | Use stratified splits and consider SMOTE |
 *
 * @example
 *   {"name": "remedy-only-offered.md", "label": "output"}
 *
 *   12:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-template-prompt-example.md"}
 *
 *   # Reading-list suggestions
 *
 *   ## Problem statement
 *
 *   How will you frame the problem? For example, spam filtering can be framed as a binary classification or as outlier detection.
 *
 * @example
 *   {"name": "ok-bandit-action.md"}
 *
 *   # Lock-screen tips
 *
 *   - Learning paradigm: reinforcement learning, a contextual bandit
 *   - Action: one of the tips live this week
 *   - Reward: the tip is opened within an hour
 *
 * @example
 *   {"name": "one-of-the-classes.md", "label": "input"}
 *
 *   # Parcel routing
 *
 *   Each scanned parcel is assigned to one of the 14 classes, one per sorting lane.
 *
 * @example
 *   {"name": "one-of-the-classes.md", "label": "output"}
 *
 *   4:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-imputation-model.md"}
 *
 *   # Basket value
 *
 *   - Model: we predict next month's basket value per shopper, a regression
 *   - Data pre-processing
 *     - Handle missing values: drop a field that is mostly empty. Otherwise build a classifier and use the field as its target.
 *
 * @example
 *   {"name": "ok-rebalance.md"}
 *
 *   # Renewal risk
 *
 *   We predict whether a subscriber renews: binary classification.
 *
 *   ## Data
 *
 *   We balance the training set by drawing equal numbers of renewals and lapses each epoch.
 *
 * @example
 *   {"name": "ok-cost-sensitive.md"}
 *
 *   # Screening
 *
 *   We predict whether a patient has the condition: binary classification.
 *
 *   ## Data
 *
 *   Prevalence is 1 in 1,500 patients. We use cost-sensitive learning: a missed case costs forty times a false alarm in the loss.
 *
 * @example
 *   {"name": "ok-balanced-bagging.md"}
 *
 *   # Chargebacks
 *
 *   We predict whether an order ends in a chargeback: binary classification.
 *
 *   ## Data
 *
 *   Labels are heavily skewed toward good orders. We address that with balanced bagging from imbalanced-learn.
 *
 * @example
 *   {"name": "cost-sensitive-budget.md", "label": "input"}
 *
 *   # Screening
 *
 *   We predict whether a patient has the condition: binary classification.
 *
 *   ## Data
 *
 *   Prevalence is 1 in 1,500 patients. The clinic is cost-sensitive, so the model runs on one CPU.
 *
 * @example
 *   {"name": "cost-sensitive-budget.md", "label": "output"}
 *
 *   8:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "yes-or-no-label.md", "label": "input"}
 *
 *   # Comment moderation
 *
 *   ## Framing
 *
 *   Binary classification: abusive or not.
 *
 *   ## Data
 *
 *   The comments may be imbalanced.
 *
 * @example
 *   {"name": "yes-or-no-label.md", "label": "output"}
 *
 *   10:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-share-of-negatives.md"}
 *
 *   # Promoted listings
 *
 *   ## Framing
 *
 *   We predict the probability that a shown listing is clicked: binary classification.
 *
 *   ## Data
 *
 *   About one impression in 90 is clicked. We keep 10% of negatives and correct the scores for the sampling rate.
 *
 * @example
 *   {"name": "negatives-named.md", "label": "input"}
 *
 *   # Promoted listings
 *
 *   ## Framing
 *
 *   We predict the probability that a shown listing is clicked: binary classification.
 *
 *   ## Data
 *
 *   About one impression in 90 is clicked. The rest are negatives.
 *
 * @example
 *   {"name": "negatives-named.md", "label": "output"}
 *
 *   10:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-none-with-degree.md"}
 *
 *   # Ticket queues
 *
 *   ## Framing
 *
 *   We classify each new ticket into one of 8 queues: multi-class classification.
 *
 *   ## Evaluation
 *
 *   We report accuracy on a held-out month, which is enough as there is no significant class imbalance between the queues.
 *
 * @example
 *   {"name": "ok-classes-spread-evenly.md"}
 *
 *   # Ticket queues
 *
 *   ## Framing
 *
 *   We classify each new ticket into one of 8 queues: multi-class classification.
 *
 *   ## Data
 *
 *   64,000 resolved tickets from the helpdesk. The classes are spread evenly, so we train without resampling.
 *
 * @example
 *   {"name": "other-things-spread-evenly.md", "label": "input"}
 *
 *   # Ticket queues
 *
 *   ## Framing
 *
 *   We classify each new ticket into one of 8 queues: multi-class classification.
 *
 *   ## Data
 *
 *   Tickets from the helpdesk are distributed evenly across our three regional teams for labelling.
 *
 * @example
 *   {"name": "other-things-spread-evenly.md", "label": "output"}
 *
 *   10:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 *
 * @example
 *   {"name": "ok-imbalance-manageable.md"}
 *
 *   # Toxic replies
 *
 *   ## Framing
 *
 *   We classify each reply as harmful or not: binary classification.
 *
 *   ## Data
 *
 *   - 56,000 replies, about 40% harmful: somewhat imbalanced but manageable.
 *
 * @example
 *   {"name": "ok-metric-robust-to-imbalance.md"}
 *
 *   # Ad clicks
 *
 *   ## Framing
 *
 *   We predict whether an impression is clicked: binary classification.
 *
 *   ## Evaluation
 *
 *   - ROC-AUC is the primary metric, robust to class imbalance.
 *
 * @example
 *   {"name": "metric-beside-rare-class.md", "label": "input"}
 *
 *   # Ad clicks
 *
 *   ## Framing
 *
 *   We predict whether an impression is clicked: binary classification.
 *
 *   ## Evaluation
 *
 *   - Clicks are rare. ROC-AUC is the primary metric.
 *
 * @example
 *   {"name": "metric-beside-rare-class.md", "label": "output"}
 *
 *   7:1: Unexpected missing class imbalance handling, expected whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section, such as `Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold`
 */
import { type FamilyMention, type Stage, thresholdFamilies } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

/** Where a document designs its own model: a family named there is the task's. */
const designing: Stage[] = ['requirements', 'framing', 'model']

const remarkLintMlClassImbalance = defineRule(
  {
    id: 'ml-class-imbalance',
    stage: 'data',
    messages: {
      missingClassImbalanceHandling: {
        reason: missing(
          'class imbalance handling',
          'whether the classes are imbalanced (with the ratio) and how that is handled (resampling, class weights, threshold tuning) or why it needs none, in a `Class imbalance` section',
          'Fraud is 0.2% of payments: we downsample legitimate ones to 1:20 and tune the threshold',
        ),
        stub: {
          part: 'class-imbalance',
          heading: 'Class imbalance',
          todo: 'TODO — say whether the classes are imbalanced and how that is handled, such as `fraud is 0.2% of payments, downsampled to 1 in 20`.',
        },
      },
    },
    applies: (reading) => thresholdFamilies.some((family) => reading.familySet.has(family)),
  },
  (reading, _file, _options, report) => {
    // While the framing is still open between options, neither an option nor a family only implied by the
    // objective's wording ("decide whether ...") is the task.
    // Nor, when the document names a regression or forecast outright, is an outcome word in passing ("seated time
    // or no show") a classification task.
    const options = reading.familyOptions
    const optionStarts = new Set(options.map((mention) => mention.start))
    const named = (mention: FamilyMention) => mention.text.toLowerCase().includes(mention.family.slice(0, 7))
    const regression = reading.families.some(
      (mention) => (mention.family === 'regression' || mention.family === 'forecasting') && named(mention),
    )
    const applies = reading.families.some((mention) => {
      if (!thresholdFamilies.includes(mention.family)) return false
      if (
        (options.length > 0 && optionStarts.has(mention.start)) ||
        ((options.length > 0 || regression) && !named(mention))
      )
        return false
      const { section } = reading.sentences[mention.sentence]
      const inStages = section >= 0 ? reading.sections[section].inStages : []
      return inStages.length === 0 || inStages.some((stage) => designing.includes(stage))
    })
    if (!applies || reading.hasEvidence('class-imbalance')) return
    report('missingClassImbalanceHandling', { place: placeMissing(reading, 'class-imbalance', { named: true }) })
  },
)

export default remarkLintMlClassImbalance
