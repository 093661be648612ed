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
  type FontSchemeId,
  type TableId,
} from '../report/index.ts';
import { TABLE_PRINT, columnWidths } from './layout.ts';
import { cleanLine, paragraphsOf } from './sanitize.ts';
import { renumber } from './numbering.ts';
import { keptRows } from './groups.ts';
import { fitCells } from './fit.ts';
import { titleLines } from './title.ts';
import { signatureIndents } from './signature.ts';
import { fontScheme, type FontScheme } from './fonts.ts';

export interface ModelCell {
  text: string;
  /** 'value' for numbers; a label role otherwise. */
  role: LabelRole | 'value';
  align: 'left' | 'center';
  colSpan: number;
  rowSpan: number;
  /** A number shrunk to fit its column on one line (fit.ts); the table's size otherwise. */
  size?: number;
  /** A column header broken between words (fit.ts); `text` on one line otherwise. */
  lines?: string[];
}

export interface ModelRow {
  /** Header rows repeat at the top of each page the table runs onto. */
  header: boolean;
  /** Kept on the page of the next row (groups.ts: a group is never torn across pages). */
  keepNext: boolean;
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
  /** `lines`: organ, then “YYYY年政府信息公开工作年度报告” (title.ts); `text` is the whole title. */
  | { kind: 'title'; text: string; lines: string[] }
  /** `keepNext`: the body's last paragraph, kept on the page of the signature below it. */
  | { kind: 'paragraph'; text: string; keepNext?: boolean }
  /** 一、… in 黑体. */
  | { kind: 'heading'; text: string }
  /** （一）… in 楷体; other numbering (1.) in the body font. */
  | { kind: 'subheading'; text: string; kai: boolean }
  | ({ kind: 'table' } & ModelTable)
  /** Organ then date, each with its left indent in twips (signature.ts, GB/T 9704-2012 7.3.5.2). */
  | { kind: 'signature'; lines: string[]; indents: number[] };

export interface ReportModel {
  title: string;
  /** Document property "author": the organ. */
  author: string;
  /** A draft copy: marked “（草稿）” on every page. */
  draft: boolean;
  /** The fonts every renderer sets the blocks in. */
  fonts: FontScheme;
  blocks: Block[];
}

export interface ModelOptions {
  draftCopy?: boolean;
  /** Overrides the report's own choice (the CLI's --fonts); neither given: the official fonts. */
  fonts?: FontSchemeId;
}

export const DRAFT_MARK = '（草稿）';
/** The top of every page of a draft copy, in every printed format. */
export const DRAFT_HEADER = `${DRAFT_MARK}未经审核，不得发布`;
/** Printed under a narrative heading with nothing to report (一、五: the final export refuses them anyway). */
export const NOTHING = '无。';
/** The customary sentence of a section 六 with nothing to report. */
export const NOTHING_OTHER = '本年度无其他需要报告的事项。';

/** Counts as digits; amounts as their canonical decimal string; blank stays blank (never "0"). */
export function formatValue(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : value;
}

export function tableModel(report: Report, id: TableId): ModelTable {
  const def = tableDef(id);
  const grid = printedGrid(def);
  const print = TABLE_PRINT[def.layout.kind];
  const kept = print.keepTogether ? null : keptRows(grid.rows, grid.columns);
  const widths = columnWidths(def.layout.kind, grid.columns, grid.labelColumns);
  const rows: ModelRow[] = grid.rows.map((row, r) => ({
    header: row.header,
    // A short table keeps every row with the next (on one page with its heading); a long one its
    // header rows with the first data row, and its groups.
    keepNext: kept ? row.header || (kept[r] ?? false) : r < grid.rows.length - 1,
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
  }));
  const fitted = fitCells(rows, widths, print.size);
  return {
    table: id,
    columns: grid.columns,
    widths,
    size: print.size,
    rowHeight: print.rowHeight,
    keepTogether: print.keepTogether,
    rows: rows.map((row, r) => ({ ...row, cells: fitted[r] ?? row.cells })),
  };
}

const paragraphs = (text: string): Block[] => paragraphsOf(text).map((p) => ({ kind: 'paragraph', text: p }));

function subheading(text: string): Block {
  const clean = cleanLine(text);
  return { kind: 'subheading', text: clean, kai: /^（[一二三四五六七八九十]+）/.test(clean) };
}

interface Part {
  heading: string;
  body: Block[];
}

/** A part that says only “无” has nothing to report: it must not print a sub-heading over “无”. */
const SAYS_NOTHING = /^(?:暂?无|没有)[。.]?$/;

/** A sub-part with its text; null when the text is empty (its sub-heading is not printed either). */
function part(heading: string, text: string): Part | null {
  const body = paragraphs(text);
  const empty = body.length === 0 || (body.length === 1 && body[0]?.kind === 'paragraph' && SAYS_NOTHING.test(body[0].text));
  return empty ? null : { heading: cleanLine(heading), body };
}

/**
 * The printed parts under their sub-headings, numbered consecutively (numbering.ts); a section with
 * nothing to say prints `nothing` under its heading instead, with no sub-heading at all.
 */
function parts(list: ReadonlyArray<Part | null>, nothing: string, lead: Block[] = []): Block[] {
  const printed = list.filter((p): p is Part => p !== null);
  if (printed.length === 0 && lead.length === 0) return [{ kind: 'paragraph', text: nothing }];
  const headings = renumber(printed.map((p) => p.heading));
  return [...lead, ...printed.flatMap((p, i) => [subheading(headings[i] ?? p.heading), ...p.body])];
}

function overview(report: Report): Block[] {
  const { intro, areas } = report.narrative.overview;
  const list = OVERVIEW_AREAS.map((a) => part(cleanLine(areas[a.id].heading) || a.heading, areas[a.id].text));
  return parts(list, NOTHING, paragraphs(intro));
}

function problems(report: Report): Block[] {
  return parts(
    PROBLEM_PARTS.map((p) => part(p.heading, report.narrative.problems[p.id])),
    NOTHING,
  );
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
  return parts(
    OTHER_PARTS.map((p) => part(p.heading, texts[p.id])),
    NOTHING_OTHER,
  );
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

/**
 * The body's last paragraph is kept with the signature, so that a page never holds the signature
 * alone: the word processor carries the paragraph's last lines over with it (widow control).
 */
function keepLastWithSignature(blocks: Block[]): Block[] {
  const last = blocks[blocks.length - 1];
  if (last?.kind !== 'paragraph') return blocks;
  return [...blocks.slice(0, -1), { ...last, keepNext: true }];
}

export function buildReportModel(report: Report, options: ModelOptions = {}): ReportModel {
  const draft = options.draftCopy ?? false;
  const plain = cleanLine(titleOf(report));
  const title = plain + (draft ? DRAFT_MARK : '');
  const organ = cleanLine(report.signature.organ) || cleanLine(report.organ.name);
  const date = chineseDate(report.signature.date);
  const at = signatureIndents(organ, date);
  const signature = [
    { text: organ, indent: at.organ },
    { text: date, indent: at.date },
  ].filter((l) => l.text);
  const body = SECTIONS.flatMap((s: SectionDef) => [{ kind: 'heading', text: s.heading } as Block, ...sectionBody(report, s)]);
  return {
    title,
    author: cleanLine(report.organ.name),
    draft,
    fonts: fontScheme(options.fonts ?? report.fontScheme),
    blocks: [
      { kind: 'title', text: title, lines: titleLines(plain, draft ? DRAFT_MARK : '') },
      ...paragraphs(openingOf(report)),
      ...keepLastWithSignature(body),
      { kind: 'signature', lines: signature.map((l) => l.text), indents: signature.map((l) => l.indent) },
    ],
  };
}
