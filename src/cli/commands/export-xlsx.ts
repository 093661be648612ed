/**
 * `export DRAFT.json --format xlsx -o OUT.xlsx`: tables 二–四 as a workbook. The tables go to a
 * superior as a working file, so a report with errors is not refused: the errors are listed on
 * stderr, and the totals in the file are formulas that recompute when a figure is corrected.
 */
import { defaultI18n } from '../../i18n/index.ts';
import { blocksFinal, renderFinding, runRules, traitsOf, type Report } from '../../report/index.ts';
import { reportXlsxBytes } from '../../export-xlsx/workbook.ts';
import { EXIT, type CliIo } from '../io.ts';
import { writeOutputFile } from '../files.ts';
import { findingText, pathOf } from '../terminal.ts';

export async function exportXlsx(io: CliIo, report: Report, out: string): Promise<number> {
  const findings = runRules(report, { today: io.today() });
  if (blocksFinal(findings)) {
    const i18n = defaultI18n();
    for (const f of findings.filter((x) => traitsOf(x).blocksFinal))
      io.err(`${f.severity}\t${f.ruleId}\t${findingText(f, renderFinding, i18n)}`);
  }
  await writeOutputFile(io, out, await reportXlsxBytes(report));
  io.out(pathOf(out));
  return EXIT.ok;
}
