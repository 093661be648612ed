import { describe, expect, it } from 'vitest';
import { seedDraft } from '../../report/fixtures/seeds.ts';
import { runRules } from '../../report/index.ts';
import type { ReviewRow } from './review.ts';
import { visibleRows, valueIn } from './table-model.ts';

const row = (file: string, id: '000' | '001' | '002'): ReviewRow => {
  const report = seedDraft(id).report;
  return {
    file,
    ok: true,
    format: 'draft',
    report,
    cells: null,
    findings: runRules(report, { today: '2025-03-01' }),
    importFindings: [],
    crossYear: [],
  };
};
const broken: ReviewRow = { file: 'z-broken.json', ok: false, problem: { kind: 'unsupported' } };
const rows = [row('b.json', '002'), broken, row('a.json', '000'), row('c.json', '001')];
const view = { sort: { column: 'file' as const, descending: false }, filter: '', onlyProblems: false };

describe('the review table', () => {
  it('sorts by a column both ways, unreadable rows last either way', () => {
    expect(visibleRows(rows, view).map((r) => r.file)).toEqual(['a.json', 'b.json', 'c.json', 'z-broken.json']);
    const byYear = visibleRows(rows, { ...view, sort: { column: 'year', descending: true } }).map((r) => r.file);
    expect(byYear.at(-1)).toBe('z-broken.json');
    expect(byYear.at(-2)).toBe('c.json');
    expect(visibleRows(rows, { ...view, sort: { column: 'year', descending: false } })[0]?.file).toBe('c.json');
  });

  it('filters by organ or file name', () => {
    expect(visibleRows(rows, { ...view, filter: '泽库' }).map((r) => r.file)).toEqual(['c.json']);
    expect(visibleRows(rows, { ...view, filter: 'B.JSON' }).map((r) => r.file)).toEqual(['b.json']);
  });

  it('reads the counts a reviewer sorts by', () => {
    const seed002 = rows[0]!;
    expect(valueIn(seed002, 'organ')).toBe('威海市环翠区人民政府');
    expect(valueIn(seed002, 'prose')).toBe(1);
    expect(valueIn(broken, 'errors')).toBeNull();
  });
});
