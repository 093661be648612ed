/**
 * The report as a Word document in the official layout (GB/T 9704-2012, docs/format.md §7), built from
 * the printed model through small createX() helpers. Pure: packing (Packer.toBuffer in Node,
 * Packer.toBlob in the browser) happens at the edge, in pack.ts.
 */
import { AlignmentType, Document, HeadingLevel, Header, Paragraph, TextRun, type FileChild } from 'docx';
import type { Report } from '../report/index.ts';
import { createTable } from './docx-table.ts';
import { BODY_CHARACTER_SPACING, FIRST_LINE_INDENT, LINE_PITCH, MARGIN, PAGE, SIZE } from '../render/layout.ts';
import { fontScheme, type FontScheme } from '../render/fonts.ts';
import { oneFont, runFont } from './run-font.ts';
import { createPageNumberFooter } from './page-number.ts';
import { EXACT_LINE, documentStyles } from './styles.ts';
import { DRAFT_HEADER, buildReportModel, type Block, type ModelOptions, type ReportModel } from '../render/model.ts';

export type BuildOptions = ModelOptions;
export { createPageNumberFooter } from './page-number.ts';

const STANDARD = fontScheme(undefined);

function bodyRun(text: string, fonts: FontScheme, eastAsia: string = fonts.body): TextRun {
  return new TextRun({ text, font: runFont(fonts, eastAsia, text), size: SIZE.body, characterSpacing: BODY_CHARACTER_SPACING });
}

/**
 * The title's lines (organ, then the year and the report's name: render/title.ts) in one centred
 * paragraph broken by line breaks, so it stays one paragraph (one entry in Word's navigation).
 * Every font slot is the title font: the year's digits too, as typists set them (not Times New Roman).
 */
export function createTitle(lines: readonly string[], fonts: FontScheme = STANDARD): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // One empty line's worth below the title, as in printed reports; each title line keeps its pitch.
    spacing: { ...EXACT_LINE, line: 760, after: LINE_PITCH },
    indent: { firstLine: 0, left: 0, right: 0 },
    keepNext: true,
    children: lines.map(
      (text, i) => new TextRun({ text, font: oneFont(fonts.title, text), size: SIZE.title, break: i > 0 ? 1 : undefined }),
    ),
  });
}

export function createBodyParagraph(text: string, fonts: FontScheme = STANDARD, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: EXACT_LINE,
    // Widow/orphan control: a page break never leaves one line of a paragraph alone; with keepNext
    // (the body's last paragraph) its last lines go over with the signature.
    widowControl: true,
    keepNext: keepNext || undefined,
    // LibreOffice ignores firstLineChars: the indent is given in twips.
    indent: { firstLine: FIRST_LINE_INDENT },
    children: [bodyRun(text, fonts)],
  });
}

/** 一、…: 标题 1 (styles.ts), which sets the spacing, indent and keep-with-next. */
export function createHeading(text: string, fonts: FontScheme = STANDARD): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [bodyRun(text, fonts, fonts.heading)] });
}

/** （一）…: 标题 2; a sub-heading numbered otherwise (1.) is still level 2, in the body font. */
export function createSubheading(text: string, kai: boolean, fonts: FontScheme = STANDARD): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [bodyRun(text, fonts, kai ? fonts.subheading : fonts.body)] });
}

/**
 * Organ, then date, after one empty line (GB/T 9704-2012 7.3.5.2, 不加盖印章: 正文下空一行): a block set
 * two characters in from the right margin, the date's first character two characters right of the
 * organ's — the left indents come from render/signature.ts. The organ keeps with the date.
 */
export function createSignature(lines: readonly string[], indents: readonly number[], fonts: FontScheme = STANDARD): Paragraph[] {
  return lines.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { ...EXACT_LINE, before: i === 0 ? LINE_PITCH : 0 },
        indent: { left: indents[i] ?? 0, right: 0, firstLine: 0 },
        keepNext: i < lines.length - 1,
        keepLines: true,
        children: [bodyRun(text, fonts)],
      }),
  );
}

/** A draft copy says so at the top of every page (odd and even headers both). */
export function createDraftHeader(fonts: FontScheme = STANDARD): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: DRAFT_HEADER, font: runFont(fonts, fonts.heading, DRAFT_HEADER), size: SIZE.pageNumber, color: 'C00000' }),
        ],
      }),
    ],
  });
}

function createBlock(block: Block, fonts: FontScheme): FileChild[] {
  switch (block.kind) {
    case 'title':
      return [createTitle(block.lines, fonts)];
    case 'paragraph':
      return [createBodyParagraph(block.text, fonts, block.keepNext)];
    case 'heading':
      return [createHeading(block.text, fonts)];
    case 'subheading':
      return [createSubheading(block.text, block.kai, fonts)];
    case 'table':
      return [createTable(block, fonts)];
    case 'signature':
      return createSignature(block.lines, block.indents, fonts);
  }
}

export function documentFromModel(model: ReportModel): Document {
  const { fonts } = model;
  const headers = model.draft ? { default: createDraftHeader(fonts), even: createDraftHeader(fonts) } : undefined;
  return new Document({
    title: model.title,
    creator: model.author,
    lastModifiedBy: model.author,
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(fonts),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, gutter: 0 },
          },
        },
        headers,
        footers: { default: createPageNumberFooter('odd', fonts), even: createPageNumberFooter('even', fonts) },
        children: model.blocks.flatMap((block) => createBlock(block, fonts)),
      },
    ],
  });
}

export function buildReportDocument(report: Report, options: BuildOptions = {}): Document {
  return documentFromModel(buildReportModel(report, options));
}
