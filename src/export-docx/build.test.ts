/** The generated .docx, read back: layout constants, the three official grids, the text. */
import { describe, expect, it } from 'vitest';
import { SECTIONS, TABLES, emptyReport, occupancy, printedGrid, valueOf, type Report, type TableDef } from '../report/index.ts';
import { reportDocxBytes } from './pack.ts';
import { TEXT_WIDTH, columnWidths } from '../render/layout.ts';
import { DRAFT_MARK, formatValue } from '../render/model.ts';
import { paragraphTexts, readDocx, tablesOf, textOf, type XmlTable } from './testing/docx-xml.ts';
import { SEED_FILES, seedReport } from './testing/seeds.ts';

const huancui = seedReport('002-huancui-2024.draft.json');

/** The cells Word should hold, row by row, from the foundation's printed grid (not our own code). */
function expectedCells(report: Report, table: TableDef) {
  const grid = printedGrid(table);
  return occupancy(grid).map((line) => {
    const cells: { gridSpan: number; vMerge: 'restart' | 'continue' | null; text: string }[] = [];
    for (let c = 0; c < line.length;) {
      const slot = line[c];
      if (!slot) throw new Error('hole');
      const { cell, origin } = slot;
      const text = !origin ? '' : cell.kind === 'label' ? cell.text : formatValue(valueOf(report.tables, table, cell.ref));
      cells.push({ gridSpan: cell.colSpan, vMerge: cell.rowSpan > 1 ? (origin ? 'restart' : 'continue') : null, text });
      c += cell.colSpan;
    }
    return cells;
  });
}

function actualCells(table: XmlTable) {
  return table.rows.map((r) => r.cells.map(({ gridSpan, vMerge, text }) => ({ gridSpan, vMerge, text })));
}

/** The body's paragraphs (outside tables) as XML. */
const paragraphXml = (document: string) =>
  [...document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);

describe('the three tables', async () => {
  const { document } = await readDocx(await reportDocxBytes(huancui));
  const tables = tablesOf(document);

  it('are exactly tables 二, 三, 四', () => {
    expect(tables).toHaveLength(TABLES.length);
  });

  TABLES.forEach((def, i) => {
    describe(`table ${def.number}`, () => {
      const table = tables[i] as XmlTable;

      it('reproduces the printed grid cell for cell: spans, merges, labels and numbers', () => {
        expect(actualCells(table)).toEqual(expectedCells(huancui, def));
      });

      it('has explicit column widths summing to the text width, fixed layout, all borders, no shading', () => {
        expect(table.gridCols).toEqual(columnWidths(def.layout.kind, printedGrid(def).columns, printedGrid(def).labelColumns));
        expect(table.gridCols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
        expect(table.gridCols).toHaveLength(printedGrid(def).columns);
        expect(table.xml).toContain('<w:tblLayout w:type="fixed"/>');
        for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
          expect(table.xml).toMatch(new RegExp(`<w:${side} w:val="single"`));
        }
        expect(table.xml).not.toContain('<w:shd');
      });

      it('repeats its header rows, never splits a row, and sets cells single-spaced, unindented, in 五号/小五 宋体', () => {
        const headerRows = printedGrid(def).rows.map((r) => r.header);
        expect(table.rows.map((r) => r.header)).toEqual(headerRows);
        expect(table.rows.every((r) => r.cantSplit)).toBe(true);
        for (const row of table.rows) {
          for (const cell of row.cells) {
            expect(cell.xml).toContain('w:line="240" w:lineRule="auto"');
            expect(cell.xml).toContain('w:firstLine="0"');
            expect(cell.xml).toMatch(/<w:sz w:val="(21|18)"\/>/);
            expect(cell.xml).toContain('w:eastAsia="宋体"');
          }
        }
      });

      it('centres every number', () => {
        for (const row of table.rows) {
          for (const cell of row.cells) if (/^\d+(\.\d+)?$/.test(cell.text)) expect(cell.xml).toContain('<w:jc w:val="center"/>');
        }
      });
    });
  });

  it('table 三 has 10 grid columns and its group labels span 22/8/3/5/3 rows', () => {
    const t3 = tables[1] as XmlTable;
    expect(t3.gridCols).toHaveLength(10);
    // Each row's cells by starting grid column.
    const byColumn = t3.rows.map((row) => {
      const at = new Map<number, (typeof row.cells)[number]>();
      let col = 0;
      for (const cell of row.cells) {
        at.set(col, cell);
        col += cell.gridSpan;
      }
      expect(col).toBe(10);
      return at;
    });
    const spans: Record<string, number> = {};
    byColumn.forEach((at, r) => {
      for (const [col, cell] of at) {
        if (cell.vMerge !== 'restart') continue;
        let n = 1;
        while (byColumn[r + n]?.get(col)?.vMerge === 'continue') n++;
        spans[cell.text] = n;
      }
    });
    expect(spans).toMatchObject({
      '三、本年度办理结果': 22,
      '（三）不予公开': 8,
      '（四）无法提供': 3,
      '（五）不予处理': 5,
      '（六）其他处理': 3,
    });
    expect(t3.rows[0]?.cells[0]?.text).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(t3.rows[0]?.cells[0]?.gridSpan).toBe(3);
  });
});

describe('the document', async () => {
  const parts = await readDocx(await reportDocxBytes(huancui));
  const paragraphs = paragraphTexts(parts.document);

  it('is A4 with the official margins', () => {
    expect(parts.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    for (const [k, v] of Object.entries({ top: 2098, bottom: 1984, left: 1587, right: 1474 })) {
      expect(parts.document).toMatch(new RegExp(`<w:pgMar[^>]* w:${k}="${v}"`));
    }
  });

  it('prints title → opening → the six official headings in order → organ', () => {
    expect(paragraphs[0]).toBe('威海市环翠区人民政府2024年政府信息公开工作年度报告');
    expect(paragraphs[1]).toMatch(/^根据《中华人民共和国政府信息公开条例》/);
    const positions = SECTIONS.map((s) => paragraphs.indexOf(s.heading));
    expect(positions.every((p) => p > 1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(paragraphs.at(-1)).toBe('威海市环翠区人民政府');
  });

  it('sets the title in 2号 方正小标宋简体 and the body in 3号 仿宋_GB2312 at a fixed 28.95 pt pitch with a 2-character indent', () => {
    const title = /<w:p>[\s\S]*?<\/w:p>/.exec(parts.document)?.[0] ?? '';
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const body = [...parts.document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const opening = body[1] ?? '';
    expect(opening).toContain('w:eastAsia="仿宋_GB2312"');
    expect(opening).toContain('w:ascii="Times New Roman"');
    expect(opening).toContain('<w:sz w:val="32"/>');
    expect(opening).toContain('w:line="579" w:lineRule="exact"');
    expect(opening).toContain('w:firstLine="640"');
    const heading = body.find((p) => textOf(p) === '一、总体情况') ?? '';
    expect(heading).toContain('w:eastAsia="黑体"');
    const kai = body.find((p) => textOf(p) === '（一）存在问题') ?? '';
    expect(kai).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('sets the title as the typist does: organ, line break, “YYYY年政府信息公开工作年度报告”, digits in the title font', () => {
    const title = /<w:p>[\s\S]*?<\/w:p>/.exec(parts.document)?.[0] ?? '';
    const lines = title.split('<w:br/>').map(textOf);
    expect(lines).toEqual(['威海市环翠区人民政府', '2024年政府信息公开工作年度报告']);
    expect(title).not.toContain('Times New Roman');
    expect(title).toContain('w:ascii="方正小标宋简体"');
  });

  it('sets the signature per GB/T 9704-2012 7.3.5.2 and keeps it with the body’s last paragraph', async () => {
    const zeku = paragraphXml((await readDocx(await reportDocxBytes(seedReport('001-zeku-2023.draft.json')))).document);
    const [last, organ, date] = zeku.slice(-3);
    expect([organ, date].map((p) => textOf(p ?? ''))).toEqual(['威海市文登区泽库镇人民政府', '2024年1月22日']);
    expect(last).toContain('<w:keepNext/>');
    expect(last).toContain('<w:widowControl/>');
    expect(organ).toContain('<w:keepNext/>');
    expect(organ).toContain('w:before="579"');
    const left = (p = '') => Number(/<w:ind w:left="(\d+)"/.exec(p)?.[1]);
    expect(left(date) - left(organ)).toBe(630);
  });

  it('gives every run an East Asian font', () => {
    const runs = [...parts.document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? '');
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) expect(run).toMatch(/w:eastAsia="[^"]+"/);
  });

  it('numbers pages “— N —” in 4号 宋体, odd on the right and even on the left', () => {
    expect(parts.settings).toContain('<w:evenAndOddHeaders/>');
    expect(parts.footers).toHaveLength(2);
    const sides = parts.footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort();
    expect(sides).toEqual(['left', 'right']);
    for (const footer of parts.footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      // The PAGE field's cached result (page-number.ts): a number even where fields are not updated.
      expect(textOf(footer)).toMatch(/^— [12] —$/);
      expect(footer).toContain('<w:sz w:val="28"/>');
      expect(footer).toContain('w:ascii="宋体"');
    }
    expect(parts.document).toMatch(/<w:footerReference w:type="default"/);
    expect(parts.document).toMatch(/<w:footerReference w:type="even"/);
  });

  it('carries title and author in the document properties', () => {
    expect(parts.core).toContain('<dc:title>威海市环翠区人民政府2024年政府信息公开工作年度报告</dc:title>');
    expect(parts.core).toContain('<dc:creator>威海市环翠区人民政府</dc:creator>');
  });

  it('prints the official headings whatever the narrative contains, and the sub-parts of 五 and 六', () => {
    for (const text of ['（一）存在问题', '（二）改进情况', '（一）收取信息处理费情况', '（三）年度政务公开工作要点落实情况']) {
      expect(paragraphs).toContain(text);
    }
    // 六（四） is empty in this seed: no dangling sub-heading.
    expect(paragraphs).not.toContain('（四）其他需要报告的事项');
    expect(parts.headers).toHaveLength(0);
  });
});

describe('draft copy and blanks', () => {
  it('marks a draft copy “（草稿）” in the title and at the top of every page', async () => {
    const parts = await readDocx(await reportDocxBytes(huancui, { draftCopy: true }));
    expect(paragraphTexts(parts.document)[0]).toBe(`威海市环翠区人民政府2024年政府信息公开工作年度报告${DRAFT_MARK}`);
    expect(parts.headers).toHaveLength(2);
    for (const h of parts.headers) expect(textOf(h)).toContain(DRAFT_MARK);
    expect(parts.document).toMatch(/<w:headerReference w:type="default"/);
    expect(parts.document).toMatch(/<w:headerReference w:type="even"/);
  });

  it('prints zeros as 0 (seed 000 is all zeros)', async () => {
    const report = seedReport('000-mashan-2024.draft.json');
    const tables = tablesOf((await readDocx(await reportDocxBytes(report))).document);
    TABLES.forEach((def, i) => {
      const values = occupancy(printedGrid(def))
        .flat()
        .filter((s) => s.origin && s.cell.kind === 'value').length;
      const zeros = (tables[i] as XmlTable).rows.flatMap((r) => r.cells).filter((c) => c.text === '0').length;
      expect(zeros).toBe(values);
    });
  });

  it('leaves blank cells blank in a draft of an empty report, and prints the customary sentence, no sub-heading, for an empty section 六', async () => {
    const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
    const parts = await readDocx(await reportDocxBytes(report, { draftCopy: true }));
    const t3 = tablesOf(parts.document)[1] as XmlTable;
    expect(
      t3.rows
        .at(-1)
        ?.cells.slice(1)
        .every((c) => c.text === ''),
    ).toBe(true);
    const paragraphs = paragraphTexts(parts.document);
    // Was “无” (issue 13): the customary sentence, as typists print it.
    expect(paragraphs[paragraphs.indexOf('六、其他需要报告的事项') + 1]).toBe('本年度无其他需要报告的事项。');
  });
});

describe('every seed', () => {
  it.each(SEED_FILES)('%s builds with every number of its tables in its cell', async (file) => {
    const report = seedReport(file);
    const tables = tablesOf((await readDocx(await reportDocxBytes(report))).document);
    TABLES.forEach((def, i) => expect(actualCells(tables[i] as XmlTable)).toEqual(expectedCells(report, def)));
  });
});

describe('hostile text', async () => {
  const { hostileReport, EMOJI, XML_LOOKING } = await import('./testing/hostile.ts');
  const report = hostileReport(huancui);
  const { document } = await readDocx(await reportDocxBytes(report));
  const paragraphs = paragraphTexts(document);

  it('writes no character illegal in XML', () => {
    // eslint-disable-next-line no-control-regex
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(document).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('writes no bidi override nor zero-width character (“RTL\\u202E反向” would print reversed)', async () => {
    const bidi = structuredClone(huancui);
    bidi.narrative.other.other = 'RTL\u202E反向\u202C，零\u200B宽\uFEFF。';
    const doc = (await readDocx(await reportDocxBytes(bidi))).document;
    expect(paragraphTexts(doc)).toContain('RTL反向，零宽。');
    expect(doc).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
  });

  it('keeps the text, minus illegal characters, with breaks as paragraphs and XML-looking text escaped', () => {
    expect(paragraphs).toContain('第一段');
    expect(paragraphs).toContain('第二段');
    expect(paragraphs).toContain(`第三段含NUL孤立代理结束。${EMOJI}`);
    expect(paragraphs).toContain(XML_LOOKING);
    expect(document).not.toContain('<w:t>注入');
    expect(paragraphs).toContain('名称 中间 有空格 制表。');
    expect(paragraphs).toContain('政务公开工作持续推进。'.repeat(10_000));
  });
});
