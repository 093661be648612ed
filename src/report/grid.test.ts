import { describe, expect, it } from 'vitest';
import { TABLE2, TABLE3, TABLE4, TABLES } from './definition/index.ts';
import { occupancy, printedGrid, spanSlots, type GridCell } from './grid.ts';
import { allCells, cellId } from './cells.ts';
import type { TableDef } from './definition/index.ts';

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

/** A grid row as text: H or B (header/body), then each cell as label[role cols×rows] or value[id cols×rows], * when computed. */
const picture = (row: { header: boolean; cells: readonly GridCell[] }) =>
  `${row.header ? 'H' : 'B'} ${row.cells
    .map((c) =>
      c.kind === 'label'
        ? `${c.text}[${c.role} ${c.colSpan}×${c.rowSpan}]`
        : `${cellId(c.ref)}${c.computed ? '*' : ''}[${c.colSpan}×${c.rowSpan}]`,
    )
    .join(' | ')}`;

describe('the printed form, cell by cell', () => {
  it('table 二: each block is a caption over the whole width, 信息内容 and its columns, then its rows sharing the width', () => {
    const grid = printedGrid(TABLE2);
    expect(grid.labelColumns).toBe(1);
    expect(grid.rows.map(picture)).toEqual([
      'B 第二十条第（一）项[caption 4×1]',
      'B 信息内容[columnHeader 1×1] | 本年制发件数[columnHeader 1×1] | 本年废止件数[columnHeader 1×1] | 现行有效件数[columnHeader 1×1]',
      'B 规章[rowHeader 1×1] | t2.rules.issued[1×1] | t2.rules.repealed[1×1] | t2.rules.inForce[1×1]',
      'B 行政规范性文件[rowHeader 1×1] | t2.normativeDocs.issued[1×1] | t2.normativeDocs.repealed[1×1] | t2.normativeDocs.inForce[1×1]',
      'B 第二十条第（五）项[caption 4×1]',
      'B 信息内容[columnHeader 1×1] | 本年处理决定数量[columnHeader 3×1]',
      'B 行政许可[rowHeader 1×1] | t2.licensing.decisions[3×1]',
      'B 第二十条第（六）项[caption 4×1]',
      'B 信息内容[columnHeader 1×1] | 本年处理决定数量[columnHeader 3×1]',
      'B 行政处罚[rowHeader 1×1] | t2.penalty.decisions[3×1]',
      'B 行政强制[rowHeader 1×1] | t2.enforcement.decisions[3×1]',
      'B 第二十条第（八）项[caption 4×1]',
      'B 信息内容[columnHeader 1×1] | 本年收费金额（单位：万元）[columnHeader 3×1]',
      'B 行政事业性收费[rowHeader 1×1] | t2.fees.amount[3×1]',
    ]);
  });

  it('table 四: one data row of 15 numbers under 行政复议 / 行政诉讼 and its two kinds, totals computed', () => {
    const grid = printedGrid(TABLE4);
    expect(grid.labelColumns).toBe(0);
    const leaves =
      '结果维持[columnHeader 1×1] | 结果纠正[columnHeader 1×1] | 其他结果[columnHeader 1×1] | 尚未审结[columnHeader 1×1] | 总计[columnHeader 1×1]';
    const data = (row: string) =>
      `t4.${row}.upheld[1×1] | t4.${row}.corrected[1×1] | t4.${row}.other[1×1] | t4.${row}.pending[1×1] | t4.${row}.total*[1×1]`;
    expect(grid.rows.map(picture)).toEqual([
      'H 行政复议[columnHeader 5×2] | 行政诉讼[columnHeader 10×1]',
      'H 未经复议直接起诉[columnHeader 5×1] | 复议后起诉[columnHeader 5×1]',
      `H ${leaves} | ${leaves} | ${leaves}`,
      `B ${data('review')} | ${data('suitDirect')} | ${data('suitAfterReview')}`,
    ]);
  });

  it('table 三: the three header rows, group labels down the left, row labels filling the label columns', () => {
    const grid = printedGrid(TABLE3);
    expect(grid.labelColumns).toBe(3);
    const pictures = grid.rows.map(picture);
    expect(pictures.slice(0, 3)).toEqual([
      `H ${TABLE3.layout.cornerNote}[corner 3×3] | 申请人情况[columnHeader 7×1]`,
      'H 自然人[columnHeader 1×2] | 法人或其他组织[columnHeader 5×1] | 总计[columnHeader 1×2]',
      'H 商业企业[columnHeader 1×1] | 科研机构[columnHeader 1×1] | 社会公益组织[columnHeader 1×1] | 法律服务机构[columnHeader 1×1] | 其他[columnHeader 1×1]',
    ]);
    const values = (row: string, computed = false) =>
      ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']
        .map((c) => `t3.${row}.${c}${computed ? '*' : ''}[1×1]`)
        .concat(`t3.${row}.total*[1×1]`)
        .join(' | ');
    expect(pictures[3]).toBe(`B 一、本年新收政府信息公开申请数量[rowHeader 3×1] | ${values('newReceived')}`);
    expect(pictures[5]).toBe(`B 三、本年度办理结果[group 1×22] | （一）予以公开[rowHeader 2×1] | ${values('disclosed')}`);
    expect(pictures[7]).toBe(`B （三）不予公开[group 1×8] | 1.属于国家秘密[rowHeader 1×1] | ${values('withheldStateSecret')}`);
    expect(pictures[8]).toBe(`B 2.其他法律行政法规禁止公开[rowHeader 1×1] | ${values('withheldProhibitedByLaw')}`);
    expect(pictures.at(-2)).toBe(`B （七）总计[rowHeader 2×1] | ${values('resultTotal', true)}`);
    expect(pictures.at(-1)).toBe(`B 四、结转下年度继续办理[rowHeader 3×1] | ${values('carriedForward')}`);
    expect(grid.rows.slice(3).every((r) => !r.header)).toBe(true);
  });
});

describe('spanSlots', () => {
  const cell = (name: string, colSpan = 1, rowSpan = 1) => ({ name, colSpan, rowSpan });
  const names = (rows: { cells: ReturnType<typeof cell>[] }[], columns: number) =>
    spanSlots(rows, columns).map((line) => line.map((s) => `${s.cell.name}${s.origin ? '' : '·'}${s.continuation ? '↓' : ''}`).join(' '));

  it('puts a merged cell in every slot it covers, marking its origin and the rows it continues into', () => {
    const rows = [{ cells: [cell('a', 2, 2), cell('b')] }, { cells: [cell('c')] }, { cells: [cell('d'), cell('e', 2)] }];
    expect(names(rows, 3)).toEqual(['a a· b', 'a·↓ a· c', 'd e e·']);
  });

  it('clips a cell running past the last row or column', () => {
    expect(names([{ cells: [cell('a'), cell('b', 3, 4)] }], 2)).toEqual(['a b']);
  });

  it('refuses a layout with a hole, naming where', () => {
    expect(() => spanSlots([{ cells: [cell('a')] }, { cells: [cell('b', 2)] }], 2)).toThrow('table grid has a hole at row 0, column 1');
  });
});

describe('grids of other shapes', () => {
  it('a block with fewer columns shares the width evenly, the last column taking the remainder', () => {
    const table = {
      id: 't2',
      number: '二',
      columns: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() })),
      rows: [
        { id: 'wide', label: '宽', block: 'five', columns: ['a', 'b', 'c', 'd', 'e'] },
        { id: 'two', label: '二', block: 'two', columns: ['a', 'b'] },
        { id: 'three', label: '三', block: 'three', columns: ['a', 'b', 'c'] },
      ],
      identities: [],
      layout: {
        kind: 'blocks',
        rowHeaderLabel: '项',
        blocks: [
          { id: 'five', caption: '五列', columns: ['a', 'b', 'c', 'd', 'e'] },
          { id: 'two', caption: '两列', columns: ['a', 'b'] },
          { id: 'three', caption: '三列', columns: ['a', 'b', 'c'] },
        ],
      },
    } as const satisfies TableDef;
    const grid = printedGrid(table);
    expect(grid.columns).toBe(6);
    const spans = (text: string) => {
      const i = grid.rows.findIndex((r) => r.cells[0]?.kind === 'label' && r.cells[0].text === text);
      return grid.rows[i]!.cells.slice(1).map((c) => c.colSpan);
    };
    expect(spans('宽')).toEqual([1, 1, 1, 1, 1]);
    expect(spans('二')).toEqual([2, 3]);
    expect(spans('三')).toEqual([1, 1, 3]);
    for (const row of occupancy(grid)) expect(row).toHaveLength(6);
  });

  it('a matrix without column groups has two header rows; missing group labels fall back to their ids', () => {
    const table = {
      id: 't3',
      number: '三',
      columns: [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y', group: 'unnamed' },
      ],
      rows: [
        { id: 'r1', label: '甲', group: 'g' },
        { id: 'r2', label: '乙' },
      ],
      identities: [],
      layout: { kind: 'matrix', labelColumns: 2, cornerNote: '注', columnsCaption: '列', rowGroups: [], columnGroups: [] },
    } as const satisfies TableDef;
    expect(printedGrid(table).rows.map(picture)).toEqual([
      'H 注[corner 2×3] | 列[columnHeader 2×1]',
      'H X[columnHeader 1×2] | unnamed[columnHeader 1×1]',
      'H Y[columnHeader 1×1]',
      'B 甲[rowHeader 2×1] | t3.r1.x[1×1] | t3.r1.y[1×1]',
      'B 乙[rowHeader 2×1] | t3.r2.x[1×1] | t3.r2.y[1×1]',
    ]);
    const plain = { ...table, columns: [{ id: 'x', label: 'X' }] } as const satisfies TableDef;
    expect(printedGrid(plain).rows.map(picture)).toEqual([
      'H 注[corner 2×2] | 列[columnHeader 1×1]',
      'H X[columnHeader 1×1]',
      'B 甲[rowHeader 2×1] | t3.r1.x[1×1]',
      'B 乙[rowHeader 2×1] | t3.r2.x[1×1]',
    ]);
  });

  it('labels each of two neighbouring groups by its own name (matrix columns, flattened rows)', () => {
    const matrix = {
      id: 't3',
      number: '三',
      columns: [
        { id: 'x', label: 'X', group: 'g1' },
        { id: 'y', label: 'Y', group: 'g2' },
      ],
      rows: [{ id: 'r', label: '甲' }],
      identities: [],
      layout: {
        kind: 'matrix',
        labelColumns: 1,
        cornerNote: '注',
        columnsCaption: '列',
        rowGroups: [],
        columnGroups: [
          { id: 'g1', label: '一组' },
          { id: 'g2', label: '二组' },
        ],
      },
    } as const satisfies TableDef;
    expect(printedGrid(matrix).rows.map(picture)[1]).toBe('H 一组[columnHeader 1×1] | 二组[columnHeader 1×1]');
    const flattened = {
      id: 't4',
      number: '四',
      columns: [{ id: 'x', label: 'X' }],
      rows: [
        { id: 'r1', label: '甲', group: 'g1' },
        { id: 'r2', label: '乙', group: 'g2' },
      ],
      identities: [],
      layout: {
        kind: 'flattened',
        rowGroups: [
          { id: 'g1', label: '一组' },
          { id: 'g2', label: '二组' },
        ],
      },
    } as const satisfies TableDef;
    expect(printedGrid(flattened).rows.map(picture)[0]).toBe('H 一组[columnHeader 1×1] | 二组[columnHeader 1×1]');
  });
});
