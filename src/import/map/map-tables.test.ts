/** The mapper on grids built by hand: what it places, and every row and cell it leaves. */
import { describe, expect, it } from 'vitest';
import { TABLE2, TABLE3, type TableDef } from '../../report/index.ts';
import { gridRow } from '../grid/section-grids.ts';
import type { GridRow, SectionGrid } from '../grid/types.ts';
import { UNPLACED_MAX, mapTable } from './map-tables.ts';

const grid = (section: SectionGrid['section'], ...rows: string[][]): SectionGrid => ({
  section,
  rows: rows.map((cells, line) => gridRow(line, cells)).filter((r): r is GridRow => r !== null),
});
const seven = (...v: number[]) => v.map(String);
const map = (table: TableDef, g: SectionGrid) => mapTable(table, g);

describe('mapTable', () => {
  it('places rows by label in the official order and lists the header and the note it left', () => {
    const result = map(
      TABLE3,
      grid(
        'applications',
        ['（本列数据的勾稽关系为：…）', '申请人情况'],
        ['一、本年新收政府信息公开申请数量', ...seven(26, 1, 0, 0, 0, 0, 27)],
        ['二、上年结转政府信息公开申请数量', ...seven(0, 0, 0, 0, 0, 0, 0)],
        ['注：本表数据截至12月31日'],
      ),
    );
    expect(result.values.get('t3.newReceived.natural')).toBe(26);
    expect(result.values.get('t3.carriedOver.otherOrg')).toBe(0);
    expect(result.unplaced).toEqual([
      { line: 0, cells: ['（本列数据的勾稽关系为：…）', '申请人情况'], whole: true },
      { line: 3, cells: ['注：本表数据截至12月31日'], whole: true },
    ]);
    expect(result.unplacedRows).toBe(2);
  });

  it('lists a cell left in a row otherwise placed, and a number with no row label', () => {
    const result = map(
      TABLE3,
      grid('applications', ['一、本年新收政府信息公开申请数量', ...seven(1, 0, 0, 0, 0, 0, 1), '（含转办）'], ['注', '99']),
    );
    expect(result.values.get('t3.newReceived.natural')).toBe(1);
    expect(result.unplaced).toEqual([
      { line: 0, cells: ['（含转办）'], whole: false },
      { line: 1, cells: ['注', '99'], whole: true },
    ]);
  });

  it('places a 2019 （六）其他处理 single row as its own mapping, onto 3.其他', () => {
    const result = map(TABLE3, grid('applications', ['（六）其他处理', ...seven(1, 0, 0, 0, 0, 0, 1)]));
    expect(result.oldLayout).toBe(true);
    expect(result.values.get('t3.otherOther.natural')).toBe(1);
    expect(result.blanks.has('t3.otherNoCorrection.natural')).toBe(true);
    expect(result.unplaced).toEqual([]);
  });

  it('leaves the 2019 table 二’s rows that have no 2021 counterpart, listed with their numbers', () => {
    const result = map(TABLE2, grid('proactive', ['本年新制作数量'], ['规章', '1', '0', '5'], ['行政许可', '5', '6', '40']));
    expect(result.oldLayout).toBe(true);
    expect(result.values.get('t2.licensing.decisions')).toBe(40);
    expect(result.unplaced).toEqual([
      { line: 0, cells: ['本年新制作数量'], whole: true },
      { line: 1, cells: ['规章', '1', '0', '5'], whole: true },
    ]);
  });

  it('places a blank cell by its column: read blank, not left', () => {
    const result = map(TABLE2, grid('proactive', ['规章', '3', '', '5']));
    expect(result.values.get('t2.rules.issued')).toBe(3);
    expect(result.blanks.has('t2.rules.repealed')).toBe(true);
    expect(result.values.get('t2.rules.inForce')).toBe(5);
    expect(result.unplaced).toEqual([]);
  });

  it(`lists the first ${UNPLACED_MAX} rows left and counts them all`, () => {
    const rows = Array.from({ length: UNPLACED_MAX + 50 }, (_, i) => [`说明${i}`]);
    const result = map(TABLE3, grid('applications', ...rows));
    expect(result.unplaced).toHaveLength(UNPLACED_MAX);
    expect(result.unplacedRows).toBe(UNPLACED_MAX + 50);
  });
});
