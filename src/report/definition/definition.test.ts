import { describe, expect, it } from 'vitest';
import { SECTIONS, TABLE2, TABLE3, TABLE4, TABLES } from './index.ts';

describe('the official form as data', () => {
  it('has the six sections with the official headings, in order', () => {
    expect(SECTIONS.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it.each(TABLES.map((t) => [t.number, t] as const))('table %s has unique ids and unique leaf labels', (_n, table) => {
    for (const list of [table.rows, table.columns]) {
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
      expect(new Set(list.map((x) => x.label)).size).toBe(list.length);
    }
  });

  it.each(TABLES.map((t) => [t.number, t] as const))('table %s sums refer to existing rows and columns', (_n, table) => {
    const rowIds = table.rows.map((r) => r.id);
    const columnIds = table.columns.map((c) => c.id);
    for (const row of table.rows) for (const id of 'sumOf' in row ? row.sumOf : []) expect(rowIds).toContain(id);
    for (const column of table.columns) for (const id of 'sumOf' in column ? column.sumOf : []) expect(columnIds).toContain(id);
  });

  it('table 三 has 25 data rows and 7 number columns, （七）总计 summing the 21 result rows', () => {
    expect(TABLE3.rows).toHaveLength(25);
    expect(TABLE3.columns.map((c) => c.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(TABLE3.rows.find((r) => r.id === 'resultTotal')?.sumOf).toHaveLength(21);
  });

  it('table 二 and 四 carry the printed labels', () => {
    expect(TABLE2.rows.map((r) => r.label)).toEqual(['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费']);
    expect(TABLE2.layout.blocks.map((b) => b.caption)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(TABLE4.rows.map((r) => r.label)).toEqual(['行政复议', '未经复议直接起诉', '复议后起诉']);
    expect(TABLE4.columns.map((c) => c.label)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  });
});
