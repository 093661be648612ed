/**
 * The report as a standalone web page (下载网页): UTF-8, `lang="zh-CN"`, the report's title, the same
 * body as the clipboard copy, and a print stylesheet for A4 in the official layout (print-css.ts).
 * No script, no external resource: the file opens offline and can be put on a website as it is.
 */
import type { ReportModel } from '../render/model.ts';
import { escapeHtml } from './escape.ts';
import { reportFragment } from './fragment.ts';
import { pagePrintCss } from './print-css.ts';

export function reportPage(model: ReportModel): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>\n${pagePrintCss(model.draft)}\n</style>`,
    '</head>',
    '<body>',
    '<main style="max-width:800px;margin:0 auto;padding:24px 16px">',
    reportFragment(model, { legacyAttributes: false }),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
