import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE2, TABLE3, TABLE4, TABLES } from './definition/index.ts';
import {
  ALL_INPUT_CELLS,
  allCells,
  cellId,
  cellKind,
  fieldPath,
  findColumn,
  findRow,
  hasCell,
  inputCells,
  isComputed,
  parseCellId,
  rowColumns,
  tableDef,
} from './cells.ts';

describe('cell ids', () => {
  it('every cell of every table reads back from its id, and its form field is tables.<id>', () => {
    for (const table of TABLES)
      for (const ref of allCells(table)) {
        expect(parseCellId(cellId(ref))).toEqual(ref);
        expect(fieldPath(ref)).toBe(`tables.${cellId(ref)}`);
      }
  });

  it('refuses ids that name no cell: too few or too many parts, unknown table, row or column, a column the row lacks', () => {
    for (const id of [
      '',
      't3',
      't3.newReceived',
      't3.newReceived.natural.extra',
      't9.newReceived.natural',
      't3.nothing.natural',
      't3.newReceived.nobody',
      't2.rules.decisions',
      't2.fees.issued',
      '.newReceived.natural',
      't3..natural',
      't3.newReceived.',
    ])
      expect(parseCellId(id)).toBeNull();
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const ref = parseCellId(s);
        if (ref) expect(cellId(ref)).toBe(s);
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });
});

describe('the definition looked up', () => {
  it('finds a table by id and refuses an unknown one', () => {
    expect(tableDef('t2')).toBe(TABLE2);
    expect(tableDef('t3')).toBe(TABLE3);
    expect(tableDef('t4')).toBe(TABLE4);
    // @ts-expect-error not a table id
    expect(() => tableDef('t5')).toThrow('unknown table t5');
  });

  it('finds rows and columns by id, the same each time, in each table on its own', () => {
    expect(findRow(TABLE3, 'carriedOver')?.label).toBe('二、上年结转政府信息公开申请数量');
    expect(findRow(TABLE3, 'carriedOver')).toBe(findRow(TABLE3, 'carriedOver'));
    expect(findRow(TABLE4, 'review')?.label).toBe('行政复议');
    expect(findRow(TABLE4, 'carriedOver')).toBeUndefined();
    expect(findColumn(TABLE4, 'total')?.label).toBe('总计');
    expect(findColumn(TABLE3, 'total')?.label).toBe('总计');
    expect(findColumn(TABLE2, 'natural')).toBeUndefined();
  });

  it('gives a row of table 二 only its own columns, and other rows every column', () => {
    expect(rowColumns(TABLE2, findRow(TABLE2, 'rules')!).map((c) => c.id)).toEqual(['issued', 'repealed', 'inForce']);
    expect(rowColumns(TABLE2, findRow(TABLE2, 'fees')!).map((c) => c.id)).toEqual(['amount']);
    expect(rowColumns(TABLE4, findRow(TABLE4, 'review')!)).toEqual(TABLE4.columns);
    expect(hasCell(TABLE2, 'rules', 'inForce')).toBe(true);
    expect(hasCell(TABLE2, 'rules', 'decisions')).toBe(false);
    expect(hasCell(TABLE2, 'nothing', 'inForce')).toBe(false);
  });

  it('calls a cell computed when its row or its column is a sum', () => {
    expect(isComputed(TABLE3, 'newReceived', 'natural')).toBe(false);
    expect(isComputed(TABLE3, 'newReceived', 'total')).toBe(true);
    expect(isComputed(TABLE3, 'resultTotal', 'natural')).toBe(true);
    expect(isComputed(TABLE4, 'review', 'total')).toBe(true);
    expect(isComputed(TABLE4, 'review', 'pending')).toBe(false);
    expect(isComputed(TABLE4, 'nothing', 'nothing')).toBe(false);
  });

  it('reads 收费金额 as an amount and every other column as a count', () => {
    expect(cellKind(TABLE2, 'amount')).toBe('amount');
    expect(cellKind(TABLE2, 'decisions')).toBe('count');
    expect(cellKind(TABLE3, 'natural')).toBe('count');
    expect(cellKind(TABLE3, 'unknown')).toBe('count');
  });
});

describe('cell lists', () => {
  it('lists every cell row by row, and as inputs those that are not sums', () => {
    expect(allCells(TABLE4).map(cellId).slice(0, 6)).toEqual([
      't4.review.upheld',
      't4.review.corrected',
      't4.review.other',
      't4.review.pending',
      't4.review.total',
      't4.suitDirect.upheld',
    ]);
    expect(allCells(TABLE2)).toHaveLength(3 + 3 + 1 + 1 + 1 + 1);
    expect(allCells(TABLE3)).toHaveLength(TABLE3.rows.length * 7);
    expect(inputCells(TABLE4)).toHaveLength(12);
    expect(inputCells(TABLE3)).toHaveLength((TABLE3.rows.length - 1) * 6);
    expect(inputCells(TABLE2)).toEqual(allCells(TABLE2));
    for (const table of TABLES) expect(inputCells(table).every((c) => !isComputed(table, c.row, c.column))).toBe(true);
  });

  it('gives the same list each time, and all input cells of the form table after table', () => {
    expect(allCells(TABLE3)).toBe(allCells(TABLE3));
    expect(inputCells(TABLE3)).toBe(inputCells(TABLE3));
    expect(ALL_INPUT_CELLS).toEqual([...inputCells(TABLE2), ...inputCells(TABLE3), ...inputCells(TABLE4)]);
  });
});
