/**
 * exceljs on demand. Node resolves its CommonJS build, Vite its browser bundle (the package's
 * `browser` field: dist/exceljs.min.js, which carries its own stream and buffer shims); either way
 * the classes may sit on the module or on its `default`.
 */
import type * as ExcelTypes from 'exceljs';

export type Excel = typeof ExcelTypes;

export async function loadExcel(): Promise<Excel> {
  const module = (await import('exceljs')) as Excel & { default?: Excel };
  return module.default?.Workbook ? module.default : module;
}
