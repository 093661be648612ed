import { describe, expect, it } from 'vitest';
import { bigReport } from '../report/testing/big.ts';
import { headerLines, numberSize } from './fit.ts';
import { tableModel } from './model.ts';

describe('headerLines', () => {
  it('breaks between two-character words, never inside one', () => {
    expect(headerLines('商业企业', 3)).toEqual(['商业', '企业']);
    expect(headerLines('社会公益组织', 3)).toEqual(['社会', '公益', '组织']);
    expect(headerLines('社会公益组织', 4)).toEqual(['社会公益', '组织']);
    expect(headerLines('自然人', 3)).toEqual(['自然人']);
    expect(headerLines('（本列数据）', 2)).toEqual(['（本列数据）']);
  });
});

describe('numberSize', () => {
  it('keeps the size when the digits fit and shrinks them when they do not', () => {
    expect(numberSize('123456', 700, 18)).toBe(18);
    expect(numberSize('1234567', 700, 18)).toBe(16);
    expect(numberSize('1234567', 590, 18)).toBe(13);
    expect(numberSize('123456', 590, 18)).toBe(15);
    expect(numberSize('12345', 590, 18)).toBe(18);
  });
});

describe('tables with seven-digit figures', () => {
  const report = bigReport(1234567, '24252.311082');

  it('fit table 三’s columns, with the headers broken at words', () => {
    const t3 = tableModel(report, 't3');
    const values = t3.rows.flatMap((r) => r.cells).filter((c) => c.role === 'value');
    // Seven digits at 8 pt, a computed total of eight at 7 pt: each on one line of its 700-twip column.
    expect(values.filter((c) => c.text.length === 7).every((c) => c.size === 16)).toBe(true);
    expect(values.filter((c) => c.text.length === 8).every((c) => c.size === 14)).toBe(true);
    // 24 input rows × 6 applicant columns.
    expect(values.filter((c) => c.text === '1234567').length).toBe(24 * 6);
    const headers = t3.rows.flatMap((r) => r.cells).flatMap((c) => (c.lines ? [c.lines.join('/')] : []));
    expect(headers).toEqual(['商业/企业', '科研/机构', '社会/公益/组织', '法律/服务/机构']);
  });

  it('print table 二’s amount 24252.311082 at 五号 on one line', () => {
    const amount = tableModel(report, 't2')
      .rows.flatMap((r) => r.cells)
      .find((c) => c.text === '24252.311082');
    expect(amount?.size).toBeUndefined();
  });

  it('shrink table 四’s figures to fit its fifteen columns', () => {
    const values = tableModel(report, 't4')
      .rows.flatMap((r) => r.cells)
      .filter((c) => c.role === 'value');
    expect(values.length).toBe(15);
    expect(values.every((c) => c.size === 13)).toBe(true);
  });
});
