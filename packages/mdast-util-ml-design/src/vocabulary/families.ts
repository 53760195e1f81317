/**
 * Task families and learning paradigms, with the words that name them and
 * the phrasings that imply them.
 */

export const families = [
  'classification',
  'regression',
  'ranking',
  'clustering',
  'anomaly-detection',
  'generation',
  'detection',
  'forecasting',
  'reinforcement-learning',
] as const

export type Family = (typeof families)[number]

export const classificationKinds = ['binary', 'multi-class', 'multi-label'] as const
export type ClassificationKind = (typeof classificationKinds)[number]

export const paradigms = [
  'supervised',
  'unsupervised',
  'semi-supervised',
  'self-supervised',
  'weakly-supervised',
  'reinforcement',
  'pretrained',
] as const

export type Paradigm = (typeof paradigms)[number]

/** Words that name a family outright. */
export const familyTerms: Record<Family, string[]> = {
  classification: [
    'classification',
    'classifier',
    'logistic regression',
    'logisticregression',
    'randomforestclassifier',
    'gradientboostingclassifier',
    'xgbclassifier',
    'lgbmclassifier',
    'catboostclassifier',
    'classify',
    'classifies',
    'classified',
    'binary classification',
    'multi-class',
    'multiclass',
    'multi-label',
    'multilabel',
    'categorization',
    'categorisation',
    'intent detection',
    'sentiment analysis',
    'named entity recognition',
    '=NER',
    'sequence labeling',
    'sequence labelling',
    'token classification',
    'propensity model',
    'propensity score',
    'click prediction',
    'ctr prediction',
    'pctr',
    'churn prediction',
    'fraud detection',
    'spam detection',
    'toxicity detection',
  ],
  regression: [
    'regression',
    'regressor',
    // Library estimators named as one word in project write-ups ("a RandomForestRegressor in a pipeline").
    'randomforestregressor',
    'gradientboostingregressor',
    'xgbregressor',
    'lgbmregressor',
    'catboostregressor',
    'quantile regression',
    'poisson regression',
    'survival analysis',
    'price prediction',
    'price estimation',
  ],
  ranking: [
    'ranking',
    'ranker',
    'learning to rank',
    'learning-to-rank',
    '=LTR',
    're-ranking',
    'reranking',
    'recommendation',
    'recommender',
    'recommender system',
    'recommendation system',
    'retrieval',
    'candidate generation',
    'collaborative filtering',
    'content-based filtering',
    'two-tower',
    // The same architecture by its other names: a query and a candidate embedded apart, matched by similarity.
    'bi-encoder',
    'dual encoder',
    'dual-encoder',
    'nearest neighbour search',
    'nearest neighbor search',
  ],
  clustering: [
    'clustering',
    'cluster analysis',
    'k-means',
    'kmeans',
    'dbscan',
    'hdbscan',
    'segmentation of customers',
    'customer segmentation',
  ],
  'anomaly-detection': [
    'anomaly detection',
    'outlier detection',
    'novelty detection',
    'isolation forest',
    'one-class svm',
    'anomaly score',
  ],
  generation: [
    'generation',
    'text generation',
    'image generation',
    'generative',
    'language model',
    'llm',
    'large language model',
    'summarization',
    'summarisation',
    'machine translation',
    'translation model',
    'seq2seq',
    'sequence-to-sequence',
    'question answering',
    'answer generation',
    'diffusion model',
  ],
  detection: [
    'object detection',
    'detection model',
    'instance segmentation',
    'semantic segmentation',
    'image segmentation',
    'bounding box',
    'bounding boxes',
    'segmentation mask',
    'keypoint detection',
    'face detection',
  ],
  forecasting: ['forecasting', 'forecast', 'demand forecasting', 'forecaster', 'time-series forecasting'],
  'reinforcement-learning': [
    'reinforcement learning',
    'multi-armed bandit',
    'contextual bandit',
    'bandit',
    'q-learning',
    'policy gradient',
    'rl agent',
    'rl policy',
  ],
}

/**
 * A horizon implies forecasting only in a sentence that predicts ("forecast load 7 days ahead"): a horizon alone
 * also times an alert or a booking ("failures alerted 14-60 days ahead", "requests made 300+ days ahead").
 */
export const horizonFamilyTerms = ['hours ahead', 'days ahead', 'weeks ahead']

/**
 * Nouns of the classes a classifier sorts into, when counted after it (`sorts each email into 9 categories`): one class
 * per item. Labels, tags, topics and genres are left out (several may apply to one item), and so are slices (`groups`).
 */
export const countedClassNouns = ['classes', 'categories', 'intents', 'queues', 'conditions', 'diseases']

/** Words just before a family word (within three) that deny it: "not a per-item classifier". */
export const familyDenialTerms = ['not', 'never']

/**
 * A binary loss named as such: a component trained with it is a pointwise binary classifier (a reranker too), unless
 * the task is multi-label, where it is the loss of each label (`evidence/families.ts`). Built in, not extendable.
 */
export const perLabelLosses = ['binary cross-entropy', 'binary cross entropy', 'bce loss']

/**
 * Phrasings that imply a family (and sometimes a classification kind or a
 * paradigm): "predict whether ..." is binary classification.
 * Each entry is matched as a phrase at word boundaries.
 */
export const impliedFamilyTerms: Array<{ terms: string[]; family: Family; kind?: ClassificationKind }> = [
  {
    family: 'classification',
    kind: 'binary',
    terms: [
      'binary classification',
      'binary classifier',
      'binary clf',
      'binary task',
      'binary problem',
      'binary prediction',
      'predict whether',
      'predicts whether',
      'predicting whether',
      'predict if',
      'predicts if',
      'classify whether',
      'decide whether',
      'detect whether',
      'probability that',
      'probability of',
      'likelihood that',
      'likelihood of',
      'whether or not',
      'yes or no',
      'yes/no',
      'true or false',
      'two classes',
      'binary label',
      'binary target',
      'binary outcome',
      'binary classifier',
      'positive class',
      'is fraudulent',
      'is spam',
      'will churn',
      'will click',
      'will convert',
      'fraud or not',
      'spam or not',
      'no-show',
    ],
  },
  {
    family: 'classification',
    kind: 'multi-class',
    terms: [
      'multi-class',
      'multiclass',
      'multi class',
      // One of the classes, not any "one of the" (`Action: one of the active banners`, `one of the supported formats`).
      'one of the classes',
      'one of the categories',
      'one of the labels',
      // A template's list of the classes: "assigned to one of the following categories: billing, technical, ...".
      'one of the following classes',
      'one of the following categories',
      'one of the following labels',
      'one of the k classes',
      'one of the k categories',
      'one of the k labels',
      'one of k classes',
      'one of k categories',
      'one of k labels',
      'one of n',
      'exactly one',
      'single label',
      'single-label',
      'mutually exclusive',
      'softmax over',
      'which category',
      'which class',
      'which intent',
      '-way classification',
    ],
  },
  {
    family: 'classification',
    kind: 'multi-label',
    terms: [
      'multi-label',
      'multilabel',
      'multi label',
      'multiple labels',
      'several labels',
      'one or more labels',
      'zero or more',
      'multiple tags',
      'several tags',
      'independent sigmoid',
      'per-label sigmoid',
      // A binary loss per label is a multi-label head ("binary cross-entropy per keyword").
      'binary cross-entropy per',
      'binary cross entropy per',
    ],
  },
  {
    // A component trained as a pointwise binary classifier, a reranker too: a binary cross-entropy loss, relevance
    // labels of two values.
    family: 'classification',
    kind: 'binary',
    terms: [
      ...perLabelLosses,
      'relevant or not',
      'relevant or not relevant',
      'relevant vs not relevant',
      'relevant vs irrelevant',
      'relevant or irrelevant',
    ],
  },
  {
    family: 'regression',
    terms: [
      'predict the price',
      'predict the value',
      'predict the amount',
      'predict the number',
      'predict how many',
      'predict how much',
      'predict how long',
      'predict the time',
      'predict the duration',
      'estimate the price',
      'estimate the value',
      'estimate the time',
      'estimate how long',
      'estimated time of arrival',
      'predict eta',
      'predict the eta',
      'predicts the eta',
      'eta prediction',
      'predict delivery time',
      'predict the delivery time',
      'predicts delivery time',
      'delivery time prediction',
      'continuous value',
      'continuous target',
      'real-valued',
      'numeric value',
      'numeric target',
      'predicted price',
      'predicted value',
    ],
  },
  {
    family: 'ranking',
    terms: [
      'rank the',
      'ranks the',
      'ranked list',
      'recommend',
      'recommends',
      'recommended items',
      'relevance score',
      'personalized feed',
      'personalised feed',
      'retrieve the',
      'retrieves the',
      // A pointwise score that orders candidates ranks them: "sort candidates by it, the top one autoplays".
      'sort candidates',
      'sorts candidates',
      'sort the candidates',
      'sorts the candidates',
      'candidates sorted',
      'candidates are sorted',
      'order the candidates',
      'orders the candidates',
      'ordering of candidates',
      // The same for what a search or a feed shows: "order the results by the score", "rank comments per video".
      'order the results',
      'orders the results',
      'sort the results',
      'sorts the results',
      'results sorted',
      'results are sorted',
      'rank comments',
      'rank posts',
      'rank items',
      'ranks items',
      'rank results',
      'rank documents',
      'rank listings',
      'rank products',
      'rank candidates',
      'ranks candidates',
    ],
  },
  {
    family: 'clustering',
    terms: [
      'group customers',
      'group users',
      'group similar',
      'groups similar',
      'clusters of',
      'segments of',
      'unsupervised grouping',
    ],
  },
  {
    family: 'anomaly-detection',
    terms: [
      'flag anomalies',
      'detect anomalies',
      'detects anomalies',
      'anomalous',
      'unusual behaviour',
      'unusual behavior',
      'deviations from normal',
    ],
  },
  {
    family: 'generation',
    terms: [
      'generated text',
      'generates text',
      'generate text',
      'generate a reply',
      'generates a reply',
      'generate an answer',
      'generates an answer',
      'draft a reply',
      // An answer written from retrieved text: "retrieve KB passages, generate a grounded answer".
      'grounded answer',
      'grounded answers',
      'drafts a reply',
      'write a summary',
      'free text',
      'free-form text',
    ],
  },
  {
    family: 'forecasting',
    terms: [
      'forecast the',
      'forecasts the',
      'predict demand',
      'predicts demand',
      'predict future',
      'forecast horizon',
      'prediction horizon',
      ...horizonFamilyTerms,
    ],
  },
]

/** Words that name a learning paradigm, and phrasings that fix one. */
export const paradigmTerms: Record<Paradigm, string[]> = {
  supervised: [
    'supervised',
    'supervised learning',
    'fully supervised',
    'trained on labelled',
    'trained on labeled',
    'trained on annotated',
    'trained on human-labelled',
    'trained on human-labeled',
    'train on labelled',
    'train on labeled',
    'train on annotated',
    'fine-tuned on labelled',
    'fine-tuned on labeled',
    'fine-tune on labelled',
    'fine-tune on labeled',
    'fine-tuned on annotated',
    'supervised fine-tuning',
    'labelled examples',
    'labeled examples',
    'learn from labelled',
    'learn from labeled',
    'learns from labelled',
    'learns from labeled',
  ],
  unsupervised: ['unsupervised', 'unsupervised learning', 'no labels are needed', 'without labels', 'no labels'],
  'semi-supervised': [
    'semi-supervised',
    'semi supervised',
    'semisupervised',
    'pseudo-labelling',
    'pseudo-labeling',
    'pseudo labels',
    'self-training',
  ],
  'self-supervised': [
    'self-supervised',
    'self supervised',
    'contrastive pre-training',
    'contrastive pretraining',
    'contrastive learning',
    'masked language modelling',
    'masked language modeling',
  ],
  'weakly-supervised': [
    'weakly supervised',
    'weakly-supervised',
    'weak supervision',
    'distant supervision',
    'noisy labels from heuristics',
    'labelling functions',
    'labeling functions',
  ],
  reinforcement: [
    'reinforcement learning',
    'reinforcement',
    'reward signal',
    'policy learned from reward',
    'bandit',
    'contextual bandit',
    'multi-armed bandit',
  ],
  pretrained: [
    'no training',
    'without training',
    'without fine-tuning',
    'no fine-tuning',
    'zero-shot',
    'few-shot',
    'in-context learning',
    'in-context',
    'prompting',
    'prompt engineering',
    'pretrained model as is',
    'pre-trained model as is',
    'off-the-shelf model',
    'off-the-shelf',
  ],
}

/** Words that say the framing is not chosen yet: in both hedge lists below. */
const undecidedOptions = [
  'not yet decided',
  'undecided',
  'or maybe',
  'not sure',
  'option a',
  'option b',
  'option c',
  'option 1',
  'option 2',
  'option 3',
  'still open',
  'bake-off',
  'whichever',
]

/** Words that hedge a family mention into "one option among several". */
export const optionHedgeTerms = [
  'can be used',
  'could be used',
  'may be used',
  'might be used',
  'could be framed',
  'could frame',
  'could also',
  'could be',
  'might be',
  'one option',
  'an option',
  'options are',
  'option is',
  'either',
  'alternatively',
  'we considered',
  'considered framing',
  'instead of',
  'rather than',
  'rejected',
  // Build or buy left open: "develop or integrate an off-the-shelf 3-class classifier" commits to neither.
  'develop or integrate',
  'build or buy',
  'build or integrate',
  'build or reuse',
  ...undecidedOptions,
]

/**
 * A status that rejects an option, in another cell of its table row (`| pre-trained DNA language model + head | ... |
 * rejected |`): the row is an option the document does not take, whatever its other cells name.
 */
export const rejectedOptionTerms = ['rejected', 'ruled out', 'not chosen', 'not taken', 'discarded']

/** Hedges that reject what follows them and keep what comes before: "binary classification rather than regression". */
export const contrastHedgeTerms = ['instead of', 'rather than']

/** Hedges that leave the framing open (not the ones that reject an alternative). */
export const openOptionTerms = [
  'could be framed',
  'could frame',
  'could be',
  'might be',
  'one option',
  'an option',
  'options are',
  'option is',
  'either',
  'alternatively',
  ...undecidedOptions,
  'depend on the framing',
  'depends on the framing',
  'framing decision',
  'we will pick one',
  'to be chosen',
]

/** Phrasings where a family word names no task: "no significant regression on the guardrail". */
export const familyFalseFriends = [
  // A tree learner, not the task: "multiple additive regression trees" rank or classify as well.
  'regression tree',
  'regression trees',
  'no regression',
  'no significant regression',
  'any regression',
  'a regression in',
  'regression test',
  'regression tests',
  'regression testing',
  // A software regression guarded against, not the task: "judgments serve as regression gates".
  'regression control',
  'regression gate',
  'regression gates',
  'regression check',
  'regression checks',
  'regression suite',
  'performance regression',
  'quality regression',
  'latency regression',
  'metric regression',
  // Outputs that change between model versions: "golden datasets for model output regression".
  'model output regression',
  'model output regressions',
  'output regressions',
  'accuracy regression',
  'behaviour regression',
  'behavior regression',
  'weather forecast',
  'weather forecasts',
  // Fetching stored features for a request, not the retrieval task: "feature retrieval from Redis: 30 ms".
  'feature retrieval',
  'features retrieval',
  'isotonic regression',
  'not classification',
  'not a classification',
  'not a classifier',
  'not regression',
  'not a regression',
]

/** Words just before a family word that make it a component the document uses, not one it designs: "the existing bulk-mail classifier". */
export const existingComponentTerms = ['existing', 'current', 'legacy', "today's", 'old', 'incumbent']

/** Families whose errors act through a decision threshold. */
export const thresholdFamilies: Family[] = ['classification', 'anomaly-detection', 'detection']

/**
 * "trained on (the) labelled ..." states supervised learning; so does its Russian ("обучаем детектор на размеченной
 * выборке", "обучение на данных с разметкой", a translation model "обучение на параллельном корпусе"), written apart
 * because `\b` does not see Cyrillic word edges.
 */
export const supervisedPattern =
  /\b(?:train(?:ed|s|ing)?|fine-?tun(?:ed|e|es|ing)|learn(?:s|ed|t)?)\s+(?:[\p{L}'-]+\s+){0,3}?(?:on|from|with|using)\s+(?:[\p{L}\d',-]+\s+){0,4}?(?:labell?ed|annotated|hand-labell?ed|human-labell?ed|tagged|graded)\b|(?<!\p{L})(?:обуч|дообуч|натрен|тренир)\p{L}*\s+(?:[\p{L}\d'-]+\s+){0,4}?на\s+(?:[\p{L}\d',-]+\s+){0,3}?(?:размеченн|аннотированн|разметк)\p{L}*|(?<!\p{L})(?:обуч|дообуч|натрен|тренир)\p{L}*\s+(?:[\p{L}\d'-]+\s+){0,4}?на\s+(?:парн|параллельн)\p{L}*\s+(?:корпус|данн|текст|предложени)\p{L}*/giu

/** Human names of the families, as messages use them. */
export const familyNames: Record<Family, string> = {
  classification: 'classification',
  regression: 'regression',
  ranking: 'ranking',
  clustering: 'clustering',
  'anomaly-detection': 'anomaly detection',
  generation: 'generation',
  detection: 'detection',
  forecasting: 'forecasting',
  'reinforcement-learning': 'reinforcement learning',
}
