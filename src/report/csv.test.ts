import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLES } from './definition/index.ts';
import { allCells } from './cells.ts';
import { seedDraft } from './fixtures/seeds.ts';
import { parseTablesCsv, tablesToCsv } from './csv.ts';
import { emptyTables, withInput } from './tables.ts';
import { anyFilledTables } from './testing/arbitraries.ts';
import type { Tables } from './schema.ts';

function applyCsv(text: string): Tables {
  const parsed = parseTablesCsv(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.inputs.reduce((t, c) => withInput(t, c.ref, c.value), emptyTables());
}

describe('tables CSV', () => {
  it('writes one line per cell with the official labels, computed cells included', () => {
    const csv = tablesToCsv(seedDraft('002').report.tables);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('table,row,column,value');
    expect(lines).toHaveLength(1 + TABLES.reduce((n, table) => n + allCells(table).length, 0));
    expect(lines).toContain('二,行政事业性收费,本年收费金额（单位：万元）,6793.94');
    expect(lines).toContain('三,（七）总计,总计,154');
    expect(lines).toContain('三,四、结转下年度继续办理,自然人,9');
    expect(lines).toContain('三,1.属于国家秘密,自然人,1');
    expect(lines).toContain('四,未经复议直接起诉,总计,5');
  });

  it('writes blank cells with an empty value', () => {
    expect(tablesToCsv(emptyTables())).toContain('\r\n三,（七）总计,自然人,\r\n');
  });

  it('round-trips any filled tables (property)', () => {
    fc.assert(
      fc.property(anyFilledTables, (tables) => {
        expect(applyCsv(tablesToCsv(tables))).toEqual(tables);
      }),
      { numRuns: 50 },
    );
  });

  it('separates computed cells from inputs', () => {
    const parsed = parseTablesCsv('table,row,column,value\n三,（七）总计,自然人,5\n三,一、本年新收政府信息公开申请数量,自然人,5\n');
    expect(parsed.ok && [parsed.inputs.length, parsed.computed.length]).toEqual([1, 1]);
  });

  it('reports every bad line with its number', () => {
    const parsed = parseTablesCsv(
      [
        'table,row,column,value',
        '五,规章,本年制发件数,1',
        '二,规章x,本年制发件数,1',
        '二,规章,本年制发件数,-2',
        '二,规章,本年制发件数,1',
        '三,2.重复申请,其他,1.5',
        '二,行政许可,本年制发件数,1',
      ].join('\n'),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([
        [2, 'unknownTable'],
        [3, 'unknownRow'],
        [4, 'negative'],
        [5, 'duplicate'],
        [6, 'decimal'],
        [7, 'noSuchCell'],
      ]);
    }
  });

  it('refuses a file without the header', () => {
    const parsed = parseTablesCsv('二,规章,本年制发件数,1\n');
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({ line: 1, code: 'header' });
  });
});
