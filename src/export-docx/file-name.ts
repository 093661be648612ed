/** `<organ><year>年政府信息公开工作年度报告.docx`, safe as a Windows file name. */
import { TITLE_SUFFIX, safeFileName, type Report } from '../report/index.ts';
import { DRAFT_MARK } from '../render/model.ts';

export function exportFileName(report: Report, options: { draftCopy?: boolean } = {}): string {
  return safeFileName(report.organ.name, `${report.year}${TITLE_SUFFIX}${options.draftCopy ? DRAFT_MARK : ''}.docx`);
}
