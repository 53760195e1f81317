/**
 * `ml-design-lint`: the command line that reviews ML system design
 * documents. It is remark-cli (the same flags, `.remarkrc*`,
 * `package.json#remarkConfig` and `.remarkignore`, parsed by `unified-args`)
 * with four differences:
 *
 * * with no configuration file for a document, it uses
 *   `remark-preset-lint-ml-design` (unified-engine's `defaultConfig`);
 * * warnings fail the run (exit code 1) unless `--no-frail`: the rules
 *   report warnings, and the command is a gate;
 * * it never echoes Markdown to stdout unless asked (`--stdout`), and colours
 *   the report only on a terminal (`--color` forces it, `NO_COLOR` and
 *   `--no-color` turn it off);
 * * `--report json` and `--report sarif` work without installing their
 *   reporters (a reporter installed in the project still wins).
 *
 * `unified-args` 11 has no option for `defaultConfig`, so this module uses its
 * argument parser (`lib/parse-argv.js`, the same flags and help as
 * remark-cli) and runs `unified-engine` itself, the way `unified-args` does.
 */
export * from './args.js'
export { cli } from './cli.js'
export * from './guard.js'
