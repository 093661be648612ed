/**
 * Stryker's config for `npm run mutation:sample` (tools/mutation/sample.mjs): the project's
 * config, mutating only the sampled lines listed in the file NIANBAO_MUTATION_SAMPLE names, with
 * its own incremental file and report so the per-file runs of `npm run mutation` are untouched.
 */
import { readFileSync } from 'node:fs';
import base from '../../stryker.config.mjs';

const list = process.env.NIANBAO_MUTATION_SAMPLE;
if (!list) throw new Error('NIANBAO_MUTATION_SAMPLE: the sampled lines file (run npm run mutation:sample)');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: JSON.parse(readFileSync(list, 'utf8')),
  concurrency: Number(process.env.NIANBAO_MUTATION_CONCURRENCY ?? base.concurrency),
  incrementalFile: 'reports/stryker-sample-incremental.json',
  reporters: ['json'],
  jsonReporter: { fileName: 'reports/mutation-sample/mutation.json' },
};
