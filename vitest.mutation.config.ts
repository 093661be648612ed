import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// src/import/pdf/cmaps.ts finds pdf.js's CMap files with a glob under the project's own
// node_modules. Stryker links node_modules into its sandbox only when the project's node_modules is
// a real folder; in a git worktree whose node_modules is a link, packages still resolve through the
// parent folders but that glob finds nothing, and the CMap tests fail the initial run. Link the one
// package the glob needs.
const pdfjs = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', 'pdfjs-dist');
if (!existsSync(pdfjs)) {
  mkdirSync(dirname(pdfjs), { recursive: true });
  symlinkSync(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), pdfjs, 'dir');
}

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
    exclude: ['**/node_modules/**', 'src/export-docx/**', 'src/cli/**', 'e2e/**', 'src/import/bounded.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
