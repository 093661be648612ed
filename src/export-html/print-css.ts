/**
 * The printed page in CSS paged media, from the numbers the .docx reads (render/layout.ts): A4, the
 * GB/T 9704 margins, the 28.95 pt pitch that gives 22 lines to the text block, and “— N —” page
 * numbers in 4号, odd pages on the right and even ones on the left, one character in (§7.5).
 * Page margin boxes (`@bottom-right`) print in Chromium 131 and later; older browsers print the
 * page without numbers. Used by the app's print path and by the standalone .html page.
 */
import { LINE_PITCH, MARGIN, PAGE, SIZE } from '../render/layout.ts';
import { DRAFT_HEADER } from '../render/model.ts';

/** Twips and half-points as CSS points: exact, no rounding through millimetres. */
export const pt = (twips: number) => `${twips / 20}pt`;
export const halfPt = (halfPoints: number) => `${halfPoints / 2}pt`;

export const PRINT = {
  body: halfPt(SIZE.body),
  title: halfPt(SIZE.title),
  pitch: pt(LINE_PITCH),
} as const;

/** The footer's bottom edge `MARGIN.footer` above the page's, as Word places it. */
const NUMBER = `content: "— " counter(page) " —"; font-family: serif; font-size: ${halfPt(SIZE.pageNumber)}; vertical-align: bottom; padding-bottom: ${pt(MARGIN.footer)}`;

/** `@page` rules: size, margins and the page numbers. */
export function pageRules(): string {
  const margin = [MARGIN.top, MARGIN.right, MARGIN.bottom, MARGIN.left].map(pt).join(' ');
  return [
    `@page { size: ${pt(PAGE.width)} ${pt(PAGE.height)}; margin: ${margin}; }`,
    `@page :right { @bottom-right { ${NUMBER}; text-align: right; padding-right: 1em; } }`,
    `@page :left { @bottom-left { ${NUMBER}; text-align: left; padding-left: 1em; } }`,
  ].join('\n');
}

/** A CSS string literal of `text`. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/\n/g, ' ')}"`;

/** A draft copy says so at the top of every page, as the .docx's header does, `MARGIN.header` down. */
export function draftPageRule(): string {
  return `@page { @top-center { content: ${cssString(DRAFT_HEADER)}; color: #c00000; font-family: sans-serif; font-size: ${halfPt(SIZE.pageNumber)}; vertical-align: top; padding-top: ${pt(MARGIN.header)}; } }`;
}

/**
 * The standalone page's print stylesheet: the official sizes over the inline screen sizes (hence
 * !important), header rows repeated, rows never split, headings kept with what follows.
 */
export function pagePrintCss(draft = false): string {
  const text = `font-size: ${PRINT.body} !important; line-height: ${PRINT.pitch} !important;`;
  return [
    pageRules(),
    ...(draft ? [draftPageRule()] : []),
    '@media print {',
    '  body { margin: 0; }',
    '  main { max-width: none !important; margin: 0 !important; padding: 0 !important; }',
    `  h1 { font-size: ${PRINT.title} !important; line-height: 38pt !important; margin: 0 0 ${PRINT.pitch} !important; }`,
    `  h2, h3, p { ${text} }`,
    '  h1, h2, h3 { break-after: avoid; }',
    '  thead { display: table-header-group; }',
    '  tr { break-inside: avoid; }',
    '}',
  ].join('\n');
}
