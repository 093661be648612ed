/**
 * The review as a file for the office's records: CSV (one row per report) or .xlsx (that sheet and
 * one of every finding). exceljs is loaded only when the .xlsx is asked for.
 */
import type { i18n as I18n } from 'i18next';
import { renderFinding } from '../../report/index.ts';
import { renderImportFinding } from '../../import/messages.ts';
import { problemText } from './problem-text.ts';
import type { ReviewRow } from './review.ts';
import { COLUMNS, valueIn } from './table-model.ts';

function headerRow(i18n: I18n): string[] {
  return COLUMNS.map((c) => i18n.t(`batch:columns.${c}`));
}

function rowValues(row: ReviewRow, i18n: I18n): (string | number)[] {
  return COLUMNS.map((column) => {
    if (column === 'file') return row.file;
    if (!row.ok) return column === 'organ' ? i18n.t('batch:unreadable', { reason: problemText(row.problem, i18n) }) : '';
    if (column === 'cells') return row.cells ? `${row.cells.read}/${row.cells.expected}` : '';
    const value = valueIn(row, column);
    return value === null ? '' : value;
  });
}

function quote(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would run as a formula in Excel: prefixed, as OWASP advises for CSV.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a BOM, CRLF: what Excel on Chinese Windows opens without garbling. */
export function reviewCsv(rows: readonly ReviewRow[], i18n: I18n): string {
  const lines = [headerRow(i18n), ...rows.map((r) => rowValues(r, i18n))].map((cells) => cells.map(quote).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function reviewXlsx(rows: readonly ReviewRow[], i18n: I18n): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(i18n.t('batch:export.sheetRows'));
  sheet.addRow(headerRow(i18n)).font = { bold: true };
  for (const row of rows) sheet.addRow(rowValues(row, i18n));
  sheet.columns.forEach((column, i) => (column.width = i === 0 || i === 1 ? 36 : 12));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const findings = book.addWorksheet(i18n.t('batch:export.sheetFindings'));
  findings.addRow([
    i18n.t('batch:columns.file'),
    i18n.t('batch:columns.organ'),
    i18n.t('batch:export.severity'),
    i18n.t('batch:export.message'),
  ]).font = { bold: true };
  for (const row of rows) {
    if (!row.ok) continue;
    const organ = row.report.organ.name;
    for (const f of row.importFindings)
      findings.addRow([row.file, organ, i18n.t(`rules:severity.${f.severity}`), renderImportFinding(f, i18n)]);
    for (const f of [...row.findings, ...row.crossYear])
      findings.addRow([row.file, organ, i18n.t(`rules:severity.${f.severity}`), renderFinding(f, i18n)]);
  }
  findings.columns.forEach((column, i) => (column.width = i === 3 ? 100 : 24));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
