/**
 * Words that tell a business objective from an ML objective.
 */

/** Verbs that give a goal a direction. */
export const directionTerms = [
  'increase*',
  'reduc*',
  'cut',
  'cuts',
  'cutting',
  'rais*',
  'grow*',
  'improv*',
  // Verbs: `enhance user engagement`, `strengthen trust`.
  'enhance',
  'enhances',
  'enhancing',
  'strengthen*',
  'lower*',
  'decreas*',
  'boost*',
  'maximi*',
  'minimi*',
  // Verbs, not the nouns: "the Adam optimizer" and "hyperparameter optimisation" move nothing the business counts.
  'optimise',
  'optimize',
  'optimises',
  'optimizes',
  'optimising',
  'optimizing',
  'prevent*',
  // Verbs, not the noun: a "revenue protection team" is who uses the model, not a goal.
  'protect',
  'protects',
  'protecting',
  'save',
  'saves',
  'saving',
  'speed up',
  'shorten*',
  'avoid*',
  'lift',
  'lifts',
  'lifting',
  // Verbs, not their nouns: "drivers" and "helpdesk" are no direction.
  'drive',
  'drives',
  'driving',
  'halv*',
  'double',
  'keep',
  'keeps',
  'keeping',
  'kept',
  'help',
  'helps',
  'helping',
  'helped',
  'retain*',
  // Not "stop" and "stops" alone: "for every stop on the route" is a place, not a direction.
  'to stop',
  'stop fraud',
  'stop spam',
  'stop abuse',
  'stopping',
  'eliminat*',
  'enabl*',
  'free up',
  'deflect*',
  'win back',
  'more',
  'rise',
  'gain',
  'win',
  'move',
  'take load off',
  // Not "free" alone: "labels come for free", "free text" and "gluten-free" move nothing ("free up" does).
  'fewer',
  'less',
  'higher',
  'faster',
]

/** What a business cares about (beyond online metrics, which count too). */
export const businessNouns = [
  'revenue',
  'sales',
  'profit*',
  'margin*',
  'cost*',
  'spend*',
  'expense*',
  // Not "loss" alone: "L1 loss" and "log loss" are training objectives.
  'losses',
  'fraud loss',
  'credit loss',
  'revenue loss',
  'loss rate',
  'loss of',
  'money',
  'budget',
  'churn*',
  'retention',
  'engagement',
  'watch time',
  'time spent',
  'conversion*',
  'purchases',
  'orders',
  'bookings',
  'users',
  'customers',
  'members',
  'subscribers',
  'subscriptions',
  'sign-ups',
  'signups',
  'satisfaction',
  'csat',
  'nps',
  'experience',
  'trust',
  'safety',
  'harm',
  // Harm to people the system is meant to prevent: `Decrease the number of road fatalities`.
  'fatalities',
  'deaths',
  'injuries',
  'accidents',
  'casualties',
  'abuse',
  'fraud',
  'chargebacks',
  'workload',
  'manual review*',
  'review queue*',
  'agents',
  'tickets',
  'handle time',
  'waste',
  'scrap',
  'rework',
  'stockout*',
  'stock-out*',
  'inventory',
  'delays',
  // Not `late*`: "later" and "latest" are about time, not lateness.
  'late',
  'lateness',
  'on-time',
  'downtime',
  'outage*',
  'failures',
  'maintenance',
  'defaults',
  'bad debt',
  'risk',
  'patients',
  'clinicians',
  'doctors',
  'staff',
  'wait time*',
  'waiting time*',
  'time to',
  'hours',
  'minutes',
  'gmv',
  'ad spend',
  'advertisers',
  'sellers',
  'hosts',
  'drivers',
  'listeners',
  'viewers',
  'readers',
  'matches',
  'dates',
  'growth',
  'market share',
  'adoption',
  'compliance',
  'fines',
  'complaints',
  'reports',
  'spam',
  'no-shows',
  'utilization',
  'utilisation',
  'throughput',
  'productivity',
  'efficiency',
  'volume',
  'queue',
  'wait',
  'calls',
  'load',
  'moderators',
  'nurses',
  'loss ratio',
  'premium*',
  'claims',
  'mail',
  'messages',
  'replies',
  'answered',
  'shoppers',
  'buyers',
  'guests',
  'riders',
  'merchants',
  'students',
  'learners',
  'applicants',
  'borrowers',
  'passengers',
  'travellers',
  'travelers',
  'visitors',
  'employees',
  'farmers',
  'analysts',
  'residents',
  'donors',
  'share of',
  'basket size',
  'basket value',
  'order value',
  'aov',
  'cancellations',
  // How much the people served get done: what a business gains when a model takes over a manual step. Their
  // turn-around is in `partyGoodPattern`; not `lead time`, as often a booking's feature as a wait.
  'productivity',
]

/**
 * A good of the people the system serves, written with the party in the singular before it ("customer support",
 * "user privacy", "patient outcomes", "a driver's wait"), or manual work the system takes over ("manual effort",
 * "manual data entry"), or the turn-around of their work (`shortens the turn-around of quotes`; not of a job, a
 * pipeline or a training run): what the business cares about, as the plural parties in `businessNouns` are. Not where a
 * noun of what a model reads or does follows directly ("customer support intent prediction", "customer care routing
 * accuracy", "customer support data"): there the words only say what the model or its metric counts, as a plural
 * party there does. Fixed words with an optional possessive between: linear time.
 */
export const partyGoodPattern =
  /\b(?:(?:customer|user|patient|client|member|student|learner|employee|educator|teacher|clinician|guest|driver|rider|passenger|citizen|caller)(?:['’]s|s['’]?)?[^\S\n]+(?:support|service|experience|privacy|safety|outcomes?|satisfaction|trust|wellbeing|well-being|care|effort|wait(?:ing)?(?:[^\S\n]+times?)?)|manual[^\S\n]+(?:effort|work|labou?r|(?:data[^\S\n]+)?entry|processing|handling)|turn-?around(?:[^\S\n]+times?)?(?![^\S\n]+(?:of|for)[^\S\n]+(?:(?:the|a|our|each|every)[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+)?(?:jobs?|pipelines?|training|builds?|batch(?:es)?|models?|quer(?:y|ies)|runs?|deploys?|deployments?|experiments?|retraining)\b))\b(?![^\S\n]+(?:intents?|routing|routes?|predictions?|predictors?|classif\w*|models?|triage|tagging|tags?|labels?|transcripts?|logs?|data|text)\b)/iu

/**
 * The people a system serves, as the beneficiary of a goal (`beneficiaryPattern`): roles, in the singular or the
 * plural. Not the builders of the system (engineers, developers, data scientists): helping them is the team's own
 * convenience, and not "candidates" (candidate generation).
 */
const people =
  '(?:users?|customers?|members?|subscribers?|patients?|clinicians?|doctors?|physicians?|nurses?|dentists?|radiologists?|pharmacists?|caregivers?|farmers?|growers?|teachers?|students?|learners?|parents?|agents?|reps?|clerks?|analysts?|reviewers?|moderators?|recruiters?|applicants?|borrowers?|employees?|staff|workers?|drivers?|riders?|couriers?|dispatchers?|planners?|technicians?|inspectors?|merchants?|sellers?|buyers?|shoppers?|guests?|hosts?|travell?ers?|passengers?|tenants?|residents?|citizens?|viewers?|listeners?|readers?|creators?|advertisers?|investors?|callers?|visitors?|players?|people|diners?|owners?|homeowners?|retailers?|suppliers?|vendors?|volunteers?|donors?|clients?|consumers?|job[- ]?seekers?|employers?|managers?|operators?|marketers?|lawyers?|accountants?|auditors?|underwriters?|adjusters?|editors?|journalists?|estimators?|commuters?|athletes?|fans|businesses|companies|organi[sz]ations?|hospitals?|clinics?|schools?|restaurants?|landlords?)'

/**
 * A goal written as what it does for the people served: a verb of helping or empowering, a want, or a purpose clause, with a party
 * as its object or subject ("help farmers detect disease early", "so that nurses spend their time where it matters",
 * "we want customers to get their food on time"). The party is who gains, so the goal is theirs even where what they
 * do is an ML word ("detect"). Not "keep", "let" or "allow" (`keep the vendor as fallback`, `allow users to set a
 * threshold`: a thing kept, a feature of the product); not a bare "so" (the purpose of a technical choice: `stream
 * the tokens so users see the first words`); not a party's data ("help users' embeddings", "the user-history
 * feature"); not a party after a word of what the model does or inside another noun phrase ("help flag fake
 * reviewers", "so that the ones the shopper will buy come first"); not a component of the system named like a party
 * (`the resource manager`, `downstream consumers`, `the Kubernetes operator`); not a party that only sees, queries or exports something
 * (`we want users to see the score in the admin panel`: a feature of the product). Fixed words, at most two words
 * between: linear time.
 */
export const beneficiaryPattern = new RegExp(
  String.raw`\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|empower(?:s|ed|ing)?|so[^\S\n]+that|wants?|would[^\S\n]+like)[^\S\n]+(?:(?:the|our|their|its|those|these|all|every|each|an?)[^\S\n]+)?(?:(?!(?:the|an?|ones?|it|its|they|their|this|these|those|that|which|who|whose|any|some|to|and|or|of|in|on|at|with|from|for|by|about|into|track|detect|predict|identify|classify|flag|find|rank|score|estimate|forecast|recommend|spot|catch|surface|target|segment|cluster|match|route|triage|filter|downstream|upstream|resource|kubernetes|k8s|api|service|queue|database|kafka|event|message|stream|node|job|task|package|connection|secrets?|state|memory|process)\b)[\p{L}-]+[^\S\n]+){0,2}?${people}\b(?![-'’]|[^\S\n]+(?:data|features?|embeddings?|ids?|logs?|tables?|records?|profiles?|vectors?|histor(?:y|ies)|attributes?|segments?|clusters?|churn|behaviou?rs?)\b)(?![^\S\n]+(?:(?:to|can|could|will|may)[^\S\n]+)?(?:be[^\S\n]+able[^\S\n]+to[^\S\n]+)?(?:see|view|query|access|export|download|browse|read|open|set|configure|edit|look)\b)`,
  'iu',
)

/** What only an ML objective talks about. */
export const mlOnlyTerms = [
  'predict*',
  'classif*',
  'accurate*',
  'accuracy',
  'auc',
  'roc-auc',
  'precision',
  'recall',
  'f1',
  'log loss',
  'ndcg',
  'rmse',
  'mae',
  'model performance',
  'the model',
  'a model',
  'an ml model',
  'estimat*',
  'detect*',
  'score*',
]

/**
 * A measurable target: numbers, percentages, money, and a move between two values that are not years ("lift the
 * average rating from 4.2 to 4.4", not "logs from 2019 to 2023").
 */
export const targetPattern =
  /(?:\bfrom\s+(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\s*(?:to|→|->)\s*\d|(?<!\d)\d+(?:\.\d+)?\s*(?:%|percent|pp|bps|basis points|x\b)|[$€£]\s*\d|(?<!\d)\d+(?:\.\d+)?\s*(?:(?:k|m|bn|million|billion|thousand)\s*)?(?:usd|eur|gbp|dollars|euros|pounds)|\bby\s+(?:half|a third|a quarter|\d)|\b(?:double|halve|triple)\b)/i

/** A direction verb whose object is the metric that follows it: "maximise (the) AUC". */
export const metricAsGoalPattern =
  /\b(?:maximi[sz]e|minimi[sz]e|improve|increase|raise|boost|reduce|lower|optimi[sz]e(?:\s+for)?|push\s+up|drive\s+up)\s+(?:(?:the|our|its|model|overall|offline|mean|average)\s+)*$/i

/** A goal's optional label (`Goal:`, `**Objective:**`), bounded, at the start of its sentence. */
const goalLabel = String.raw`^\W{0,4}(?:[A-Za-z][A-Za-z ]{0,24}[*_]{0,2}:[*_]{0,2}\s+)?`

/** Building the system itself ("Build an end-to-end ranking service"): what the team makes, after the label. */
const deliverable = String.raw`(?:build|create|implement|develop)s?\s+(?:an?\s+|the\s+|our\s+)?(?:[\w‑-]+,?[^\S\n]+){0,5}?(?:system|pipeline|service|platform|scaffold|model|classifier|prototype)s?\b`

/**
 * A goal whose subject is the model's prediction: after an optional label (`Goal:`, `**Objective:**`), it opens
 * with what the model does to each item ("accurately predict which workouts ...", "flag meters that ...",
 * "correct misspelled queries"), or with building the system itself ("Build an end-to-end ranking service", "create
 * a reproducible pipeline and a baseline classifier": a deliverable, what the team makes, not what the business
 * gains). Bounded label, then fixed words and a gap of at most five words: linear time.
 */
export const mlTaskGoalPattern = new RegExp(
  `${goalLabel}(?:(?:to\\s+)?(?:(?:accurately|reliably|automatically|better)\\s+)?(?:predict|estimate|forecast|classify|detect|flag|correct|tag|extract|identify|score)(?:s|es)?\\b|${deliverable}|(?:an?|the|one)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:model|classifier|ranker|rewriter|detector|tagger|extractor|scorer|predictor|forecaster|regressor|recommender|generator|summari[sz]er)s?\\s+(?:that|which|whose|to)\\b)`,
  'i',
)

/**
 * The model as the means to a problem the document has just stated (`This system solves that problem by classifying
 * each notification`, `we address this by ranking ...`): the goal is the problem solved, stated before it, and the
 * sentence is no ML objective of its own. Only with a word that points back (`this`, `that`, `these`): "we solve the
 * churn problem by predicting who leaves" names its own goal as the model's task. Fixed words: linear time.
 */
export const solvesProblemPattern =
  /\b(?:solv(?:e|es|ed|ing)|address(?:es|ed|ing)?|tackl(?:e|es|ed|ing))[^\S\n]+(?:this|that|these|those|them|it)(?:[^\S\n]+(?:problems?|issues?|pains?|challenges?))?[^\S\n]+by[^\S\n]+(?:[\p{L}-]+[^\S\n]+)?[\p{L}-]+ing\b/iu

/**
 * A goal that opens with building the system, the deliverable part of `mlTaskGoalPattern`: with a direction and a
 * measured target in the same sentence ("Build a recommendation system that increases average order value by 5%")
 * it states what the business gains, so it is a business goal.
 */
export const deliverableGoalPattern = new RegExp(`${goalLabel}${deliverable}`, 'i')

/**
 * A model's own error named as what a goal bounds ("keep hallucinated columns under 2% of generated queries",
 * "misclassified tickets below 5%"): with a target and nothing the business cares about, an ML objective.
 */
export const modelErrorGoalPattern =
  /\b(?:hallucinat\w*|misclassif\w*|mislabel\w*|false (?:positive|negative)s?|false[- ]alarm rate|error rate)\b/i

/** Directions that make a goal measurable with the quantity they act on ("reduce churn"). */
export const measurableDirectionTerms = [
  'increase*',
  'reduc*',
  'cut',
  'cuts',
  'rais*',
  'grow',
  'grows',
  'lower*',
  'decreas*',
  'boost*',
  'halv*',
  'double',
  'triple',
  'maximi*',
  'minimi*',
  'lift',
  'rise',
]
