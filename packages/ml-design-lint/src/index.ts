/**
 * `ml-design-lint`: the command line that reviews ML system design
 * documents, and what it is made of. It is remark-cli's engine
 * (`unified-engine`: `.remarkrc*`, `package.json#remarkConfig`,
 * `.remarkignore`) with its own command line (`node:util`'s `parseArgs`,
 * see args.ts) and these differences:
 *
 * * the preset is used for a document with no configuration file, or with
 *   one that names neither the preset nor a `remark-lint-ml-*` rule;
 * * warnings fail the run unless `--no-frail`;
 * * it never writes Markdown; `--report json` and `--report sarif` go to
 *   stdout, other reports to stderr, coloured on a terminal only;
 * * exit codes 0 (no messages), 1 (messages), 2 (could not do its job).
 *
 * The bin loads `cli.js` alone, which loads `lint.js` (the engine, remark,
 * the rules) only when there is something to lint.
 */
export { type Args, flags, helpText, parseCommandLine, UsageError } from './args.js'
export { cli, failureCode } from './cli.js'
export { addPresetUnlessNamed, defaultConfig, ownPlugins, transformConfig } from './config.js'
export * from './guard.js'
export {
  type ArgsState,
  type Environment,
  engineOptions,
  exitCode,
  failedToLint,
  lint,
  loadReporter,
  parse,
  reporter,
  withCausesInReason,
} from './lint.js'
