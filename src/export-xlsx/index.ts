/** Tables 二–四 as a spreadsheet: the workbook (loads exceljs) and the label reader. */
export * from './workbook.ts';
export * from './load.ts';
export * from './read.ts';
export * from './plan.ts';
export { xlsxFileName } from './file-name.ts';
