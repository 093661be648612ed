import { describe, expect, it } from 'vitest';
import { TABLE2, TABLE3 } from './definition/index.ts';
import { emptyReport } from './empty.ts';
import { invalidValueRule } from './rules/table-rules.ts';
import { inputCells } from './cells.ts';
import { blankCells, emptyTables, fillBlanks, getInput, withInput } from './tables.ts';

describe('tables', () => {
  it('start blank: every input cell is null, not 0', () => {
    const tables = emptyTables();
    expect(inputCells(TABLE3).every((c) => getInput(tables, c) === null)).toBe(true);
    // Derived from the definition, so a row added to the form does not break this test.
    expect(inputCells(TABLE3)).toHaveLength(
      TABLE3.rows.filter((r) => !('sumOf' in r)).length * TABLE3.columns.filter((c) => !('sumOf' in c)).length,
    );
  });

  it('填0 fills blank cells only, keeping typed values', () => {
    const typed = withInput(emptyTables(), { table: 't3', row: 'newReceived', column: 'natural' }, 3);
    const filled = fillBlanks(typed, TABLE3, 0);
    expect(getInput(filled, { table: 't3', row: 'newReceived', column: 'natural' })).toBe(3);
    expect(getInput(filled, { table: 't3', row: 'carriedOver', column: 'natural' })).toBe(0);
    expect(getInput(filled, { table: 't2', row: 'rules', column: 'issued' })).toBeNull();
    expect(getInput(typed, { table: 't3', row: 'carriedOver', column: 'natural' })).toBeNull();
  });

  it('填0 on table 二 fills counts with 0 and the 万元 amount with the string "0", which the rules accept', () => {
    const filled = fillBlanks(emptyTables(), TABLE2);
    expect(getInput(filled, { table: 't2', row: 'fees', column: 'amount' })).toBe('0');
    expect(getInput(filled, { table: 't2', row: 'rules', column: 'issued' })).toBe(0);
    expect(blankCells(filled, TABLE2)).toEqual([]);
    const report = { ...emptyReport({ year: 2024 }), tables: filled };
    expect(invalidValueRule.check(report, { today: '2025-01-15' })).toEqual([]);
    const typed = withInput(emptyTables(), { table: 't2', row: 'fees', column: 'amount' }, '6793.94');
    expect(getInput(fillBlanks(typed, TABLE2), { table: 't2', row: 'fees', column: 'amount' })).toBe('6793.94');
  });
});
