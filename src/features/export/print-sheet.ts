/**
 * The print path's stylesheet (打印 / 另存为PDF): the page of the .docx in CSS paged media (A4, its
 * margins, 22 lines, “— N —”: export-html/print-css.ts reads render/layout.ts) and nothing of the
 * app but the report. Built from the layout's numbers at run time, so it is adopted through the
 * CSSOM: the page's Content-Security-Policy (style-src 'self') refuses a `<style>` element, not a
 * constructed stylesheet.
 */
import { PRINT, pageRules } from '../../export-html/print-css.ts';

export function printCss(): string {
  return [
    pageRules(),
    '@media print {',
    // The app's chrome is not printed: only the copy of the preview placed beside it (PrintCopy.tsx).
    '  body > :not(.print-copy) { display: none !important; }',
    '  .print-copy { display: block !important; }',
    '  body { margin: 0; background: #fff; }',
    `  .print-copy .print-preview { width: auto; max-width: none; margin: 0; padding: 0; box-shadow: none; font-size: ${PRINT.body}; line-height: ${PRINT.pitch}; }`,
    '  .print-copy thead { display: table-header-group; }',
    '  .print-copy tr { break-inside: avoid; }',
    '  .print-copy .pv-keep { break-inside: avoid; }',
    '  .print-copy .pv-title, .print-copy .pv-heading, .print-copy .pv-subheading { break-after: avoid; }',
    '}',
  ].join('\n');
}

let installed = false;

/** Adds the print stylesheet to the document once (idempotent: the panel may mount many times). */
export function installPrintSheet(doc: Document = document): void {
  if (installed) return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(printCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
