/**
 * remark-lint rule to check that an ML system design document says whether
 * its predictions must be explainable, and what follows from that.
 *
 * ## What is this?
 *
 * This rule checks that the document takes a position on interpretability:
 * whether predictions must be explained (to users, reviewers, investigators
 * or regulators) and what that implies (a model class such as a GLM or
 * monotone trees, SHAP or other feature attributions, reason codes shown
 * next to a decision), or that interpretability is not needed and why ("no
 * decision about a person is made, and users never see the ranking's
 * reasons").
 *
 * It accepts an `Interpretability` or `Explainability` section, a labelled
 * lead-in (`**Interpretability:** ...`), a table row, a front-matter key
 * (`interpretability`), or a sentence anywhere that says whether
 * explanations are needed or how they are given ("investigators see the top
 * three SHAP features as reason codes").
 *
 * ## When should I use this?
 *
 * For every model design: whether predictions must be explained constrains
 * the model choice and the serving path, and a regulator or a support agent
 * who needs a reason will not accept a black box after launch.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`.
 *
 * ## Decisions
 *
 * * A mention of explanations counts only with a position: a need ("must",
 *   "need", "required", a regulator), a consequence (SHAP, reason codes, a
 *   model class, what users see) or a reasoned "not needed". Words such as
 *   "reason code" in a description of the training data ("each moderator
 *   decision carries a reason code") are not a position.
 * * Under an `Interpretability` heading the content must also take that
 *   position: a heading over `TBD` or a bare topic is flagged at the
 *   heading.
 * * "Not needed" counts without a stated reason when it is said plainly
 *   (`Interpretability: not required.`): the contract asks why, but a
 *   linter cannot judge whether a reason is good, and a plain "no" is a
 *   decision the reviewer can discuss.
 * * A question heading names the part by its verb (`Do the
 *   recommendations need to be explained?`), and under a yes/no question
 *   heading a plain `No: ...` or `Yes, ...` takes the position. Asking
 *   for the noun names it too (`Do users need explanations?`).
 * * A question bullet answers with what follows it: a nested bullet (`-
 *   Do sellers need to see why?` then `- yes: show three similar sold
 *   items`) or the next sentence of the same item ("explanation for
 *   sales? probably the top 3 reasons next to each trial"). "Nobody asked
 *   yet" under it decides nothing.
 * * Saying to whom predictions are explained takes the position ("lets
 *   us explain to reviewers why a segment was held back"); "explains most
 *   of the variance" does not.
 * * Reason codes or SHAP in a survey of the field (`What the field does`,
 *   `Reason codes in case studies`, `Related work`) say what others do,
 *   not what this design does.
 * * A list under a `Pros / Cons` line weighs an option: "Interpretable: the
 *   score shows how abnormal the point is" there praises a method, it does
 *   not decide that predictions must be explained.
 *
 * * Learning or telling why counts like seeing why: `so they can check
 *   why it was flagged`, `growers must be able to tell why a block was
 *   flagged`. An answer that only says the question is open (`A: open,
 *   ask trust & safety`, `to check`) decides nothing.
 * * A question is answered by a plain yes or no written after it on its
 *   line (`do beekeepers need to know why? -> no. the alert only says
 *   "check this hive"`), and a clause after a semicolon finishes its
 *   sentence (`"why am I seeing this?" → not in v1; no regulator asks for
 *   it`). A clause that only defers (`not in v1; revisit with the ads
 *   team`) answers nothing.
 * * A line that decides among options, firm or hedged (`-> we lean toward
 *   Option 2`, `we go with B`), closes the option whose section it stands in:
 *   what follows it under the last option's heading (an `interpretability:`
 *   item) is the design's, and answers. Before the decision it is still the
 *   option's, and does not.
 * * Citations are the explanation a generated answer carries: an answer
 *   shown with the sources it cites, or cited passages kept for audit,
 *   says what the user or a reviewer sees. Like the other topic words,
 *   citations need an answer word beside them: a cited passage named only
 *   in a metric (`share of sentences supported by a cited passage`) does
 *   not answer.
 *
 * @module ml-interpretability
 * @example
 *   {"name": "pros-cons.md", "label": "input"}
 *
 *   # Metric anomalies
 *
 *   ## Model
 *
 *   A z-score on the forecast residual.
 *
 *   Pros / Cons
 *
 *   - Interpretable: the score shows directly how abnormal the point is.
 *   - Needs a good forecaster.
 *
 * @example
 *   {"name": "pros-cons.md", "label": "output"}
 *
 *   11:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok-after-options.md"}
 *
 *   # Branch book orders
 *
 *   ## Model options
 *
 *   ### Option 1: genre averages
 *
 *   - cons: blind to new authors
 *
 *   ### Option 2: gradient-boosted trees
 *
 *   - pros: uses author history
 *
 *   -> we lean toward Option 2, with Option 1 as a sanity check.
 *
 *   - interpretability: selectors sign the order, so each forecast ships with its top 3 SHAP drivers
 *   - refresh: retrain every Sunday on a rolling 3 years of releases
 *   - baseline: the current ratio rule applied to week-1 holds; the model has to beat it
 *
 * @example
 *   {"name": "option-before-decision.md", "label": "input"}
 *
 *   # Branch book orders
 *
 *   ## Model options
 *
 *   ### Option 1: genre averages
 *
 *   - cons: blind to new authors
 *
 *   ### Option 2: gradient-boosted trees
 *
 *   - pros: uses author history
 *   - interpretability: each forecast ships with its top 3 SHAP drivers
 *   - refresh: retrain every Sunday on a rolling 3 years of releases
 *   - baseline: the current ratio rule applied to week-1 holds; the model has to beat it
 *
 *   -> we lean toward Option 2, with Option 1 as a sanity check.
 *
 * @example
 *   {"name": "option-before-decision.md", "label": "output"}
 *
 *   12:3-12:19: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Claims fraud triage
 *
 *   ## Interpretability
 *
 *   Investigators must know why a claim is in their queue, so we keep to tree models with SHAP values and show the top three features as reason codes.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Delivery time
 *
 *   **Interpretability:** customers only see the number and no regulation applies; support agents see the top three SHAP contributions.
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # Suggested replies
 *
 *   We do not need to explain individual suggestions: they are optional chips and nothing is decided for the user.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Insurance pricing
 *
 *   | Concern | Decision |
 *   | --- | --- |
 *   | Explainability | Required by the regulator: SHAP values become per-factor relativity tables |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   interpretability: not required, no decision about a person is made
 *   ---
 *
 *   # Voice intent
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Loan approval
 *
 *   ## Model
 *
 *   Candidates: logistic regression and LightGBM.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok-faq.md"}
 *
 *   # Transaction categories
 *
 *   **Do users need explanations?**
 *
 *   Yes, lightly: the app says which of the user's own past choices put a payment in its category.
 *
 * @example
 *   {"name": "faq-unanswered.md", "label": "input"}
 *
 *   # Transaction categories
 *
 *   **Do users need explanations?**
 *
 *   **How often is it retrained?**
 *
 *   Every two weeks on the latest corrections.
 *
 * @example
 *   {"name": "faq-unanswered.md", "label": "output"}
 *
 *   3:1-3:32: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok-question-bullet.md"}
 *
 *   # Resale price suggestions
 *
 *   - Do sellers need to see why?
 *     - yes, trust is the problem: show three similar items sold recently with their prices
 *
 * @example
 *   {"name": "question-unanswered.md", "label": "input"}
 *
 *   # Wake word
 *
 *   - Must the speaker explain why it woke up?
 *     - nobody asked yet
 *
 * @example
 *   {"name": "question-unanswered.md", "label": "output"}
 *
 *   5:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok-explain-to.md"}
 *
 *   # MT quality estimation
 *
 *   ## Model
 *
 *   A word-level tagging head lets us explain to reviewers why a segment was held back.
 *
 * @example
 *   {"name": "explains-variance.md", "label": "input"}
 *
 *   # MT quality estimation
 *
 *   ## Model
 *
 *   Segment length explains most of the variance in the editing time.
 *
 * @example
 *   {"name": "explains-variance.md", "label": "output"}
 *
 *   6:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "survey-only.md", "label": "input"}
 *
 *   # Gym churn
 *
 *   ## Part 1 — What the field does
 *
 *   ### Reason codes in case studies
 *
 *   - Telco case studies: SHAP values per customer become reason codes that retention agents need
 *
 *   ## Part 2 — Design
 *
 *   ### Model
 *
 *   LightGBM on the last 90 days of visits.
 *
 * @example
 *   {"name": "survey-only.md", "label": "output"}
 *
 *   14:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "placeholder.md", "label": "input"}
 *
 *   # Loan approval
 *
 *   ## Interpretability
 *
 *   TBD
 *
 * @example
 *   {"name": "placeholder.md", "label": "output"}
 *
 *   3:1-3:20: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok-check-why.md"}
 *
 *   # Disclosure check
 *
 *   ## What comes out
 *
 *   - flagged calls go to the QA reviewer queue
 *   - the reviewer needs the transcript snippet next to the flag so they can check why it was flagged
 *
 * @example
 *   {"name": "missing-why-left-open.md", "label": "input"}
 *
 *   # Host accept prediction
 *
 *   ## Clarifying questions
 *
 *   - Q: Do hosts get told why their car is hidden?
 *     - A: open, ask trust & safety
 *
 * @example
 *   {"name": "missing-why-left-open.md", "label": "output"}
 *
 *   7:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok-no-after-question.md"}
 *
 *   # Hive alerts
 *
 *   ## Pick a model
 *
 *   - do beekeepers need to know why? -> no. the alert only says "check this hive" and they open it anyway
 *
 * @example
 *   {"name": "ok-clause-after-semicolon.md"}
 *
 *   # Neighbourhood feed
 *
 *   ## Model details
 *
 *   - "why am I seeing this?" → not in v1; no regulator asks for it, and the feed shows local posts only
 *
 * @example
 *   {"name": "missing-clause-defers.md", "label": "input"}
 *
 *   # Neighbourhood feed
 *
 *   ## Model details
 *
 *   - "why am I seeing this?" → not in v1; revisit with the ads team
 *
 * @example
 *   {"name": "missing-clause-defers.md", "label": "output"}
 *
 *   6:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok-citations-shown.md"}
 *
 *   # Policy answer bot
 *
 *   ## Model
 *
 *   - retrieve the top 5 policy passages, then a hosted LLM writes the answer
 *   - every answer is shown with citations to the passages it used
 *
 * @example
 *   {"name": "citations-in-a-metric.md", "label": "input"}
 *
 *   # Policy answer bot
 *
 *   ## Model
 *
 *   - retrieve the top 5 policy passages, then a hosted LLM writes the answer
 *   - faithfulness: share of answer sentences supported by a cited passage
 *
 * @example
 *   {"name": "citations-in-a-metric.md", "label": "output"}
 *
 *   7:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 *
 * @example
 *   {"name": "ok-reasons-provided.md"}
 *
 *   # Course recommendations
 *
 *   ## Requirements
 *
 *   1. **Personal list**: rank the catalogue for each learner from their history
 *   2. **Explainability**: Provide reasons for recommendations to learners
 *
 * @example
 *   {"name": "interpretable-product.md", "label": "input"}
 *
 *   # Store demand
 *
 *   ## Goal
 *
 *   Provide an interpretable next-week forecast of demand for each store.
 *
 * @example
 *   {"name": "interpretable-product.md", "label": "output"}
 *
 *   6:1: Unexpected missing interpretability decision, expected whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section, such as `Applicants get the top three reasons from SHAP values as adverse-action codes`
 */
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

const remarkLintMlInterpretability = defineRule(
  {
    id: 'ml-interpretability',
    stage: 'model',
    messages: {
      missingInterpretabilityDecision: {
        reason: missing(
          'interpretability decision',
          'whether predictions must be explained (to users, reviewers or regulators) and what follows, or why not, in an `Interpretability` section',
          'Applicants get the top three reasons from SHAP values as adverse-action codes',
        ),
        stub: {
          part: 'interpretability',
          heading: 'Interpretability',
          todo: 'TODO — say whether predictions must be explained and to whom, such as `top three reasons from SHAP values`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    if (reading.hasEvidence('interpretability')) return
    report('missingInterpretabilityDecision', { place: placeMissing(reading, 'interpretability', { named: true }) })
  },
)

export default remarkLintMlInterpretability
