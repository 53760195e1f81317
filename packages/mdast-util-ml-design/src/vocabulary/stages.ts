/**
 * The seven stages of the framework and the parts a reviewer looks for in
 * each, with the heading (and lead-in label) synonyms that open them.
 *
 * Synonyms are written in plain words; they are normalised the same way
 * headings are (case, numbering, emoji, punctuation, plurals) before they
 * are compared, so `Goals` and `goal` are one entry.
 */

/** The framework's stages, in framework order. */
export const stages = ['requirements', 'framing', 'data', 'model', 'evaluation', 'deployment', 'monitoring'] as const

export type Stage = (typeof stages)[number]

/** Human names of the stages, as messages use them. */
export const stageNames: Record<Stage, string> = {
  requirements: 'clarifying requirements',
  framing: 'framing the problem as an ML task',
  data: 'data preparation',
  model: 'model development',
  evaluation: 'evaluation',
  deployment: 'deployment and serving',
  monitoring: 'monitoring and infrastructure',
}

/** Parts of stages: the things a reviewer asks for. */
export const parts = {
  'business-objective': ['requirements'],
  'data-availability': ['requirements'],
  constraints: ['requirements'],
  scale: ['requirements'],
  latency: ['requirements'],
  'ml-objective': ['framing'],
  metrics: ['framing', 'evaluation'],
  'online-metrics': ['framing', 'evaluation'],
  'offline-metrics': ['framing', 'evaluation'],
  'input-output': ['framing'],
  input: ['framing'],
  output: ['framing'],
  category: ['framing'],
  'data-engineering': ['data'],
  'feature-engineering': ['data'],
  'missing-data': ['data'],
  'class-imbalance': ['data'],
  outliers: ['data'],
  'model-selection': ['model'],
  baseline: ['model'],
  interpretability: ['model'],
  retraining: ['model'],
  'offline-evaluation': ['evaluation'],
  'online-evaluation': ['evaluation'],
  'error-costs': ['evaluation'],
  serving: ['deployment'],
  rollout: ['deployment'],
  monitoring: ['monitoring'],
  infrastructure: ['monitoring'],
} as const satisfies Record<string, readonly Stage[]>

export type Part = keyof typeof parts

/**
 * A heading target: the stage it opens and, optionally, the part.
 * `within` restricts an entry to headings under a section of that stage
 * (`Data` under requirements is data availability, not data preparation).
 */
export interface HeadingTarget {
  stage?: Stage
  part?: Part
  within?: Stage
}

/** Synonyms that open a whole stage. */
export const stageSynonyms: Record<Stage, string[]> = {
  requirements: [
    'clarifying requirements',
    'clarify requirements',
    'requirements',
    'requirement gathering',
    'requirements gathering',
    'clarifying questions',
    'questions to ask',
    'product requirements',
    'business requirements',
    'functional requirements',
    'non-functional requirements',
    'scope',
    'problem',
    'context',
    'background',
    'overview',
    'understanding the problem',
    'use case',
    // The request as a team states it: `The ask`, `Understand the ask`.
    'the ask',
    'ask',
  ],
  framing: [
    'framing',
    'framing the problem',
    'framing the problem as an ml task',
    'frame the problem',
    'frame the problem as an ml task',
    'problem framing',
    'ml framing',
    'problem formulation',
    'ml problem formulation',
    'formulation',
    'ml task',
    'ml problem',
    'ml problem definition',
    'task definition',
    'modeling approach',
    'modelling approach',
    'ml approach',
    'ml formulation',
    'problem definition',
  ],
  data: [
    'data preparation',
    'data prep',
    'data',
    'data pipeline',
    'data processing',
    'dataset',
    'training data',
    'datasets',
    'data and features',
    'data collection',
    'preprocessing',
    'data preprocessing',
    'pre-processing',
    'data pre-processing',
    'data engineering and feature engineering',
    // The preparation of one kind of input (`Text preprocessing`, `Image preprocessing`).
    'text preprocessing',
    'text processing',
    'image preprocessing',
    'audio preprocessing',
  ],
  model: [
    'model development',
    'model',
    'modeling',
    'modelling',
    'model design',
    'model architecture',
    'training',
    'model training',
    'ml model',
    'models',
    'algorithm',
    'algorithms',
    'approach to modeling',
    // The model named by what it does (`Ranking models`, `ML architecture`), and
    // the search over its settings (`Hyperparameter tuning`).
    'ml architecture',
    'ranking model',
    'classification model',
    'prediction model',
    'hyperparameter tuning',
    'hyperparameter optimization',
    'hyperparameter optimisation',
    'hyperparameter search',
  ],
  evaluation: [
    'evaluation',
    'eval',
    'test plan',
    'model evaluation',
    'evaluation plan',
    'experiments',
    'experimentation',
    'validation',
    'testing',
    'success criteria',
    'measuring success',
    'how we measure success',
    'evaluation and metrics',
    // Also the metrics part (below): a joined title names both, and takes its place in the order as evaluation.
    'metrics and evaluation',
    'evaluation strategy',
    'model validation',
    'offline and online evaluation',
    'online experimentation',
    'online model experimentation',
    'offline experimentation',
    // How well the model does, as a project reports it (`📊 Model Performance`): its evaluation. `Performance` alone
    // is the latency requirement.
    'model performance',
  ],
  deployment: [
    'deployment',
    'deployment and serving',
    'serving',
    'model serving',
    'deploy',
    'productionization',
    'productionisation',
    'launch',
    'launch plan',
    'rollout',
    'rollout plan',
    'release',
    'release plan',
    'migration',
    'inference',
    'prediction service',
    'online serving',
    'integration',
    // A company chapter `VII. Delivery` or `7. Delivery`: how the predictions reach their users.
    'delivery',
    'model deployment',
    'deploying the model',
    'deploying',
    'productionizing',
    'productionising',
    'productionizing the model',
    'productionising the model',
    'go-live',
    'go live',
    'shipping',
    'serving infrastructure',
    'online serving architecture',
    'serving path',
    'serving the model',
    'online inference',
    'batch inference',
    'real-time inference',
    'batch scoring',
    'real-time serving',
    'putting it in production',
    'path to production',
    'production',
    'in production',
    'containerization',
    'containerisation',
    'dockerization',
    'dockerisation',
    'deployment target',
    // The tier of an architecture that answers requests: `- **Serving layer**` over the endpoint. Not any `layer`
    // (`Data layer`, `Storage layer`, `Validation layer` of a web app are its own parts, not ML stages).
    'serving layer',
    'inference layer',
    'serving tier',
    'going to production',
    'running in production',
    // Where the model runs and answers (`Model hosting`): its serving. Not `hosting` alone, which is as often a
    // marketplace's business (`Hosting` of guests) as the model's.
    'model hosting',
    // What a team writes down about going live, or the steps to do it. Not `considerations` or `guide` after any
    // stage noun: `Scalability considerations` and `Fairness considerations` are about other things.
    'deployment considerations',
    'deployment guide',
  ],
  monitoring: [
    'monitoring',
    'monitoring and infrastructure',
    'monitoring and maintenance',
    'observability',
    'infrastructure',
    'operations',
    'maintenance',
    'post-launch',
    'scaling',
    'alerting',
    'ml ops',
    'mlops',
    'production monitoring',
    'post-deployment monitoring',
    'post-launch monitoring',
    'monitoring and alerting',
    'monitoring and retraining',
    'drift monitoring',
    'drift detection',
    'model health',
    'running in production',
    // The health of the running system (`System health monitoring`), not a patient's (`Health monitoring`).
    'system health monitoring',
    'system health',
    'service health monitoring',
    'service health',
    // What the watch runs on, the stage's infrastructure (`Model serving and monitoring platforms`).
    'monitoring platform',
    'monitoring stack',
    'monitoring tool',
  ],
}

/**
 * Whole headings that name a modelling method (pointwise, pairwise and listwise rankers are models to train): as a
 * section's whole title they open the model stage. Not stage synonyms: as a lead-in label or a list item they frame
 * the task (`- learning to rank; graded label: 0 = shown, 1 = booked`) and are no bare topic.
 */
export const methodHeadings = ['learning to rank']

/** Synonyms that open a part (and so its stage). */
export const partSynonyms: Record<Part, string[]> = {
  'business-objective': [
    'business objective',
    'business goal',
    'business goals',
    'goal',
    'goals',
    'objective',
    'objectives',
    'motivation',
    'problem statement',
    'background and goals',
    'goals and non-goals',
    'why',
    'why this matters',
    'why we are doing this',
    "why we're doing this",
    'why now',
    'why this project',
    'why bother',
    'why it matters',
    'what we want',
    'what we want to achieve',
    'end goal',
    'product goal',
    'business problem',
    'business context',
    'business impact',
    'impact',
    'success looks like',
    'purpose',
    'aim',
    // What the system is worth to its users or the business, as course projects open: `Value proposition`.
    'value proposition',
    'value propositions',
    'business case',
    'business value',
    'project goal',
    'project goals',
    'project objective',
    'project objectives',
    'user story',
    'user stories',
    'biz obj',
    'biz objective',
    'biz goal',
    'business obj',
    'why does this matter',
    'why does it matter',
    'why is this important',
    'why this is important',
    // Not a bare `Mission` (a satellite's or a drone's mission).
    'our mission',
    'mission statement',
    'desired outcome',
    'desired outcomes',
    'business outcome',
    'business outcomes',
    'business benefits',
  ],
  'data-availability': [
    'data availability',
    'data available',
    'available data',
    'data sources',
    'data source',
    'labels',
    'labeling',
    'labelling',
    'label source',
    'data and labels',
    'training data availability',
    'existing data',
    'data we have',
    'what data we have',
    'what we have to work with',
    'what we have',
    // The same notes label in other words: `- what exists` over the sources.
    'what exists',
    'what is available',
    "what's available",
  ],
  constraints: [
    'constraints',
    'constraint',
    'limitations',
    // The same family as a short notes label over the limits themselves (`- Limits` then `- no GPU`, `- Compute
    // budget` then `- training on 4×A100 for ≤ 3 days`).
    'limits',
    'compute budget',
    'hardware budget',
    'cost',
    'costs',
    'budget',
    'privacy',
    'data privacy',
    'data protection',
    'compliance',
    'privacy and compliance',
    'regulatory',
    'hardware',
    'compute',
    'resources',
    'non-functional requirements',
    'system constraints',
  ],
  scale: [
    'scale',
    'scale of the system',
    'problem scale',
    'scale of the problem',
    'traffic',
    'load',
    'volume',
    'size of the system',
  ],
  latency: [
    'latency',
    'performance',
    'performance requirements',
    'latency requirements',
    'latency budget',
    'speed',
    'response time',
    'timing',
    'turnaround',
    'turnaround time',
    'slas',
    'sla',
    'slo',
  ],
  'ml-objective': [
    'ml objective',
    'machine learning objective',
    'ml goal',
    'learning objective',
    'objective function',
    'prediction target',
    'what we predict',
    'what to predict',
    'what it predicts',
    'what the model predicts',
    'what we are predicting',
    'training objective',
    'loss',
    'loss function',
  ],
  metrics: [
    'metrics',
    'metric',
    'success metrics',
    'key metrics',
    'evaluation metrics',
    'metrics and evaluation',
    'kpis',
    'kpi',
    'measurement',
  ],
  // Business and product KPIs are measured on live traffic, like business metrics (`Dashboard 4: Business KPIs`).
  'online-metrics': [
    'online metrics',
    'online metric',
    'business metrics',
    'product metrics',
    'business kpis',
    'product kpis',
  ],
  'offline-metrics': ['offline metrics', 'offline metric', 'model metrics'],
  'input-output': [
    'input and output',
    'inputs and outputs',
    'input output',
    'input/output',
    'model input and output',
    'model inputs and outputs',
    'io',
    'i/o',
    'model i/o',
    'model io',
    'interface',
    'model interface',
  ],
  input: ['input', 'inputs', 'model input', 'model inputs', 'input features', 'what the model sees'],
  // The variable a model is trained to predict is what it emits: `Target variable: delivery minutes`.
  output: [
    'output',
    'outputs',
    'model output',
    'model outputs',
    'prediction output',
    'target variable',
    'target column',
    'dependent variable',
  ],
  category: [
    'ml category',
    'category',
    'ml type',
    'task type',
    'problem type',
    'learning paradigm',
    'paradigm',
    'type of problem',
    'choosing the right ml category',
    'ml task type',
    'model type',
  ],
  'data-engineering': [
    'data engineering',
    'data pipeline',
    'pipelines',
    'etl',
    'sampling',
    'data splits',
    'splits',
    'storage',
    'data storage',
    'data collection',
    'labeling pipeline',
    // Checks and cleaning of the data: where missing values may be handled, but not a missing-values section.
    'data quality',
    'data cleaning',
    'data cleansing',
    // How the data reaches the store and is shaped into training rows (`Data ingestion`, `Dataset construction`,
    // `Training data generation`). Not `Feature store`: as a label it is as often a part of the serving design.
    'data ingestion',
    'ingestion',
    'data transformation',
    // The tables the data is kept in and their columns (`Data model`, `Data model and contracts`): storage.
    'data model',
    'data curation',
    'data wrangling',
    'dataset construction',
    'dataset creation',
    'dataset generation',
    'dataset preparation',
    'dataset curation',
    'training data generation',
    'training set construction',
  ],
  'feature-engineering': [
    'feature engineering',
    'features',
    'feature',
    'feature set',
    'input features',
    'signals',
    'feature design',
    'feature extraction',
    // Shorthand of notes: `- Feats` then the list.
    'feats',
    'feat eng',
    'feature eng',
    // The model's features named as its: `## Model features` over the list.
    'model features',
  ],
  'missing-data': ['missing data', 'missing values', 'handling missing data', 'missing value handling', 'nulls'],
  'class-imbalance': [
    'class imbalance',
    'imbalance',
    'imbalanced data',
    'handling imbalanced dataset',
    'imbalanced dataset',
    'label imbalance',
    'class balance',
  ],
  outliers: ['outliers', 'outlier', 'handling outliers', 'outlier handling', 'noise', 'anomalous data'],
  'model-selection': [
    'model selection',
    'candidate models',
    'candidates',
    'models considered',
    'alternatives considered',
    'alternatives',
    'algorithm selection',
    'machine learning algorithm selection',
    'model choice',
    'model options',
    'which model',
    'approaches considered',
    'approaches',
    'options',
    'model candidates',
  ],
  baseline: ['baseline', 'baselines', 'baseline model', 'current system', 'existing system', 'status quo'],
  interpretability: [
    'interpretability',
    'explainability',
    'explainable',
    'explanations',
    'transparency',
    'xai',
    'interpretability and fairness',
    'responsible ai',
    'fairness',
    // What drives the model's predictions (`Feature importance`, `Key features identified` under it).
    'feature importance',
  ],
  retraining: [
    'retraining',
    'model refresh',
    'online learning',
    'continuous training',
    'continual learning',
    'model updates',
    'refresh cadence',
    'retrain',
    'retraining cadence',
    'retraining schedule',
    'retrain cadence',
    'retraining policy',
    // How the notes of a step-by-step design title it; not `freshness` alone, which is also the data's in monitoring,
    // nor `Keeping it fresh`, which under a data section is the features' freshness (see `mentionSynonyms`).
    'keeping the model fresh',
    'keep the model fresh',
    'keeping the model current',
    'model freshness',
  ],
  'offline-evaluation': [
    'offline evaluation',
    'offline eval',
    'backtesting',
    'backtest',
    'offline experiments',
    'offline experimentation',
  ],
  'online-evaluation': [
    'online evaluation',
    'online eval',
    'online testing',
    'ab testing',
    'a b testing',
    'a b test',
    'ab test',
    'experiment',
    'experiment design',
    'online experiments',
    // `Online experimentation`, `Online model experimentation`: the experiments run on live traffic.
    'online experimentation',
    'online model experimentation',
    'a/b testing',
    'a/b test',
    'a/b tests',
    'a/b experiment',
  ],
  'error-costs': [
    'error costs',
    'error cost',
    'cost of errors',
    'false positives and false negatives',
    'precision vs recall',
    'precision recall trade-off',
    'precision recall tradeoff',
    'threshold',
    'thresholding',
    'decision threshold',
    'error analysis',
    'false positives vs false negatives',
    'fp vs fn',
    'fp/fn',
    'cost of mistakes',
  ],
  serving: [
    'serving',
    'model serving',
    'prediction service',
    'inference',
    'online serving',
    'batch serving',
    'serving architecture',
    'prediction pipeline',
    'inference pipeline',
    'serving mode',
    'prediction mode',
    'inference mode',
    'model hosting',
  ],
  rollout: ['rollout', 'rollout plan', 'release', 'launch', 'launch plan', 'migration', 'canary'],
  monitoring: [
    'monitoring',
    'alerting',
    'observability',
    'alerts',
    'dashboards',
    'model monitoring',
    'system health monitoring',
  ],
  infrastructure: ['infrastructure', 'infra', 'scaling', 'platform', 'compute infrastructure'],
}

/**
 * Context-dependent headings: a generic word that means a part only under
 * a section of the given stage.
 */
export const contextualSynonyms: Array<{ synonym: string; within: Stage; target: HeadingTarget }> = [
  { synonym: 'data', within: 'requirements', target: { stage: 'requirements', part: 'data-availability' } },
  { synonym: 'training data', within: 'requirements', target: { stage: 'requirements', part: 'data-availability' } },
  { synonym: 'dataset', within: 'requirements', target: { stage: 'requirements', part: 'data-availability' } },
  { synonym: 'performance', within: 'evaluation', target: { stage: 'evaluation' } },
  { synonym: 'objective', within: 'framing', target: { stage: 'framing', part: 'ml-objective' } },
  { synonym: 'goal', within: 'framing', target: { stage: 'framing', part: 'ml-objective' } },
  // `Task: contextual bandit over the artworks of each title` under the framing states what the model does.
  { synonym: 'task', within: 'framing', target: { stage: 'framing', part: 'ml-objective' } },
  { synonym: 'metrics', within: 'monitoring', target: { stage: 'monitoring', part: 'monitoring' } },
  { synonym: 'scaling', within: 'requirements', target: { stage: 'requirements', part: 'scale' } },
  // `Scale and monitoring`: the scale beside the running system is its scaling, like `Scaling` there.
  { synonym: 'scale', within: 'monitoring', target: { stage: 'monitoring', part: 'infrastructure' } },
  { synonym: 'model', within: 'framing', target: { stage: 'framing' } },
  { synonym: 'evaluation', within: 'model', target: { stage: 'evaluation' } },
  { synonym: 'online testing', within: 'deployment', target: { stage: 'deployment', part: 'rollout' } },
  { synonym: 'features', within: 'framing', target: { stage: 'framing', part: 'input' } },
  // Terse notes: `in: signup ip, device fp` and `out: prob 0-1` under the framing.
  { synonym: 'in', within: 'framing', target: { stage: 'framing', part: 'input' } },
  { synonym: 'out', within: 'framing', target: { stage: 'framing', part: 'output' } },
  { synonym: 'cost', within: 'evaluation', target: { stage: 'evaluation', part: 'error-costs' } },
  // Company templates repeat part words under every stage: `IV. Data` > `Labels` is the data stage's labels,
  // `V. Model` > `Inference` is how the model infers, `VIII. Monitoring` > `Signals` is what is watched.
  { synonym: 'labels', within: 'data', target: { stage: 'data', part: 'data-availability' } },
  { synonym: 'labeling', within: 'data', target: { stage: 'data', part: 'data-availability' } },
  { synonym: 'labelling', within: 'data', target: { stage: 'data', part: 'data-availability' } },
  { synonym: 'annotation', within: 'data', target: { stage: 'data', part: 'data-availability' } },
  // A dataset's `Target` lead-in says what each record is labelled with (`- **Target**: 1 = disease, 0 = none`).
  { synonym: 'target', within: 'data', target: { stage: 'data', part: 'data-availability' } },
  { synonym: 'targets', within: 'data', target: { stage: 'data', part: 'data-availability' } },
  { synonym: 'inference', within: 'model', target: { stage: 'model' } },
  // `III. Data` > `Inference` is the data as it is at prediction time; `V. Evaluation` > `Inference` its cost there.
  { synonym: 'inference', within: 'data', target: { stage: 'data' } },
  { synonym: 'inference', within: 'evaluation', target: { stage: 'evaluation' } },
  { synonym: 'signals', within: 'monitoring', target: { stage: 'monitoring', part: 'monitoring' } },
  // `Freshness` and `Refresh` are the model's retraining under the model stage; elsewhere they are how fresh the
  // outputs or the features are (`| Freshness | summaries regenerated nightly |`, a feature table's `refresh` column).
  { synonym: 'freshness', within: 'model', target: { stage: 'model', part: 'retraining' } },
  { synonym: 'refresh', within: 'model', target: { stage: 'model', part: 'retraining' } },
  // A dataset's table of columns under the data stage (`| Column | Type | Description |`) lists what the model reads.
  // Not `Field` or `Attribute`: key-value tables (`| Field | Value |`) head their rows so in any section.
  { synonym: 'column', within: 'data', target: { stage: 'data', part: 'feature-engineering' } },
  { synonym: 'variable', within: 'data', target: { stage: 'data', part: 'feature-engineering' } },
]

/**
 * Organising words that name a stage only where nothing above names one: under a section that already has a
 * stage (`IV. Data` > `Overview`, `VII. Deployment` > `Requirements`) they open no new stage and the sub-section
 * stays in its parent's. Whole titles only (`Latency requirements` still names latency). Built in, not
 * extendable (like the words of title normalisation).
 */
export const genericSubHeadings = [
  'overview',
  'summary',
  'introduction',
  'intro',
  'requirements',
  'background',
  'context',
  'scope',
  'problem',
  'use case',
  'details',
  'operations',
]

/**
 * Whole titles of the requirements stage that tell the situation rather than ask for requirements (`Context`,
 * `Background`): a missing technical requirement belongs under a heading that names requirements
 * (`Requirements`, `Context & requirements`) when the document has one. A joined title is never one of these.
 * Built in, not extendable.
 */
export const situationHeadings = [
  'context',
  'background',
  'overview',
  'problem',
  'use case',
  'the ask',
  'ask',
  'summary',
]

/**
 * Plain titles of the data as such (`Data`, `The data`): where the sources, labels and amounts are listed. Before
 * the framing, with the data stage opening again after it, such a section is the requirements' inventory of the
 * data, not the data preparation out of order. Built in, not extendable.
 */
export const plainDataHeadings = ['data', 'dataset', 'the data']

/**
 * Nouns that end an item of a product's feature list (`Offline mode`, `Weather integration`, `Sharing with
 * friends` is read by its first word): what the product does or offers, not a value the model reads. With the
 * shapes in `product-features.ts` (a leading emoji, `Users can ...`), a `Features` section whose items read so lists
 * the product's functions. Built in.
 */
export const productFunctionNouns = [
  'mode',
  'integration',
  'dashboard',
  'interface',
  'support',
  'notifications',
  'sharing',
  'login',
  'export',
  'sync',
  'app',
  'ui',
]

/** The people a product's function is written for (`Users can upload photos`, `lets drivers ...`). Built in. */
export const productUsers = ['user', 'you', 'customer', 'member', 'admin', 'client', 'visitor', 'player', 'team']

/**
 * Titles that measure success (`Success criteria`, `Success criteria for the ML model`): under a chapter of the
 * requirements stage (`1. Goals and premises` > `Success criteria`) they say what the goal counts as met, a part of
 * the goal, and take no part in the order; elsewhere they open the evaluation. Whole titles, a complement after
 * `for` or `of` aside. Built in, not extendable.
 */
export const goalMeasureHeadings = [
  'success criteria',
  'success criterion',
  'measuring success',
  'how we measure success',
]

/**
 * Whole titles that name a part of two stages (`Output`: the model's output in the framing, what the system hands
 * over in serving), or that have a software or process meaning beside their stage one (`Test plan` may test the
 * code, `Compliance` may list audits of the running system): like `Metrics`, they keep their stage for the other
 * rules but take no part in the order. Qualified titles (`Model output`, `Input and output`, `Privacy and
 * compliance`) keep their place. A bare `Resources` is a compute budget or, as often at a document's end, a reading
 * list (`Resources and costs` keeps its place); `Limitations` the limits the system must live within or, as often
 * at the end, what the finished model cannot do. A `Data model` is where the data is kept, as often the tables of
 * an application's architecture next to its API as the data stage; a `Model type` is the category in a template,
 * or as often the algorithm in the model chapter. Built in, not extendable.
 */
export const unorderedHeadings = [
  'output',
  'test plan',
  'compliance',
  'resources',
  'limitations',
  'known limitations',
  'data model',
  'model type',
]

/**
 * Estimates under a word the contract maps to the requirements (`Latency estimation`, `Compute estimation (GPU
 * fleet)`): the contract sends "Latency" to the requirements and excepts only "Scaling" of the running system, so
 * in the order they are requirements, out of order after the design. For the other rules they name nothing: an
 * estimate of what the design takes is no budget and no limit. Whole titles, parentheses aside. Built in, not
 * extendable.
 */
export const estimateHeadings = ['latency estimation', 'latency estimate', 'compute estimation', 'compute estimate']

/**
 * Qualities of the running system (`Reliability`, `Availability`): beside other parts in a heading (`Scale &
 * Reliability`) they set the monitoring stage as the context, so the scale there is the running system's scaling,
 * as beside `Monitoring`. Alone, as a lead-in or a table row they name nothing (a `reliability` row may be a
 * feature). Built in, not extendable.
 */
export const runningSystemHeadingWords = ['reliability', 'availability']

/**
 * Parts written together with another (the part, then where it goes): the baseline is the first of the candidate
 * models, so a missing baseline belongs under `Candidates` or `Model options` before a plain `Model` or `Training`
 * heading. Built in, not extendable.
 */
export const companionParts: Partial<Record<Part, readonly Part[]>> = {
  baseline: ['model-selection'],
}

/**
 * Titles that list the data as it comes (normalised), besides the plain ones: the steps that fetch or look at it
 * (`Collect the data`, `Get the data`, `Understand the data`). A missing preparation (features, missing values,
 * imbalance, outliers) belongs under a heading that prepares the data (`Data prep`, `Clean the data`) when the
 * document has one. Built in, not extendable.
 */
export const dataInventoryHeadings = [
  ...plainDataHeadings,
  'collect the data',
  'collect data',
  'get the data',
  'get data',
  'gather the data',
  'gather data',
  'understand the data',
  'data we have',
  'what data we have',
]

/**
 * Titles that point at a part without naming it where they stand: where a message about that part, when it is
 * missing, belongs (`Section.mentions`), never what answers it. `5. Online testing and deployment` is read as the
 * rollout (beside deployment), yet a missing online evaluation is written there; `VI. Evaluation` > `Online` and
 * `Live test` hold the live comparison, `Offline` the held-out one; `Model` > `Keeping it fresh` the retraining.
 * A title matches when one of its candidates (the whole title or a segment of a joined one) is the synonym, under a
 * section of `within` when it is given. Built in, not extendable.
 */
export const mentionSynonyms: ReadonlyArray<{ synonym: string; part: Part; within?: Stage }> = [
  { synonym: 'online testing', part: 'online-evaluation' },
  { synonym: 'online test', part: 'online-evaluation' },
  { synonym: 'live test', part: 'online-evaluation' },
  { synonym: 'live testing', part: 'online-evaluation' },
  { synonym: 'live experiment', part: 'online-evaluation' },
  { synonym: 'online', part: 'online-evaluation', within: 'evaluation' },
  { synonym: 'offline', part: 'offline-evaluation', within: 'evaluation' },
  { synonym: 'keeping it fresh', part: 'retraining', within: 'model' },
  { synonym: 'keep it fresh', part: 'retraining', within: 'model' },
  { synonym: 'staying fresh', part: 'retraining', within: 'model' },
  { synonym: 'keeping the model fresh', part: 'retraining', within: 'model' },
]

/**
 * Step headings written as orders or gerunds (`Evaluate it`, `Ship it`, `Monitor`, `Testing it with users`): a
 * title that opens with one of these verbs, alone or before an object (`it`, `the ...`, `a ...`), reads as the
 * synonym it maps to.
 * Read only when the title names nothing as it stands.
 */
export const imperativeHeadingVerbs: Record<string, string> = {
  frame: 'framing',
  // Clarifying the ask is the first step of an interview answer (`1. Clarify`); before an object the verb reads it
  // (`Clarify the ask`).
  clarify: 'clarifying requirements',
  train: 'training',
  evaluate: 'evaluation',
  validate: 'validation',
  test: 'testing',
  deploy: 'deployment',
  serve: 'serving',
  ship: 'shipping',
  launch: 'launch',
  'roll out': 'rollout',
  release: 'release',
  monitor: 'monitoring',
  // Watching the running system is monitoring it (`Watch it`, `Watching it`), as `What we watch` is.
  watch: 'monitoring',
  retrain: 'retraining',
  explain: 'explainability',
  measure: 'measurement',
  // Running the system covers serving it and watching it (`Running it`).
  run: 'running in production',
  // The same steps as gerunds (`Testing it with users`, `Deploying the model`, `Running it`).
  framing: 'framing',
  evaluating: 'evaluation',
  validating: 'validation',
  testing: 'testing',
  deploying: 'deployment',
  shipping: 'shipping',
  launching: 'launch',
  'rolling out': 'rollout',
  releasing: 'release',
  monitoring: 'monitoring',
  watching: 'monitoring',
  retraining: 'retraining',
  explaining: 'explainability',
  measuring: 'measurement',
  running: 'running in production',
}

/**
 * Words that may follow an imperative step verb (`Ship it`, `Evaluate the model`): its object, not a noun phrase, or
 * what the step recasts it as (`Frame as ML task`, `Deploy as a nightly job`).
 */
export const imperativeObjects = ['it', 'them', 'this', 'that', 'the', 'our', 'a', 'an', 'what', 'how', 'model', 'as']

/** Step verbs that `as` after them turns into another verb (`Serve as a fallback`: act as one). */
export const imperativeIdioms = ['serve']

/**
 * Step verbs that name their stage only alone, before a pronoun (`Running it`) or with production after them
 * (`Running the model in production`): before another object they are a course project's setup (`Run the API
 * locally`, `Run the tests`, `Running the notebook`).
 */
export const pronounOnlyVerbs = ['run', 'running']

/** The pronouns such a verb may take (`Run it`, `Running them`). */
export const stepPronouns = ['it', 'them', 'this', 'that']

/**
 * Words that make a list's lead-in sentence name what the model reads (`Inputs to the model:`, `We feed the model the
 * following signals:`, `The model uses these features:`): with a word of the model beside them
 * (`featureIntroModelWords`), the list is the feature list. Whole words of the folded sentence. Built in.
 */
export const featureIntroWords = ['input', 'signal', 'feature']

/**
 * Words of the model in a list's lead-in: `feature`, `input` or `signal` beside them is the model's (`The model uses
 * these features:`), not the product's (`It has two main features:`), an endpoint's (`The scoring endpoint takes as
 * input:`), a check's (`Input validation rejects these records:`) or an alert's (`We alert on these signals:`).
 * Whole words of the folded sentence. Built in.
 */
export const featureIntroModelWords = [
  'model',
  'classifier',
  'regressor',
  'ranker',
  'predictor',
  'detector',
  'network',
  'estimator',
  'engineered',
]

/**
 * Verbs a step heading may open with before the stage or part it works on (`Get the data`, `Build the features`,
 * `Choose a model`): the rest of the title is read as the heading.
 */
export const headingObjectVerbs = [
  'get',
  'build',
  'collect',
  'gather',
  'prepare',
  'define',
  'choose',
  'pick',
  'select',
  'design',
  'engineer',
  'create',
  'clean',
  'handle',
  'set up',
  'plan',
  // Understanding before designing: `Understand the problem`, `Clarify the ask`, `Understand the data`.
  'understand',
  'clarify',
  // The same steps as gerunds (`Preparing the data`, `Building the dataset`).
  'preparing',
  'building',
  'collecting',
  'gathering',
  'cleaning',
  'creating',
  // Identifying comes first in interview steps (`Identify the ML task`), developing in project plans (`Develop the
  // model`).
  'identify',
  'develop',
]

/**
 * Qualifiers a stage noun may carry (`Validation procedure`, `Baseline method`, `Serving options`, `Model ideas`,
 * `Serving sketch`, `Model details`, `Training cadence`, `Algorithms implemented`). Read only when the title names
 * nothing as it stands.
 */
export const headingQualifiers = [
  'procedure',
  'method',
  'methodology',
  'process',
  'protocol',
  'option',
  'idea',
  'choice',
  'schema',
  'detail',
  // What a data section tells about its noun (`Dataset information`, `Data description`).
  'information',
  'info',
  'description',
  'sketch',
  'cadence',
  // How a stage works (`Monitoring logic`, `Serving logic`).
  'logic',
  // A report's participle after the noun (`Algorithms implemented`, `Models trained`, `Features used`): what was
  // done with that part. Not `deployed`, `tested` or `evaluated`, which name a later stage's work on it, nor
  // `considered`: an RFC's `Alternatives considered` weighs other designs, not candidate models.
  'implemented',
  'used',
  'trained',
  'explored',
  'applied',
  'employed',
  'selected',
  'chosen',
  'compared',
  'tried',
]

/**
 * Stage nouns that keep naming their stage at the end of a compound title (`Model performance monitoring`,
 * `Server-side inference`, `Test run evaluation`): the words before them qualify them. Not the nouns whose
 * compounds name something else (`Data model`, `Unit testing`, `Input validation`, `Food delivery`, `Redis cluster
 * deployment`, `Multiple reactor deployments`). Read only when
 * the title names nothing as it stands.
 */
export const headingHeadNouns = [
  'monitoring',
  'alerting',
  'observability',
  'serving',
  'inference',
  'evaluation',
  'preprocessing',
  // Where and how the model goes live (`Cloud deployment`, `Kubernetes deployment`, `Production deployment`,
  // `Gradual rollout`); only after the words below, so a cluster's or a reactor's deployment stays another thing.
  'deployment',
  'rollout',
]

/**
 * The words that may qualify a head noun (`Model performance monitoring`, `Server-side inference`, `Test run
 * evaluation`, `Offline evaluation`, `Batch inference`): ML words, as titles fold them (`server side`, `real time`,
 * `on device`), read only when every word before the noun is one of these. A qualifier from the problem's own domain
 * names a thing of that domain, not a stage (`Condition monitoring` of machines, `Transaction monitoring` against
 * money laundering, `Vendor evaluation`, `Natural language inference`).
 */
export const headNounQualifiers = [
  'model',
  'models',
  'ml',
  'performance',
  'prediction',
  'predictions',
  'drift',
  'data',
  'quality',
  'version',
  'feature',
  'features',
  'accuracy',
  'latency',
  'output',
  'server',
  'client',
  'side',
  'on',
  'device',
  'edge',
  'online',
  'offline',
  'batch',
  'streaming',
  'real',
  'time',
  'realtime',
  'a/b',
  'shadow',
  'canary',
  'production',
  'test',
  'run',
  'gpu',
  'multi',
  'and',
  // How and where a model goes live (`Cloud deployment`, `Kubernetes deployment`, `Live deployment`, `Gradual
  // rollout`, `Staged rollout`, `Cloud monitoring`).
  'cloud',
  'live',
  'gradual',
  'staged',
  'phased',
  'kubernetes',
  'k8s',
  'docker',
  'aws',
  'gcp',
  'azure',
  'serverless',
  // A stage kept up all the time (`Continuous monitoring`, `Continuous evaluation`).
  'continuous',
]

/**
 * Words of a chapter titled as the requirements (`Functional requirements`, `Требования к системе`): a sub-heading
 * that names only later stages under it is a requirement. Not the other titles of the requirements stage (`Overview`,
 * `Background`, `Problem`, `Scope`): under those a later stage is the design itself, opened early.
 */
export const requirementChapterWords = ['requirement', 'requirements', 'требование', 'требования', 'требований']

/**
 * Qualifiers that give a head noun its other sense: `Causal inference` and `Bayesian inference` are statistics,
 * not the serving of a model.
 */
export const headNounOtherSenses: Readonly<Record<string, readonly string[]>> = {
  inference: ['causal', 'bayesian', 'statistical', 'variational', 'approximate'],
}

/**
 * Words that open what follows a stage noun in a title, dropped with it: a complement (`Monitoring of the
 * service`, `Baseline for comparison`) or what the author means to do (`Data we would need`, `Features to build`).
 * A parenthesis is dropped too (`Model details (added after the review)`). Read only when the title names nothing
 * as it stands, and never as the first word.
 */
export const headingClauseWords = ['of', 'for', 'we', 'to']

/**
 * Words of a section title that collects risks (`Risks`, `Pitfalls`, `Concerns`; not `Failure`, the subject of a predictive-maintenance design): an order on the model there
 * (`**Deploy the model:** too early a launch ...`) is what could go wrong, not a step. Whole words of the folded
 * title. Built in.
 */
export const riskHeadingWords = [
  'risk',
  'risks',
  'pitfall',
  'pitfalls',
  'concern',
  'concerns',
  'threat',
  'threats',
  'failure',
]

/**
 * Words of a monitoring label that may name the engineering practice rather than the stage (`MLOps / DevEx` over
 * tests and a Dockerfile, a machine's `Maintenance` schedule): `ml-monitoring` takes such a label as the stage only
 * when its text speaks of watching. Whole words of the label, folded. Built in.
 */
export const monitoringUmbrellaWords = [
  'mlops',
  'ml ops',
  'devops',
  'devex',
  'ops',
  'operation',
  'operations',
  'maintenance',
]

/**
 * Stage nouns with a sense outside ML, read before a clause in a list label (`Monitoring of competitors:`, `Training
 * of staff:`, `Evaluation of vendors:`): they name the stage there only with a word of the model or the system after
 * the clause (`clauseModelObjects`: `Monitoring of the service`, `Evaluation of the ranker`). Built in.
 */
export const clauseNounsOfTwoSenses = ['monitoring', 'evaluation', 'training', 'testing', 'validation', 'review']

/** Words of the model or the system that make a two-sense noun before them the ML stage (see above). Built in. */
export const clauseModelObjects = [
  'model',
  'models',
  'ml',
  'service',
  'system',
  'pipeline',
  'ranker',
  'classifier',
  'detector',
  'recommender',
  'predictions',
  'prediction',
  'scores',
  'score',
  'features',
  'data',
  'api',
  'endpoint',
]

/**
 * Question headings (`How will we evaluate it?`, `Q14. How often do we
 * retrain?`): FAQ-shaped documents name a stage by its verb, not its noun.
 * When a heading that asks a question matches no synonym, each of these
 * phrases in it (whole words, after folding) reads as the synonym it maps to.
 */
export const questionHeadingVerbs: Record<string, string> = {
  'business goal': 'business objective',
  'how many': 'scale',
  'how much traffic': 'traffic',
  'how fast': 'latency',
  'how quickly': 'latency',
  'data do we have': 'data available',
  'data is available': 'data available',
  'data we have': 'data available',
  evaluate: 'evaluation',
  tested: 'testing',
  'know it work': 'evaluation',
  evaluated: 'evaluation',
  evaluating: 'evaluation',
  deploy: 'deployment',
  deployed: 'deployment',
  deploying: 'deployment',
  serve: 'serving',
  served: 'serving',
  ship: 'shipping',
  shipped: 'shipping',
  'go live': 'go-live',
  'roll out': 'rollout',
  'rolled out': 'rollout',
  'rolling out': 'rollout',
  'after launch': 'post-launch',
  monitor: 'monitoring',
  monitored: 'monitoring',
  watch: 'monitoring',
  watched: 'monitoring',
  'keep an eye on': 'monitoring',
  alert: 'alerting',
  drift: 'drift monitoring',
  alerted: 'alerting',
  retrain: 'retraining',
  retrained: 'retraining',
  refreshed: 'model refresh',
  'keep it fresh': 'model refresh',
  'stay fresh': 'model refresh',
  explain: 'explainability',
  explanation: 'explainability',
  explanations: 'explainability',
  explained: 'explainability',
  explainable: 'explainability',
  interpret: 'interpretability',
  interpretable: 'interpretability',
  mistake: 'error costs',
  'which error': 'error costs',
  'false positive': 'error costs',
  'false negative': 'error costs',
  'false alarm': 'error costs',
  'precision or recall': 'error costs',
  outlier: 'outliers',
  'missing data': 'missing data',
  'missing value': 'missing values',
  imbalance: 'class imbalance',
  imbalanced: 'class imbalance',
  'model predict': 'what we predict',
  'kind of ml problem': 'ml category',
  'kind of problem': 'ml category',
  'type of ml problem': 'ml category',
  'data prepared': 'data preparation',
  'prepare the data': 'data preparation',
}

/**
 * Headings of sections that stand outside the framework's flow, wherever
 * they are placed: what they hold (`Appendix A: evaluation details`,
 * `Future work: online learning`) is not a stage out of order. A heading
 * that starts with one of these is such a section, and so is everything
 * under it.
 */
export const outsideFlowHeadings = [
  'appendix',
  'appendices',
  'annex',
  'future work',
  'future improvements',
  'next steps',
  'references',
  'related work',
  'glossary',
  'faq',
  'changelog',
  'revision history',
  // Improvements to come in other words (`Future directions`, `Possible improvements`, `Stretch goals`, `What's
  // next`), as the aside headings name them, and the material after the document (`Supplementary material`,
  // `Further reading`, `Frequently asked questions`), and a closing recap (`Conclusion`, `Recap`) that goes over the
  // stages again.
  'future directions',
  'future enhancements',
  'future scope',
  'further work',
  'potential improvements',
  'possible improvements',
  'potential enhancements',
  'improvements to explore',
  'stretch goals',
  "what's next",
  'what next',
  'supplementary material',
  'further reading',
  'annexe',
  'frequently asked questions',
  'conclusion',
  'conclusions',
  'recap',
]
