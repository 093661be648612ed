/** A 汇总 draft's units' figures are for the reviewer (issue 16): the web page is the same without them. */
import { describe, expect, it } from 'vitest';
import { sumReports } from '../report/aggregate/index.ts';
import { SEED_FILES, seedReport } from '../report/testing/seeds.ts';
import { reportHtmlPage } from './index.ts';

describe('the 汇总 breakdown is not published', () => {
  it('the page of a 汇总 draft is the same with or without its units’ figures, and names no unit', () => {
    const units = SEED_FILES.slice(0, 3).map(seedReport);
    const { report } = sumReports(units, { organ: '某县人民政府', year: 2024 });
    const bare = { ...report };
    delete bare.aggregate;
    const page = reportHtmlPage(report);
    expect(page).toBe(reportHtmlPage(bare));
    for (const unit of units) expect(page).not.toContain(unit.organ.name);
  });
});
