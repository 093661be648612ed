import { describe, expect, it } from 'vitest';
import { TABLE2, TABLE3, TABLE4, TABLES } from './definition/index.ts';
import { occupancy, printedGrid, type GridCell } from './grid.ts';
import { allCells, cellId } from './cells.ts';

const labelCell = (cells: GridCell[], text: string) => cells.find((c) => c.kind === 'label' && c.text === text);

describe('printed grids', () => {
  it.each(TABLES.map((t) => [t.number, t] as const))('table %s: every printed row fills the grid exactly once', (_n, table) => {
    const grid = printedGrid(table);
    const slots = occupancy(grid);
    for (const row of slots) {
      expect(row).toHaveLength(grid.columns);
      expect(row.every(Boolean)).toBe(true);
    }
  });

  it.each(TABLES.map((t) => [t.number, t] as const))('table %s: every cell of the definition is printed once', (_n, table) => {
    const printed = printedGrid(table).rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'value' ? [cellId(c.ref)] : [])));
    expect(printed.sort()).toEqual(allCells(table).map(cellId).sort());
  });

  it('table 三: 10 columns, the 3×3 corner note, group labels spanning 22/8/3/5/3 rows', () => {
    const grid = printedGrid(TABLE3);
    expect(grid.columns).toBe(10);
    expect(grid.rows.filter((r) => r.header)).toHaveLength(3);
    const cells = grid.rows.flatMap((r) => r.cells);
    expect(labelCell(cells, TABLE3.layout.cornerNote)).toMatchObject({ colSpan: 3, rowSpan: 3 });
    expect(labelCell(cells, '申请人情况')).toMatchObject({ colSpan: 7 });
    expect(labelCell(cells, '法人或其他组织')).toMatchObject({ colSpan: 5 });
    expect(labelCell(cells, '自然人')).toMatchObject({ rowSpan: 2 });
    const spans = ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'].map(
      (t) => labelCell(cells, t)?.rowSpan,
    );
    expect(spans).toEqual([22, 8, 3, 5, 3]);
    expect(labelCell(cells, '一、本年新收政府信息公开申请数量')).toMatchObject({ colSpan: 3 });
    expect(labelCell(cells, '（一）予以公开')).toMatchObject({ colSpan: 2 });
    expect(labelCell(cells, '1.属于国家秘密')).toMatchObject({ colSpan: 1 });
  });

  it('table 四: a two-level header over 15 number columns', () => {
    const grid = printedGrid(TABLE4);
    expect(grid.columns).toBe(15);
    const cells = grid.rows.flatMap((r) => r.cells);
    expect(labelCell(cells, '行政复议')).toMatchObject({ colSpan: 5, rowSpan: 2 });
    expect(labelCell(cells, '行政诉讼')).toMatchObject({ colSpan: 10 });
    expect(labelCell(cells, '未经复议直接起诉')).toMatchObject({ colSpan: 5 });
    expect(grid.rows.at(-1)?.cells.filter((c) => c.kind === 'value' && c.computed)).toHaveLength(3);
  });

  it('table 二: four blocks with captions spanning the 4-column grid', () => {
    const grid = printedGrid(TABLE2);
    expect(grid.columns).toBe(4);
    const captions = grid.rows.flatMap((r) => r.cells).filter((c) => c.kind === 'label' && c.role === 'caption');
    expect(captions.map((c) => c.colSpan)).toEqual([4, 4, 4, 4]);
    const licensing = grid.rows.find((r) => r.cells.some((c) => c.kind === 'label' && c.text === '行政许可'));
    expect(licensing?.cells[1]).toMatchObject({ kind: 'value', colSpan: 3 });
  });
});
