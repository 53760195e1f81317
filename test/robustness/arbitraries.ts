/**
 * fast-check generators of small, messy Markdown design documents: ATX
 * headings (numbered, emoji), setext headings, bold pseudo-headings, lists,
 * tables, code, HTML, front matter (valid or not), lead-in statements,
 * placeholders and the framework's vocabulary, in random mixes.
 */
import fc from 'fast-check'

/** Stage and part names, as headings and lead-ins use them. */
export const stageNames = [
  'Business objective',
  'Requirements',
  'Clarifying requirements',
  'Constraints',
  'Scale',
  'Latency',
  'Framing',
  'ML objective',
  'Input and output',
  'ML category',
  'Data preparation',
  'Feature engineering',
  'Missing data',
  'Class imbalance',
  'Outliers',
  'Model development',
  'Model selection',
  'Baseline',
  'Interpretability',
  'Retraining',
  'Evaluation',
  'Offline metrics',
  'Online metrics',
  'Error costs',
  'Deployment',
  'Serving',
  'Monitoring',
  'Open questions',
  'Appendix',
]

/** Metrics, task families, paradigms, quantities and answers the vocabulary knows. */
export const vocabularyWords = [
  'AUC',
  'ROC AUC',
  'precision',
  'recall@10',
  'NDCG@10',
  'F1',
  'log loss',
  'RMSE',
  'click-through rate',
  'conversion rate',
  'churn',
  'revenue per user',
  'binary classification',
  'multi-class classification',
  'regression',
  'ranking',
  'recommendation',
  'anomaly detection',
  'supervised',
  'self-supervised',
  'reinforcement learning',
  'logistic regression',
  'gradient boosted trees',
  'XGBoost',
  'two-tower model',
  'baseline',
  'p99 latency 50 ms',
  '10 million users',
  '2,000 requests per second',
  'PSI > 0.2',
  'feature drift',
  'canary',
  'A/B test',
  'shadow mode',
  'batch',
  'real time',
  'impute with the median',
  'downsample negatives',
  'clip at the 99th percentile',
  'SHAP',
  'retrain weekly',
  'false positives cost',
  'labels from chargebacks',
  '6 months of logs',
]

export const placeholders = ['TBD', 'TODO', 'N/A', '?', '...', '<fill in>', '[describe the objective]', 'lorem ipsum']

const plainWords = [
  'the',
  'model',
  'we',
  'will',
  'and',
  'data',
  'users',
  'is',
  'not',
  'decided',
  'yet',
  'for',
  'a',
  'of',
]

const emoji = ['🎯', '📊', '🚀', '✅', '⚠️', '🔍']

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...plainWords) },
  { weight: 3, arbitrary: fc.constantFrom(...vocabularyWords) },
  { weight: 1, arbitrary: fc.constantFrom(...placeholders) },
  { weight: 1, arbitrary: fc.constantFrom(...stageNames) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
)

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: word.map((w) => `_${w}_`) },
  { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: word.map((w) => `[${w}](https://example.com/${encodeURIComponent(w)})`) },
  { weight: 1, arbitrary: fc.constantFrom('<br>', '<span>x</span>', '&amp;', '\\*', 'www.example.com') },
)

/** A sentence of a few words, sometimes a question, sometimes without a full stop. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(inline, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '', '?', ':', '!'))
  .map(([words, end]) => words.join(' ') + end)

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '))

const title = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...stageNames) }, { weight: 1, arbitrary: sentence })

const numbering = fc.constantFrom('', '', '1. ', '2.3 ', '4) ', 'Stage 5: ', 'Step 6 - ', 'IV. ')

const atxHeading = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    numbering,
    fc.option(fc.constantFrom(...emoji), { nil: '' }),
    title,
    fc.constantFrom('', '', ' #', ':'),
  )
  .map(([depth, number, icon, text, close]) => `${'#'.repeat(depth)} ${number}${icon ? `${icon} ` : ''}${text}${close}`)

const setextHeading = fc
  .tuple(title, fc.constantFrom('=', '-'), fc.integer({ min: 1, max: 12 }))
  .map(([text, char, n]) => `${text.replace(/^[-*+#>\d\s]+/, '') || 'Title'}\n${char.repeat(n)}`)

const pseudoHeading = fc.tuple(fc.constantFrom(...stageNames), paragraph).map(([t, p]) => `**${t}**\n\n${p}`)

const leadIn = fc
  .tuple(fc.constantFrom('Input', 'Output', 'Online metric', 'Offline metric', 'Baseline', 'Objective'), sentence)
  .map(([label, text]) => `**${label}:** ${text}`)

const list = fc
  .tuple(
    fc.constantFrom('-', '*', '+', '1.'),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.oneof(sentence, leadIn)), { minLength: 1, maxLength: 5 }),
  )
  .map(([marker, items]) =>
    items.map(([depth, text], index) => `${'   '.repeat(index === 0 ? 0 : depth)}${marker} ${text}`).join('\n'),
  )

const cell = fc.oneof(word, fc.constant(''), fc.constant('TBD')).map((c) => c.replace(/[|\n\r]/g, ' '))

const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }))
  .chain(([columns, rows]) =>
    fc.tuple(
      fc.array(cell, { minLength: columns, maxLength: columns }),
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    ),
  )
  .map(([head, rows]) =>
    [
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...rows.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n'),
  )

const code = fc
  .tuple(fc.constantFrom('', 'python', 'yaml', 'mermaid'), fc.array(sentence, { maxLength: 3 }))
  .map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n').replace(/`{3,}|~{3,}/g, '')}\n\`\`\``)

const html = fc.oneof(
  fc.constantFrom(
    '<div align="center">\n<img src="diagram.png" alt="architecture">\n</div>',
    '<!-- TODO: fill in -->',
    '<details><summary>Notes</summary>TBD</details>',
    '<!-- lint disable ml-category -->',
    '<!-- lint enable ml-category -->',
    '<!-- lint ignore ml-no-placeholders -->',
  ),
  sentence.map((s) => `<p>${s.replace(/[<>\n]/g, ' ')}</p>`),
)

const quote = paragraph.map((p) => `> ${p}`)

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: atxHeading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 1, arbitrary: pseudoHeading },
  { weight: 4, arbitrary: paragraph },
  { weight: 2, arbitrary: leadIn },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: fc.constantFrom(...placeholders) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '') },
)

const yamlKey = fc.constantFrom(
  'title',
  'status',
  'owner',
  'objective',
  'online metric',
  'baseline',
  'latency',
  '__proto__',
)
const frontMatter = fc.oneof(
  fc
    .array(fc.tuple(yamlKey, fc.oneof(word, fc.constant('TBD'))), { maxLength: 4 })
    .map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---`),
  fc.constantFrom('---\ntitle: x\n  bad: [\n---', '---\n: : :\n---', '---\n---', '---\na: &a [1]\nb: *a\n---'),
)

/** A small design document: optional front matter, then up to 8 blocks, with LF or CRLF line endings. */
export const designDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatter, { nil: undefined, freq: 4 }),
    fc.array(block, { maxLength: 8 }),
    fc.constantFrom('\n\n', '\n\n', '\n'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([front, blocks, separator, crlf, finalNewline]) => {
    let value = (front === undefined ? '' : `${front}\n\n`) + blocks.join(separator) + (finalNewline ? '\n' : '')
    if (crlf) value = value.replace(/\r?\n/g, '\r\n')
    return value
  })

/** How many cases per property: `FUZZ_RUNS`, else 1,000. */
export const numRuns = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 1000
/** The seed: `FUZZ_SEED`, else fixed, so CI runs the same cases every time. */
export const seed =
  Number.isSafeInteger(Number(process.env.FUZZ_SEED)) && process.env.FUZZ_SEED
    ? Number(process.env.FUZZ_SEED)
    : 20_261_127
/** A test's time budget: about 30 ms a case, at least a minute. */
export const timeout = Math.max(300_000, numRuns * 30)
