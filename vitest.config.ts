import { defineConfig } from 'vitest/config'

// Tests run on the TypeScript sources: the `ml-design-source` export condition
// points every workspace package at `src/index.ts`, so no build is needed.
export default defineConfig({
  resolve: { conditions: ['ml-design-source'] },
  ssr: { resolve: { conditions: ['ml-design-source'], externalConditions: ['ml-design-source'] } },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    server: { deps: { inline: [/packages\//] } },
    // Bounds against a hang, not speed checks: a loaded 2-core machine runs
    // the command-line tests many times slower than an idle one.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
