import { describe, expect, it } from 'vitest';
import type { UseFormReturn } from 'react-hook-form';
import { TABLE3, emptyReport, getInput, inputCells, withInput, type Report } from '../../report/index.ts';
import { applyFillZero, applyPaste } from './apply-change.ts';

/** A form that records each setValue: a table-wide change must be one call. */
function recordingForm(report: Report) {
  const calls: { path: string; value: unknown }[] = [];
  const form = {
    getValues: ((path?: string) => (path === 'tables' ? report.tables : report)) as UseFormReturn<Report>['getValues'],
    setValue: ((path: string, value: unknown) => {
      calls.push({ path, value });
    }) as UseFormReturn<Report>['setValue'],
  };
  return { form, calls };
}

const natural = { table: 't3', row: 'newReceived', column: 'natural' } as const;
const other = { table: 't3', row: 'otherOther', column: 'natural' } as const;

describe('table-wide changes are one change to the form', () => {
  it('applyPaste sets the whole table once, with the pasted cells and the others as they were', () => {
    const report = emptyReport({ year: 2024 });
    report.tables = withInput(report.tables, other, 7);
    const { form, calls } = recordingForm(report);
    applyPaste(form, TABLE3, [
      { ref: natural, value: 3 },
      { ref: { ...natural, column: 'commercial' }, value: 0 },
    ]);
    expect(calls.map((c) => c.path)).toEqual(['tables.t3']);
    const t3 = { ...report.tables, t3: calls[0]?.value } as Report['tables'];
    expect(getInput(t3, natural)).toBe(3);
    expect(getInput(t3, { ...natural, column: 'commercial' })).toBe(0);
    expect(getInput(t3, other)).toBe(7);
  });
  it('applyFillZero fills every blank in one call but leaves a cell holding typed text', () => {
    const report = emptyReport({ year: 2024 });
    const { form, calls } = recordingForm(report);
    const count = applyFillZero(form, TABLE3, new Map([['t3.otherOther.natural', '1.5']]));
    expect(count).toBe(inputCells(TABLE3).length - 1);
    expect(calls.map((c) => c.path)).toEqual(['tables.t3']);
    const t3 = { ...report.tables, t3: calls[0]?.value } as Report['tables'];
    expect(getInput(t3, natural)).toBe(0);
    expect(getInput(t3, other)).toBeNull();
  });
});
