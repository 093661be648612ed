/**
 * A worksheet as plain data for the reader: every non-empty cell (a merge by its top-left cell)
 * with its text and, when it holds one, its number; and the merged ranges. Built from exceljs here,
 * by hand in tests.
 */
import type * as ExcelTypes from 'exceljs';
import { address } from './address.ts';

export interface RawCell {
  row: number;
  col: number;
  /** The merged range the cell heads, or the cell itself. */
  right: number;
  bottom: number;
  text: string;
  /** A number as stored (or a formula's cached result); null for text. */
  number: number | null;
  /** A formula with no cached result: its value is unknown until a spreadsheet recomputes it. */
  uncomputed: boolean;
}

export interface SheetGrid {
  name: string;
  cells: RawCell[];
}

/** Labels compared as printed: spaces, line breaks and ASCII/full-width variants do not matter. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/["＂”“]/g, '"')
    .replace(/[:]/g, '：');
}

export function cellAddress(cell: Pick<RawCell, 'row' | 'col'>): string {
  return address(cell.row, cell.col);
}

type Value = ExcelTypes.CellValue | undefined;

function textOf(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return textOf(value.result as Value);
  if ('text' in value) return typeof value.text === 'string' ? value.text : textOf(value.text as Value);
  if ('error' in value) return String(value.error);
  return '';
}

function numberOf(value: Value): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))
    return typeof value.result === 'number' ? value.result : null;
  return null;
}

function isUncomputed(value: Value): boolean {
  return !!value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && value.result === undefined;
}

/** `A1:C2` → its corners. */
function rangeOf(text: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(text.replace(/\$/g, ''));
  if (!match) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(match[2]), left: col(match[1] ?? ''), bottom: Number(match[4]), right: col(match[3] ?? '') };
}

export function sheetGridOf(sheet: ExcelTypes.Worksheet): SheetGrid {
  // exceljs keeps the merged ranges in the sheet's model as `A1:C2` strings.
  const merges = ((sheet.model as { merges?: unknown }).merges ?? []) as unknown[];
  const heads = new Map<string, { bottom: number; right: number }>();
  for (const m of merges) {
    const range = typeof m === 'string' ? rangeOf(m) : null;
    if (range) heads.set(`${range.top},${range.left}`, range);
  }
  const cells: RawCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged range's other cells repeat its value: only its top-left cell holds it.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = cell.value as Value;
      const text = textOf(value).trim();
      const uncomputed = isUncomputed(value);
      if (text === '' && !uncomputed) return;
      const span = heads.get(`${r},${c}`);
      cells.push({ row: r, col: c, right: span?.right ?? c, bottom: span?.bottom ?? r, text, number: numberOf(value), uncomputed });
    });
  });
  return { name: sheet.name, cells };
}
