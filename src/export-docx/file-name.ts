/** `<organ><year>年政府信息公开工作年度报告.docx`, safe as a Windows file name. */
import { TITLE_SUFFIX, type Report } from '../report/index.ts';
import { DRAFT_MARK } from '../render/model.ts';

export function exportFileName(report: Report, options: { draftCopy?: boolean } = {}): string {
  // Control characters and the characters Windows forbids in file names.
  // eslint-disable-next-line no-control-regex
  const organ = report.organ.name.trim().replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_') || '未命名';
  return `${organ}${report.year}${TITLE_SUFFIX}${options.draftCopy ? DRAFT_MARK : ''}.docx`;
}
