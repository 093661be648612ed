/**
 * The report as a Word document in the official layout (GB/T 9704-2012, docs/format.md §7), built from
 * the printed model through small createX() helpers. Pure: packing (Packer.toBuffer in Node,
 * Packer.toBlob in the browser) happens at the edge, in pack.ts.
 */
import { AlignmentType, Document, Footer, Header, LineRuleType, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { Report } from '../report/index.ts';
import { createTable } from './docx-table.ts';
import { BODY_CHARACTER_SPACING, FIRST_LINE_INDENT, FONT, LINE_PITCH, MARGIN, PAGE, SIZE } from '../render/layout.ts';
import { runFont } from './run-font.ts';
import { DRAFT_HEADER, buildReportModel, type Block, type ModelOptions, type ReportModel } from '../render/model.ts';

export type BuildOptions = ModelOptions;

/** The body's fixed pitch: 22 lines a page. */
const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

function bodyRun(text: string, eastAsia: string = FONT.body): TextRun {
  return new TextRun({ text, font: runFont(eastAsia), size: SIZE.body, characterSpacing: BODY_CHARACTER_SPACING });
}

/**
 * The title's lines (organ, then the year and the report's name: render/title.ts) in one centred
 * paragraph broken by line breaks, so it stays one paragraph (one entry in Word's navigation).
 * Every font slot is the title font: the year's digits too, as typists set them (not Times New Roman).
 */
export function createTitle(lines: readonly string[]): Paragraph {
  const font = { ascii: FONT.title, hAnsi: FONT.title, cs: FONT.title, eastAsia: FONT.title };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // One empty line's worth below the title, as in printed reports; each title line keeps its pitch.
    spacing: { ...EXACT_LINE, line: 760, after: LINE_PITCH },
    indent: { firstLine: 0, left: 0, right: 0 },
    keepNext: true,
    children: lines.map((text, i) => new TextRun({ text, font, size: SIZE.title, break: i > 0 ? 1 : undefined })),
  });
}

export function createBodyParagraph(text: string, eastAsia: string = FONT.body, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: EXACT_LINE,
    // Widow/orphan control: a page break never leaves one line of a paragraph alone; with keepNext
    // (the body's last paragraph) its last lines go over with the signature.
    widowControl: true,
    keepNext: keepNext || undefined,
    // LibreOffice ignores firstLineChars: the indent is given in twips.
    indent: { firstLine: FIRST_LINE_INDENT },
    children: [bodyRun(text, eastAsia)],
  });
}

export function createHeading(text: string): Paragraph {
  return new Paragraph({
    spacing: EXACT_LINE,
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: true,
    children: [bodyRun(text, FONT.heading)],
  });
}

export function createSubheading(text: string, kai: boolean): Paragraph {
  return new Paragraph({
    spacing: EXACT_LINE,
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: true,
    children: [bodyRun(text, kai ? FONT.subheading : FONT.body)],
  });
}

/**
 * Organ, then date, after one empty line (GB/T 9704-2012 7.3.5.2, 不加盖印章: 正文下空一行): a block set
 * two characters in from the right margin, the date's first character two characters right of the
 * organ's — the left indents come from render/signature.ts. The organ keeps with the date.
 */
export function createSignature(lines: readonly string[], indents: readonly number[]): Paragraph[] {
  return lines.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { ...EXACT_LINE, before: i === 0 ? LINE_PITCH : 0 },
        indent: { left: indents[i] ?? 0, right: 0, firstLine: 0 },
        keepNext: i < lines.length - 1,
        keepLines: true,
        children: [bodyRun(text)],
      }),
  );
}

/** “— N —” in 4号 宋体: odd pages on the right, even pages on the left, one character in. */
export function createPageNumberFooter(side: 'odd' | 'even'): Footer {
  // 4号半角宋体阿拉伯数字 (GB/T 9704-2012 §7.5): the digits too are 宋体, not the Latin font.
  const font = { ascii: FONT.pageNumber, hAnsi: FONT.pageNumber, cs: FONT.pageNumber, eastAsia: FONT.pageNumber };
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: 280 } : { left: 280 },
        children: [new TextRun({ font, size: SIZE.pageNumber, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** A draft copy says so at the top of every page (odd and even headers both). */
export function createDraftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: DRAFT_HEADER, font: runFont(FONT.heading), size: SIZE.pageNumber, color: 'C00000' })],
      }),
    ],
  });
}

function createBlock(block: Block): FileChild[] {
  switch (block.kind) {
    case 'title':
      return [createTitle(block.lines)];
    case 'paragraph':
      return [createBodyParagraph(block.text, FONT.body, block.keepNext)];
    case 'heading':
      return [createHeading(block.text)];
    case 'subheading':
      return [createSubheading(block.text, block.kai)];
    case 'table':
      return [createTable(block)];
    case 'signature':
      return createSignature(block.lines, block.indents);
  }
}

export function documentFromModel(model: ReportModel): Document {
  const headers = model.draft ? { default: createDraftHeader(), even: createDraftHeader() } : undefined;
  return new Document({
    title: model.title,
    creator: model.author,
    lastModifiedBy: model.author,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        // Runs without their own settings (empty paragraphs) still get the Chinese body font.
        document: { run: { font: runFont(FONT.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, gutter: 0 },
          },
        },
        headers,
        footers: { default: createPageNumberFooter('odd'), even: createPageNumberFooter('even') },
        children: model.blocks.flatMap(createBlock),
      },
    ],
  });
}

export function buildReportDocument(report: Report, options: BuildOptions = {}): Document {
  return documentFromModel(buildReportModel(report, options));
}
