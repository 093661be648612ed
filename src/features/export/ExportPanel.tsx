/**
 * The 检查与导出 step's export area (导出Word, print preview). Contract with the wizard: it is
 * rendered with the current report and its findings.
 */
import type { Finding, Report } from '../../report/index.ts';

export interface ExportPanelProps {
  report: Report;
  findings: readonly Finding[];
}

export function ExportPanel(_props: ExportPanelProps) {
  return null;
}
