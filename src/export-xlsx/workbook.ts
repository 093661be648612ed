/**
 * Tables 二, 三 and 四 as an .xlsx workbook, one sheet each, in the printed layout (plan.ts): merged
 * labels, thin borders, A4 fitted to the page width with the header rows repeated, numbers as
 * numbers, totals as formulas with their cached results (a superior's edits recompute). exceljs is
 * loaded here only, and the browser imports this module on export only (its own chunk).
 */
import type { Report } from '../report/index.ts';
import type * as ExcelTypes from 'exceljs';
import { XLSX_TABLES, planSheet, sheetName, type PlannedValue, type SheetPlan } from './plan.ts';
import { TABLE_FONT } from './row-heights.ts';
import { loadExcel } from './load-excel.ts';
import { columnLetters } from './address.ts';
import { orderFontChildren } from './font-order.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const THIN: Partial<ExcelTypes.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/**
 * A 万元 amount as a number when the number reads back as the same decimal (every amount of up to
 * fifteen significant digits); a longer one stays text rather than be silently rounded.
 */
export function amountCellValue(value: string): number | string {
  const n = Number(value);
  return String(n) === value ? n : value;
}

function cellValueOf(cell: PlannedValue): ExcelTypes.CellValue {
  const v = cell.value;
  const cached = v === null ? undefined : typeof v === 'number' ? v : amountCellValue(v);
  if (cell.formula) {
    // No cached result for a blank total: the formula's "" is what Excel and Calc compute.
    const formula: ExcelTypes.CellFormulaValue = {
      formula: cell.formula,
      result: typeof cached === 'number' ? cached : undefined,
      date1904: false,
    };
    return formula;
  }
  return cached ?? null;
}

function addSheet(workbook: ExcelTypes.Workbook, plan: SheetPlan): void {
  const sheet = workbook.addWorksheet(sheetName(plan.table), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      ...(plan.repeatRows && { printTitlesRow: `${plan.repeatRows.from}:${plan.repeatRows.to}` }),
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  sheet.columns = plan.widths.map((width) => ({ width }));
  const last = columnLetters(plan.columns);
  const font = { name: TABLE_FONT.name, size: TABLE_FONT.size };
  sheet.mergeCells(`A1:${last}1`);
  Object.assign(sheet.getCell('A1'), { value: plan.title, font: { ...font, size: 14, bold: true }, alignment: { horizontal: 'center' } });
  sheet.mergeCells(`A2:${last}2`);
  Object.assign(sheet.getCell('A2'), { value: plan.heading, font: { ...font, size: 12, bold: true } });
  sheet.getRow(1).height = 24;
  sheet.getRow(2).height = 20;
  plan.heights.forEach((h, i) => (sheet.getRow(3 + i).height = h));

  for (const cell of plan.cells) {
    const rowSpan = cell.kind === 'label' ? cell.rowSpan : 1;
    const first = sheet.getCell(cell.row, cell.col);
    if (rowSpan > 1 || cell.colSpan > 1) sheet.mergeCells(cell.row, cell.col, cell.row + rowSpan - 1, cell.col + cell.colSpan - 1);
    if (cell.kind === 'label') {
      first.value = cell.text;
      first.alignment = { horizontal: cell.align, vertical: 'middle', wrapText: true };
    } else {
      first.value = cellValueOf(cell);
      first.alignment = { horizontal: 'center', vertical: 'middle' };
      // An amount shows as typed (General); `0.######` would print 12 as “12.”.
      if (!cell.amount) first.numFmt = '0';
    }
    // Borders on every cell a merge covers: some viewers draw a merged cell's edges from them.
    for (let r = 0; r < rowSpan; r++) {
      for (let c = 0; c < cell.colSpan; c++) {
        const covered = sheet.getCell(cell.row + r, cell.col + c);
        covered.border = THIN;
        covered.font = font;
      }
    }
  }
}

export async function reportXlsxBytes(report: Report): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Nianbao 年报编制助手';
  workbook.title = report.organ.name;
  // Excel recomputes every formula on opening: the cached results are only for viewers that do not.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const id of XLSX_TABLES) addSheet(workbook, planSheet(report, id));
  return fixStyles(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

async function fixStyles(bytes: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const styles = zip.file('xl/styles.xml');
  if (!styles) return bytes;
  zip.file('xl/styles.xml', orderFontChildren(await styles.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function reportXlsxBlob(report: Report): Promise<Blob> {
  return new Blob([(await reportXlsxBytes(report)) as BlobPart], { type: XLSX_MIME });
}
