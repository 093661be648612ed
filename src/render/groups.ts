/**
 * Which rows of a long table keep with the next one: the rows of a group — the rows an innermost
 * merged label spans, as table 三's （三）不予公开 and its eight sub-rows — so that a group shorter
 * than a page is never torn across a page break with blank group cells on the next page (a 公文
 * typist's rule; docs/format.md §4: group labels are merged cells). The outer merge (三、本年度办理结果,
 * 22 rows) holds groups and is not kept whole: the table may break between groups.
 */
import { spanSlots, type Spanned } from '../report/index.ts';

interface Range {
  from: number;
  to: number;
}

/** keepNext per row: true for every row of an innermost vertical merge but its last. */
export function keptRows<T extends Spanned>(rows: readonly { cells: readonly T[] }[], columns: number): boolean[] {
  const merges: Range[] = [];
  spanSlots(rows, columns).forEach((line, r) => {
    for (const slot of line) if (slot.origin && slot.cell.rowSpan > 1) merges.push({ from: r, to: r + slot.cell.rowSpan - 1 });
  });
  // A merge strictly inside another, by rows (the same rows merged in two columns nest neither way).
  const inside = (a: Range, b: Range) => a.from >= b.from && a.to <= b.to && a.to - a.from < b.to - b.from;
  const kept = rows.map(() => false);
  for (const m of merges) {
    const nested = merges.filter((other) => inside(other, m));
    // A group: all its rows together. A merge that holds groups (三、本年度办理结果) keeps its leading
    // rows with its first group, so that its own label is printed whole in the first page's part
    // (a word processor prints a merged cell's text in its first fragment).
    const until = nested.length === 0 ? m.to : Math.min(...nested.map((n) => n.from));
    for (let r = m.from; r < until; r++) kept[r] = true;
  }
  return kept;
}
