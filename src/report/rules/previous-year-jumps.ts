/**
 * Figures implausible against last year (issue 12), run when the draft remembers last year's
 * figures (`previous`, set by 以上年报告为起点 or `cli new --from`):
 * - a count ten times last year's or more, the commonest being a digit typed twice (12 → 120);
 * - a count from 0 last year to 100 or more;
 * - 现行有效 falling to 0 with nothing repealed while last year had some (a real published case:
 *   平潭君山片区 2024 现行有效11件, 2025 0件 with 废止0件).
 * Warnings, not notes: each names one cell to look at and is usually a typing slip, yet towns do
 * have real jumps (a campaign, one requester's batch), so nothing is blocked.
 * Reference: docs/format.md §3 (table 二), §4 (table 三), §5 (table 四).
 */
import { TABLE2, TABLE3, TABLE4, type TableDef } from '../definition/index.ts';
import { cellId, cellOf, findColumn, findRow } from '../cells.ts';
import { cellValue } from '../compute.ts';
import type { Tables } from '../schema.ts';
import { ADVISORY, type Finding, type Rule } from './types.ts';

/** A jump counts from this ratio up. */
export const JUMP_RATIO = 10;
/**
 * …and only when this year's figure reaches this: 1 → 10 or 2 → 18 applications is one requester
 * filing a batch, common in a town and not worth a warning; 2 → 20, 5 → 60 or 12 → 120 is where a
 * doubled digit starts to look likely.
 */
export const JUMP_MIN_VALUE = 20;
/** From nothing last year, this many this year is worth a look (a new duty is rarely that large). */
export const FROM_ZERO_MIN_VALUE = 100;

interface Watched {
  table: TableDef;
  /** The cells summed (table 四's 行政诉讼 is two rows); the first is the one named and linked. */
  cells: readonly { row: string; column: string }[];
}

const one = (table: TableDef, row: string, column: string): Watched => ({ table, cells: [{ row, column }] });

/**
 * The figures a year is compared on: every count of table 二, and the totals of tables 三 and 四 a
 * reader compares (one requester's category moving is not a jump of the office's work).
 */
export const WATCHED: readonly Watched[] = [
  ...TABLE2.rows.flatMap((row) => row.columns.filter((c) => c !== 'amount').map((c) => one(TABLE2, row.id, c))),
  one(TABLE3, 'newReceived', 'total'),
  one(TABLE3, 'resultTotal', 'total'),
  one(TABLE3, 'carriedForward', 'total'),
  one(TABLE4, 'review', 'total'),
  {
    table: TABLE4,
    cells: [
      { row: 'suitDirect', column: 'total' },
      { row: 'suitAfterReview', column: 'total' },
    ],
  },
];

/** The figure, or null while nothing of it is filled (a blank row beside a filled one counts 0, as totals do). */
function valueIn(tables: Tables, w: Watched): number | null {
  let sum: number | null = null;
  for (const c of w.cells) {
    const v = cellValue(tables, w.table, c.row, c.column);
    if (typeof v === 'number') sum = (sum ?? 0) + v;
  }
  return sum;
}

/** Whether going from `before` to `now` is a jump worth a warning. */
export function isJump(before: number, now: number): boolean {
  if (before === 0) return now >= FROM_ZERO_MIN_VALUE;
  return now >= JUMP_MIN_VALUE && now >= JUMP_RATIO * before;
}

function cellLabel(w: Watched): string {
  const first = w.cells[0];
  if (!first) return '';
  const column = findColumn(w.table, first.column)?.label ?? first.column;
  if (w.cells.length > 1) {
    // Rows summed under one printed group (表四 行政诉讼): the group names the figure.
    const groups = 'rowGroups' in w.table.layout ? w.table.layout.rowGroups : [];
    const group = groups.find((g) => w.cells.every((c) => findRow(w.table, c.row)?.group === g.id));
    if (group) return `${group.label}/${column}`;
  }
  return `${findRow(w.table, first.row)?.label ?? first.row}/${column}`;
}

export const jumpRule: Rule = {
  id: 'prev.jump',
  produces: ['prev.jump', 'prev.jumpFromZero'],
  traits: ADVISORY,
  check(report) {
    const previous = report.previous;
    if (!previous) return [];
    return WATCHED.flatMap((w): Finding[] => {
      const now = valueIn(report.tables, w);
      const before = valueIn(previous.tables, w);
      if (now === null || before === null || !isJump(before, now)) return [];
      const first = w.cells[0];
      if (!first) return [];
      return [
        {
          ruleId: before === 0 ? 'prev.jumpFromZero' : 'prev.jump',
          severity: 'warning',
          cells: [cellId(cellOf(w.table, first.row, first.column))],
          params: {
            table: w.table.number,
            cell: cellLabel(w),
            value: now,
            previous: before,
            year: previous.year,
            times: before === 0 ? 0 : Math.floor(now / before),
          },
        },
      ];
    });
  },
};

/** 现行有效 that fell to 0 although nothing was repealed and last year had some in force. */
export function inForceVanished(lastInForce: unknown, repealed: unknown, inForce: unknown): boolean {
  return inForce === 0 && repealed === 0 && typeof lastInForce === 'number' && lastInForce > 0;
}

export const inForceVanishedRule: Rule = {
  id: 'prev.inForceVanished',
  produces: ['prev.inForceVanished'],
  traits: ADVISORY,
  check(report) {
    const previous = report.previous;
    if (!previous) return [];
    return (['rules', 'normativeDocs'] as const).flatMap((row): Finding[] => {
      const get = (tables: Tables, column: string) => cellValue(tables, TABLE2, row, column);
      const last = get(previous.tables, 'inForce');
      if (!inForceVanished(last, get(report.tables, 'repealed'), get(report.tables, 'inForce'))) return [];
      return [
        {
          ruleId: 'prev.inForceVanished',
          severity: 'warning',
          cells: [cellId({ table: 't2', row, column: 'inForce' })],
          params: { row: findRow(TABLE2, row)?.label ?? row, previous: last as number, year: previous.year },
        },
      ];
    });
  },
};
