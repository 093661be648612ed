/**
 * What `fill` does with a CSV that is not quite what `tables` wrote (issue 18): an unquoted
 * thousands separator splits a value into two fields, a line loses a field, a label is mistyped.
 * Each such line is refused with its line number and what is wrong — never read as another value.
 */
import { describe, expect, it } from 'vitest';
import { translate, defaultI18n } from '../i18n/index.ts';
import { parseTablesCsv, tablesToCsv, type CsvError, type CsvParseResult } from './csv.ts';
import { emptyTables } from './tables.ts';

const HEADER = 'table,row,column,value';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\r\n');

function errorsOf(result: CsvParseResult): CsvError[] {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result.errors;
}

function inputsOf(result: CsvParseResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.inputs.map((c) => [c.ref.table, c.ref.row, c.ref.column, c.value, c.line]);
}

const message = (error: CsvError) => translate(defaultI18n(), `drafts:csv.${error.code}`, error.params);

describe('a line with the wrong number of fields', () => {
  it('refuses 1,234 written without quotes instead of importing 1', () => {
    const errors = errorsOf(parseTablesCsv(csv('三,一、本年新收政府信息公开申请数量,自然人,1,234')));
    expect(errors).toEqual([{ line: 2, code: 'columns', params: { count: 5 } }]);
    expect(message(errors[0] as CsvError)).toBe('应有4列（table,row,column,value），实际5列');
  });

  it('reads the same value when it is quoted', () => {
    expect(inputsOf(parseTablesCsv(csv('三,一、本年新收政府信息公开申请数量,自然人,"1,234"')))).toEqual([
      ['t3', 'newReceived', 'natural', 1234, 2],
    ]);
  });

  it('refuses a line that lost its value field, and keeps checking the lines after it', () => {
    const errors = errorsOf(parseTablesCsv(csv('三,（七）总计,自然人', '五,规章,本年制发件数,1')));
    expect(errors).toEqual([
      { line: 2, code: 'columns', params: { count: 3 } },
      { line: 3, code: 'unknownTable', params: { value: '五' } },
    ]);
  });

  it('refuses the whole file when one line is wrong among good ones', () => {
    const result = parseTablesCsv(csv('二,规章,本年制发件数,1', '二,行政许可,本年处理决定数量,2,3'));
    expect(errorsOf(result)).toEqual([{ line: 3, code: 'columns', params: { count: 5 } }]);
  });
});

describe('the header', () => {
  it.each([
    ['a BOM and spaces around the names', `\uFEFF table , row,column ,value\r\n二,规章,本年制发件数,3`],
    ['LF line ends', 'table,row,column,value\n二,规章,本年制发件数,3\n'],
  ])('accepts %s', (_, text) => {
    expect(inputsOf(parseTablesCsv(text))).toEqual([['t2', 'rules', 'issued', 3, 2]]);
  });

  it.each([
    ['an empty file', ''],
    ['names in another order', 'row,table,column,value\n规章,二,本年制发件数,3'],
    ['a missing name', 'table,row,column\n二,规章,本年制发件数'],
  ])('refuses %s', (_, text) => {
    expect(errorsOf(parseTablesCsv(text))).toEqual([{ line: 1, code: 'header', params: { expected: HEADER } }]);
  });
});

describe('labels and ids', () => {
  it('accepts the printed labels or the ids, spaces around fields trimmed', () => {
    const result = parseTablesCsv(csv(' 二 , 规章 , 本年制发件数 , 3 ', 't2,normativeDocs,repealed,4', '三,newReceived,自然人,'));
    expect(inputsOf(result)).toEqual([
      ['t2', 'rules', 'issued', 3, 2],
      ['t2', 'normativeDocs', 'repealed', 4, 3],
      ['t3', 'newReceived', 'natural', null, 4],
    ]);
  });

  it('names the table, row and column it could not find', () => {
    const errors = errorsOf(
      parseTablesCsv(csv('五,规章,本年制发件数,1', '二,规章x,本年制发件数,1', '二,规章,本年制发件数x,1', '二,行政许可,本年制发件数,1')),
    );
    expect(errors).toEqual([
      { line: 2, code: 'unknownTable', params: { value: '五' } },
      { line: 3, code: 'unknownRow', params: { value: '规章x', table: '二' } },
      { line: 4, code: 'unknownColumn', params: { value: '本年制发件数x', table: '二' } },
      { line: 5, code: 'noSuchCell', params: { row: '行政许可', column: '本年制发件数' } },
    ]);
    expect(errors.map(message)).toEqual([
      '未知的表“五”（应为二、三或四）',
      '表二没有“规章x”这一行',
      '表二没有“本年制发件数x”这一列',
      '“行政许可”行没有“本年制发件数”列',
    ]);
  });

  it('refuses a cell given twice, naming the line it first appeared on (by label or by id)', () => {
    const errors = errorsOf(parseTablesCsv(csv('二,规章,本年制发件数,1', '二,行政许可,本年处理决定数量,1', 't2,rules,issued,1')));
    expect(errors).toEqual([{ line: 4, code: 'duplicate', params: { first: 2 } }]);
  });
});

describe('values', () => {
  it('reads the 万元 amount as an amount and every other cell as a count', () => {
    const result = parseTablesCsv(csv('二,行政事业性收费,本年收费金额（单位：万元）,"6,793.940"', '二,规章,本年制发件数,"1,234"'));
    expect(inputsOf(result)).toEqual([
      ['t2', 'fees', 'amount', '6793.94', 2],
      ['t2', 'rules', 'issued', 1234, 3],
    ]);
  });

  it('refuses a decimal count but not a decimal amount, quoting the value', () => {
    const errors = errorsOf(
      parseTablesCsv(csv('二,行政事业性收费,本年收费金额（单位：万元）,1.5', '二,规章,本年制发件数,1.5', '二,规章,本年废止件数,abc')),
    );
    expect(errors).toEqual([
      { line: 3, code: 'decimal', params: { value: '1.5' } },
      { line: 4, code: 'notNumber', params: { value: 'abc' } },
    ]);
  });

  it('keeps computed cells apart from inputs, with their values read', () => {
    const result = parseTablesCsv(csv('三,（七）总计,自然人,7', '三,一、本年新收政府信息公开申请数量,自然人,5'));
    expect(result.ok && result.computed.map((c) => [c.ref.row, c.ref.column, c.value, c.line])).toEqual([['resultTotal', 'natural', 7, 2]]);
    expect(inputsOf(result)).toEqual([['t3', 'newReceived', 'natural', 5, 3]]);
  });
});

describe('blank lines', () => {
  it('are skipped, also when they hold only spaces', () => {
    const result = parseTablesCsv('table,row,column,value\r\n\r\n二,规章,本年制发件数,3\r\n   \r\n\t\r\n');
    expect(result.ok && result.inputs.map((c) => [c.ref.row, c.value])).toEqual([['rules', 3]]);
  });
});

describe('the CSV the app writes', () => {
  it('ends every line, the last included, with CRLF', () => {
    const text = tablesToCsv(emptyTables());
    expect(text.endsWith(',\r\n')).toBe(true);
    expect(
      text
        .split('\r\n')
        .slice(0, -1)
        .every((line) => line.split(',').length === 4),
    ).toBe(true);
  });
});

describe('CSV line numbers', () => {
  it('name the line of the file, counting the blank lines and the breaks inside a quoted value', () => {
    const text = ['table,row,column,value', '', 't3,一、本年新收政府信息公开申请数量,自然人,x'].join('\r\n');
    const result = parseTablesCsv(text);
    expect(!result.ok && result.errors[0]?.line).toBe(3);
    const quoted = [
      'table,row,column,value',
      't3,"一、本年新收政府信息公开申请数量',
      '",自然人,1',
      '',
      't3,一、本年新收政府信息公开申请数量,自然人,-1',
    ].join('\n');
    const second = parseTablesCsv(quoted);
    // The quoted label's line break is counted: the bad value stands on line 5 of the file.
    expect(!second.ok && second.errors.map((e) => e.line)).toEqual([5]);
  });
});
