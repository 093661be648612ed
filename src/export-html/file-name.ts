/** `<organ><year>年政府信息公开工作年度报告.html`: named as the Word file is, safe as a Windows file name. */
import { TITLE_SUFFIX, safeFileName, type Report } from '../report/index.ts';
import { DRAFT_MARK } from '../render/model.ts';

export function htmlFileName(report: Report, options: { draftCopy?: boolean } = {}): string {
  return safeFileName(report.organ.name, `${report.year}${TITLE_SUFFIX}${options.draftCopy ? DRAFT_MARK : ''}.html`);
}
