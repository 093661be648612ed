/**
 * A table of the form as a docx Table: the printed grid cell for cell, with explicit widths, fixed
 * layout, all borders, header rows that repeat and rows that do not split (docs/format.md §7).
 * Vertical merges are written out as restart/continue cells here rather than with the library's
 * `rowSpan`, which inserts continuation cells itself and has mis-placed them in nested merges
 * (dolanmiu/docx #429, #456, #695): table 三 nests a 22-row merge around 8/3/5/3-row ones.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { CELL_MARGIN, NUMBER_CELL_MARGIN, TEXT_WIDTH } from '../render/layout.ts';
import type { FontScheme } from '../render/fonts.ts';
import { runFont } from './run-font.ts';
import type { ModelCell, ModelTable } from '../render/model.ts';
import { slots } from '../render/spans.ts';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function cellParagraph(table: ModelTable, cell: ModelCell, text: string, fonts: FontScheme): Paragraph {
  // A number shrunk to fit its column on one line; a header broken between words (render/fit.ts).
  const size = cell.size ?? table.size;
  const font = runFont(fonts, fonts.table, text);
  const lines = text ? (cell.lines ?? [text]) : [];
  return new Paragraph({
    alignment: cell.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    // Single spacing, no indent: the body's exact 28.95 pt pitch would make every row a body line tall.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    indent: { firstLine: 0, left: 0, right: 0 },
    run: { size, font },
    children: lines.map((line, i) => new TextRun({ text: line, size, font, break: i > 0 ? 1 : undefined })),
  });
}

function spanWidth(widths: readonly number[], from: number, span: number): number {
  return widths.slice(from, from + span).reduce((a, b) => a + b, 0);
}

export function createTable(table: ModelTable, fonts: FontScheme): Table {
  const widths = table.widths;
  if (widths.length !== table.columns) throw new Error(`table ${table.table}: ${widths.length} widths for ${table.columns} columns`);
  const grid = slots(table.rows, table.columns);
  const rows = table.rows.map((row, r) => {
    const cells: TableCell[] = [];
    const line = grid[r] ?? [];
    for (let c = 0; c < line.length;) {
      const slot = line[c];
      if (!slot) break;
      const { cell } = slot;
      if (slot.origin || slot.continuation) {
        cells.push(
          new TableCell({
            width: { size: spanWidth(widths, c, cell.colSpan), type: WidthType.DXA },
            columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
            verticalMerge: cell.rowSpan > 1 ? (slot.origin ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            // Numbers get the narrow padding render/fit.ts sized them for.
            margins: cell.role === 'value' ? { ...NUMBER_CELL_MARGIN, marginUnitType: WidthType.DXA } : undefined,
            children: [cellParagraph(table, cell, slot.origin ? cell.text : '', fonts)],
          }),
        );
      }
      c += cell.colSpan;
    }
    // Rows kept with the next stay together on one page: a short table whole (with its heading, through
    // the heading's keepNext), a long one group by group (render/groups.ts).
    const keepNext = row.keepNext;
    return new TableRow({
      children: cells,
      tableHeader: row.header || undefined,
      cantSplit: true,
      keepNext,
      height: { value: table.rowHeight, rule: HeightRule.ATLEAST },
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { ...CELL_MARGIN, marginUnitType: WidthType.DXA },
    alignment: AlignmentType.CENTER,
  });
}
