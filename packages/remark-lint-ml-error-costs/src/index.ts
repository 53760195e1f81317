/**
 * remark-lint rule to check that an ML system design document says which
 * error costs more where a decision threshold acts on the model's output.
 *
 * ## What is this?
 *
 * When the model's score decides something (a transaction is declined, a
 * comment held, an engineer paged, a customer called), its false positives
 * and false negatives cost different things. This rule checks that the
 * document says which error costs more, and so whether precision or recall
 * is favoured, or how the threshold trades them ("a missed fraud costs the
 * chargeback, a false decline the margin: we favour recall with the false
 * decline rate capped at 0.9%").
 *
 * It applies to classification, detection and anomaly detection whose
 * output blocks, flags, removes, alerts, approves or routes, and to
 * selecting whom to act on (a cut-off, or a budgeted top-k of customers to
 * contact). It stays silent for a ranked list shown to users, and when the
 * task family is unknown (`ml-category` speaks then).
 *
 * It accepts a section (`Error costs`, `Cost of errors`, `Precision vs
 * recall`, `Threshold`, ...), a labelled lead-in (`**Error costs:** ...`) or
 * a sentence anywhere that weighs the two errors.
 *
 * ## When should I use this?
 *
 * Always: the threshold is a business decision, and without the costs of
 * the two errors it is set by accident.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`. Extra answer words go in
 *   `answers: {"error-costs": [...]}`.
 * * `judgement` (`"cues"` by default: the word lists alone; `"model"` for
 *   a model that may also refuse; `"either"`: the word lists'
 *   answers always count, and where they find none the reader's model may
 *   add a sentence from anywhere in the document that it is sure
 *   answers and commits, where the word lists could have counted one (not
 *   in a survey, an option nobody chose, an aside section), and only when
 *   it ranks the errors as the word lists read a ranking: an answer word or
 *   a signed target, not both costs merely listed ("both matter"). The
 *   model finds such a sentence where no topic word did. It can silence
 *   this rule, never make it fire.
 *   This rule defaulted to `either` in the seventh round (measured on the
 *   sealed q and r before `either` kept the word lists' exclusions); on
 *   the next sealed batch (s, eighth round) `either` gave exactly what
 *   `cues` gives, so by the rule written before that run it went back to
 *   `cues` (`docs/accuracy.md`).
 *   `"both"` counts a unit the word lists pick only when the model does
 *   not refuse it, and adds none (ninth round; no rule defaults to it).
 *
 * ## Decisions
 *
 * * A decision counts when a sentence ties the model's output (a score, a
 *   threshold, a cut-off, the top of the list) to an action on it (block,
 *   flag, hold, decline, page, call, offer, route to review). Alerts in the
 *   monitoring stage watch the system, and filters in data preparation clean
 *   the data: neither acts on the model's output, so neither counts.
 * * "Predictions" stand for the output like "score" does, and demoting is
 *   an action on it: "low-confidence predictions of harm are demoted" is a
 *   decision; predictions stored for a report are not.
 * * Naming one error the costly one ranks the two: "false positives are
 *   the expensive error"; pricing each ("a wrong reply costs a second
 *   contact") does not.
 * * A bare cut-off on the score next to an action counts as a decision
 *   (`> 0.95 → auto-suspend, 0.7-0.95 → review queue`): terse notes state
 *   the threshold as a fraction and an arrow, without the word "score".
 * * A reasoned statement that the two errors cost the same, or that no
 *   accept/reject decision is taken ("the model only orders a list"),
 *   answers the rule.
 * * A target on one side ("recall of at least 95%", "precision at the
 *   operating point") states which error matters and answers the rule,
 *   written as a label and its value too (`Per-class recall: ≥ 0.80`).
 * * Saying which metric the threshold puts first favours it, even where
 *   the errors are named in the domain's own words: "a wrong auto-close
 *   angers a customer far more than a stale ticket does, so the threshold
 *   is chosen for precision", "-> recall first for the gas alarms", "F-beta
 *   with beta above 1 to weight recall higher". The same words about
 *   something else favour nothing: the verb ("recall first the
 *   requirements"), or one item of the project's priorities ("privacy
 *   first, precision first in the dosage figures, speed later").
 * * What each error costs, listed without saying which is worse ("a false
 *   hold costs an escalation; a miss costs the balance"), does not answer:
 *   the statement must rank them ("costs more", "far more", "worse",
 *   "favours recall") or set the threshold by one error rate. A sentence
 *   that says the ranking is not agreed yet answers nothing.
 * * Under an `Error costs` label or section the content must rank the two errors too: the costs of each, "both
 *   matter", "we'll look at both" or "ask finance" answer nothing. Choosing the threshold on a validation month
 *   says when it is chosen, not which error it trades.
 * * An action taken without a person ("posted automatically", "held
 *   automatically", "collapsed") acts on the score like a block or a flag.
 * * Words are read as the verb or the phrase that means the error or the
 *   action, not as any word they open: "missing values" is no missed case,
 *   "trade lines" in a credit file trade nothing off, "contacts sorted by
 *   the predicted probability" is a list shown to a user, "every offer
 *   decision" and "a flag the desk sets" are nouns. "The top 8,000 get the
 *   offer" and "the CRM team contacts the top 5,000" still act on the score.
 * * A target on one error rate written with a sign ("maximise recall at
 *   precision ≥ 0.4", "recall > 90%") sets the threshold by that error and
 *   answers; a rate only reported ("precision 0.41 on the test month") does
 *   not.
 * * A branch on a cut-off is a decision whatever its verb: "offer the grade
 *   if its prob ≥ 0.7, else needs inspection", "send if above the user's
 *   threshold", "skip the push if the best p(open) < 2%". So is a route on
 *   a cut-off, an arrow or a verb that sends the items past it somewhere
 *   ("dishes under 0.6 confidence go to the cashier screen"), and a
 *   budgeted top-k, the top N per period ("the top 150 each Monday", "top
 *   900 / week"): the contract's "selecting whom to act on". A branch with
 *   no cut-off ("if two leads tie") is none, nor is a top N per request (a
 *   list shown to users).
 * * A threshold or an alert on the system's health ("alert when score
 *   drift exceeds the threshold", "only alerting if the p95 latency exceeds
 *   the SLA") watches the service and takes no decision on the model's
 *   output, wherever it stands: the signals that make a cut-off no score
 *   cut-off (drift, PSI, latency, p99, error rate) put the sentence aside.
 * * Alerts as a kind of content ("safety alerts from the city → pinned") are
 *   no action; alerting someone is ("chats above the threshold alert the
 *   team lead").
 * * A slice that does worse ("T-6h should be worse") ranks no error, even
 *   under an `Error analysis` heading.
 * * Routing an item away or marking it for a person acts on the score like
 *   a flag: "parcels above the threshold are diverted to the repack
 *   station", "phonemes above the threshold are highlighted in red".
 * * A priority on finding the positives ("с приоритетом на выявление
 *   отмен", metrics chosen with a priority on detection) ranks no error: it
 *   favours neither precision nor recall until it says which error is
 *   worse or which rate is held. "Recall is prioritised" (`в приоритете
 *   полнота`) does.
 * * An HTML list writes its signs as references: `if the top-1
 *   probability &lt; 0.6, no suggestion is pre-filled` branches on a
 *   cut-off like `< 0.6` does; a sign on a weight (`&lt; 10 kg`) is none.
 * * One error ranked above the other by its harm ranks them as its price
 *   does: "a false alarm is less critical than a missed leak", "letting
 *   fraud through is the bigger risk", "false alarms are tolerated". The
 *   errors may be named in the domain's words ("a legitimate email in the
 *   junk folder is far worse than a spam in the inbox"); such a word with
 *   no ranking answers nothing.
 * * A bound on one error rate in words ("the false positive rate stays
 *   under 0.5%") sets the threshold like a sign does when the sentence
 *   holds it (keep, stay, must, target, so that); "the false positive
 *   rate was below 0.5% on the test month" only reports it. "There is a
 *   trade-off between precision and recall" names the trade without
 *   making it.
 * * Items named by the class the model gave them ("emails classified as
 *   spam go to the junk folder", "detected posts are removed
 *   automatically", "welds predicted defective are rejected") are the
 *   model's output acted on; "bugs detected in staging block the release"
 *   are not, nor is a model rejected in selection ("a challenger
 *   classifier is rejected when its F1 is lower").
 * * One error called the expensive one ("false negatives are very
 *   expensive for us") or one metric put first in the words of notes
 *   ("recall is key", "recall-oriented", "we err on the side of ...")
 *   ranks the two.
 * * An action named with the harmful class it acts on is the model's
 *   output acted on, said as the system's purpose: "filtering toxic
 *   reviews from the product page", "removing fake listings", "harmful
 *   posts for removal", and so is the model as the agent of flagging ("a
 *   classification model to flag pumps likely to fail", "detect/flag")
 *   and a model named by the two outcomes it decides ("a loan
 *   approval/rejection model"). The class alone acts on nothing ("spam
 *   content is never explored into"), nor does filtering something else
 *   ("filtering out posts the user has seen"), nor the outcomes alone
 *   ("9.5M comments with approve / reject" are past labels).
 * * A heading that opens another stage besides data or monitoring
 *   ("Problem definition and dataset", "Evaluation and monitoring")
 *   holds that stage's content too: a decision written there counts,
 *   where one under `Data` or `Monitoring` alone does not.
 * * Both metrics wanted high ("high precision and recall", "high
 *   precision/recall across labels") favours neither and answers
 *   nothing; one wanted high ("we need high recall") still favours it.
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * A flag sent to a person (`reasons above 0.7 are flagged to the
 *   reviewers`) is the contract's "flag", and a cut-off below which a
 *   classifier's output is withheld (`below 0.6 no macro is suggested`)
 *   blocks it: both are a threshold that acts. A gate on a generated answer
 *   (`the bot withholds its answer below 0.5 confidence`) is outside the
 *   families the contract names, and while the task family is unknown no
 *   gate makes the rule apply. A withholding gate is read written in words
 *   (`when the top probability is below 0.6, no macro is suggested`, `under
 *   0.4 confidence the classifier abstains`) as with a sign (`< 0.6`): a
 *   cut-off on a score beside an output withheld, not suggested, shown or
 *   pre-filled.
 * * Picking out the people the score puts at risk selects whom to act on:
 *   "identify at-risk customers", "Identify high-risk patients", and an
 *   action taken on the risk the model predicts ("interventions based on
 *   churn risk", "an alert when a patient is identified as high-risk") is a
 *   decision on its output. At-risk customers listed on a dashboard, sorted
 *   by score, are a list shown to users; identifying risk factors, or
 *   high-risk dependencies, picks nobody, and "high-risk releases are
 *   blocked" acts on deploys, not on the output: high risk counts only of
 *   people or their accounts.
 * * Blurring what a detector finds hides it like a removal ("plates above
 *   0.4 confidence are blurred"), and a system named as the one
 *   that acts takes a decision on its output ("a system that blurs faces
 *   and plates"). Motion blur added in augmentation blurs nothing the model
 *   found, and "a feed system that shows the most relevant posts" takes no
 *   action.
 * * A classifier whose document speaks of its decision threshold anywhere
 *   (`clinicians can move the threshold for their clinic`, `the cut-off is
 *   agreed with the fraud team`) has a threshold that acts on its output,
 *   though no sentence says what the threshold does: the rule applies (the
 *   sixteenth round; public labellers read it so). A threshold of something
 *   else names none: a metric's or a matcher's parameter (`mAP at an IoU
 *   threshold of 0.5`, `a similarity threshold for near-duplicates`), a
 *   retraining trigger, an alert, early stopping, pseudo-labels, an
 *   acceptance bar or a guardrail, a budget, a cut-off date or a training
 *   cut-off, a count (`the threshold of 1,000 users a day`), a `Threshold`
 *   column's header, a signal of the system's health, one in monitoring or
 *   data preparation, and any threshold of a ranking task (its list is shown
 *   to users).
 * * A target on one error rate may say of what in up to four words
 *   (`recall of intrusion events > 95%`, `recall (fraud class) at least
 *   0.85`), and a table row may name the rate in one cell and its bound in
 *   the next (`| Recall | ≥ 0.90 | last month |`): both set the threshold by
 *   that error, as `recall ≥ 0.9` does.
 *
 * @module ml-error-costs
 * @example
 *   {"name": "ok.md"}
 *
 *   # Card fraud scoring
 *
 *   A binary classifier scores each payment; payments above the block threshold are declined.
 *
 *   ## Error costs
 *
 *   A missed fraud costs the chargeback (median $96); a false decline costs the margin and sometimes the customer. False negatives cost more, so we favour recall with the false decline rate capped at 0.9%.
 *
 * @example
 *   {"name": "ok-target-label.md"}
 *
 *   # Comment moderation
 *
 *   We predict whether a comment is toxic, a binary classification; comments above the threshold are held for review.
 *
 *   - **Recall:** ≥ 0.90 on the held-out month
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Comment moderation
 *
 *   We predict whether a comment is toxic, a binary classification; comments above the threshold are held for review. A wrongly held comment costs a moderator a few seconds, while a published slur harms the community, so false negatives are worse and the threshold is set for 95% recall.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Host anomaly detection
 *
 *   An anomaly detection model scores each host every 30 seconds and pages the on-call engineer above the threshold.
 *
 *   **Error costs:** a false page wakes someone up; a missed incident costs minutes of outage. Missed incidents cost more, so we favour recall up to two false pages a week.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Claims fraud triage
 *
 *   A binary classifier scores each claim; claims above the cut-off are referred to the investigators.
 *
 *   | error | error cost |
 *   |---|---|
 *   | false positive | three investigator hours and a delayed honest payout |
 *   | false negative | the whole payout, about £6,800: the costlier of the two |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   error_costs: a missed fraud costs more than a false decline, so the threshold favours recall
 *   ---
 *
 *   # Card fraud scoring
 *
 *   A binary classifier scores each payment; payments above the block threshold are declined.
 *
 * @example
 *   {"name": "ok-none.md"}
 *
 *   # Listing tags
 *
 *   A multi-label classifier tags each listing; tags with a probability above 0.5 are shown and flagged for the seller to check.
 *
 *   Both errors cost the same here: a wrong or missing tag is fixed by the seller in one click, so the threshold maximises F1.
 *
 * @example
 *   {"name": "ok-not-applicable.md"}
 *
 *   # Home feed
 *
 *   A ranking model orders the candidate videos for each user by predicted watch time.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Card fraud scoring
 *
 *   ## Framing
 *
 *   A binary classifier scores each payment; payments above the block threshold are declined.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-html-cutoff.md", "label": "input"}
 *
 *   # Fish species at the auction
 *
 *   A multi-class classifier suggests the species of each crate from a photo.
 *
 *   ## Evaluation
 *
 *   <ul>
 *     <li><b>Low confidence:</b> if the top-1 probability &lt; 0.6, no suggestion is pre-filled</li>
 *     <li><b>Mistakes:</b> a wrong suggestion may be accepted; no suggestion means slower grading</li>
 *   </ul>
 *
 * @example
 *   {"name": "missing-html-cutoff.md", "label": "output"}
 *
 *   11:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-withheld-in-words.md", "label": "input"}
 *
 *   # Warehouse returns triage
 *
 *   A multi-class classifier suggests the return reason for each parcel scanned at the dock.
 *
 *   ## Serving
 *
 *   When the top probability is below 0.55, no reason is suggested and the clerk picks one.
 *
 * @example
 *   {"name": "missing-withheld-in-words.md", "label": "output"}
 *
 *   5:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-html-sizes.md"}
 *
 *   # Fish species at the auction
 *
 *   A multi-class classifier suggests the species of each crate from a photo.
 *
 *   ## Data
 *
 *   <ul>
 *     <li>Crates &lt; 10 kg are weighed again before the photo</li>
 *   </ul>
 *
 * @example
 *   {"name": "missing-budget.md", "label": "input"}
 *
 *   # Churn outreach
 *
 *   A binary classifier predicts whether a subscriber will churn. Each week the CRM team contacts the 5,000 subscribers with the highest scores.
 *
 * @example
 *   {"name": "missing-budget.md", "label": "output"}
 *
 *   4:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-unranked.md", "label": "input"}
 *
 *   # Payout holds
 *
 *   - binary classifier of merchant loss; score > 0.8 → payout held automatically
 *   - a false hold costs a support escalation; a missed bust-out costs the whole balance
 *   - we have not yet agreed which of the two matters more
 *
 * @example
 *   {"name": "missing-unranked.md", "label": "output"}
 *
 *   6:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-both-matter.md", "label": "input"}
 *
 *   # Refund abuse
 *
 *   A binary classifier scores each refund request; requests above 0.8 go to the review queue.
 *
 *   **Error costs:** a held honest refund makes a customer wait two days; a paid abusive one loses €85. Both matter.
 *
 * @example
 *   {"name": "missing-both-matter.md", "label": "output"}
 *
 *   5:3-5:14: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-ranked-lead-in.md"}
 *
 *   # Refund abuse
 *
 *   A binary classifier scores each refund request; requests above 0.8 go to the review queue.
 *
 *   **Error costs:** a held honest refund makes a customer wait two days; a paid abusive one loses €85, which costs more, so the threshold favours recall.
 *
 * @example
 *   {"name": "missing-threshold-chosen.md", "label": "input"}
 *
 *   # Escalation prediction
 *
 *   A binary classifier scores support chats; chats above the threshold are flagged for a supervisor, and we choose the threshold on the validation month rather than at 0.5.
 *
 * @example
 *   {"name": "missing-threshold-chosen.md", "label": "output"}
 *
 *   4:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-threshold-rate.md"}
 *
 *   # Escalation prediction
 *
 *   A binary classifier scores support chats; chats above the threshold are flagged for a supervisor, and the threshold is set for a 1% false-positive rate.
 *
 * @example
 *   {"name": "ok-ranked.md"}
 *
 *   # Comment moderation
 *
 *   A binary classifier scores each comment; comments below 0.1 are posted automatically.
 *
 *   A toxic comment left up costs far more than a clean one held back, so the threshold favours recall.
 *
 * @example
 *   {"name": "ok-no-action.md"}
 *
 *   # Lead scoring
 *
 *   A binary classifier scores each lead for the sales dashboard, sorted by score. Raw forms are held automatically for 30 days.
 *
 * @example
 *   {"name": "ok-expensive-error.md"}
 *
 *   # Macro suggestions
 *
 *   - output: probability per macro; the top macro is posted automatically if p ≥ 0.97
 *   - a wrong automatic reply costs a second contact; a missed auto-post costs an agent 20 s, so false positives are the expensive error
 *
 * @example
 *   {"name": "missing-demoted.md", "label": "input"}
 *
 *   # Harmful posts
 *
 *   - multi-label classifier over text and image of each post
 *   - predictions with low confidence of harm → the post is demoted in the feed
 *
 * @example
 *   {"name": "missing-demoted.md", "label": "output"}
 *
 *   5:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-trade-lines.md", "label": "input"}
 *
 *   # Personal loans
 *
 *   A binary classifier predicts the probability of default; applicants above the PD cut-off are declined.
 *
 *   Missing values: thin-file applicants have no bureau trade lines, so they get a "no file" bin.
 *
 * @example
 *   {"name": "missing-trade-lines.md", "label": "output"}
 *
 *   6:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-offer.md", "label": "input"}
 *
 *   # Meal-kit churn
 *
 *   A binary classifier predicts whether a customer cancels; each week the top 8,000 by probability get the offer.
 *
 * @example
 *   {"name": "missing-offer.md", "label": "output"}
 *
 *   4:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-contacts-shown.md"}
 *
 *   # Invite suggestions
 *
 *   A binary classifier predicts whether a contact joins after an invite; the app lists contacts sorted by the predicted probability, the top 20 as "Suggested".
 *
 * @example
 *   {"name": "ok-flag-noun.md"}
 *
 *   # Related articles
 *
 *   A logistic regression gives the probability that a reader opens a candidate article; the four best-scored candidates, or evergreen ones (a flag the desk sets), fill the box.
 *
 * @example
 *   {"name": "missing-diverted.md", "label": "input"}
 *
 *   # Parcel damage
 *
 *   A binary classifier gives the probability of damage; parcels above the threshold are diverted to the repack station.
 *
 * @example
 *   {"name": "missing-diverted.md", "label": "output"}
 *
 *   4:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-diverted-ranked.md"}
 *
 *   # Parcel damage
 *
 *   A binary classifier gives the probability of damage; parcels above the threshold are diverted to the repack station. A missed damaged parcel costs a claim, far more than a needless repack, so the threshold favours recall.
 *
 * @example
 *   {"name": "ok-predictions-stored.md"}
 *
 *   # Churn risk
 *
 *   A binary classifier predicts whether a subscriber will churn next month. Predictions are written to the warehouse each night for the analysts' churn report.
 *
 * @example
 *   {"name": "ok-signed-target.md"}
 *
 *   # Chat rescue
 *
 *   A binary classifier scores each live chat; chats above the threshold alert the team lead.
 *
 *   - Objective: maximise recall of chats that end unhappy, at precision ≥ 0.4
 *
 * @example
 *   {"name": "missing-reported-rate.md", "label": "input"}
 *
 *   # Chat rescue
 *
 *   A binary classifier scores each live chat; chats above the threshold alert the team lead.
 *
 *   - Results: precision 0.41 and recall 0.63 on the test month
 *
 * @example
 *   {"name": "missing-reported-rate.md", "label": "output"}
 *
 *   6:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-branch.md", "label": "input"}
 *
 *   # Trade-in grading
 *
 *   - multi-class clf over the grades A to D
 *   - output: offer the top grade if its prob ≥ 0.7, else "needs inspection"
 *   - over-grading costs a revised offer; under-grading costs a lost trade-in
 *
 * @example
 *   {"name": "missing-branch.md", "label": "output"}
 *
 *   6:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-named-threshold.md", "label": "input"}
 *
 *   # Live score pushes
 *
 *   | item | value |
 *   |---|---|
 *   | Category | binary classification |
 *   | Output | open probability in [0,1]; send if above the user's threshold |
 *
 * @example
 *   {"name": "missing-named-threshold.md", "label": "output"}
 *
 *   7:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-routed-cutoff.md", "label": "input"}
 *
 *   # Canteen tray checkout
 *
 *   - object detection over the tray photo: boxes, each with a dish id and a confidence
 *   - dishes under 0.6 confidence go to the cashier screen
 *   - errors: over-charging a diner, under-charging the canteen
 *
 * @example
 *   {"name": "missing-routed-cutoff.md", "label": "output"}
 *
 *   6:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-budget.md", "label": "input"}
 *
 *   # Renewal risk
 *
 *   - binary clf: P(not renew in 90 d) per account
 *   - the CS team calls the top 150 each Monday
 *   - errors: 30 min of CSM time on a safe account; a lost renewal nobody called
 *
 * @example
 *   {"name": "missing-budget.md", "label": "output"}
 *
 *   6:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-budget-ranked.md"}
 *
 *   # Renewal risk
 *
 *   - binary clf: P(not renew in 90 d) per account
 *   - the CS team calls the top 150 each Monday
 *   - a lost renewal costs far more than 30 min of CSM time, so the list favours recall
 *
 * @example
 *   {"name": "ok-top-per-request.md"}
 *
 *   # Home feed
 *
 *   - pointwise binary clf: p(click) per candidate post
 *   - the feed shows the top 10 per request, sorted by p(click)
 *
 * @example
 *   {"name": "ok-health-alert.md"}
 *
 *   # Ad click prediction
 *
 *   - pointwise binary clf: p(click) per ad, the auction ranks by bid × p(click)
 *   - alert the on-call when score distribution drift exceeds the threshold
 *
 * @example
 *   {"name": "missing-alert-on-score.md", "label": "input"}
 *
 *   # Card fraud
 *
 *   - binary clf: P(fraud) per payment
 *   - payments above the threshold alert the fraud team
 *   - alert the on-call when score distribution drift exceeds the threshold
 *
 * @example
 *   {"name": "missing-alert-on-score.md", "label": "output"}
 *
 *   6:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-identify-at-risk.md", "label": "input"}
 *
 *   # Gym membership churn
 *
 *   A binary classifier predicts whether a member cancels within 60 days, so the front desk can identify at-risk members every Monday.
 *
 * @example
 *   {"name": "missing-identify-at-risk.md", "label": "output"}
 *
 *   4:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-churn-risk-intervention.md", "label": "input"}
 *
 *   # Broadband churn
 *
 *   - binary clf: P(churn in 90 d) per household
 *   - goal: fewer cancellations through proactive interventions based on churn risk
 *
 * @example
 *   {"name": "missing-churn-risk-intervention.md", "label": "output"}
 *
 *   5:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-at-risk-shown.md"}
 *
 *   # Gym membership churn
 *
 *   A binary classifier predicts whether a member cancels within 60 days; the manager's dashboard lists at-risk members sorted by score, and analysts use it to identify risk factors.
 *
 * @example
 *   {"name": "missing-blurred.md", "label": "input"}
 *
 *   # Dashcam sharing
 *
 *   An object detection model finds licence plates in uploaded clips; plates found with a confidence above 0.4 are blurred before the clip is shared.
 *
 * @example
 *   {"name": "missing-blurred.md", "label": "output"}
 *
 *   4:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-system-that-acts.md", "label": "input"}
 *
 *   # Street camera anonymiser
 *
 *   - object detection over each frame: faces and plates, each as a box with a class
 *   - we build a system that blurs every face and plate before the frames are stored
 *
 * @example
 *   {"name": "missing-system-that-acts.md", "label": "output"}
 *
 *   5:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-motion-blur.md"}
 *
 *   # Shelf gaps
 *
 *   An object detection model finds empty shelf slots in store photos for the weekly planogram report.
 *
 *   Augmentation adds motion blur and glare, since a shaky phone blurs the small price tags.
 *
 * @example
 *   {"name": "ok-system-that-shows.md"}
 *
 *   # Home feed
 *
 *   - pointwise binary clf: p(engage) per candidate post
 *   - a feed system that shows the most relevant posts first, sorted by p(engage)
 *
 * @example
 *   {"name": "ok-branch-without-cutoff.md"}
 *
 *   # Lead scoring
 *
 *   A binary classifier scores each lead for the sales dashboard, sorted by score; if two leads tie, the newer one comes first.
 *
 * @example
 *   {"name": "ok-alerts-as-content.md"}
 *
 *   # Neighbourhood feed
 *
 *   - ranking with pointwise binary clf heads, p(click) and p(hide)
 *   - Any content that must always be on top?
 *     - safety alerts from the city → pinned, outside the ranker
 *
 * @example
 *   {"name": "missing-slice-worse.md", "label": "input"}
 *
 *   # Rebooking
 *
 *   A binary classifier scores each connection; above 0.6 the passenger is flagged and rebooked automatically.
 *
 *   ## Error analysis
 *
 *   - by hub and by snapshot time (T-6h should be worse, that's fine)
 *
 * @example
 *   {"name": "missing-slice-worse.md", "label": "output"}
 *
 *   5:1-5:18: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-metric-first.md"}
 *
 *   # Parcel locker sensor faults
 *
 *   - binary clf per locker door, p(fault) every hour
 *   - above 0.8 a technician is dispatched automatically
 *   - a wasted visit is an hour of a van; a stuck door strands a parcel for days
 *     - -> recall first; the 0.8 is checked each month against the visit budget
 *
 * @example
 *   {"name": "missing-threshold-named.md", "label": "input"}
 *
 *   # Retinal screening
 *
 *   A binary classifier reads each retinal photo and predicts referable disease.
 *
 *   ## Deployment
 *
 *   Clinicians can move the threshold for their clinic.
 *
 * @example
 *   {"name": "missing-threshold-named.md", "label": "output"}
 *
 *   5:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-threshold-parameter.md"}
 *
 *   # Shelf gap detection
 *
 *   An object detector finds empty shelf slots in store camera frames; we report mAP at an IoU threshold of 0.5.
 *
 *   Near-duplicate frames are dropped with a similarity threshold, and the model is retrained when accuracy falls below a threshold.
 *
 * @example
 *   {"name": "ok-threshold-ranking.md"}
 *
 *   # Related articles
 *
 *   A ranking model orders the candidate articles for each reader by predicted click probability, a pointwise binary classifier; the threshold for showing the carousel at all is tuned on the holdout week.
 *
 * @example
 *   {"name": "ok-threshold-other-senses.md"}
 *
 *   # Ticket triage
 *
 *   A multi-class classifier tags each support ticket, and the agents see the tag.
 *
 *   Tickets before the cut-off date of 2024-03-01 train the model, and training stops early when the validation loss improves by less than a threshold of 0.001.
 *
 *   The acceptance threshold for shipping is a macro-F1 of 0.80, and the model serves every queue once traffic is above the threshold of 1,000 tickets a day.
 *
 *   | Metric | Baseline | Threshold |
 *   |---|---|---|
 *   | macro-F1 | 0.71 | 0.80 |
 *
 * @example
 *   {"name": "ok-target-table-row.md"}
 *
 *   # Fake review detection
 *
 *   A binary classifier scores each new review; reviews above the threshold are hidden until a moderator checks them.
 *
 *   | Metric | Target | Data |
 *   |---|---|---|
 *   | Recall | ≥ 0.90 | the last month of reviews |
 *
 * @example
 *   {"name": "ok-target-of-what.md"}
 *
 *   # Restricted zones
 *
 *   An object detection model finds people in restricted zones on camera frames; above the threshold the guard is alerted.
 *
 *   - Recall of intrusion events > 95% on the test footage
 *
 * @example
 *   {"name": "ok-ranked-by-harm.md"}
 *
 *   # Gas leak sensors
 *
 *   A binary classifier scores each sensor reading; above the threshold a technician is paged.
 *
 *   A false alarm is less critical than a missed leak, which can end in an explosion.
 *
 * @example
 *   {"name": "ok-domain-errors.md"}
 *
 *   # Mail filter
 *
 *   Incoming emails classified as spam go to the junk folder.
 *
 *   A legitimate email in the junk folder is far worse for the user than a spam left in the inbox.
 *
 * @example
 *   {"name": "ok-bound-in-words.md"}
 *
 *   # Card payments
 *
 *   A binary classifier scores each card payment; payments above the threshold are declined.
 *
 *   The threshold is set so that the false positive rate stays under 0.5%.
 *
 * @example
 *   {"name": "missing-bound-reported.md", "label": "input"}
 *
 *   # Card payments
 *
 *   A binary classifier scores each card payment; payments above the threshold are declined.
 *
 *   ## Evaluation
 *
 *   On the test month the false positive rate was below 0.5%.
 *
 * @example
 *   {"name": "missing-bound-reported.md", "label": "output"}
 *
 *   8:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-trade-named.md", "label": "input"}
 *
 *   # Forum posts
 *
 *   A text classifier reads each new post; detected posts are removed automatically.
 *
 *   ## Evaluation
 *
 *   There is a trade-off between precision and recall, and both are reported on the test week.
 *
 * @example
 *   {"name": "missing-trade-named.md", "label": "output"}
 *
 *   8:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-detected-other-sense.md"}
 *
 *   # Ticket tags
 *
 *   A multi-class classifier tags each support ticket, and the agents see the tag.
 *
 *   Bugs detected in staging block the release.
 *
 * @example
 *   {"name": "missing-classified-as.md", "label": "input"}
 *
 *   # Mail filter
 *
 *   Incoming emails classified as spam go to the junk folder.
 *
 *   ## Evaluation
 *
 *   The labels come only from legitimate sources, and precision and recall are reported on a held-out week.
 *
 * @example
 *   {"name": "missing-classified-as.md", "label": "output"}
 *
 *   8:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-rejected.md", "label": "input"}
 *
 *   # Weld inspection
 *
 *   A vision classifier inspects every weld photo; welds predicted defective are rejected.
 *
 *   ## Evaluation
 *
 *   Recall is 0.93 and precision 0.71 on the held-out line.
 *
 * @example
 *   {"name": "missing-rejected.md", "label": "output"}
 *
 *   8:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-one-error-expensive.md"}
 *
 *   # Weld inspection
 *
 *   A vision classifier inspects every weld photo; welds predicted defective are rejected.
 *
 *   ## Evaluation
 *
 *   False negatives are very expensive for us: a defect that ships becomes a warranty claim.
 *
 * @example
 *   {"name": "ok-metric-is-key.md"}
 *
 *   # Weld inspection
 *
 *   A vision classifier inspects every weld photo; welds predicted defective are rejected.
 *
 *   ## Evaluation
 *
 *   Recall and precision on the held-out line; recall is key.
 *
 * @example
 *   {"name": "ok-rejected-in-selection.md"}
 *
 *   # Ticket tags
 *
 *   A multi-class classifier tags each support ticket, and the agents see the tag.
 *
 *   ## Model selection
 *
 *   A challenger classifier is rejected when its macro-F1 on the holdout is below the champion's, and the model is rejected if it is slower than 50 ms.
 *
 * @example
 *   {"name": "missing-harmful-purpose.md", "label": "input"}
 *
 *   # Review moderation
 *
 *   - binary clf over each new product review
 *   - use case: filtering toxic reviews from the product page
 *
 * @example
 *   {"name": "missing-harmful-purpose.md", "label": "output"}
 *
 *   5:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-model-to-flag.md", "label": "input"}
 *
 *   # Pump health
 *
 *   We train a classification model to flag pumps likely to fail within a week, from vibration and pressure readings.
 *
 * @example
 *   {"name": "missing-model-to-flag.md", "label": "output"}
 *
 *   4:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "missing-two-outcomes.md", "label": "input"}
 *
 *   # Small business credit
 *
 *   | item | value |
 *   |---|---|
 *   | Task | binary classification: default within 12 months |
 *   | Use | a loan approval/rejection model for the branch officers |
 *
 * @example
 *   {"name": "missing-two-outcomes.md", "label": "output"}
 *
 *   7:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-class-alone.md"}
 *
 *   # Home feed
 *
 *   - pointwise binary clf: p(click) per candidate post
 *   - the model's candidates: filtering out posts the user has already seen, then sorted by p(click)
 *   - spam content is never explored into, and the feed shows the top 20 per request
 *
 * @example
 *   {"name": "ok-outcomes-as-labels.md"}
 *
 *   # Comment topics
 *
 *   A multi-class classifier tags each reader comment with its topic for the newsletter team's weekly report.
 *
 *   - labels: 4 yrs of moderator history, ~2M comments w/ approve / reject and the topic chosen
 *
 * @example
 *   {"name": "missing-mixed-heading.md", "label": "input"}
 *
 *   # Chat safety
 *
 *   ## Problem definition and dataset
 *
 *   A text classifier scores each chat message; messages above 0.8 are hidden from the other player.
 *
 *   ## Evaluation and monitoring
 *
 *   Precision and recall on a held-out week.
 *
 * @example
 *   {"name": "missing-mixed-heading.md", "label": "output"}
 *
 *   10:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-data-only-heading.md"}
 *
 *   # Topic tags
 *
 *   A multi-class classifier tags each forum thread for the archive.
 *
 *   ## Data
 *
 *   Threads with a spam probability above 0.9 are removed from the labelling pool.
 *
 * @example
 *   {"name": "missing-both-high.md", "label": "input"}
 *
 *   # Invoice fraud
 *
 *   A binary classifier scores each supplier invoice; invoices above the threshold are held for the finance team.
 *
 *   ## Evaluation
 *
 *   We aim for high precision and recall on the held-out quarter.
 *
 * @example
 *   {"name": "missing-both-high.md", "label": "output"}
 *
 *   8:1: Unexpected missing error costs, expected which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section, such as `A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate`
 *
 * @example
 *   {"name": "ok-one-high.md"}
 *
 *   # Invoice fraud
 *
 *   A binary classifier scores each supplier invoice; invoices above the threshold are held for the finance team.
 *
 *   ## Evaluation
 *
 *   We need high recall: a paid fake invoice is money gone.
 *
 */
import { thresholdFamilies } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

const remarkLintMlErrorCosts = defineRule(
  {
    id: 'ml-error-costs',
    stage: 'evaluation',
    messages: {
      missingErrorCosts: {
        reason: missing(
          'error costs',
          'which error costs more (false positives or false negatives) and how the threshold trades them in the evaluation section',
          'A missed fraud costs more than a false decline, so we favour recall at a 0.9% false decline rate',
        ),
        stub: {
          part: 'error-costs',
          heading: 'Error costs',
          todo: 'TODO — say which error costs more and how the threshold trades them, such as `a missed fraud costs more than a false decline`.',
        },
      },
    },
    applies: (reading) => thresholdFamilies.some((family) => reading.familySet.has(family)),
  },
  (reading, _file, _options, report) => {
    const named = reading.familySet
    if (!thresholdFamilies.some((family) => named.has(family))) return
    // Alerts under monitoring watch the system, and filters in data preparation clean the data: neither acts on the
    // model's output.
    // A heading that also opens another stage ("Problem definition and dataset", "Evaluation and monitoring") holds
    // that stage's content as much: what it says of the output is no data filter nor a health alert.
    const onlyThere = (opening: { section?: number }) =>
      opening.section === undefined ||
      reading.sections[opening.section].stages.every((stage) => stage === 'monitoring' || stage === 'data')
    const elsewhere = [...reading.stageOpenings('monitoring'), ...reading.stageOpenings('data')].filter(onlyThere)
    const elsewhereContent = elsewhere.map((opening) => opening.content)
    const outside = (sentence: { start: number }) => !reading.holds(elsewhereContent, sentence.start)
    // Terse notes state the cut-off as a bare fraction and an arrow (`> 0.95 → auto-suspend`): a fraction of one
    // with a comparison or a band, next to an action, is a decision on the score.
    const actionSentences = reading.cueSentences('decision-threshold', 'answer')
    const decides =
      reading.hasEvidence('decision-threshold', (item) => outside(reading.sentences[item.sentence])) ||
      [...actionSentences].some((index) => {
        const sentence = reading.sentences[index]
        return reading.answers(sentence) && outside(sentence) && reading.statesScoreCutoff(index)
      }) ||
      // A branch on a cut-off is the action, whatever its verb: "the grade if its prob ≥ 0.7, else inspection".
      [...reading.cueSentences('decision-threshold', 'topic')].some((index) => {
        const sentence = reading.sentences[index]
        return reading.answers(sentence) && outside(sentence) && reading.choosesByCutoff(index)
      })
    // A classifier whose document speaks of its decision threshold anywhere ("clinicians can move the threshold") has
    // one that acts, though no sentence says on what; a ranked list's threshold orders what users see.
    const speaksOfThreshold =
      !named.has('ranking') &&
      [...reading.cueSentences('decision-threshold', 'topic')].some((index) => {
        const sentence = reading.sentences[index]
        return reading.answers(sentence) && outside(sentence) && reading.speaksOfThreshold(index)
      })
    if (!(decides || speaksOfThreshold) || reading.hasEvidence('error-costs')) return
    report('missingErrorCosts', { place: placeMissing(reading, 'error-costs') })
  },
)

export default remarkLintMlErrorCosts
