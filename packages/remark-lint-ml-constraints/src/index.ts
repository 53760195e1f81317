/**
 * remark-lint rule to check that an ML system design document states the
 * constraints the system must live within, other than latency.
 *
 * ## What is this?
 *
 * This rule checks that the document names at least one limit the system
 * must respect besides latency (which `ml-latency` covers): a training time
 * or frequency limit (`a full retrain must finish in 4 hours on 8 GPUs`),
 * a compute, hardware or cost budget (`CPU only`, `$25k a month`), an
 * on-device limit (`under 8 MB on 2019-era phones`), or a privacy or
 * regulatory limit on data and model (`customer data stays in the EU
 * region`, `gender can't be a rating factor`).
 *
 * It accepts a `Constraints` section (or `Privacy`, `Cost`, `Compute`,
 * `Compliance`, ...), a labelled lead-in, a table row, a front-matter key
 * (`constraints`), or a sentence anywhere that names a kind of limit and
 * commits to it (`must`, `only`, `at most`, `never leave`, ...).
 *
 * ## When should I use this?
 *
 * Always: limits on compute, devices and data rule candidate models in or
 * out long before their accuracy does.
 *
 * ## Options
 *
 * * vocabulary options shared by every rule (`headings`, `answers`, ...):
 *   see `mdast-util-ml-design`.
 * * `judgement` (`"cues"` by default: the word lists alone; `"model"` for
 *   a model that may also refuse; `"either"`: the word lists'
 *   answers always count, and where they find none the reader's model may
 *   add a sentence from anywhere in the document that it is sure
 *   answers and commits, where the word lists could have counted one: not
 *   in a survey, an option nobody chose, pros and cons, an aside section
 *   (non-goals, future work), under another part's label (`- Latency:
 *   50 ms`) or with a phrase the word lists know is no limit ("must be
 *   cheap"). It can silence this rule, never make it fire.
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
 * * A list of kinds that might apply (`budget, hardware or legal
 *   constraints`), a question, or a bare topic bullet (`- Privacy`) is a
 *   prompt, not a constraint.
 * * A statement that only gives a latency budget (`p99 under 50 ms`), even
 *   in a `Constraints` section, does not count: latency is `ml-latency`'s
 *   business.
 * * A retraining cadence by itself (`retrain weekly`) is not a limit; a
 *   time or frequency limit on training (`a retrain must finish in 2
 *   hours`, `at most one retrain a day`) is.
 * * Error costs (`false negatives cost more`) and a latency budget are not a
 *   cost budget; a spend limit (`$25k a month for storage and compute`, `no
 *   GPU budget this year`) is.
 * * Mentions in sections of rejected alternatives count like any other: a
 *   reviewer reads `needs GPUs we don't have on-prem` as a limit.
 * * A direction with no limit and no named rule (`must be cheap`) is a
 *   prompt, and so is a hosting choice alone (`self-hosted`) or a topic
 *   word (`consent`): they name what matters, not what is limited. A named
 *   rule (`GDPR`, `HIPAA`), a device the model must run on, or an
 *   explanation required by regulation (`ECOA requires a reason for each
 *   decline`) is a limit.
 * * Front matter that is not valid YAML (a colon inside a value) is still
 *   read, one `key: value` line at a time, so a `constraints:` key in it
 *   counts.
 *
 * * Inside a `Constraints` section, a label that names another part
 *   overrides the heading: `- latency: under 100 ms` is the latency and
 *   `- scale: 2M daily users` the scale, not constraints. A label that names
 *   a constraint (`- privacy: ...`) still counts.
 * * Under a `Constraints` heading, a bare kind with no value (`- Serving
 *   and storage costs`, `- PHI considerations`: four words at most, no
 *   number, no word that limits) names a topic, not a limit; a kind with a
 *   value (`- Hardware: one 16 GB GPU`) is one.
 * * Stripping data for privacy (`strip phone numbers and account ids
 *   (privacy)`) is a privacy limit on the data; stripping alone (`strip HTML
 *   tags`) names no kind of limit.
 * * A sentence about retraining periodically or regularly (`the model needs
 *   periodic retraining`) states a cadence, not a limit, even under
 *   `Constraints`.
 * * "The model must be cheap" is a direction with no limit: a prompt, even
 *   under a `Constraints` label; "must cost under $2k a month" is a limit.
 * * Under a `Constraints` heading or label, a sentence counts only with a
 *   word of a limit or of its kind (`must`, `only`, `GPU`, `company
 *   policy`, `low-end phones`): "nothing fancy" says neither.
 * * A `Constraints` section left as a prompt does not take the content of a
 *   sub-section that opens another stage (a bold `**Framing**` line after
 *   `<fill in>`).
 * * A note that someone still has to be asked (`to check with legal`,
 *   `needs checking`) commits to nothing.
 * * `SOC` is not read as a system on a chip: security teams write it for
 *   their operations centre.
 * * What is done to personal data is a limit on it: how long it is kept
 *   (`photos kept 90 days (privacy policy updated)`), hashing,
 *   pseudonymising, masking or blurring, and whose data may be used at all
 *   (`only for hauliers who signed the data-sharing agreement`). Keeping
 *   with no topic of privacy, data or hardware (`messages kept as reference
 *   answers`) is not.
 * * Hardware already bought is a hardware limit (`edge PC per 4 looms
 *   already bought`).
 * * Training-serving consistency (`training must see the same information
 *   as serving`) is a correctness rule, not a training limit.
 * * `Limits`, `Compute budget` and `Hardware budget` are `Constraints`
 *   labels and headings in other words: a notes label over nested bullets
 *   (`- Limits` then `- runs on the game-server CPUs, no GPU`) holds the
 *   constraints, read like a `Constraints` section (a word of a limit or of
 *   its kind in each bullet that counts).
 *
 * * "At training time" says when something is done, not how long training
 *   may take: `At training time we deduplicate command lines (paths
 *   masked)` states no limit; `Training time must stay under 2 hours`
 *   does. And a limit the document has not settled (`not decided; legal
 *   is looking at it`, `nobody gave a number`) is none.
 * * That no rule applies is no regulatory limit: `no regulation applies
 *   to playlist order`, `no regulator asks for reasons`, `legal confirmed
 *   nothing requires one` state that the model is free; a sentence that
 *   says so counts only for a limit of another sentence.
 * * In Russian, `должна` (must) or `только` (only) alone is no word of a
 *   limit: under the common template's joint `Бизнес-требования и
 *   ограничения` heading they as often state a requirement (`система
 *   должна оповещать оператора`) or the data's scope (`используется только
 *   исторический датасет`). A limit there needs its kind (`вычислительные
 *   ресурсы`, `персональные данные`) or a limiting phrase (`не более`,
 *   `должна работать на`, `только в контуре банка`).
 *
 * ## Decisions where the contract is open
 *
 * Cases two reviewers read two ways, decided until the contract says
 * (docs/accuracy.md, tenth round).
 *
 * * The kinds of constraint are the contract's: a training time or frequency
 *   limit, compute, hardware or cost, the device, privacy or regulation.
 *   What the data lacks (`little history, no weather data, noisy sales`) is
 *   no limit the system lives within but `ml-data-availability`'s business,
 *   also under a `Constraints` heading, with a word of a limit too (`the
 *   data is limited`, `only 8 months of sales`): a sentence that says what
 *   the data lacks answers only with a kind of constraint in it (`only 8
 *   months of sales may leave the EU region`). Keeping data for a period
 *   (`we keep only 30 days of logs`) is a retention, read as below.
 * * How long data is kept is a limit when it is filed as a constraint or
 *   tied to privacy, law or a storage cost (`raw logs are kept 30 days
 *   because storage is expensive`); a retention period stated where the data
 *   is described is a fact about the data.
 * * Under a `Constraints` heading a word that states any requirement
 *   (`must`, `only`, `required`, `limited`, `once a day`) is no limit
 *   by itself: authors file functional requirements and scope there too
 *   (`Must support real-time indexing of new products`, `Only some crime
 *   types are predicted`, `Limited human annotation available`). Such a
 *   line counts with a kind of limit (compute, hardware, cost, device,
 *   privacy, regulation, training time) or a number beside it (`the weekly
 *   refit has to finish in 3 hours`); a firmer word counts alone (`never`,
 *   `cannot`, `at most`, `excluded`, `must run on the existing hosts`).
 *   A payment-card standard (`PCI DSS`) is a regulation, and
 *   `Data privacy` or `Data protection` is a constraints heading like
 *   `Privacy`.
 * * Infrastructure or a platform the system must live on is a kind of
 *   limit (`Must be deployed on AWS only`, `Must use existing Kafka
 *   infrastructure`, `Must reuse the existing feature store`, `Must run in
 *   the customer's VPC`), and so are where the data must reside (`Data must
 *   be stored in Germany`) and which data the model may learn from (`trained
 *   on public data only`), inside a `Constraints` section. Elsewhere, even
 *   beside a limit word (`the model is served on AWS and must return a score
 *   per request`), they describe the design; a retraining cadence (`Must be
 *   retrained only once a week`) stays no limit.
 * * The credit laws are named rules like the privacy ones (`FCRA/ECOA
 *   checks`), and explanations required for what regulation governs
 *   (`explainability for regulated decision-making`) are the contract's
 *   regulatory limit on the model; explainability or auditability alone
 *   (`every decision is explainable and auditable`) names no rule.
 * * A need of the design said with `requires` or `required` (`training
 *   requires GPUs to finish in hours`, `the resources required for this
 *   project`) is sizing, not a limit, outside a `Constraints` heading;
 *   hardware done without (`no GPU required`) is a hardware limit.
 * * An estimate of what the design needs (`about 60 GPUs to serve 40k
 *   queries per second`, `the training run needs 8 A100s for 3 days`) is
 *   sizing, not a limit: it counts only as a cap or a budget the design must
 *   fit (`no more than 8 GPUs`, `the existing fleet of 20 GPUs`).
 *
 * @module ml-constraints
 * @example
 *   {"name": "cheap.md", "label": "input"}
 *
 *   # Comment ranking
 *
 *   - Constraints: model must be cheap
 *
 * @example
 *   {"name": "cheap.md", "label": "output"}
 *
 *   3:3-3:14: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "data-shortage.md", "label": "input"}
 *
 *   # Florist demand
 *
 *   ## Constraints
 *
 *   - the data is limited: only 10 months of orders, and few labelled holidays
 *
 * @example
 *   {"name": "data-shortage.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok-cost-limit.md"}
 *
 *   # Comment ranking
 *
 *   - Constraints: serving must cost under $2k a month in GPU time
 *
 * @example
 *   {"name": "other-labels.md", "label": "input"}
 *
 *   # Ad clicks
 *
 *   ## Constraints
 *
 *   - scale: 2M daily users
 *   - latency: under 100 ms per request
 *
 * @example
 *   {"name": "other-labels.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok-labels.md"}
 *
 *   # Card fraud
 *
 *   ## Constraints
 *
 *   - latency: under 100 ms per request
 *   - privacy: raw card numbers never leave the vault
 *
 * @example
 *   {"name": "ok-limits-label.md"}
 *
 *   # Matchmaking
 *
 *   ## Context
 *
 *   - Limits
 *     - the matchmaker runs on the game-server CPUs
 *       - no GPU
 *       - model ≤ 200 MB RAM
 *
 * @example
 *   {"name": "limits-label-direction.md", "label": "input"}
 *
 *   # Matchmaking
 *
 *   ## Context
 *
 *   - Limits
 *     - must be cheap to run
 *
 * @example
 *   {"name": "limits-label-direction.md", "label": "output"}
 *
 *   5:3-5:9: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "limits-as-weaknesses.md", "label": "input"}
 *
 *   # Store demand
 *
 *   ## Limits
 *
 *   - The forecast is weak for stores opened in the last month.
 *   - Holidays that move between years are handled poorly.
 *
 * @example
 *   {"name": "limits-as-weaknesses.md", "label": "output"}
 *
 *   3:1-3:10: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Demand forecast
 *
 *   ## Constraints
 *
 *   The whole job must finish in the 3-hour overnight window on the existing Spark cluster; there is no GPU budget.
 *
 * @example
 *   {"name": "ok-lead-in.md"}
 *
 *   # Card fraud scoring
 *
 *   **Privacy:** raw card numbers never leave the tokenisation vault.
 *
 * @example
 *   {"name": "ok-table.md"}
 *
 *   # Listing categoriser
 *
 *   | Requirement | Detail |
 *   | --- | --- |
 *   | Compute | inference on the shared T4 GPU pool, max 2 GPUs |
 *
 * @example
 *   {"name": "ok-front-matter.md"}
 *
 *   ---
 *   constraints: the model runs on-device within a 50 MB RAM budget
 *   ---
 *
 *   # Voice intents
 *
 * @example
 *   {"name": "ok-prose.md"}
 *
 *   # House prices
 *
 *   This is built by one analyst, so it has to train on a 16 GB laptop in under an hour.
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # Job recommendations
 *
 *   ## Constraints
 *
 *   Budget, hardware or legal constraints?
 *
 *   ## Latency
 *
 *   Ranking must return within 150 ms at p99. We retrain weekly.
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "direction-only.md", "label": "input"}
 *
 *   # Meeting summaries
 *
 *   - it must be cheap
 *   - a fine-tuned open model, self-hosted, asks users for consent
 *
 * @example
 *   {"name": "direction-only.md", "label": "output"}
 *
 *   5:1: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "functional-requirements.md", "label": "input"}
 *
 *   # Marketplace search
 *
 *   ## Constraints
 *
 *   - Must support real-time indexing of new listings.
 *   - Only listings in English and Spanish are ranked.
 *   - Limited human annotation available.
 *   - Prohibited items are filtered out before ranking.
 *   - Rankings are refreshed once a day.
 *
 * @example
 *   {"name": "functional-requirements.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok-existing-hosts.md"}
 *
 *   # Banner choice
 *
 *   ## Constraints
 *
 *   - The policy must run on the existing recommendation hosts.
 *
 * @example
 *   {"name": "ok-limit-with-number.md"}
 *
 *   # Interpreter demand
 *
 *   ## Constraints
 *
 *   - The weekly refit has to finish in 3 hours.
 *
 * @example
 *   {"name": "ok-cloud-platform.md"}
 *
 *   # Claims triage
 *
 *   ## Constraints
 *
 *   - Must be deployed on AWS only.
 *
 * @example
 *   {"name": "ok-existing-infrastructure.md"}
 *
 *   # Clickstream scoring
 *
 *   ## Constraints
 *
 *   - Must use the existing Kafka infrastructure.
 *
 * @example
 *   {"name": "ok-feature-store.md"}
 *
 *   # Offer ranking
 *
 *   ## Constraints
 *
 *   - Must reuse the existing feature store.
 *
 * @example
 *   {"name": "ok-customer-vpc.md"}
 *
 *   # Contract review
 *
 *   ## Constraints
 *
 *   - Must run in the customer's VPC.
 *
 * @example
 *   {"name": "ok-data-residency.md"}
 *
 *   # Patient triage
 *
 *   ## Constraints
 *
 *   - Data must be stored in Germany.
 *
 * @example
 *   {"name": "ok-public-data.md"}
 *
 *   # Plant disease
 *
 *   ## Constraints
 *
 *   - The model must be trained on public data only.
 *
 * @example
 *   {"name": "platform-named.md", "label": "input"}
 *
 *   # Search ranking
 *
 *   ## Serving
 *
 *   - Features are read from the feature store and the ranker runs on AWS.
 *
 * @example
 *   {"name": "platform-named.md", "label": "output"}
 *
 *   3:1: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "retraining-cadence.md", "label": "input"}
 *
 *   # Search ranking
 *
 *   ## Constraints
 *
 *   - Must be retrained only once a week.
 *
 * @example
 *   {"name": "retraining-cadence.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok-card-standard.md"}
 *
 *   # Card-not-present fraud
 *
 *   - Constraints: PCI DSS, so the scorer sits in the cardholder-data zone.
 *
 * @example
 *   {"name": "ok-data-privacy.md"}
 *
 *   # Retina screening
 *
 *   ## Data privacy
 *
 *   Patient images are stored encrypted and are shared with no outside party.
 *
 * @example
 *   {"name": "ok-regulation.md"}
 *
 *   # Credit limits
 *
 *   ECOA requires a reason for each decline, so the model must give reason codes.
 *
 * @example
 *   {"name": "ok-device-and-policy.md"}
 *
 *   # Substitute suggestions
 *
 *   - **Constraints:** the model runs server-side because shoppers use low-end Android phones.
 *
 * @example
 *   {"name": "nothing-fancy.md", "label": "input"}
 *
 *   # Size advice
 *
 *   - Constraints
 *     - must be cheap; nothing fancy
 *
 * @example
 *   {"name": "nothing-fancy.md", "label": "output"}
 *
 *   3:3-3:14: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "prompt-then-other-stage.md", "label": "input"}
 *
 *   # Transaction clusters
 *
 *   ## Constraints
 *
 *   <fill in>
 *
 *   **Framing**
 *
 *   The model must group transactions into clusters that analysts can name.
 *
 * @example
 *   {"name": "prompt-then-other-stage.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "to-check.md", "label": "input"}
 *
 *   # Review aspects
 *
 *   - Constraints: cost, privacy or legal? (to check with legal which review texts we may quote)
 *   - SOC analysts only see flows that raised an alert.
 *
 * @example
 *   {"name": "to-check.md", "label": "output"}
 *
 *   3:3-3:14: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "bare-kinds.md", "label": "input"}
 *
 *   # Claim triage
 *
 *   ## Constraints
 *
 *   - Serving and storage costs
 *   - PHI considerations.
 *   - The model needs periodic retraining as claim patterns shift.
 *
 * @example
 *   {"name": "bare-kinds.md", "label": "output"}
 *
 *   3:1-3:15: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok-privacy-strip.md"}
 *
 *   # Help-center search
 *
 *   ## Data
 *
 *   - Query clean-up: lowercase, strip phone numbers and account ids (privacy).
 *
 * @example
 *   {"name": "ok-kind-with-value.md"}
 *
 *   # Claim triage
 *
 *   ## Constraints
 *
 *   - Serving and storage costs
 *   - Hardware: one 16 GB GPU
 *
 * @example
 *   {"name": "ok-retention.md"}
 *
 *   # Wine label scan
 *
 *   ## Requirements
 *
 *   - photos kept 90 days for improvement (privacy policy updated, opt-out in settings)
 *
 * @example
 *   {"name": "ok-hardware-bought.md"}
 *
 *   # Loom cam
 *
 *   **setup**
 *
 *   - cams + edge PC per 4 looms already bought (1× RTX 4000)
 *
 * @example
 *   {"name": "missing-consistency.md", "label": "input"}
 *
 *   # Outage restoration time
 *
 *   ## Data
 *
 *   We snapshot features as they were at each status change, since training must see the same information as serving.
 *
 * @example
 *   {"name": "missing-consistency.md", "label": "output"}
 *
 *   3:1: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 * @example
 *   {"name": "missing-at-training-time.md", "label": "input"}
 *
 *   # PowerShell abuse detection
 *
 *   ## Data
 *
 *   - At training time we deduplicate command lines by a normalised hash (paths masked)
 *   - Can raw command lines leave the tenant?
 *     - not decided; legal is looking at it
 *
 * @example
 *   {"name": "missing-at-training-time.md", "label": "output"}
 *
 *   3:1: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok-training-time-limit.md"}
 *
 *   # PowerShell abuse detection
 *
 *   ## Data
 *
 *   - Training time must stay under 2 hours on one GPU, so we deduplicate command lines first
 *
 * @example
 *   {"name": "capacity-estimate.md", "label": "input"}
 *
 *   # Video search
 *
 *   ## Compute estimation
 *
 *   Serving 40k queries per second takes about 60 GPUs and 2 TB of memory for the embeddings.
 *
 * @example
 *   {"name": "capacity-estimate.md", "label": "output"}
 *
 *   6:1: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok-credit-law.md"}
 *
 *   # Small business lending
 *
 *   - Compliance notes: FCRA/ECOA checks of the adverse-action factors
 *
 * @example
 *   {"name": "ok-regulated-explainability.md"}
 *
 *   # Small business lending
 *
 *   ## Goals
 *
 *   - Ensure explainability for regulated lending decisions
 *
 * @example
 *   {"name": "explainable-alone.md", "label": "input"}
 *
 *   # Notification ranking
 *
 *   ## Goals
 *
 *   Every send decision is explainable and auditable from the decision log.
 *
 * @example
 *   {"name": "explainable-alone.md", "label": "output"}
 *
 *   6:1: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "design-need.md", "label": "input"}
 *
 *   # Song recommendations
 *
 *   ## Model
 *
 *   Training the two-tower model requires GPUs to finish in hours, and the matrix factorisation variant requires more memory than the others.
 *
 * @example
 *   {"name": "design-need.md", "label": "output"}
 *
 *   3:1: Unexpected missing constraints, expected what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section, such as `Retrain in under 2 hours on one GPU; raw card numbers never leave the vault`
 *
 * @example
 *   {"name": "ok-no-gpu-required.md"}
 *
 *   # Song recommendations
 *
 *   ## Model
 *
 *   The scorer is small: it runs on a laptop CPU, no GPU required.
 *
 * @example
 *   {"name": "ok-required-in-section.md"}
 *
 *   # Song recommendations
 *
 *   ## Constraints
 *
 *   - one 16 GB GPU required for the nightly refit
 */
import type { VocabularyOptions } from 'mdast-util-ml-design'
import { defineRule, missing, placeMissing } from 'ml-design-lint-rule'

export type Options = VocabularyOptions

const remarkLintMlConstraints = defineRule<Options>(
  {
    id: 'ml-constraints',
    stage: 'requirements',
    messages: {
      missingConstraints: {
        reason: missing(
          'constraints',
          'what the system must live within besides latency (training time, compute or cost budget, device limits, privacy or regulation) in a `Constraints` section',
          'Retrain in under 2 hours on one GPU; raw card numbers never leave the vault',
        ),
        stub: {
          part: 'constraints',
          heading: 'Constraints',
          todo: 'TODO — state the constraints besides latency (training time, compute, cost, device, privacy), such as `Retrain in under 2 hours on one GPU`.',
        },
      },
    },
  },
  (reading, _file, _options, report) => {
    const named = reading.cueSentences('constraints', 'topic')
    // A latency budget is no constraint here, unless the same sentence also limits something else.
    const stated = reading.hasEvidence(
      'constraints',
      (item) => !reading.statesLatency(item.sentence) || named.has(item.sentence),
    )
    if (stated) return
    report('missingConstraints', { place: placeMissing(reading, 'constraints') })
  },
)

export default remarkLintMlConstraints
