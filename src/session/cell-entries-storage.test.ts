import { describe, expect, it } from 'vitest';
import { seedDraft } from '../report/fixtures/seeds.ts';
import { withInput } from '../report/index.ts';
import { restoredCellEntries } from './cell-entries-storage.ts';

const blankCell = 't3.otherOther.natural';
const report = (() => {
  const r = seedDraft('003').report;
  return { ...r, tables: withInput(r.tables, { table: 't3', row: 'otherOther', column: 'natural' }, null) };
})();
const stored = (cells: unknown, organ = report.organ.name, year = report.year) => JSON.stringify({ organ, year, cells });

describe('typed cell text kept beside the autosave', () => {
  it('comes back into the same draft’s blank cell', () => {
    expect([...restoredCellEntries(report, stored([[blankCell, '1.5']]))]).toEqual([[blankCell, '1.5']]);
  });

  it('is dropped for another draft, a filled cell, an unknown cell or a damaged value', () => {
    expect(restoredCellEntries(report, stored([[blankCell, '1.5']], '别的镇')).size).toBe(0);
    expect(restoredCellEntries(report, stored([[blankCell, '1.5']], report.organ.name, report.year - 1)).size).toBe(0);
    expect(restoredCellEntries(report, stored([['t3.newReceived.natural', 'x']])).size).toBe(0);
    expect(restoredCellEntries(report, stored([['t9.nowhere.natural', 'x']])).size).toBe(0);
    expect(restoredCellEntries(report, stored([[blankCell, 'x'.repeat(201)]])).size).toBe(0);
    expect(restoredCellEntries(report, '{"organ":').size).toBe(0);
    expect(restoredCellEntries(report, stored('not a list')).size).toBe(0);
    expect(restoredCellEntries(report, null).size).toBe(0);
  });
});
