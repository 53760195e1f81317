/**
 * Words of phrases some rules recognise in prose: a metric measured on live
 * traffic in the author's own words, a cut-off on a score, what the
 * system's health is measured by, names of labels, and what bounds a value.
 */

/** Openings that put what follows on live traffic ("Online, the share of ..."). */
export const liveOpenings = [
  'online',
  'once live',
  'once it is live',
  "once it's live",
  'in production',
  'after launch',
]

/** Nouns of "the number that matters is ...". */
export const whatMattersNouns = ['number', 'thing', 'metric', 'what']

/** Nouns that name a measure in the author's own words ("the share of searches ending in a save"). */
export const measureNouns = [
  'share',
  'rate',
  'number',
  'percentage',
  'proportion',
  'count',
  'fraction',
  'ratio',
  'gap',
  'total',
  'average',
]

/** Words that compare a score with a cut-off (`above 0.8`). */
export const cutoffWords = ['above', 'over', 'below', 'under']

/** Units after a fraction that make it no score (`0.5 s`, `0.3x`). */
export const nonScoreUnits = ['ms', 's', 'sec', 'secs', 'seconds', 'min', 'h', 'x']

/** What the system's health is measured by: a cut-off on these is an alert on the system, not a decision. */
export const systemSignals = [
  'psi',
  'drift',
  'latency',
  'p90',
  'p91',
  'p92',
  'p93',
  'p94',
  'p95',
  'p96',
  'p97',
  'p98',
  'p99',
  'error rate',
  'ks',
  'kl',
]

/**
 * Words that name a threshold (`clinicians can move the threshold`, `the cut-off is agreed with the fraud team`):
 * in a classifier's document, the decision threshold that acts on its output, unless the sentence
 * says it is a threshold of something else (`parameterThresholdWords`).
 */
export const thresholdNouns = ['threshold', 'thresholds', 'cut-off', 'cut-offs', 'cutoff', 'cutoffs']

/**
 * What a threshold can tune besides a decision on the output: a metric's or a matcher's parameter (`IoU threshold of
 * 0.5`, `a similarity threshold for near-duplicates`), a retraining trigger, an alert on the service, pseudo-labels,
 * early stopping, a training or knowledge cut-off, a cut-off date.
 */
export const parameterThresholdWords = [
  'iou',
  'nms',
  'non-maximum suppression',
  'similarity',
  'distance',
  'cosine',
  'dedup',
  'deduplication',
  'duplicate',
  'duplicates',
  'near-duplicate',
  'near-duplicates',
  'retrain',
  'retrains',
  'retrained',
  'retraining',
  'alert',
  'alerts',
  'alerting',
  'alarm',
  'alarms',
  'pseudo-label',
  'pseudo-labels',
  'pseudo-labelling',
  'pseudo-labeling',
  'early stopping',
  'knowledge',
  'date',
  'dates',
  'significance',
  'p-value',
  'gradient',
  'gradients',
  'clipping',
  'clipped',
  'norm',
  'otsu',
  'thresholding',
  'binarise',
  'binarize',
  'binarisation',
  'binarization',
  'acceptance',
  'guardrail',
  'guardrails',
  'budget',
  'frequency',
  'min count',
  'minimum count',
  'tokens',
  'token',
  'training cutoff',
  'training cut-off',
  'epoch',
  'epochs',
  'validation loss',
  'training loss',
  'stops early',
  'bucket',
  'buckets',
  'bucketed',
  'bucketing',
  'binned',
  'binning',
  'overlap',
  'overlaps',
  'feature threshold',
  'feature thresholds',
]

/** Words of a label that names the labels of the data (`Labels:`, `Ground truth:`). */
export const labelNameWords = [
  'label',
  'labels',
  'labelling',
  'labeling',
  'annotation',
  'annotations',
  'ground truth',
  'target',
  'targets',
]

/** Words that can bound a predicted value, besides a number or a bracket ("non-negative", "capped at"). */
export const boundWords = ['negative', 'positive', 'bound', 'clamp', 'climp', 'cap', 'zero']

/**
 * Nouns after "without" or "with no" that name an outcome or an event, not a field a record lacks: "with no drop in
 * CSAT" and "with no incidents" are guardrails, "shown without a click = 0" defines a label. Singular forms.
 */
export const absentOutcomeNouns = [
  'drop',
  'incident',
  'regression',
  'change',
  'increase',
  'decrease',
  'loss',
  'impact',
  'downtime',
  'delay',
  'extra',
  'additional',
  'click',
  'purchase',
  'booking',
  'conversion',
  'order',
  'event',
  'reply',
  'response',
  'action',
  'training',
  'retraining',
  'human',
  'doubt',
]

/**
 * What a past period owns that is a figure, not a system (singular forms): "compared with the previous period's audit
 * figures" follows a trend, "compared with last year's scorecard" names a past system to beat.
 */
export const pastFigureNouns = [
  'figure',
  'number',
  'result',
  'value',
  'metric',
  'rate',
  'count',
  'total',
  'level',
  'share',
  'average',
  'volume',
]

/**
 * Content a model reads whole, as an ML objective names what it works on ("detect helmets in each video frame",
 * "answer the user's question from the policy documents", "classify each SMS text"): that content is the model's
 * input. Entities (users, products, transactions) are not: what is known of them, their features, is the input.
 * Words with an everyday other sense are written with the word that fixes the content one ("video frame", not
 * "frame": "within a time frame"; "user question", not "question": "the question is which users churn"; "email
 * body", not "email": "push, email or SMS" are channels).
 */
export const inputContentTerms = [
  'text',
  'texts',
  'image',
  'images',
  'photo',
  'photos',
  'picture',
  'pictures',
  'video frame*',
  'camera frame*',
  'video',
  'videos',
  'video stream*',
  'audio',
  'audio clip*',
  'speech',
  'utterance*',
  'user question*',
  "user's question*",
  "users' question*",
  'customer question*',
  "customer's question*",
  'search quer*',
  'user quer*',
  "user's quer*",
  'email bod*',
  'transcript*',
  'x-ray*',
]

/**
 * What a model does when it reads content whole: it classifies, detects, recognises, answers, translates or
 * summarises it ("classify each SMS text", "detect helmets in each video frame", "answer the user's question"). An
 * objective that recommends, ranks or predicts something of the content ("recommend the videos each user will watch",
 * "predict likes on each photo") names it as the item chosen, not as what the model reads: its features are the input.
 */
export const inputContentVerbs = [
  'classif*',
  'categori*',
  'detect*',
  'recogni*',
  'segment*',
  'caption*',
  'transcrib*',
  'translat*',
  'summari*',
  'answer*',
  'moderat*',
  'extract*',
  'blur*',
  'pars*',
  'retriev*',
  'identif*',
  'localiz*',
  'localis*',
  'ocr',
]

/**
 * The words after which a verb of `inputContentVerbs` is the model's act, not a noun or a gerund of something else
 * ("the model detects", "to answer", "a service that translates", "модель детектирует", "чтобы ответить"): besides
 * these, only a sentence or a label's first word is one ("Classify each SMS text", "ML objective: classify ..."). So
 * "their support answers are kept as text" reads no content. Whole words, folded; English and Russian together
 * (they never collide), though a Russian stem counts wherever it stands.
 */
export const contentVerbLeaders = [
  'to',
  'will',
  'must',
  'should',
  'can',
  'that',
  'which',
  'and',
  'then',
  'it',
  'we',
  'model',
  'models',
  'system',
  'service',
  'api',
  'classifier',
  'detector',
  'llm',
  'модель',
  'модели',
  'система',
  'сервис',
  'должна',
  'должен',
  'будет',
  'может',
  'чтобы',
  'которая',
  'который',
  'и',
]

/**
 * Words that put the content an ML objective names on something else than the model's input: what the model writes
 * ("the model generates text") or the data it learns from ("a corpus of texts to train the model on").
 */
export const inputContentAside = [
  'generat* text*',
  'generat* the text*',
  'generat* a text*',
  'generat* image*',
  'generat* the image*',
  'generat* an image*',
  'generat* video*',
  'generat* a video*',
  'generat* audio',
  'generat* speech',
  'produc* text*',
  'produc* the text*',
  'writ* the text*',
  'corpus',
  'corpora',
  'train',
  'trained',
  'training',
]

/**
 * What does a task on content in a problem statement, so that the content is the input of the thing designed ("the
 * system retrieves the clauses for the user's query", "a REST API that translates texts"): not the people who use
 * the product ("sellers upload photos and tag the category").
 */
export const contentTaskActors = [
  'model',
  'models',
  'system',
  'service',
  'api',
  'llm',
  'llms',
  'rag',
  'classifier',
  'detector',
  'ranker',
  'retriever',
]

/**
 * Actors that serve the model rather than read its input (`The service accepts a batch size of 64`): before a verb of
 * receiving, what they accept is a request's, not the model's input. Built in.
 */
export const serviceActorWords = ['service', 'system', 'api', 'endpoint', 'app', 'platform', 'pipeline', 'server']

/**
 * Words of a paragraph that name the model's input as the list after it ("... will be used as input data for the
 * model:"). Not `input` alone: "input validation rejects these requests:" lists checks.
 */
export const inputLeadInTerms = ['input data', 'as input', 'model input*', 'input features', 'inputs of the model']

/**
 * Words after a verb of predicting that lead in what the prediction is made from: its input ("predict the fare from
 * the pickup zone, the hour and the weather", "recommendations based on the user's watch history").
 */
export const inputLinkWords = [
  'from',
  'using',
  'based on',
  'on the basis of',
  'given',
  'conditioned on',
  'taking into account',
]

/** Verbs that put what is used before the act of predicting ("we use the last four weeks of pickups to predict ..."). */
export const inputUseVerbs = ['use', 'uses', 'using', 'used', 'leverage', 'leverages', 'combine', 'combines']

/**
 * Verbs of a model receiving its input, right after the model ("a ResNet-50 takes a chest X-ray", "the LLM receives
 * the question and the retrieved chunks", "each claim is fed to ..." reads the other way and is not one). Not `sees`
 * or `is given`, as often something else ("the classifier sees a drop in recall", "is given more weight").
 */
export const modelReceiveVerbs = [
  'takes in',
  'take in',
  'takes',
  'take',
  'receives',
  'receive',
  'consumes',
  'consume',
  'ingests',
  'ingest',
  'reads',
  'read',
  'accepts',
  'accept',
  'is fed',
  'are fed',
]

/**
 * What a verb of receiving or a link word leads in that is no input: a method, a tool, data in general, time taken
 * ("predict using XGBoost", "rank using machine learning", "forecast from historical data", "training takes 3 hours",
 * "the service reads from Kafka", "takes place", "takes into account" is an input and not here).
 */
export const notInputObjects = [
  'ml',
  'machine learning',
  'deep learning',
  'ai',
  'algorithm*',
  'regression',
  'approach*',
  'method*',
  'technique*',
  'heuristic*',
  'rules',
  'python',
  'sql',
  'spark',
  'pytorch',
  'tensorflow',
  'sklearn',
  'scikit-learn',
  'data',
  'historical data',
  'the data',
  'a threshold',
  'the threshold',
  'place',
  'care',
  'time',
  'longer',
  'long',
  'about',
  'around',
  'over',
  'up to',
  'from',
  'to',
  'into',
  'at',
  'less',
  'more',
  'only',
  'a few',
  'several',
  'a while',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'hours',
  'minutes',
  'seconds',
  'days',
  'weeks',
  'too',
  'much',
  'a lot',
  'effect',
  'priority',
  'precedence',
  'part',
  'action',
  'advantage',
  'weight',
  // What a model takes or accepts that it does not read: `takes up most of the GPU memory`, `accepts missing values
  // natively`, `reads its weights from S3`, `receives retraining every week`.
  'up',
  'missing values',
  'its weights',
  'weights',
  'retraining',
  'the blame',
  'memory',
  'gpu',
  'a batch size',
]
