/**
 * Metrics: online metrics (measured on live traffic) and offline metrics
 * (measured on held-out data), with their spellings and the task families
 * an offline metric fits.
 */
import type { Family } from './families.js'

export type MetricKind = 'online' | 'offline'

export interface MetricEntry {
  /** Canonical name, as messages print it. */
  name: string
  kind: MetricKind
  /** Spellings and abbreviations (matched case-insensitively at word boundaries). */
  terms: string[]
  /** Families an offline metric fits; empty means any family. */
  fits?: Family[]
  /** A classification metric that only misfits regression when it is the sole pair named. */
  soloPair?: boolean
  /**
   * An everyday word as well as a metric ("ETA accuracy", "high-precision forecasting"): it names the metric only in
   * a metric statement (a metric label, section or list, an evaluation section, a value beside it, or a sentence
   * that reports, measures or evaluates), never after a word that makes it a plain quality (`metricEverydayBefore`).
   */
  everyday?: boolean
  /** A view of the errors (a confusion matrix), not a number that scores the model. */
  view?: boolean
}

const classificationLike: Family[] = ['classification', 'anomaly-detection', 'detection']
const rankingLike: Family[] = ['ranking']
const regressionLike: Family[] = ['regression', 'forecasting']

export const onlineMetrics: MetricEntry[] = [
  {
    name: 'click-through rate',
    kind: 'online',
    terms: ['click-through rate', 'click through rate', 'clickthrough rate', 'ctr', 'click-through', 'clickthrough'],
  },
  {
    name: 'conversion rate',
    kind: 'online',
    terms: ['conversion rate', 'cvr', 'conversions', 'conversion', 'purchase rate', 'booking rate', 'checkout rate'],
  },
  {
    name: 'watch time',
    kind: 'online',
    terms: ['watch time', 'watch-time', 'viewing time', 'time spent', 'session length', 'dwell time', 'listening time'],
  },
  {
    name: 'revenue',
    kind: 'online',
    terms: [
      'revenue per session',
      'revenue per user',
      'revenue per visit',
      'arpu',
      'gmv',
      'gross merchandise value',
      'revenue',
      'sales',
      'ad revenue',
      'rpm',
    ],
  },
  {
    name: 'retention',
    kind: 'online',
    terms: [
      'retention',
      'retention rate',
      'day-7 retention',
      'd7 retention',
      'd30 retention',
      'churn rate',
      'return rate',
    ],
  },
  {
    name: 'active users',
    kind: 'online',
    terms: ['dau', 'mau', 'wau', 'daily active users', 'monthly active users', 'weekly active users'],
  },
  {
    name: 'engagement',
    kind: 'online',
    terms: [
      'engagement rate',
      'likes',
      'shares',
      'comments per',
      'saves',
      'follows',
      'engagement',
      'pages per session',
      'page views per session',
      'sessions per user',
      'time on site',
    ],
  },
  {
    name: 'user reports',
    kind: 'online',
    terms: [
      'user reports',
      'report rate',
      'complaint rate',
      'complaints',
      'appeals',
      'appeal rate',
      'appeal overturn rate',
      'overturn rate',
      'prevalence',
    ],
  },
  {
    name: 'fraud loss',
    kind: 'online',
    terms: ['fraud losses', 'fraud loss', 'chargeback rate', 'chargebacks', 'loss rate', 'default rate', 'bad debt'],
  },
  {
    name: 'customer satisfaction',
    kind: 'online',
    terms: [
      'csat',
      'nps',
      'customer satisfaction',
      'satisfaction score',
      'thumbs-up rate',
      'thumbs up rate',
      'acceptance rate',
      'resolution rate',
      'deflection rate',
      'escalation rate',
      'handle time',
      'time to resolution',
    ],
  },
  {
    name: 'successful sessions',
    kind: 'online',
    terms: [
      'successful sessions',
      'session success rate',
      'zero-result rate',
      'abandonment rate',
      'query reformulation rate',
      'reformulation rate',
      'rephrase rate',
      'task completion rate',
      'completion rate',
      'task success rate',
    ],
  },
  {
    name: 'order rate',
    kind: 'online',
    terms: [
      'orders per user',
      'add-to-cart rate',
      'add to cart rate',
      'bookings',
      'matches per user',
      'reply rate',
      'message rate',
      'connection rate',
      'invitations accepted',
    ],
  },
  {
    name: 'on-time rate',
    kind: 'online',
    terms: [
      'on-time rate',
      'on-time delivery rate',
      'late delivery rate',
      'cancellation rate',
      'fill rate',
      'stockout rate',
      'stock-out rate',
      'waste',
      'spoilage',
    ],
  },
  {
    name: 'approval rate',
    kind: 'online',
    terms: ['approval rate', 'decline rate', 'false decline rate', 'manual review rate', 'review rate', 'block rate'],
  },
]

export const offlineMetrics: MetricEntry[] = [
  {
    name: 'accuracy',
    kind: 'offline',
    terms: ['accuracy', 'top-1 accuracy', 'top-5 accuracy'],
    // Exact-match and execution accuracy score generated answers and queries too.
    fits: ['classification', 'detection', 'generation'],
    everyday: true,
  },
  {
    name: 'precision',
    kind: 'offline',
    terms: ['precision'],
    fits: classificationLike,
    soloPair: true,
    everyday: true,
  },
  {
    name: 'recall',
    kind: 'offline',
    terms: ['recall', 'sensitivity', 'true positive rate', 'tpr'],
    fits: classificationLike,
    soloPair: true,
  },
  {
    name: 'F1',
    kind: 'offline',
    terms: [
      'f1',
      'f1-score',
      'f1 score',
      'f-score',
      'f-measure',
      'f2',
      'f-beta',
      'macro-f1',
      'micro-f1',
      'macro f1',
      'micro f1',
    ],
    fits: [...classificationLike, 'generation'],
  },
  {
    name: 'ROC-AUC',
    kind: 'offline',
    terms: [
      'roc-auc',
      'roc auc',
      'auc-roc',
      'auc roc',
      'auroc',
      'auc',
      'area under the roc curve',
      'area under the curve',
      'gini',
    ],
    fits: [...classificationLike, 'ranking'],
  },
  {
    name: 'PR-AUC',
    kind: 'offline',
    terms: ['pr-auc', 'pr auc', 'auc-pr', 'auprc', 'average precision', 'area under the precision-recall curve'],
    fits: [...classificationLike, 'ranking'],
  },
  {
    name: 'log loss',
    kind: 'offline',
    terms: [
      'log loss',
      'log-loss',
      'logloss',
      'cross-entropy',
      'cross entropy',
      'binary cross-entropy',
      'normalized entropy',
      'normalised entropy',
      'brier score',
    ],
    fits: [...classificationLike, 'ranking', 'generation'],
  },
  {
    name: 'false positive rate',
    kind: 'offline',
    terms: ['false positive rate', 'fpr', 'false alarm rate', 'specificity'],
    fits: classificationLike,
  },
  {
    name: 'calibration',
    kind: 'offline',
    terms: ['calibration error', 'expected calibration error', '=ECE', 'calibration'],
    // Predicted quantiles and intervals are calibrated too ("P10–P90 coverage"): not a classification-only metric.
    fits: [...classificationLike, 'ranking', ...regressionLike],
  },
  { name: 'confusion matrix', kind: 'offline', terms: ['confusion matrix'], fits: classificationLike, view: true },
  // A plot of the calibration shows it and scores nothing ("accuracy on the held-out weeks; calibration plot").
  {
    name: 'calibration plot',
    kind: 'offline',
    terms: ['calibration plot', 'calibration plots', 'calibration chart', 'reliability diagram', 'reliability plot'],
    fits: [...classificationLike, 'ranking', ...regressionLike],
    view: true,
  },
  {
    name: 'NDCG',
    kind: 'offline',
    terms: ['ndcg', 'ndcg@k', 'dcg', 'normalized discounted cumulative gain', 'normalised discounted cumulative gain'],
    fits: rankingLike,
  },
  {
    name: 'MAP',
    kind: 'offline',
    terms: ['map@k', 'mean average precision', '=MAP', '=mAP'],
    fits: [...rankingLike, 'detection'],
  },
  { name: 'MRR', kind: 'offline', terms: ['mrr', 'mean reciprocal rank'], fits: rankingLike },
  {
    name: 'recall@k',
    kind: 'offline',
    terms: ['recall@k', 'recall at k', 'hit rate@k', 'hitrate@k', 'hit@k', 'hits@k'],
    fits: rankingLike,
  },
  {
    name: 'precision@k',
    kind: 'offline',
    terms: ['precision@k', 'precision at k', 'p@k'],
    // Precision over the top k alerts of an anomaly score is precision at the alert budget.
    fits: [...rankingLike, 'classification', 'anomaly-detection'],
  },
  {
    name: 'RMSE',
    kind: 'offline',
    terms: ['rmse', 'root mean squared error', 'root mean square error', 'mse', 'mean squared error'],
    fits: regressionLike,
  },
  {
    // How well predicted values or scores follow the measured ones, by value or by rank: regression and ranking.
    name: 'correlation',
    kind: 'offline',
    terms: [
      'pearson',
      'pearson r',
      'pearson correlation',
      'spearman',
      'spearman correlation',
      'spearman rank correlation',
      'kendall tau',
      "kendall's tau",
      'rank correlation',
    ],
    fits: [...regressionLike, 'ranking'],
  },
  {
    name: 'MAE',
    kind: 'offline',
    terms: ['mae', 'mean absolute error', 'median absolute error'],
    fits: regressionLike,
  },
  {
    name: 'MAPE',
    kind: 'offline',
    terms: ['mape', 'smape', 'wape', 'mean absolute percentage error', 'weighted absolute percentage error'],
    fits: regressionLike,
  },
  {
    name: 'R²',
    kind: 'offline',
    terms: ['r²', 'r^2', 'r2', 'r-squared', 'r squared', 'coefficient of determination'],
    fits: regressionLike,
  },
  {
    name: 'pinball loss',
    kind: 'offline',
    terms: ['pinball loss', 'quantile loss', 'coverage of the prediction interval', 'interval coverage'],
    fits: regressionLike,
  },
  {
    name: 'silhouette score',
    kind: 'offline',
    terms: ['silhouette score', 'silhouette', 'davies-bouldin', 'davies bouldin', 'calinski-harabasz', 'inertia'],
    fits: ['clustering'],
  },
  {
    name: 'BLEU',
    kind: 'offline',
    terms: [
      'bleu',
      'rouge',
      'rouge-l',
      'meteor',
      'chrf',
      'comet',
      'bertscore',
      'perplexity',
      'exact match',
      'faithfulness',
      'groundedness',
      'win rate',
    ],
    fits: ['generation'],
  },
  {
    // Speech and handwriting recognition: the error rate of the transcript (whatever the family is called).
    name: 'word error rate',
    kind: 'offline',
    terms: ['word error rate', '=WER', 'character error rate', '=CER'],
  },
  {
    // Verification (speaker, face, signature): the errors of a match threshold.
    name: 'equal error rate',
    kind: 'offline',
    terms: [
      'equal error rate',
      '=EER',
      'false accept rate',
      'false acceptance rate',
      'false reject rate',
      'false rejection rate',
      '=FAR',
      '=FRR',
    ],
    fits: classificationLike,
  },
  {
    // A new policy judged on logged data of an exploration bucket (bandits, reinforcement learning).
    name: 'off-policy estimate',
    kind: 'offline',
    terms: [
      'inverse-propensity-weighted',
      'inverse propensity weighted',
      'inverse propensity',
      '=IPS',
      'off-policy estimate',
      'off-policy estimates',
      'off-policy evaluation',
      'doubly-robust estimate',
      'doubly robust estimate',
    ],
  },
  {
    name: 'IoU',
    kind: 'offline',
    terms: ['iou', 'intersection over union', 'miou', 'map@0.5', 'map50', 'dice', 'dice score'],
    fits: ['detection'],
  },
  {
    name: 'cumulative reward',
    kind: 'offline',
    terms: ['cumulative reward', 'average reward', 'regret', 'episode return'],
    fits: ['reinforcement-learning'],
  },
  {
    name: 'Qini coefficient',
    kind: 'offline',
    terms: ['qini', 'qini coefficient', 'qini curve', 'auuc', 'area under the uplift curve', 'uplift curve'],
  },
  {
    name: 'coverage',
    kind: 'offline',
    terms: ['catalog coverage', 'catalogue coverage', 'diversity', 'novelty', 'serendipity'],
    fits: rankingLike,
  },
]

export const metrics: MetricEntry[] = [...onlineMetrics, ...offlineMetrics]

/**
 * Words just before a metric that reject it: "PR-AUC rather than accuracy", "we do not use RMSE", "explainability
 * over benchmark accuracy". The reader lets a rejection reach across an `or` list too ("instead of revenue metrics
 * or CTR") and a slash list ("over AUC/RMSE").
 */
export const metricRejectedBefore =
  /\b(?:not|no|never|instead\s+of|rather\s+than|than|over|without|avoid(?:ing)?|ignor(?:e|ing)|(?:do|does|will|would)\s+not\s+use|n't\s+use|not\s+use|unlike|beyond|besides\s+plain)\s+(?:(?:the|a|an|by|on|plain|raw|overall|simple|just|only|top-1|global|benchmark|leaderboard|headline|pure)\s+)*$/i

/** Words just after a metric that reject it: "accuracy would be meaningless at this ratio". */
export const metricRejectedAfter =
  /^\s*(?:\([^)]*\)\s*)?(?:alone\s+)?(?:is|are|would\s+be|will\s+be|can\s+be|gets?)\s+(?:not\b|meaningless|misleading|useless|uninformative|inappropriate|the\s+wrong|a\s+poor|a\s+bad|dominated|inflated|trivially)/i

/**
 * Words just before an everyday metric word that make it a plain quality, not the metric: "ETA accuracy",
 * "forecast accuracy", "higher accuracy with tuning", "time precision", "high-precision forecasting", and a change
 * in that quality weighed as a cost ("a slight reduction in model accuracy (under 1%)"), even with a guess beside it,
 * a quality a change must spare ("optimizations that won't affect model accuracy", "without sacrificing accuracy")
 * and one side of a trade-off ("Diversity vs. Accuracy").
 */
export const metricEverydayBefore =
  /\b(?:eta|etas|forecast|forecasts|forecasting|time|timing|delivery|arrival|location|calculation|calculations|measurement|consistent|higher|better|greater|improved)[\s-]+$|\bhigh-$|\b(?:reduction|drop|loss|decrease|dip)\s+in\s+(?:(?:the|model|overall)\s+)?$|\b(?:affects?|affecting|hurts?|hurting|harms?|harming|sacrific(?:e|es|ing)|compromis(?:e|es|ing)|los(?:e|es|ing))\s+(?:(?:the|its|their|our|model|overall|much|any)\s+){0,2}$|\b(?:vs\.?|versus)\s+$/i

/**
 * The words before a metric word, after a metric of the filed kind, that make it a part of that metric's
 * definition or what it is compared with, not a metric of its own: "log loss divided by the entropy of the
 * background CTR", "MAE between predicted and actual acceptance rate", "calibration: predicted vs observed default
 * rate", "NDCG@10 (in past tests it tracked click-through rate)", "recall at the review-rate budget".
 */
export const metricPartOfBefore =
  /\b(?:of|between|vs\.?|versus|against|at|tracks|tracked|tracking)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu

/**
 * The words before a metric word that make it the operating point two models are compared at, not a metric:
 * "vs scorecard v4 at the same approval rate", "at a fixed review rate". A value the metric before it is read at
 * ("recall @ 5% review rate", "precision at 1% alert rate") is read in code (`evidence/metrics.ts`).
 */
export const metricOperatingPointBefore = /\bat\s+(?:the\s+|a\s+)?(?:same|fixed|given|matched|equal|constant)\s+$/i

/**
 * The words that make a metric later in the same clause a training criterion, not what the evaluation reports:
 * "early stop on validation log loss", "early stopping on the held-out weeks' AUC" (the clause is cut in code).
 */
export const metricTrainingCriterionBefore = /\bearly[\s-]?stop/i

/**
 * The label of a loss just before a metric word ("Loss function: mean squared error", "loss = MSE", "a reconstruction
 * loss (MSE)"), and the word
 * `loss` just after one, with at most an abbreviation and one word between ("MSE loss", "Mean Squared Error (MSE)
 * reconstruction loss"): what training minimises, not a metric the evaluation reports.
 */
export const metricLossLabelBefore =
  /\b(?:loss(?:\s+function)?|objective\s+function)[\s*_]{0,4}[:=][\s*_]{0,4}$|\bloss\s{0,2}\(\s{0,2}$/i
export const metricLossAfter =
  /^\)?\s{0,2}(?:\([^()]{0,16}\)\s{0,2})?(?:(?!(?:and|or|vs|versus|plus)\s)[\p{L}-]{1,20}\s{1,2})?loss\b/iu

/**
 * What follows "recall at N" or "precision at N" when N is an operating point, not a cut-off of a ranked list: a rate
 * ("recall at 1 alert per 40 transactions", "recall at 1 false hold / 200 payments") or a number that goes on ("recall at 1,200 alerts"). A count of what a
 * list shows ("precision at 10 results per query") stays a cut-off.
 */
export const metricCutoffOperatingPointAfter =
  /^(?:[.,]\d|\s+(?!(?:results?|items?|candidates?|recommendations?|documents?|docs|suggestions?|positions?|slots?|answers?|passages?)\s)[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+(?:per|a|an|every)\s|\s*\/\s*\d))/iu

/**
 * An engagement count that is also a verb, read as the verb: after its subject ("a script that saves the CSV",
 * "more often than anyone likes") or before its object ("saves model artifact", "shares the link"). Only for the
 * count words that are verbs too (`likes`, `saves`, `shares`, `follows`); fixed words, anchored: linear time.
 */
export const metricVerbForm = /^(?:likes|saves|shares|follows)$/i
export const metricVerbBefore = /\b(?:that|which|who|it|anyone|everyone|nobody|someone|he|she|they)\s*$/i
export const metricVerbAfter = /^\s+(?:the|a|an|its|their|our|his|her|them|it|model|models|to|into)\b/i

/**
 * Words just after a metric term that make it something else: the "cross-entropy method" is a search algorithm,
 * and "exact-match retrieval" or an "exact-match mode" is a way of searching, not the generation metric.
 */
export const metricFalseFriendAfter =
  /^[\s-]*(?:method|methods|search|benchmark|retrieval|lookups?|modes?|capabilit(?:y|ies)|preservation|filter(?:s|ing)?|boost(?:s|ing)?)\b/i

/**
 * Words of a deployment heading that names online testing ("Online testing and deployment", "A/B test and
 * rollout"): the live comparison of the evaluation may be planned there.
 */
/**
 * Words that set two live groups side by side, for an online half written in the author's own words ("half of the
 * teams work the ordered queue", "sites with and without the flag", "treated vs held back", a share of the traffic
 * that gets the treatment: "10% of viewers get the bandit"). A comparison with the past ("compare revenue with the
 * previous period") names none.
 */
export const liveComparisonGroups =
  /\b(?:half|halves|split|with and without|treated|treatment|control|held back|holdback|hold-back|arms?|randomi[sz]ed|randomly|vs\.?|versus|stepped|cohorts?)\b|\d\s?%\s(?:of\s(?:the\s)?[a-z-]+\s)?(?:gets?|receives?|keeps?)\b/i

/** A comparison with the past, which sets no live groups side by side: "versus the previous month", "with last year". */
export const pastComparison =
  /\b(?:with|vs\.?|versus|against|to|than)\s+(?:the\s+)?(?:previous|prior|preceding|last|same)\s+(?:\p{L}+\s+)?(?:period|day|week|month|quarter|season|year)s?\b/giu

export const onlineTestingWords = ['test', 'testing', 'tests', 'experiment', 'experiments', 'experimentation', 'a/b']

/** A metric that fits each family, for messages. */
export const familyMetricExamples: Record<Family, string> = {
  classification: 'PR-AUC',
  regression: 'MAE',
  ranking: 'NDCG@10',
  clustering: 'silhouette score',
  'anomaly-detection': 'precision at the alert budget',
  generation: 'ROUGE-L',
  detection: 'mAP@0.5',
  forecasting: 'MAPE',
  'reinforcement-learning': 'cumulative reward',
}

/**
 * A title that files metrics as what the business or product watches (`Business metrics`, `Key product metrics`,
 * `Business KPIs`, `Бизнес метрики`), not by their kind: its own words name an online metric, but an offline metric
 * under it is not misfiled. A title that names the online kind too (`Online business metrics`) still files by kind.
 */
export const metricBusinessFiling =
  /^(?![^\n]*(?<!\p{L})(?:online|онлайн)(?!\p{L}))[^\n]*(?<!\p{L})(?:business|product|products|бизнес\p{L}*|продуктов\p{L}*)(?!\p{L})/iu
