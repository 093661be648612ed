/** The web copy of the report: the clipboard HTML and text, and the standalone page (.html). */
import type { Report } from '../report/index.ts';
import { buildReportModel, type ModelOptions } from '../render/model.ts';
import { reportFragment, reportPlainText } from './fragment.ts';
import { reportPage } from './page.ts';

export { reportFragment, reportPlainText } from './fragment.ts';
export { reportPage } from './page.ts';
export { htmlFileName } from './file-name.ts';

export interface ClipboardCopy {
  html: string;
  text: string;
}

export function reportClipboard(report: Report, options: ModelOptions = {}): ClipboardCopy {
  const model = buildReportModel(report, options);
  return { html: reportFragment(model), text: reportPlainText(model) };
}

export function reportHtmlPage(report: Report, options: ModelOptions = {}): string {
  return reportPage(buildReportModel(report, options));
}
