/**
 * Year-over-year rules, run when the draft remembers last year (`previous`). Reference:
 * docs/format.md §4 relation 4 (上年结转 = last year's 结转下年度), §3 (现行有效 = last year's
 * 现行有效 + 制发 − 废止, a heuristic) and §1 (内容雷同, copied text, is a named failure).
 */
import { TABLE2, TABLE3 } from '../definition/index.ts';
import { cellId, type ColumnId } from '../cells.ts';
import { getInput } from '../tables.ts';
import { narrativeAt, narrativeTextPaths } from '../narrative-paths.ts';
import { ADVISORY, type Finding, type Rule } from './types.ts';
import { inForceVanished } from './previous-year-jumps.ts';

export const carryOverRule: Rule = {
  id: 'prev.carryOver',
  produces: ['prev.carryOver'],
  traits: ADVISORY,
  check(report) {
    const previous = report.previous;
    if (!previous) return [];
    return TABLE3.columns.flatMap((column): Finding[] => {
      if ('sumOf' in column) return [];
      const now = getInput(report.tables, { table: 't3', row: 'carriedOver', column: column.id });
      const before = getInput(previous.tables, { table: 't3', row: 'carriedForward', column: column.id });
      if (typeof now !== 'number' || typeof before !== 'number' || now === before) return [];
      return [
        {
          ruleId: 'prev.carryOver',
          severity: 'warning',
          cells: [cellId({ table: 't3', row: 'carriedOver', column: column.id })],
          params: { column: column.label, value: now, previous: before, year: previous.year },
        },
      ];
    });
  },
};

export const inForceRule: Rule = {
  id: 'prev.inForce',
  produces: ['prev.inForce'],
  traits: ADVISORY,
  check(report) {
    const previous = report.previous;
    if (!previous) return [];
    return (['rules', 'normativeDocs'] as const).flatMap((row): Finding[] => {
      const get = (tables: typeof report.tables, column: ColumnId<'t2'>) => getInput(tables, { table: 't2', row, column });
      const [lastInForce, issued, repealed, inForce] = [
        get(previous.tables, 'inForce'),
        get(report.tables, 'issued'),
        get(report.tables, 'repealed'),
        get(report.tables, 'inForce'),
      ];
      if (![lastInForce, issued, repealed, inForce].every((v) => typeof v === 'number')) return [];
      // Said more plainly by prev.inForceVanished.
      if (inForceVanished(lastInForce, repealed, inForce)) return [];
      const expected = (lastInForce as number) + (issued as number) - (repealed as number);
      if (expected === inForce) return [];
      return [
        {
          ruleId: 'prev.inForce',
          severity: 'warning',
          cells: [cellId({ table: 't2', row, column: 'inForce' })],
          params: {
            row: TABLE2.rows.find((r) => r.id === row)?.label ?? row,
            value: inForce as number,
            expected,
            previous: lastInForce as number,
            issued: issued as number,
            repealed: repealed as number,
          },
        },
      ];
    });
  },
};

/** Above this share of identical text a section counts as copied (evaluators found up to 90%). */
export const SIMILARITY_LIMIT = 0.8;
/** Shorter texts (“无”, one line) are not judged. */
export const MIN_SIMILAR_CHARS = 40;

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/[\s\p{P}\d]/gu, '')];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = `${chars[i]}${chars[i + 1]}`;
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of character bigrams (digits ignored: changing the year is not rewriting). */
export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [k, n] of x) {
    common += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

export const similarTextRule: Rule = {
  id: 'prev.similarText',
  produces: ['prev.similarText'],
  traits: ADVISORY,
  check(report) {
    const previous = report.previous;
    if (!previous) return [];
    return narrativeTextPaths().flatMap((path): Finding[] => {
      const now = narrativeAt(report.narrative, path) ?? '';
      const before = narrativeAt(previous.narrative, path) ?? '';
      if (now.replace(/\s/g, '').length < MIN_SIMILAR_CHARS || !before.trim()) return [];
      const similarity = textSimilarity(now, before);
      if (similarity <= SIMILARITY_LIMIT) return [];
      return [
        {
          ruleId: 'prev.similarText',
          severity: 'warning',
          cells: [path],
          params: { percent: Math.round(similarity * 100), year: previous.year },
        },
      ];
    });
  },
};
