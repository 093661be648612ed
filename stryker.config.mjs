/**
 * Mutation testing of the domain and the importer (`npm run mutation`, issue 18): Stryker changes
 * the code one small edit at a time (a `<` to `<=`, a regex quantifier, a deleted branch) and runs
 * the tests that cover it; a mutant no test notices is a behaviour nothing pins down. Not part of
 * `npm test` (a full run takes a long while on two cores).
 *
 * - One file while working on it: `npm run mutation -- --mutate src/report/numbers.ts`.
 * - Incremental: results are kept in reports/stryker-incremental.json (gitignored), so a re-run
 *   only tests mutants whose code or covering tests changed. `-- --force` ignores it.
 * - The HTML report is written to reports/mutation/mutation.html.
 */
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Stryker runs the tests in a copy of the repository under .stryker-tmp/sandbox-*/; the corpus
// test reads ../shared/corpus beside the repository, which from the copy is .stryker-tmp/shared.
const shared = fileURLToPath(new URL('../shared/', import.meta.url));
const sandboxShared = fileURLToPath(new URL('.stryker-tmp/shared', import.meta.url));
if (existsSync(shared) && !existsSync(sandboxShared)) {
  mkdirSync(fileURLToPath(new URL('.stryker-tmp/', import.meta.url)), { recursive: true });
  symlinkSync(shared, sandboxShared, 'dir');
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  // Stryker rewrites the files this matches as UTF-8 text (to put @ts-nocheck atop them); its
  // default includes .html, which turned the GBK page fixture of src/import into mojibake in the
  // sandbox and failed the initial test run. Only code files.
  disableTypeChecks: '{src,tools}/**/*.{js,ts,tsx,mjs,mts}',
  mutate: [
    'src/report/**/*.ts',
    'src/import/**/*.ts',
    '!**/*.test.ts',
    '!**/fixtures/**',
    // Test support, not code the app runs.
    '!src/report/testing/**',
    '!src/import/test-helpers.ts',
    '!src/import/corpus-check.ts',
    // Its tests cannot run in the sandbox (vitest.mutation.config.ts).
    '!src/import/pdf/cmaps.ts',
    // Types only: nothing to mutate.
    '!src/report/model.ts',
    '!src/report/definition/types.ts',
    '!src/import/types.ts',
  ],
  coverageAnalysis: 'perTest',
  // The machine is shared: one test process at a time.
  concurrency: 1,
  // A mutant in module-level code (the form definition's data, a top-level regex) can only be
  // tested by re-running every test; those are left out to keep a run within hours.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 85, low: 80, break: null },
  timeoutMS: 20_000,
};
