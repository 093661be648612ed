/**
 * The web page of every seed and every real report of the corpus (../shared/corpus, imported as the
 * CLI's `import` does): valid HTML, and every number of the printed tables in its cell, in order.
 * Kept in src/cli because it reads both the importer and the exporter.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel, type ModelTable, type ReportModel } from '../render/model.ts';
import { reportPage } from '../export-html/page.ts';
import { tableCells, validatePage } from '../export-html/testing/validate.ts';
import { importText } from '../import/import-report.ts';
import { corpusFiles } from '../import/test-helpers.ts';
import { SEED_FILES, seedReport } from '../report/testing/seeds.ts';
import type { Report } from '../report/index.ts';

const reports: [string, () => Report][] = [
  ...SEED_FILES.map((f): [string, () => Report] => [f, () => seedReport(f)]),
  ...corpusFiles().map((f): [string, () => Report] => [
    f.name,
    () => {
      const result = importText(f.text);
      if (!result.ok) throw new Error(`${f.name} refused: ${result.error}`);
      return result.report;
    },
  ]),
];

const tablesOf = (model: ReportModel) => model.blocks.filter((b): b is ModelTable & { kind: 'table' } => b.kind === 'table');

describe.each(reports)('the web page of %s', (_, load) => {
  it('is valid HTML and holds every number of the three tables in its cell', async () => {
    const model = buildReportModel(load());
    const page = reportPage(model);
    expect(await validatePage(page)).toEqual([]);
    const tables = tablesOf(model);
    expect(tables.map((t) => t.table)).toEqual(['t2', 't3', 't4']);
    tables.forEach((table, i) => {
      const values = table.rows.flatMap((r) => r.cells.filter((c) => c.role === 'value').map((c) => c.text));
      const read = tableCells(page, i).filter((c) => !c.header);
      expect(read.map((c) => c.text)).toEqual(values);
      // Something to compare: table 三 alone has 7 × 26 value cells.
      if (table.table === 't3') expect(values.filter((v) => /^\d/.test(v)).length).toBeGreaterThan(100);
    });
  });
});
