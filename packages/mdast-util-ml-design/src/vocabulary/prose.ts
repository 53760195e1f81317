/**
 * Words the structure pass reads a document by: which headings set a
 * section aside, how headings are numbered, how a question opens, how a
 * template or placeholder reads, and which HTML shows content. Plain words:
 * the reader escapes them and builds its expressions from them.
 */

/** Heading words of a section of rejected or future options: evidence there is not a choice. */
export const asideHeadingTerms = [
  'alternative',
  'non goal',
  'nongoal',
  'out of scope',
  'future work',
  // Improvements to come, not the design: `Potential improvements and considerations`, `Future enhancements` (titles
  // are matched folded: singular nouns).
  'future improvement',
  'future enhancement',
  'future direction',
  'further work',
  'potential improvement',
  'possible improvement',
  'improvement to explore',
  'rejected',
  'not doing',
  'appendix',
  'reference',
  'related work',
  'faq',
]

/** Words that number a heading (`Step 3 -`, `Phase II:`). */
export const numberingWords = ['step', 'stage', 'phase', 'part']

/** Words a question heading opens with (after `Q1`). */
export const questionOpeners = [
  'how',
  'what',
  'which',
  'why',
  'when',
  'where',
  'who',
  'do',
  'doe',
  'does',
  'did',
  'is',
  'are',
  'will',
  'would',
  'should',
  'can',
  'could',
  'must',
  'any',
]

/** Headings of a section that collects frequently asked questions (it answers them). */
export const faqHeadings = ['faq', 'frequently asked questions']

/** Markers that stand for missing content (`Threshold TBD`). */
export const placeholderMarkers = ['tbd', 'todo', 'tba', 'fixme']

/** Words before a trailing `...` that leave a template's value blank ("a missed fraud costs ..."). */
export const blankValueWords = [
  'is',
  'are',
  'was',
  'cost',
  'costs',
  'us',
  'of',
  'to',
  'by',
  'at',
  'the',
  'a',
  'an',
  'be',
  'with',
  'for',
  'from',
  'than',
  'about',
  'around',
]

/** How a bracketed prompt opens (`[TBD: ...]`, `[Describe ...]`). */
export const bracketPromptOpeners = ['more information needed', 'fill in', 'describe', 'add', 'insert', 'tbd']

/** Words that make a short imperative a statement, not a template instruction ("we", "is"). */
export const statementWords = ['we', 'our', 'is', 'are', 'was', 'will']

/** Verbs that make a list of kinds a statement ("... or batch is used"). */
export const kindListVerbs = [
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'will',
  'must',
  'should',
  'can',
  'cannot',
  "can't",
  'we',
  'our',
  'has',
  'have',
  'use',
  'uses',
  'need',
  'needs',
  'run',
  'runs',
  'get',
  'gets',
  'take',
  'takes',
  'only',
]

/** HTML elements that show something (unlike a comment or a `<fill in>` pseudo-tag). */
export const mediaElements = [
  'img',
  'picture',
  'svg',
  'video',
  'audio',
  'iframe',
  'table',
  'figure',
  'details',
  'div',
  'pre',
  'code',
  'a',
  'object',
  'embed',
  'canvas',
  'math',
  'p',
  'span',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]

/** Words a label uses to file metrics by kind (`Online:`, `Model metrics:`). */
export const metricKindLabels: Record<string, 'online' | 'offline'> = {
  online: 'online',
  'online metric': 'online',
  'online kpi': 'online',
  'business metric': 'online',
  'product metric': 'online',
  offline: 'offline',
  'offline metric': 'offline',
  'model metric': 'offline',
}

/**
 * Titles of metrics in general that hold what the business measures on the running system (`Success metrics`,
 * `Metrics for success`, `KPIs`): the author's own words there name an online metric, as under `Business metrics`,
 * and an offline metric beside them is not misfiled (it is filed under no kind).
 */
export const liveMetricTitles = ['success metrics', 'metrics for success', 'key success metrics', 'kpis', 'key kpis']

/**
 * Words that make a line under such a title a measure of the running system: a share, a rate or a count, or a
 * change in one ("Labor hours saved: 13 a week", "Reduction in churn"). Not "Backward transfer ≥ -0.05".
 */
export const liveMeasureWords = [
  'rate',
  'share',
  'percentage',
  'proportion',
  'fraction',
  'number of',
  'count',
  'reduction',
  'reduced',
  'increase',
  'increased',
  'decrease',
  'decreased',
  'saved',
  'savings',
  'fewer',
  'uplift',
  'growth',
  // A rate written with "per": "Applications per seeker per week", "tickets closed per agent-hour".
  'per',
]

/**
 * Words that keep such a line from measuring the running system: it measures on held-out data, the training, the
 * model itself or the labelled set ("Error rate under 5% on the held-out welds", "Training time reduced to 2 hours",
 * "Model size reduced to 50 MB", "Growth of the labelled set to 20k images"), or the health of the serving system
 * ("API error rate below 0.1%", "failed inference requests per day"). Not `test` alone: an A/B test is live.
 */
export const liveMeasureRefusingWords = [
  'held-out',
  'held out',
  'holdout',
  'hold-out',
  'test set',
  'test sets',
  'test data',
  'test split',
  'test images',
  'test examples',
  'test samples',
  'validation',
  'training',
  'train',
  'trained',
  'retraining',
  'model size',
  'labelled set',
  'labeled set',
  'labelled data',
  'labeled data',
  'labelled examples',
  'labeled examples',
  'labelled images',
  'labeled images',
  'api',
  'inference',
]

/**
 * Words that keep a list's lead-in sentence from filing the list under the metric kind it names: it rejects the kind
 * ("These are not business metrics:", "Unlike the online metrics, we check:"), passes it by on the way to something
 * else ("Before moving to online metrics, we check:", "Along with online metrics, we report:") or makes it a
 * condition ("If the offline metrics look good, we run an A/B test measuring:").
 */
export const listIntroRejectingWords = [
  'not',
  'no',
  'unlike',
  'instead',
  'rather',
  'besides',
  'beyond',
  'except',
  'than',
  'without',
  'before',
  'in addition to',
  'along with',
  'alongside',
  'apart from',
  'if',
  'unless',
]

/** Words that number a title before normalising it (`Chapter 2:`, `Section B.`). */
export const titleNumberingWords = [
  'step',
  'stage',
  'phase',
  'part',
  'section',
  'chapter',
  'этап',
  'шаг',
  'раздел',
  'часть',
  'глава',
]

/** Filler words a title may open with (`The`, `Our`, `Proposed`), dropped when matching headings. */
export const titleFillerStart = [
  'the',
  'our',
  'a',
  'an',
  'ml',
  'proposed',
  'key',
  'high level',
  'detailed',
  'overall',
  'system',
  'initial',
  // An illustration of what follows (`Example KPIs`, `Example metrics`): the title is its noun.
  'example',
]

/** Filler words a title may end with (`Plan`, `Overview`), dropped when matching headings. */
export const titleFillerEnd = [
  'plan',
  'strategy',
  'approach',
  'design',
  'overview',
  'section',
  'details',
  'considerations',
  'requirements',
  'requirement',
  'summary',
  'setup',
  'notes',
  'stage',
  'step',
  'phase',
  'question',
  'discussion',
  // The pipeline of a stage is the stage: `Design the data processing pipeline`, `Training pipeline`.
  'pipeline',
]

/**
 * Words that open an example (`For example, fraud detection can be framed as ...`): right after a question in the
 * same paragraph, the example illustrates the question and is part of the prompt.
 */
export const exampleOpenings = ['for example', 'for instance', 'e.g.', 'eg.']

/** Abbreviations whose full stop ends no sentence (`e.g.`, `approx.`). */
export const abbreviations = [
  'e.g',
  'i.e',
  'vs',
  'etc',
  'approx',
  'incl',
  'cf',
  'min',
  'avg',
  'no',
  'fig',
  'resp',
  'dr',
  'mr',
  'ms',
  // Russian: "that is", "for example".
  'т.е',
  'напр',
]

/**
 * Abbreviations that as often end a sentence: thousands, millions, roubles, "and so on". Their full stop ends one only
 * before neither a lowercase letter nor a digit: `100 тыс. рублей в месяц` is one sentence, `Бюджет — 100 тыс. руб.
 * Модель ...` two.
 */
export const continuedAbbreviations = ['тыс', 'млн', 'млрд', 'руб', 'т.д', 'т.п']

/**
 * An explicit "none" for a stage of the running system, opening a sentence (`None:`, `No deployment —`, `Nothing is
 * served,`, `Not deployed:`): it answers the stage only with a reason after it (`the model runs once for the yearly
 * budget`); bare, or `Out of scope` and `N/A`, it does not.
 */
export const nothingRunsOpening =
  /^[\s>*_-]*(?:none|no (?:deployment|serving|monitoring)|nothing (?:is )?(?:served|deployed|runs|to (?:serve|deploy|watch|monitor))|not (?:deployed|served))[*_]*\s*(?:[:,;\u2013\u2014(-]|because\b|since\b|as\b)\s*(?:\S+\s+){3,}\S/i

/** A "none" opening a sentence, in the words given, followed by its reason (as in `nothingRunsOpening`). */
const reasonedNone = (words: string) =>
  new RegExp(
    String.raw`^[\s>*_-]*(?:${words})[*_]*\s*(?:[:,;\u2013\u2014(-]|because\b|since\b|as\b)\s*(?:\S+\s+){3,}\S`,
    'i',
  )

/**
 * A "none" that names the stage or the whole running system (`Nothing is deployed: the model runs once ...`, `No
 * monitoring, because ...`), with its reason: it answers the stage from any sentence of the stage's own section. A
 * bare `None` or `Not deployed` later in the section may answer the sentence before it (`Canary? None, since ...`) or
 * one component (`Not deployed: the explanation service, until ...`), and a "none" for monitoring does not answer the
 * deployment. Built in, not extendable.
 */
export const nothingRunsInSection = {
  deployment: reasonedNone(
    'no (?:deployment|serving)|nothing (?:is )?(?:served|deployed|runs)|nothing to (?:serve|deploy)',
  ),
  monitoring: reasonedNone(
    'no (?:deployment|serving|monitoring)|nothing (?:is )?(?:served|deployed|runs|monitored|watched)|nothing to (?:serve|deploy|watch|monitor)',
  ),
}

/**
 * A prose paragraph that opens on its topic (`For model hosting, we load ...`, `As for monitoring, ...`): the topic is
 * the paragraph's label. At most three words before the comma; linear (no nested quantifier). Not a case or an
 * example (`For an out-of-stock item, we rank ...`, `For example, ...`): only a topic named bare.
 */
export const topicOpener =
  /^(\s*(?:for|as for|in terms of|when it comes to)\s+(?:the\s+|our\s+)?)(?!(?:an?|each|every|any|some|most|all|this|that|these|those|example|instance)\b)([\p{L}-]+(?:[^\S\n]+[\p{L}-]+){0,2}),\s/iu
