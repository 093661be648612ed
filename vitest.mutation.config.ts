import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run mutation`, stryker.config.mjs): those next
 * to the mutated code in src/report and src/import. Everything that starts a process or another
 * program — the LibreOffice and OOXML validator checks of the .docx, the CLI tests that spawn
 * node — is left out, so one mutant costs seconds on a 2-core machine. So are the resource-bound
 * tests of src/import/bounded.test.ts (a paragraph of 200 000 runs, zip bombs): under Stryker's
 * instrumentation on a busy machine they overrun any sensible time limit, and what they guard
 * (stack depth, work per input) is not what a mutant changes. Nothing else differs from the
 * `test` block of vite.config.ts, which `npm test` keeps using.
 */
export default defineConfig({
  test: {
    include: ['src/report/**/*.test.ts', 'src/import/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'src/export-docx/**',
      'src/cli/**',
      'e2e/**',
      'src/import/bounded.test.ts',
      // Vite's glob of pdf.js's CMap files (src/import/pdf/cmaps.ts) finds nothing in Stryker's
      // sandbox, whose node_modules is not the project's; cmaps.ts is left out of the mutated files.
      'src/import/pdf/cmaps.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
