/**
 * The printed report as a plain description — title, paragraphs, headings, tables, signature —
 * derived from the report and the form definition. Two renderers read it: the .docx builder and the
 * HTML print preview, so what the user proof-reads is what Word shows. No `docx` import here: the
 * preview uses this module without pulling the library into the main chunk.
 */
import {
  OTHER_PARTS,
  OVERVIEW_AREAS,
  PROBLEM_PARTS,
  SECTIONS,
  chineseDate,
  feesSentence,
  openingOf,
  printedGrid,
  tableDef,
  titleOf,
  valueOf,
  type CellValue,
  type LabelRole,
  type Report,
  type SectionDef,
  type TableId,
} from '../report/index.ts';
import { TABLE_PRINT, columnWidths } from './layout.ts';
import { capParagraphs, cleanLine, splitParagraphs } from './sanitize.ts';

export interface ModelCell {
  text: string;
  /** 'value' for numbers; a label role otherwise. */
  role: LabelRole | 'value';
  align: 'left' | 'center';
  colSpan: number;
  rowSpan: number;
}

export interface ModelRow {
  /** Header rows repeat at the top of each page the table runs onto. */
  header: boolean;
  cells: ModelCell[];
}

export interface ModelTable {
  table: TableId;
  columns: number;
  /** Grid column widths in twips, summing to the text width. */
  widths: readonly number[];
  /** Font size in half-points. */
  size: number;
  /** Minimum row height in twips. */
  rowHeight: number;
  /** Kept on one page with its heading. */
  keepTogether: boolean;
  rows: ModelRow[];
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'paragraph'; text: string }
  /** 一、… in 黑体. */
  | { kind: 'heading'; text: string }
  /** （一）… in 楷体; other numbering (1.) in the body font. */
  | { kind: 'subheading'; text: string; kai: boolean }
  | ({ kind: 'table' } & ModelTable)
  | { kind: 'signature'; lines: string[] };

export interface ReportModel {
  title: string;
  /** Document property "author": the organ. */
  author: string;
  /** A draft copy: marked “（草稿）” on every page. */
  draft: boolean;
  blocks: Block[];
}

export interface ModelOptions {
  draftCopy?: boolean;
}

export const DRAFT_MARK = '（草稿）';
/** Printed when a narrative section has nothing to report (六 in practice). */
export const NOTHING = '无';

/** Counts as digits; amounts as their canonical decimal string; blank stays blank (never "0"). */
export function formatValue(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : value;
}

export function tableModel(report: Report, id: TableId): ModelTable {
  const def = tableDef(id);
  const grid = printedGrid(def);
  const print = TABLE_PRINT[def.layout.kind];
  return {
    table: id,
    columns: grid.columns,
    widths: columnWidths(def.layout.kind, grid.columns, grid.labelColumns),
    size: print.size,
    rowHeight: print.rowHeight,
    keepTogether: print.keepTogether,
    rows: grid.rows.map((row) => ({
      header: row.header,
      cells: row.cells.map((cell) =>
        cell.kind === 'label'
          ? {
              text: cell.text,
              role: cell.role,
              align: cell.role === 'rowHeader' ? print.rowHeaderAlign : 'center',
              colSpan: cell.colSpan,
              rowSpan: cell.rowSpan,
            }
          : {
              text: formatValue(valueOf(report.tables, def, cell.ref)),
              role: 'value',
              align: 'center',
              colSpan: cell.colSpan,
              rowSpan: cell.rowSpan,
            },
      ),
    })),
  };
}

const paragraphs = (text: string): Block[] => capParagraphs(splitParagraphs(text)).map((p) => ({ kind: 'paragraph', text: p }));

function subheading(text: string): Block {
  const clean = cleanLine(text);
  return { kind: 'subheading', text: clean, kai: /^（[一二三四五六七八九十]+）/.test(clean) };
}

/** A sub-heading followed by its text; nothing at all when the text is empty. */
function part(heading: string, text: string): Block[] {
  const body = paragraphs(text);
  return body.length > 0 ? [subheading(heading), ...body] : [];
}

function overview(report: Report): Block[] {
  const { intro, areas } = report.narrative.overview;
  return [...paragraphs(intro), ...OVERVIEW_AREAS.flatMap((a) => part(cleanLine(areas[a.id].heading) || a.heading, areas[a.id].text))];
}

function problems(report: Report): Block[] {
  return PROBLEM_PARTS.flatMap((p) => part(p.heading, report.narrative.problems[p.id]));
}

/** 信息处理费 in 元 (条例 第四十二条); a sentence is generated when the user only ticked the answer. */
function feesText(report: Report): string {
  const fees = report.narrative.other.fees;
  return fees.text.trim() ? fees.text : feesSentence(fees, report.year);
}

function other(report: Report): Block[] {
  const o = report.narrative.other;
  const texts: Record<(typeof OTHER_PARTS)[number]['id'], string> = {
    fees: feesText(report),
    proposals: o.proposals,
    keyPoints: o.keyPoints,
    other: o.other,
  };
  const blocks = OTHER_PARTS.flatMap((p) => part(p.heading, texts[p.id]));
  return blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: NOTHING }];
}

function sectionBody(report: Report, section: SectionDef): Block[] {
  if (section.table) return [{ kind: 'table', ...tableModel(report, section.table) }];
  switch (section.id) {
    case 'overview':
      return overview(report);
    case 'problems':
      return problems(report);
    case 'other':
      return other(report);
    default:
      return [];
  }
}

export function buildReportModel(report: Report, options: ModelOptions = {}): ReportModel {
  const draft = options.draftCopy ?? false;
  const title = cleanLine(titleOf(report)) + (draft ? DRAFT_MARK : '');
  const organ = cleanLine(report.signature.organ) || cleanLine(report.organ.name);
  const signature = [organ, chineseDate(report.signature.date)].filter(Boolean);
  return {
    title,
    author: cleanLine(report.organ.name),
    draft,
    blocks: [
      { kind: 'title', text: title },
      ...paragraphs(openingOf(report)),
      ...SECTIONS.flatMap((s: SectionDef) => [{ kind: 'heading', text: s.heading } as Block, ...sectionBody(report, s)]),
      { kind: 'signature', lines: signature },
    ],
  };
}
