/** `<organ><year>年政府信息公开工作年度报告（统计表）.xlsx`, safe as a Windows file name. */
import { TITLE_SUFFIX, safeFileName, type Report } from '../report/index.ts';

export function xlsxFileName(report: Report): string {
  return safeFileName(report.organ.name, `${report.year}${TITLE_SUFFIX}（统计表）.xlsx`);
}
