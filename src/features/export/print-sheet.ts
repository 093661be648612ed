/**
 * The print path's stylesheet (打印 / 另存为PDF): the page of the .docx in CSS paged media (A4, its
 * margins, 22 lines, “— N —”: export-html/print-css.ts reads render/layout.ts) and nothing of the
 * app but the report. Built from the layout's numbers at run time, so it is adopted through the
 * CSSOM: the page's Content-Security-Policy (style-src 'self') refuses a `<style>` element, not a
 * constructed stylesheet.
 */
import { PRINT, draftPageRule, pageRules } from '../../export-html/print-css.ts';

/** Set by PrintablePreview.tsx on the preview's ancestors. */
export const PRINT_PATH = 'data-print-path';
const PATH = PRINT_PATH;

export function printCss(): string {
  return [
    pageRules(),
    '@media print {',
    // Along the path from <html> to the preview (PrintablePreview.tsx) every other element is
    // hidden — the wizard's bars, step list, buttons — and the path's own boxes lose their layout.
    `  [${PATH}] > :not([${PATH}]):not(.print-preview) { display: none !important; }`,
    `  [${PATH}] { display: block !important; position: static !important; margin: 0 !important; padding: 0 !important; border: 0 !important; width: auto !important; max-width: none !important; height: auto !important; min-height: 0 !important; overflow: visible !important; box-shadow: none !important; background: #fff !important; }`,
    `  .print-preview { width: auto; max-width: none; margin: 0; padding: 0; box-shadow: none; font-size: ${PRINT.body}; line-height: ${PRINT.pitch}; }`,
    '  .print-preview thead { display: table-header-group; }',
    '  .print-preview tr { break-inside: avoid; }',
    '  .print-preview .pv-keep { break-inside: avoid; }',
    '  .pv-title, .pv-heading, .pv-subheading { break-after: avoid; }',
    '}',
  ].join('\n');
}

let sheets: { page: CSSStyleSheet; draft: CSSStyleSheet } | null = null;

/**
 * Adds the print stylesheet to the document once (the panel may mount many times), and the draft
 * copy's page header (“（草稿）未经审核，不得发布” on every page, as in the .docx) while `draft`.
 */
export function installPrintSheet(draft: boolean, doc: Document = document): void {
  if (!sheets) {
    sheets = { page: new CSSStyleSheet(), draft: new CSSStyleSheet() };
    sheets.page.replaceSync(printCss());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheets.page, sheets.draft];
  }
  sheets.draft.replaceSync(draft ? draftPageRule() : '');
}
