/**
 * Units of the quantities the rules look for: how many users, items and
 * requests (scale), how long a prediction may take (latency), and how much
 * data there is to learn from (data size).
 */

/** Entities served or predicted for, and request rates: scale. */
/** Units of load written before their number (`DAU 500 million`, `QPS: ~40k`, `MAU of 2B`): scale too. */
export const scaleUnitsBeforeNumber = [
  'dau',
  'mau',
  'wau',
  'qps',
  'rps',
  'peak qps',
  'daily active users',
  'monthly active users',
  'weekly active users',
  'requests per second',
  'queries per second',
]

/**
 * Units of load that may stand as a label or a table row's first cell before their number, when the number has a
 * multiplier (`Users: 500M`, `| Items | 10M |`): a small bare count after such a label is no scale.
 */
export const scaleLabelUnits = [
  'users',
  'active users',
  'customers',
  'subscribers',
  'sellers',
  'merchants',
  'drivers',
  'riders',
  'items',
  'products',
  'listings',
  'videos',
  'ads',
  'posts',
  'stores',
  'requests',
  'queries',
  'orders',
  'transactions',
  'sessions',
]

export const scaleUnits = [
  'users',
  'user',
  'dau',
  'mau',
  'wau',
  'daily active users',
  'monthly active users',
  'weekly active users',
  'active users',
  'customers',
  'subscribers',
  'members',
  'accounts',
  'visitors',
  'shoppers',
  'buyers',
  'sellers',
  'merchants',
  'advertisers',
  'creators',
  'viewers',
  'listeners',
  'players',
  'patients',
  'drivers',
  'riders',
  'couriers',
  'requests',
  'request',
  'queries',
  'query',
  'searches',
  'qps',
  'rps',
  'tps',
  'calls',
  'predictions',
  'inferences',
  'sessions',
  'visits',
  'page views',
  'pageviews',
  'impressions',
  'items',
  'products',
  'skus',
  'videos',
  'songs',
  'tracks',
  'podcasts',
  'listings',
  'properties',
  'homes',
  'hotels',
  'restaurants',
  'stores',
  'shops',
  'warehouses',
  'locations',
  'cities',
  'regions',
  'vehicles',
  'devices',
  'phones',
  'machines',
  'turbines',
  'servers',
  'hosts',
  'sensors',
  'cameras',
  'ads',
  'campaigns',
  'posts',
  'comments',
  'messages',
  'emails',
  'tickets',
  'claims',
  'applications',
  'loans',
  'orders',
  'deliveries',
  'trips',
  'rides',
  'bookings',
  'transactions',
  'payments',
  'events',
  'uploads',
  'images',
  'photos',
  'documents',
  'invoices',
  'pages',
  'articles',
  'jobs',
  'candidates',
  'employees',
  'apps',
  'games',
  'songs played',
  'plays',
  'streams',
  'downloads',
  'installs',
  'concurrent users',
  'peak',
  'policies',
  'quotes',
  'routes',
  'picks',
  'robots',
  'appointments',
  'doctors',
  'clinics',
  'hospitals',
  'cards',
  'cardholders',
  'households',
  'calls per',
]

/** Units of data the model learns from: data size. */
/**
 * Units that count only data, never what is served (`410M rows`, `2M labelled examples`): a count in one is an
 * amount of data wherever it stands, where one in a unit that may be served too (`videos`, `orders`) needs a data
 * section or a data word beside it.
 */
export const dataOnlyUnits = [
  'rows',
  'examples',
  'training examples',
  'labelled examples',
  'labeled examples',
  'training samples',
  'labelled samples',
  'labeled samples',
  'annotations',
  'annotated examples',
  'data points',
  'datapoints',
  'training pairs',
  'labelled pairs',
  'labeled pairs',
]

export const dataUnits = [
  'rows',
  'examples',
  'training examples',
  'labelled examples',
  'labeled examples',
  'samples',
  'records',
  'labels',
  'annotations',
  'instances',
  'observations',
  'data points',
  'datapoints',
  'tokens',
  'pairs',
  'interactions',
  'clicks',
  'impressions',
  'events',
  'logged events',
  'transactions',
  'sessions',
  'images',
  'photos',
  'videos',
  'frames',
  'hours of audio',
  'utterances',
  'documents',
  'pages',
  'tickets',
  'emails',
  'messages',
  'conversations',
  'dialogues',
  'claims',
  'applications',
  'loans',
  'orders',
  'trips',
  'deliveries',
  'reviews',
  'comments',
  'posts',
  'queries',
  'searches',
  'listings',
  'invoices',
  'chargebacks',
  'cases',
  'visits',
  'appointments',
  'readings',
  'sales',
  'calls',
  'episodes',
  'trajectories',
  'demonstrations',
  'time series',
  'series',
  'gb',
  'tb',
  'pb',
  'mb',
  'gib',
  'tib',
  'gigabytes',
  'terabytes',
  'petabytes',
]

/** "90 days of logs": spans of history. */
export const historyUnits = ['days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'quarters', 'hours']
export const historyNouns = [
  'logs',
  'log',
  'data',
  'history',
  'historical data',
  'events',
  'transactions',
  'txns',
  'records',
  'interactions',
  'clicks',
  'sales',
  'orders',
  'traffic',
  'labelled data',
  'labeled data',
  'observations',
  'readings',
  'telemetry',
  'impressions',
  'sessions',
  'trips',
  'bookings',
]

/**
 * Words after a duration that make it a length of input, not a time to answer: "25 ms windows", "3 seconds of
 * caller speech", "a 10 s clip".
 */
export const durationInputNouns = [
  'window',
  'windows',
  'frame',
  'frames',
  'hop',
  'hops',
  'stride',
  'chunk',
  'chunks',
  'segment',
  'segments',
  'clip',
  'clips',
  'of speech',
  'of caller speech',
  'of audio',
  'of video',
  'of footage',
  'of recording',
  'of silence',
]

/** Time units for latency budgets. */
export const fastTimeUnits = [
  'ms',
  'msec',
  'msecs',
  'millisecond',
  'milliseconds',
  'µs',
  'us',
  'microseconds',
  'microsecond',
]
export const slowTimeUnits = [
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'minute',
  'minutes',
  'min',
  'mins',
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
]

/** Latency and its percentiles, by name: in both lists below. */
const latencyNames = ['latency', 'latencies', 'p50', 'p90', 'p95', 'p99', 'p999', 'p99.9']

/** Words that put a duration in the context of serving latency. */
export const latencyContext = [
  ...latencyNames,
  'percentile',
  'respond*',
  'response',
  'responses',
  'budget',
  'sla',
  'slo',
  'inference',
  'serve*',
  'serving',
  'per request',
  'per query',
  'end-to-end',
  'round trip',
  'round-trip',
  'return*',
  'score*',
  'render*',
  'load*',
  'page load',
  'fast',
  'quickly',
  'prediction*',
  'predict*',
  'timeout',
  'under',
  'within',
  'below',
  'at most',
  'less than',
  'fresh',
  'stale',
  'delay',
]

/** Words that name a latency by themselves: a sentence with one states how fast something must be. */
export const latencyWords = [
  ...latencyNames,
  'response time',
  'round trip',
  'round-trip',
  'time to first token',
  'timeout',
]

/** An explicit choice of real-time or batch prediction. */
export const predictionModeTerms = [
  'real-time',
  'realtime',
  'real time',
  'near real-time',
  'near-real-time',
  'online prediction*',
  'online inference',
  'online scoring',
  'synchronous*',
  'at request time',
  'at query time',
  'per request',
  'as it arrives',
  'as they arrive',
  'batch prediction*',
  'batch inference',
  'batch scoring',
  'batch job',
  'in batch',
  'offline prediction*',
  'offline inference',
  'offline scoring',
  'online scoring',
  'online serving',
  'served online',
  'serve online',
  'scored online',
  'served offline',
  'scored offline',
  'batch-scored',
  'batch scored',
  'scored in batch',
  'batch-only',
  'on demand',
  'on-demand',
  'as soon as',
  'not latency',
  'latency is not',
  'latency-insensitive',
  'not latency-sensitive',
]

/**
 * Nouns that, just after a mode word, make it describe an input rather than how predictions are made: "real-time
 * kitchen queue length", "real-time features", "streaming data".
 */
export const modeInputNouns = [
  'feature',
  'features',
  'signal',
  'signals',
  'data',
  'input',
  'inputs',
  'aggregate',
  'aggregates',
  'counter',
  'counters',
  'feed',
  'feeds',
  'ingestion',
  'queue',
  'traffic',
  'telemetry',
]

/**
 * A day of the week as a schedule: "every Monday", "each Friday morning", "weekly on Sundays", "on weekdays" (a day of
 * the month is read by `each month`: "on the first of each month"). Not the day alone ("Monday's traffic peak", "a
 * Monday launch", "on Monday"): it names one day, no recurrence; nor "on the 1st of the month", which as often dates a
 * snapshot ("member state on the 1st of the month").
 */
const weekdaySchedules = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'weekday',
].flatMap((day) => [`every ${day}`, `each ${day}`, `on ${day}s`])

/** Words that choose a prediction mode only in a sentence about producing predictions: "a batch Spark job scores ...". */
export const predictionModeWeakTerms = [
  'batch',
  'precomput*',
  'pre-comput*',
  'nightly',
  'overnight',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'every day',
  'every week',
  'every month',
  'each day',
  'each week',
  'each month',
  'once a day',
  'once a week',
  'once a month',
  'once a night',
  'every night',
  'every morning',
  'each morning',
  ...weekdaySchedules,
  'streaming',
  'streamed',
  'synchronous*',
  'asynchronous*',
  'interactive',
  'instantly',
  'immediately',
  'when a request',
  'each request',
  'every request',
  'request path',
  'webhook',
]

/** Words of producing predictions, for the weak mode words and for durations in seconds or minutes. */
export const predictionContext = [
  'scor*',
  'predict*',
  'inference',
  // Serving, not a service ("maintain small per-service models, re-diagnose weekly" serves nothing).
  'serve',
  'serves',
  'served',
  'serving',
  'server',
  'prediction service',
  'scoring service',
  'inference service',
  'model service',
  'forecast*',
  'recommend*',
  'rank*',
  'generat*',
  'draft*',
  'estimate*',
  'classif*',
  'rout*',
  'respond*',
  'response*',
  'return*',
  'decid*',
  'decision*',
  // An approval is a decision the model makes: "a real-time loan approval model".
  'approv*',
  'suggestion*',
  'list',
  'lists',
  'price*',
  'priced',
  'computed',
  'produced',
  'written to',
  'model runs',
  'regenerat*',
  'recomputed',
  'model call',
  'model calls',
  'processed within',
  'the model',
  'scoring job',
  'spark job',
]

/** Words that make a duration in a sentence something other than prediction latency ("retrain in under 30 minutes"). */
export const notLatencyTerms = [
  'train*',
  'retrain*',
  'fine-tun*',
  'rollback',
  'roll back',
  'rolled back',
  'rolling back',
  'backfill*',
  'flush*',
  'lag',
  'refresh*',
  'deploy*',
  'alert*',
  'pages the',
  'paged',
  'outage*',
  'mae',
  'error*',
  'late',
  'clipped',
  'accuracy',
]

/** Words of training: a cadence beside them is a training schedule, not a prediction mode ("retrained nightly"). */
export const trainingTerms = ['train*', 'retrain*', 're-train*', 'fine-tun*']

/** What is often precomputed without being a prediction ("embeddings are precomputed nightly"). */
export const nonPredictionTerms = [
  'embedding*',
  'feature*',
  'aggregates',
  'candidate pool*',
  'index',
  'daily active',
  'weekly active',
  'monthly active',
]

/** Verbs of making predictions: with them, a sentence about features still chooses a mode ("a nightly batch job scores all users"). */
export const predictionVerbs = ['scor*', 'predict*', 'forecast*', 'estimate*', 'classif*', 'rank*', 'recommend*']

/** Words just before a duration that make it a bound on time: "within 30 seconds", "in under 6 s", "must not take longer than 1 s". */
export const latencyBounds = [
  'within',
  'under',
  'in under',
  'below',
  'at most',
  'less than',
  'no more than',
  'no longer than',
  'not take more than',
  'not take longer than',
  'not exceed',
  'in',
]

/** Time units a rate is counted per: "4,000 requests per second", "3M comments/day". */
export const rateUnits = [
  'second',
  'sec',
  's',
  'minute',
  'min',
  'hour',
  'hr',
  'h',
  'day',
  'd',
  'night',
  'week',
  'wk',
  'month',
  'mo',
  'quarter',
  'year',
  'yr',
]

/** Words that join a count to the time unit it is counted per: "4,000 requests per second", "3 posts a day". */
export const rateJoinWords = ['per', 'a', 'an', 'each', 'every']

/** Words between a number and "per day" that make it no count of entities: "2 hours a day", "3 times a week". */
export const rateNonEntities = [
  'time*',
  'hour*',
  'minute*',
  'second*',
  'day*',
  'week*',
  'month*',
  'year*',
  'ms',
  'retrain*',
  'deploy*',
  'release*',
  'gb',
  'tb',
  'mb',
  'gpu*',
  'cpu*',
  'percent',
  'point*',
  'usd',
  'eur',
  'gbp',
  'dollar*',
  'euro*',
  // Speeds and distances: "900 km/h" is no load.
  'km',
  'kph',
  'mph',
  'mile*',
  'kilomet*',
  'meter*',
  'metre*',
]

/** Words that make a count in a sentence a count of data to learn from or test on: "40,000 held-out photos". */
export const dataContextTerms = [
  'data',
  'held-out',
  'held out',
  'holdout',
  'hold-out',
  'test set',
  'test data',
  'validation',
  'training',
  'trained',
  'training data',
  'labelled',
  'labeled',
  'labels',
  'annotat*',
  'graded',
  'dataset*',
  'data set',
  'corpus',
  'logs',
  'logged',
  'log',
  'history',
  'historical',
  'archive*',
  'sampled',
  'evaluation set',
  'eval set',
  'gold',
  'we have',
  'collected',
  // A pull of the data: "~210k replies w/ that action in the helpdesk export".
  'export',
  'exports',
  // Where a dataset comes from: "created by a lab, 90k recorded clips", "compiled from four hospital archives".
  'created by',
  'compiled from',
]

/**
 * Words of a clarifying question about the data the model learns from (`What data do we have?`, `Is there labelled
 * data?`, `What do we learn from?`, `How much history?`): what is nested under such a question describes the data.
 */
export const dataQuestionTerms = [
  'what data',
  'which data',
  'data do we have',
  'data we have',
  'data is there',
  'data available',
  'data is available',
  'training data',
  'labelled data',
  'labeled data',
  'historical data',
  'how much data',
  'how much history',
  'history do we have',
  'learn from',
  'train on',
  'trained on',
  'do we have labels',
  'are there labels',
  'any labels',
]

/** Words before a number that make it a bound, not a size: "more than 500 queries an hour". */
export const boundTerms = ['more than', 'over', 'above', 'exceeding', 'at least', 'fewer than', 'less than', 'below']

/**
 * Words just before a span that make it the period the data covers, in a sentence about data: Russian writes the
 * history after its noun (`история продаж за 3 года`, where English writes `3 years of sales`). English needs none:
 * `N years of` reads it.
 */
export const historySpanBefore: string[] = []

/**
 * Words before a rate that make it the growth of the data, not load the system serves: "the dataset grows by ~2k
 * labelled rows a week", "the corpus grows by about 40 documents a month". Asked only in a sentence about data.
 */
export const dataGrowthTerms = [
  'grows by',
  'grow by',
  'growing by',
  'grew by',
  'increases by',
  'increase by',
  'increasing by',
  'accumulates',
  'accumulating',
]

/** What grows in a data set's growth: the data set itself, not a log of what is served. */
export const dataGrowthSubjects = [
  'dataset',
  'datasets',
  'data set',
  'training data',
  'training set',
  'corpus',
  'labelled set',
  'labeled set',
  'labelled data',
  'labeled data',
]

/** A hedge between a word and its number: "grows by about 2k rows a week". */
export const approximateWords = ['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some']

/** Words before a number that make it a window of one input, not a size of data: "the first 512 tokens". */
export const windowTerms = [
  'first',
  'last',
  'top',
  'up to',
  'at most',
  'max',
  'maximum',
  'capped at',
  'cap at',
  'cut to',
]

/**
 * Words of a sentence that uses a window of time for training or testing: with `last` or `first` before a span
 * ("retrain monthly on the last 6 months of logs", "replay on the last 4 weeks, held out") the span is that window,
 * not the history there is.
 */
export const windowUseTerms = [
  'train*',
  'retrain*',
  're-train*',
  // Fine-tuning is training too: "periodically fine-tune on the last 30 days of data".
  'fine-tun*',
  'finetun*',
  'held out',
  'held-out',
  'holdout',
  'hold-out',
  'test',
  'tested',
  'replay*',
  'backtest*',
  'validat*',
  'evaluat*',
]

/**
 * What stores the system's served artefacts: the bytes in a sentence with one (`1B embeddings × 512 dims ≈ 2 TB raw`,
 * `~24 GB raw text, inverted index`, `~6–8 TB including indexing overhead and replication`) are that store's size,
 * not an amount of data to learn from, unless the sentence trains. Not `index` alone: a clear-sky or price index is
 * a measure, not a store.
 */
export const servedStoreTerms = [
  'indexing',
  'inverted index',
  'vector index',
  'search index',
  'ann index',
  'lexical index',
  'embeddings',
  'vectors',
  'replication',
]

/** Words a number follows as a name, not a count (`Phase 1 baseline`, `Option 2 models`, `Tier 3 stores`). */
export const ordinalNameTerms = [
  'phase',
  'step',
  'stage',
  'part',
  'option',
  'version',
  'milestone',
  'sprint',
  'tier',
  'level',
  'round',
  'iteration',
]

/**
 * Words inside a count that make it a count of data to learn or test from, never load: `200 held-out requests`,
 * `410 labelled users`, `6k annotated calls`.
 */
export const dataQualifierTerms = [
  'held-out',
  'held out',
  'holdout',
  'hold-out',
  'labelled',
  'labeled',
  'hand-labelled',
  'hand-labeled',
  'annotated',
  'training',
  'test',
  'historical',
  'logged',
]

/** Words before a number that make it an example, not the data there is: "e.g. 500 videos for fine-tuning". */
export const exampleTerms = ['e.g.', 'eg.', 'e.g.,', 'for example', 'for instance', 'say', 'such as', 'like']

/** Words of a filtering rule: a bound in such a sentence is a threshold ("... are removed as bots"). */
export const filterTerms = [
  'remov*',
  'drop*',
  'exclud*',
  'filter*',
  'flag*',
  'discard*',
  'treated as',
  'bot',
  'bots',
  'spam*',
  'scripts',
  'capped',
  'clipped',
  'truncat*',
  'cut',
]

/** Multipliers after a number (`3.4M`, `2 lakh`), in the order they are tried. */
export const numberMultipliers = [
  'k',
  'K',
  'm',
  'M',
  'mm',
  'MM',
  'b',
  'B',
  'bn',
  'Bn',
  'thousand',
  'million',
  'billion',
  'trillion',
  'hundred',
  'lakh',
  'crore',
]

/** Multipliers after a bare count (`50M DAU`, `2.3 million headlines`), in the order they are tried. */
export const countMultipliers = ['k', 'm', 'b', 'bn', 'thousand', 'million', 'billion']

/** Numbers in words, one to twelve. */
export const numberWords = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]

/** Words that count thousands or millions (`two million`, `tens of`): they precede an amount word. */
export const amountCounts = [
  'a',
  // one to ten
  ...numberWords.slice(0, 10),
  'twenty',
  'fifty',
  'several',
  'a few',
  'many',
  'hundreds of',
  'tens of',
]
/** Amount words after such a count (`two million`, `several thousands`). */
export const amountWords = ['thousand', 'million', 'billion']
/** Amounts said in words alone (`millions of`). */
export const amountPhrases = [
  'hundreds of thousands',
  'tens of thousands',
  'tens of millions',
  'hundreds of millions',
  'thousands',
  'millions',
  'billions',
]

/**
 * Small numbers in words, for spans of history (`eighteen months of ...`). Not "a few" or "several": "we've got a few
 * months of them" says there is some history, not how much (an unknown quantity commits to none).
 */
export const smallNumberWords = [...numberWords, 'eighteen', 'twenty', 'thirty', 'sixty', 'ninety']

/** How many in words, for any span of time (`nine seasons`); not "a few" or "several" (above). */
export const spanCounts = [...numberWords]

/**
 * Labels and questions that name the data's size (`- size: TBD`, `How much? — count not pulled yet`, `How many: ?`):
 * left open where the data is described, they say the size is not known (`evidence/quantities.ts`).
 */
export const sizeSlotLabels = [
  'size',
  'data size',
  'dataset size',
  'how much',
  'how much data',
  'how many',
  'how many rows',
  'volume',
  'row count',
  'row counts',
  'amount of data',
]

/** Units of any span of time (`for 2 yrs`, `nine seasons`, `14 months`). */
export const spanUnits = [
  'years',
  'year',
  'yrs',
  'yr',
  'months',
  'month',
  'mos',
  'mo',
  'weeks',
  'week',
  'wks',
  'wk',
  'seasons',
  'season',
  'quarters',
  'quarter',
]

/**
 * Units of recorded time that measure an amount of data where the data is described: `300 h of consented
 * meetings`, `~5,600 ring nights`, `~30 days retained in the lake`. Elsewhere they are durations; a label
 * defined in days is not either (`bad = 60+ days past due`, `no purchase in 30 days`: see the words below).
 */
export const recordedSpanUnits = ['hours', 'hour', 'hrs', 'hr', 'h', 'nights', 'days']

/** Words right before a duration that make it a window, a delay or a rate: `reward window 2 h`, `half-life 7 days`. */
export const recordedSpanNotBefore = [
  'in',
  'per',
  'every',
  'each',
  'within',
  'at',
  'after',
  'next',
  'window',
  'horizon',
  'half-life',
  'half life',
  'lag',
  'delay',
  // "chargebacks are delayed ~45–60 days": how late a label comes, not the history there is.
  'delayed',
  'delayed by',
  'timeout',
  'ttl',
]

/** Words right after a duration that make it a delay, a window or a rate, not recorded data: `48 h after the call`. */
export const recordedSpanNotAfter = [
  'past',
  'overdue',
  'late',
  'early',
  'after',
  'before',
  'later',
  'ago',
  'old',
  'delay',
  'lag',
  'window',
  'windows',
  'ahead',
  'horizon',
  'apart',
  'per',
  'a day',
  'a week',
  'each',
  'every',
]

/** Units of a span of history just before a metric (`six months of sales`): the metric is data. */
export const historyOfUnits = [
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'quarter',
  'quarters',
]

/**
 * "The first 120 pages", "the last 20 orders", "top 8", "each of the 30 frames": a window of one input, not a
 * count; "a list of 20 tutors", "a block of 6 products": the length of one output, not a count served.
 */
export const itemWindowTerms = [
  'first',
  'last',
  'top',
  'each of the',
  'list of',
  'block of',
  'slate of',
  'carousel of',
  'shortlist of',
  'row of',
  'grid of',
  'strip of',
  // A condition on one session or user, not load: "show the contact button only after 2 searches".
  'only after',
]

/**
 * The team and its work, never counted as served load or learning data: `2 data engineers`, an epic of `(4 tasks)`,
 * and a role named with a slash (`1 Data/ML Architect`: read on after the slash, where no other word is). Built in.
 */
export const teamCountWords =
  'team people person engineer architect scientist developer annotator labeller labeler rater task'

/** What a bare count never counts as served load or learning data: time, money, shares, hardware, model parts. */
export const notCountedWords = (
  'ms s sec second minute min hour hr h day week wk month mo year yr season quarter night time x percent pct ' +
  'point pp bp bps usd eur gbp dollar euro cent gpu cpu core vcpu node pod replica instance thread feature ' +
  'dimension dim layer epoch tree class type categorie category tag column field language countrie country ' +
  `${teamCountWords} fold seed bit byte character char word step ` +
  'window horizon version model candidate option gb mb tb kb gib mib ram parameter param'
).split(' ')

/** Words that end no count: `50M DAU at ...`. */
export const countStopWords =
  'a an the at in on of for to from by with and or as than per into over under about via is are was were be'.split(' ')

/** Words after a count that make it a rate (`600k daily`). */
export const rateAdverbs = ['daily', 'weekly', 'monthly', 'nightly', 'hourly']
