import { describe, expect, it } from 'vitest';
import { cellId, parseCellId, type CellRef } from './cells.ts';
import { emptyTables, getInput } from './tables.ts';

describe('typed cell references', () => {
  it('name cells by the definition’s ids; a typo does not type-check', () => {
    const ok: CellRef<'t3'> = { table: 't3', row: 'carriedOver', column: 'natural' };
    // @ts-expect-error a misspelt row is no row of table 三
    const typo: CellRef<'t3'> = { table: 't3', row: 'carriedOvr', column: 'natural' };
    // @ts-expect-error a column of table 四 is no column of table 三
    const wrongTable: CellRef = { table: 't3', row: 'carriedOver', column: 'upheld' };
    // @ts-expect-error getInput takes only cells of the definition
    getInput(emptyTables(), { table: 't2', row: 'rules', column: 'natural' });
    expect(cellId(ok)).toBe('t3.carriedOver.natural');
    expect(parseCellId(cellId(ok))).toEqual(ok);
    // The same mistakes arriving at run time (a file, a URL) are refused by parseCellId.
    expect(parseCellId(cellId(typo))).toBeNull();
    expect(parseCellId(cellId(wrongTable))).toBeNull();
  });
});
