/**
 * Placeholders and template prompts: text that stands where content should.
 */

/** Whole-text placeholders (compared after trimming punctuation and case). */
export const placeholderTerms = [
  'tbd',
  'tbc',
  'tba',
  'todo',
  'to do',
  'fixme',
  'xxx',
  'n/a',
  'na',
  'none yet',
  'coming soon',
  'wip',
  'work in progress',
  'more information needed',
  'more info needed',
  'fill in',
  'fill me in',
  'fill this in',
  'to be written',
  'to be filled',
  'to be filled in',
  'to be added',
  'to be completed',
  'to be determined',
  'to be decided',
  'placeholder',
  'lorem ipsum',
  'insert here',
  'add here',
  'pending',
]

/**
 * Headings of sections whose questions are their content, not prompts:
 * "Open questions" lists what the author has not settled yet.
 */
export const questionHeadings = [
  'open questions',
  // Terse notes: `**open**` then the questions nobody answered yet.
  'open',
  'open items',
  'unknowns',
  'questions',
  'unresolved questions',
  'outstanding questions',
  'questions for reviewers',
  'open issues',
  'open points',
  'faq',
  'frequently asked questions',
  'discussion points',
  // What the author will ask the people the system is for: `Questions for the client` > `Data & documents`.
  'questions for the client',
  'questions for the customer',
  'questions for stakeholders',
  'questions to ask',
  'discussion prompts',
  'open discussion prompts',
  // What a candidate asks the interviewer before designing: `Clarifying questions`, `Questions to the interviewer`.
  'clarifying questions',
  'clarification questions',
  'clarifying questions to ask',
  'clarifying questions to ask the interviewer',
  'questions for the interviewer',
  'questions to the interviewer',
  'questions to interviewer',
  'questions to ask the interviewer',
]

/**
 * Verbs that open a template instruction ("Describe the objective here.").
 * Verbs that also open an engineering decision written as an imperative
 * ("Add a missing-value indicator", "Write the scores to the CRM") are left
 * out.
 */
export const templateVerbs = [
  'describe',
  'explain',
  'list',
  'state',
  'specify',
  'provide',
  'summarize',
  'summarise',
  'fill',
  'insert',
  'enter',
  'outline',
  'mention',
  'clarify',
  'detail',
]

/**
 * Verbs that open a decision as readily as an instruction ("Add a missing-value indicator"): an instruction only
 * where the line speaks to the author ("Add your deployment diagram here", "Write what you will monitor here").
 */
export const addressedTemplateVerbs = ['write', 'add', 'put', 'include', 'paste', 'attach', 'draw', 'insert', 'link']

/**
 * Template verbs that also open a decision written as an order ("Explain each decline to the analyst with SHAP
 * values", "State the top reason code on each decline"): with such a verb, a line is a template instruction only
 * when it says so (`instructionMarkers`) or is short and names nothing of its own ("List the features used").
 */
export const decisionTemplateVerbs = [
  'explain',
  'list',
  'state',
  'provide',
  'summarize',
  'summarise',
  'clarify',
  'detail',
]

/**
 * Names in capitals that are a design document's own topics, which a template writes as readily as an author: with
 * them an order is still an instruction ("Provide the ROC curve.", "State the SLA."). Singular, folded.
 */
export const topicAcronyms = [
  'roc',
  'auc',
  'pr',
  'sla',
  'slo',
  'sli',
  'kpi',
  'okr',
  'mvp',
  'poc',
  'api',
  'ml',
  'ai',
  'eta',
  'qps',
  'rps',
  'pii',
  'ui',
  'ux',
  'faq',
  'tbd',
  'todo',
  'n/a',
]

/**
 * What an order names that a template could not: a number in words, a condition or a recipient ("in two sentences",
 * "when the model times out", "to the agent"). Read on the folded words after the verb, padded with spaces.
 */
export const orderDetailPattern =
  / (?:two|three|four|five|six|seven|eight|nine|ten|when|whenever|if|unless) | (?:to|for) (?:the|each|every|a|an) (?:agent|analyst|user|customer|reviewer|seller|driver|doctor|clinician|moderator|operator|patient|buyer|rider)s? /

/** Words that mark a line as an instruction to the author: what to write, where, or how much. */
export const instructionMarkers = [
  'how',
  'what',
  'which',
  'why',
  'whether',
  'who',
  'any',
  'here',
  'you',
  'your',
  'this section',
  'below',
  'above',
  'briefly',
  'in detail',
  'overview',
  'details',
  'description',
  'e g',
]

/** Generic topic words that, alone in a bullet, only name a topic. */
export const topicWords = [
  'update',
  'updates',
  'size',
  'labels',
  'labeled',
  'labelled',
  'constraints',
  'metrics',
  'features',
  'data',
  'model',
  'models',
  'deployment',
  'monitoring',
  'latency',
  'scale',
  'cost',
  'privacy',
  'evaluation',
  'training',
  'serving',
  'baseline',
  'input',
  'output',
  'end devices',
  'data characteristics',
  'interpretability',
  'online learning',
  'retraining',
  'outliers',
  'missing data',
  'imbalance',
  'hardware',
  'budget',
  'compliance',
  'storage',
  'infrastructure',
  'infra',
  'alerts',
  'dashboards',
  'alerting',
  'logging',
  'on-call',
  'oncall',
  'rollback',
]

/**
 * Kinds of non-functional requirement a template lists ("- reliability, security"): alone in a bullet, or joined,
 * they only name a topic. In a list item only: in a table cell `reliability` may be a feature's name.
 */
export const requirementKinds = [
  'scalability',
  'reliability',
  'availability',
  'security',
  'maintainability',
  'observability',
]

/**
 * Nouns a bare topic bullet may end with ("- compliance requirements", "- scalability goals"): the bullet still
 * only names its topic.
 */
export const topicTails = ['requirements', 'requirement', 'goals', 'goal', 'considerations', 'concerns', 'needs']

/**
 * Words a template numbers to stand for items still to write ("Goal 1",
 * "Risk 2 -> Mitigation", "Option A"): alone in a bullet with only that
 * number or letter, they are placeholders.
 */
export const numberedStubWords = [
  'goal',
  'non-goal',
  'nongoal',
  'objective',
  'requirement',
  'risk',
  'mitigation',
  'option',
  'alternative',
  'milestone',
  'question',
  'step',
  'phase',
  'metric',
  'feature',
  'model',
  'item',
  'task',
  'example',
  'candidate',
  'stakeholder',
  'owner',
  'assumption',
  'decision',
]

/**
 * Labels that name a part of the document, not a value: after them a heading's colon opens the part's title
 * (`Appendix: Glossary`, `Chapter: Data`), so the heading writes no value of its own.
 */
export const sectionLabelWords = [
  'appendix',
  'chapter',
  'section',
  'part',
  'step',
  'stage',
  'phase',
  'module',
  'lesson',
  'lecture',
  'topic',
  'case study',
  'example',
  'exercise',
  'question',
  'task',
  'problem',
  'milestone',
  'sprint',
  'week',
  'day',
]
