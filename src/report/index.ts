/**
 * The domain: the form as data, the report model, totals, rules and drafts. No React here.
 * CSV (./csv.ts, with papaparse) is imported directly by the CLI: the browser never needs it, and a
 * barrel export would put papaparse, which cannot be tree-shaken, into the app's first download.
 */
export * from './definition/index.ts';
export * from './cells.ts';
export * from './model.ts';
export * from './schema.ts';
export * from './font-scheme.ts';
export * from './numbers.ts';
export * from './tables.ts';
export * from './compute.ts';
export * from './grid.ts';
export * from './empty.ts';
export * from './findings.ts';
export * from './rules/index.ts';
export * from './draft/index.ts';
export * from './preamble.ts';
export * from './chinese-numerals.ts';
export * from './carry-forward.ts';
export * from './deadline.ts';
export * from './file-name.ts';
export * from './file-size.ts';
export * from './display-text.ts';
export * from './text-decoding.ts';
export { suggestOverviewSentences } from './rules/prose/sentences.ts';
export { countsIn } from './rules/prose/numbers-in-text.ts';
export { textSimilarity, SIMILARITY_LIMIT } from './rules/previous-year-rules.ts';
export * from './arrays.ts';
export * from './limits.ts';
export * from './cell-label.ts';
