/** A 汇总 draft's units' figures are for the reviewer (issue 16): the printed report is the same without them. */
import { describe, expect, it } from 'vitest';
import { sumReports } from '../report/aggregate/index.ts';
import { SEED_FILES, seedReport } from '../report/testing/seeds.ts';
import { buildReportModel } from './model.ts';

describe('the 汇总 breakdown is not printed', () => {
  it('the report model of a 汇总 draft is the same with or without its units’ figures', () => {
    const { report } = sumReports(SEED_FILES.slice(0, 3).map(seedReport), { organ: '某县人民政府', year: 2024 });
    expect(report.aggregate).toBeDefined();
    const bare = { ...report };
    delete bare.aggregate;
    expect(buildReportModel(report)).toEqual(buildReportModel(bare));
  });
});
