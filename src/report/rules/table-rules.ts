/**
 * Rules over the statistics tables. Reference: 国办公开办函〔2021〕30号 table 三 (the identity
 * printed in its corner cell) and docs/format.md §4–5; completeness: blank is not 0.
 */
import { TABLES, type TableDef } from '../definition/index.ts';
import { cellId, cellKind, cellOf, findColumn, findRow, inputCells, type CellRef } from '../cells.ts';
import { sumRows } from '../compute.ts';
import { blankCells, getInput } from '../tables.ts';
import { isCanonicalAmount, isValidCount } from '../numbers.ts';
import type { Report } from '../schema.ts';
import { ADVISORY, BLOCKING, type Finding, type Rule } from './types.ts';

/** 一 + 二 = 三（七）总计 + 四, per column; checked once every cell the column involves is filled. */
export const identityRule: Rule = {
  id: 'table.identity',
  produces: ['table.identity'],
  traits: BLOCKING,
  check(report) {
    return TABLES.flatMap((table: TableDef) => {
      if (table.identities.length === 0) return [];
      const incomplete = columnsWithBlanks(report, table);
      return table.identities.flatMap((identity) =>
        table.columns.flatMap((column): Finding[] => {
          if ((column.sumOf ?? [column.id]).some((c) => incomplete.has(c))) return [];
          const left = sumRows(report.tables, table, identity.left, column.id);
          const right = sumRows(report.tables, table, identity.right, column.id);
          if (left === right) return [];
          return [
            {
              ruleId: 'table.identity',
              severity: 'error',
              cells: [...identity.left, ...identity.right].map((r) => cellId(cellOf(table, r, column.id))),
              params: { left, right, column: column.label, diff: Math.abs(left - right), columnId: column.id },
            },
          ];
        }),
      );
    });
  },
};

/** The input columns that still have a blank cell (a computed column is complete when its parts are). */
function columnsWithBlanks(report: Report, table: TableDef): Set<string> {
  const columns = new Set<string>();
  for (const cell of inputCells(table)) if (getInput(report.tables, cell) === null) columns.add(cell.column);
  return columns;
}

/** Blank input cells block a final export; one finding per table, marking every blank cell. */
export const blankRule: Rule = {
  id: 'table.blank',
  produces: ['table.blank'],
  // Blank is "not finished", counted per table rather than marked cell by cell.
  traits: { blocksFinal: true, marksIncomplete: true, marksCells: false },
  check(report) {
    return TABLES.flatMap((table): Finding[] => {
      const blanks = blankCells(report.tables, table);
      if (blanks.length === 0) return [];
      return [
        { ruleId: 'table.blank', severity: 'error', cells: blanks.map(cellId), params: { table: table.number, count: blanks.length } },
      ];
    });
  },
};

/** Values the schema would refuse, for reports built in memory (form state, CSV, import). */
export const invalidValueRule: Rule = {
  id: 'table.invalidCount',
  produces: ['table.invalidCount', 'table.invalidAmount'],
  traits: BLOCKING,
  check(report) {
    const findings: Finding[] = [];
    for (const table of TABLES)
      for (const { cell, amount } of kindedInputCells(table)) {
        const value: unknown = getInput(report.tables, cell);
        if (value === null) continue;
        const ok = amount ? typeof value === 'string' && isCanonicalAmount(value) : typeof value === 'number' && isValidCount(value);
        if (!ok) findings.push(invalidValueFinding(table, cell, String(value)));
      }
    return findings;
  },
};

/** A table's input cells with whether each holds a 万元 amount, worked out once: every run reads them all. */
const kinded = new WeakMap<TableDef, readonly { cell: CellRef; amount: boolean }[]>();
function kindedInputCells(table: TableDef): readonly { cell: CellRef; amount: boolean }[] {
  let cells = kinded.get(table);
  if (!cells) kinded.set(table, (cells = inputCells(table).map((cell) => ({ cell, amount: cellKind(table, cell.column) === 'amount' }))));
  return cells;
}

/**
 * The finding for a cell whose value (or, in the wizard, whose typed text) is not a valid figure.
 * The wizard reports text that is not a number with it (see entry-findings.ts), so the step, the
 * review list and the export refuse it as they refuse an invalid stored value.
 */
export function invalidValueFinding(table: TableDef, cell: CellRef, value: string): Finding {
  return {
    ruleId: cellKind(table, cell.column) === 'amount' ? 'table.invalidAmount' : 'table.invalidCount',
    severity: 'error',
    cells: [cellId(cell)],
    params: {
      table: table.number,
      row: findRow(table, cell.row)?.label ?? cell.row,
      column: findColumn(table, cell.column)?.label ?? cell.column,
      value,
    },
  };
}

/** Towns and streets make no 规章 (rules are made by provinces, larger cities and ministries). */
export const townshipRulesRule: Rule = {
  id: 't2.townshipRules',
  produces: ['t2.townshipRules'],
  traits: ADVISORY,
  check(report) {
    if (report.organ.kind !== 'township') return [];
    const row = report.tables.t2.rules;
    const value = Math.max(row.issued ?? 0, row.repealed ?? 0, row.inForce ?? 0);
    if (value <= 0) return [];
    const cells = (['issued', 'repealed', 'inForce'] as const)
      .filter((c) => (row[c] ?? 0) > 0)
      .map((c) => cellId({ table: 't2', row: 'rules', column: c }));
    return [{ ruleId: 't2.townshipRules', severity: 'warning', cells, params: { value } }];
  },
};
