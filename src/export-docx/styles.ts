/**
 * The document's styles.xml: the defaults every run falls back to, and the two heading styles.
 * 一、… are 标题 1 and （一）… 标题 2 — Word's built-in “heading 1”/“heading 2” (the lower-case
 * names are what Word matches to show them localised as 标题 1/标题 2) with outline levels 0 and 1,
 * so Word's navigation pane and a PDF's bookmarks list the six sections. Set as the body is
 * (3号 at the fixed 28.95 pt pitch, indented two characters), in the scheme's 黑体/楷体, with no
 * colour, bold or spacing of the library's defaults (LibreOffice would otherwise add its own).
 */
import { LineRuleType, type IStylesOptions } from 'docx';
import { BODY_CHARACTER_SPACING, FIRST_LINE_INDENT, LINE_PITCH, SIZE } from '../render/layout.ts';
import type { FontScheme } from '../render/fonts.ts';
import { runFont } from './run-font.ts';

/** The body's fixed pitch: 22 lines a page. */
export const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

function headingStyle(name: string, outlineLevel: number, face: string, fonts: FontScheme) {
  return {
    name,
    paragraph: { outlineLevel, spacing: EXACT_LINE, indent: { firstLine: FIRST_LINE_INDENT }, keepNext: true, keepLines: true },
    run: {
      font: runFont(fonts, face),
      size: SIZE.body,
      characterSpacing: BODY_CHARACTER_SPACING,
      bold: false,
      italics: false,
    },
  };
}

export function documentStyles(fonts: FontScheme): IStylesOptions {
  return {
    default: {
      // Runs without their own settings (empty paragraphs) still get the Chinese body font.
      document: { run: { font: runFont(fonts, fonts.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
      heading1: headingStyle('heading 1', 0, fonts.heading, fonts),
      heading2: headingStyle('heading 2', 1, fonts.subheading, fonts),
    },
  };
}
