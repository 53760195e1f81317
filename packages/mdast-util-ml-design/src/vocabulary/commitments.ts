import type { Stage } from './stages.js'

/**
 * Words that tell a commitment from a non-commitment: a survey of how
 * others do it, options weighed with their pros and cons and never chosen.
 * Evidence there says what could be done, not what the design does.
 */

/** Heading words of a survey or literature section (matched as words in the lower-cased title). */
export const surveyHeadingTerms = [
  'survey',
  'literature',
  'prior work',
  'prior art',
  'state of the art',
  'how papers',
  'how others',
  'how people',
  'how it is done',
  'what others do',
  'existing approaches',
  'existing solutions',
  'landscape',
  'reading notes',
  'paper notes',
  'write-ups',
  'industry posts',
  // "Part 1 — What the field does", "State of the field", "Reason codes in case studies", "Related work".
  'what the field',
  'state of the field',
  'case studies',
  'related work',
]

/** Heading words of a section that weighs options ("Data options", "Approaches", "Option 2: ..."). */
export const optionHeadingTerms = [
  'option',
  'options',
  'approaches',
  'design choices',
  'choices',
  'pros and cons',
  'trade-offs',
  'tradeoffs',
]

/**
 * Words of a text that weighs alternatives (`vs`, `could`, `either`, `both are possible`): under a heading that joins
 * trade-offs to a stage (`Serving and trade-offs`), they keep the section an options section.
 */
export const weighingWords = ['vs', 'vs.', 'versus', 'could', 'either', 'alternatively', 'both are']

/** Heading words of a section that records the choice among options. */
export const decisionHeadingTerms = [
  'decision',
  'decisions',
  'recommendation',
  'proposal',
  'chosen approach',
  'our choice',
  'verdict',
  'what we chose',
  'what we will do',
  'conclusion',
  // A section that holds whichever option is chosen commits too: `Evaluation (any option)`.
  'any option',
  'whichever option',
  'all options',
  'every option',
]

/** Words that state a choice among options ("we go with option 3"). */
export const choiceTerms = [
  'we go with',
  'we will go with',
  "we'll go with",
  'going with',
  'go with',
  'we pick',
  'we picked',
  'we choose',
  'we chose',
  'chosen',
  'we select',
  'we selected',
  'we recommend',
  'recommended',
  'recommendation',
  'our choice',
  'we use',
  "we'll use",
  'we will use',
  'preferred',
  'decided',
  'decision',
  'we adopt',
  'adopted',
  // Naming one of the options the bar to beat chooses it as the baseline: "this is the baseline → new model must beat
  // its recall".
  'is the baseline',
  'as the baseline',
  'as our baseline',
  'baseline to beat',
  // What holds whichever option is chosen: "retrain daily on the last 14 days (any option)".
  'any option',
  'whichever option',
  'all options',
  'every option',
  'whatever we pick',
  'whatever we choose',
  'whichever we pick',
  'whichever we choose',
]

/** Words that leave a stated choice open ("probably 1 + 3", "leaning to B"). */
export const choiceHedgeTerms = [
  'probably',
  'maybe',
  'perhaps',
  'possibly',
  'leaning',
  'tentative',
  'tentatively',
  'likely',
  'pending',
  'not decided',
  'undecided',
  'not yet decided',
  'to be decided',
]

/** Labels of a list of arguments for or against an option: what follows weighs, it does not decide. */
export const prosConsLabels = [
  // Both sides in one label: a `Pros / Cons` line over the list that weighs them.
  'pros / cons',
  'pros/cons',
  'pros and cons',
  'pros & cons',
  'pros + cons',
  'advantages and disadvantages',
  'advantages / disadvantages',
  'pro',
  'pros',
  'con',
  'cons',
  'advantage',
  'advantages',
  'disadvantage',
  'disadvantages',
  'upside',
  'upsides',
  'downside',
  'downsides',
  'drawback',
  'drawbacks',
  'strength',
  'strengths',
  'weakness',
  'weaknesses',
  // The reasons for and against one of several approaches: `- Why this approach:` / `- Why not this approach:`.
  'why this approach',
  'why not this approach',
  'why this option',
  'why not this option',
]

/**
 * The last word of a line that introduces a list of options (`- Positive label options`, `- labels: ??? options:`,
 * `... is open. Options:`, a `| Label options |` row): the items under it are options, and only a sentence among
 * them that states a choice commits.
 */
export const optionListLabels = ['options', 'alternatives']

/**
 * Cue words that answer a requirement only inside its home stage (the
 * stages of its parts in the framework, and the stages in `also`) or
 * outside any stage: elsewhere they are about something else, and the
 * sentence needs another of the cue's words. "Daily error compared with
 * the previous week" under monitoring compares periods, not a model with
 * its baseline; offline evaluation is where a model is compared with one.
 */
export const homeStageTerms: Record<string, { also: Stage[]; terms: string[] }> = {
  baseline: {
    also: ['evaluation'],
    // Any comparison word: a cue word that overlaps one of these is bound to the home stage.
    terms: ['compar*', 'beats', 'outperform*'],
  },
  // "If calibration drifts beyond a ratio of 1.2, we retrain early" under monitoring watches the live model; where the
  // data, model and evaluation are designed, calibration and thresholds answer a class imbalance.
  'class-imbalance': {
    also: ['requirements', 'framing', 'model', 'evaluation'],
    terms: ['calibrat*', 'recalibrat*', 'threshold*', 'ratio of'],
  },
}

/**
 * A family of undecided statements, built from its grammar rather than listed phrase by phrase: a negation before a
 * participle of deciding or finding out ("not decided", "product hasn't decided", "count not pulled yet", "nobody
 * confirmed"), a quantity or decision said to be missing so far ("sales has no number yet", "nobody gave a number"),
 * and a question handed to someone else ("To decide with the Content team", "→ discuss w/ editorial"). They join
 * `undecidedTerms` (`vocabulary/cues.ts`): such a sentence answers nothing, for every rule. A bare "not" only goes
 * with participles no label or data rule is written with ("not confirmed as fraud" and "not picked by the user"
 * define labels): the others need someone who has not done it yet.
 */
const bareNegations = ['not', 'not yet', 'not been', 'not yet been']
const subjectNegations = [
  'has not',
  'have not',
  'has not yet',
  'have not yet',
  'hasn\u2019t',
  'haven\u2019t',
  "hasn't",
  "haven't",
  "hasn't yet",
  "haven't yet",
  'nobody has',
  'no one has',
  'nobody',
  'no one',
]
/** Participles of deciding, safe after a bare "not". */
const decidingParticiples = ['decided', 'agreed', 'finalised', 'finalized', 'signed off']
/**
 * Participles that also describe the data itself ("payments not settled within 30 days", "orders not pulled from the
 * shelf", "images not sized to 224 px"): undecided after a bare "not" only with "yet" ("count not pulled yet", "not
 * yet sized"), or after someone who has not.
 */
const pendingParticiples = ['settled', 'scoped', 'sized', 'pulled']
/** Participles of finding out or choosing: only after someone who has not ("nobody confirmed", "we haven't checked"). */
const findingParticiples = [
  'confirmed',
  'checked',
  'measured',
  'counted',
  'estimated',
  'chosen',
  'picked',
  'asked',
  'gave',
  'given',
  'knows',
  'known',
]
/** What is said to be missing so far: "no number yet", "no decision yet". */
const missingSoFar = ['number', 'numbers', 'figure', 'figures', 'estimate', 'count', 'decision', 'answer', 'owner']

export const notYetTerms = [
  ...bareNegations.flatMap((negation) => decidingParticiples.map((participle) => `${negation} ${participle}`)),
  ...pendingParticiples.flatMap((participle) => [`not yet ${participle}`, `not ${participle} yet`]),
  ...subjectNegations.flatMap((negation) =>
    [...decidingParticiples, ...pendingParticiples, ...findingParticiples].map(
      (participle) => `${negation} ${participle}`,
    ),
  ),
  ...missingSoFar.map((noun) => `no ${noun} yet`),
  'still open',
  'remains open',
  'to be discussed',
  'to discuss with',
  'discuss with',
  'discuss w',
  'to decide with',
  'still to decide',
  'yet to decide',
  'yet to be decided',
]

/**
 * Values that only say the question is still open, when they open a sentence (after a short label) and a stop
 * follows: "A: open, ask trust & safety", "- to check", "Owner: to confirm" ("tbc" is undecided anywhere,
 * `undecidedTerms`). "Open the app" and "open-source" go on.
 */
export const openValueTerms = ['open', 'to check', 'to confirm']
