/**
 * The report's key figures and the words that name them in prose. Order matters: the first
 * figure whose words stand in the clause before a number claims it (结转下年度 before 申请).
 * Reference: docs/format.md §3–5 (the cells) and §6 (prose contradicting the tables).
 */
import { TABLE2, TABLE3, TABLE4, type ColumnIdOf, type RowIdOf, type TableDef } from '../../definition/index.ts';
import { cellValue } from '../../compute.ts';
import type { Tables } from '../../schema.ts';
import type { Subject } from './reading.ts';

export interface FigureCell {
  table: TableDef;
  row: string;
  column: string;
}

export interface KeyFigure {
  id: string;
  /** Cells whose sum is the figure; the first is the one a finding names, so there is one. */
  cells: readonly [FigureCell, ...FigureCell[]];
  /** Words in the clause before the number. */
  words: RegExp;
  /** Words in the clause that mean it is about something else. */
  not?: RegExp;
  /**
   * What the sentence must be about at the number (纠正3件 after 行政复议7件 is about review; after
   * 行政诉讼46件 it is about litigation, which has no such figure).
   */
  under?: Subject;
  /** Units the figure is counted in (a decision is 件, never 条: 行政许可类12条 counts items published). */
  units?: string;
  /** Other cell sums the prose may mean by the same words (收到申请75件 = 新收74 + 上年结转1). */
  alsoAccept?: readonly (readonly FigureCell[])[];
  /** Zero said in words: 未收到政府信息公开申请. */
  zero?: RegExp;
  /**
   * Words anywhere after the zero phrase that make it about something else (未发生行政诉讼败诉).
   * Checked by `saysZero` in one pass; it replaces a `(?!.*(?:…))` lookahead, which rescanned the
   * rest of the clause for every candidate match (quadratic).
   */
  zeroUnlessAfter?: readonly string[];
}

const cell = <T extends TableDef>(table: T, row: RowIdOf<T>, column: ColumnIdOf<T>) => ({ table, row, column });
/** Units a decision or a case is counted in. */
const DECISION_UNITS = '件个项宗起';
const ITEM1_VERB = { issued: /制发|制定|出台|印发/, repealed: /废止|失效/, inForce: /现行有效/ } as const;

export const KEY_FIGURES: readonly KeyFigure[] = [
  { id: 'carriedForward', cells: [cell(TABLE3, 'carriedForward', 'total')], words: /结转(?:至|到)?下(?:一)?年(?:度)?/ },
  { id: 'carriedOver', cells: [cell(TABLE3, 'carriedOver', 'total')], words: /上(?:一)?年(?:度)?结转|结转上(?:一)?年|上年度遗留/ },
  { id: 'reviewCorrected', cells: [cell(TABLE4, 'review', 'corrected')], words: /纠正|纠错/, under: 'review', not: /行政诉讼|败诉/ },
  {
    id: 'review',
    cells: [cell(TABLE4, 'review', 'total')],
    words: /行政复议/,
    not: /纠正|纠错|维持|败诉|行政诉讼/,
    zero: /(?:未|没有|无)(?:收到|接到|发生|产生|出现|被申请)?[^，。；]{0,12}行政复议/g,
    zeroUnlessAfter: ['纠正', '纠错', '败诉'],
  },
  {
    id: 'litigation',
    cells: [cell(TABLE4, 'suitDirect', 'total'), cell(TABLE4, 'suitAfterReview', 'total')],
    words: /行政诉讼/,
    not: /败诉|纠正|纠错|维持/,
    zero: /(?:未|没有|无)(?:收到|发生|产生|出现|被提起)?[^，。；]{0,12}行政诉讼/g,
    zeroUnlessAfter: ['败诉', '纠正'],
  },
  {
    id: 'newReceived',
    cells: [cell(TABLE3, 'newReceived', 'total')],
    words: /(?:新收|收到|受理|接到|接收)[^，；]{0,15}申请|申请[^，；]{0,4}(?:新收|收到)/,
    not: /上年|去年|较|相比|同比/,
    alsoAccept: [[cell(TABLE3, 'newReceived', 'total'), cell(TABLE3, 'carriedOver', 'total')]],
    zero: /(?:未|没有)(?:收到|接到|受理)[^，。；]{0,15}申请|无[^，。；]{0,6}(?:依申请公开|信息公开)申请/,
  },
  { id: 'resultTotal', cells: [cell(TABLE3, 'resultTotal', 'total')], words: /办结|办理完毕|已办理|答复/, not: /上年|去年|较|相比/ },
  { id: 'disclosed', cells: [cell(TABLE3, 'disclosed', 'total')], words: /予以公开/, not: /不予|部分|主动/ },
  ...(['rules', 'normativeDocs'] as const).flatMap((row) =>
    (['issued', 'repealed', 'inForce'] as const).map((column): KeyFigure => ({
      id: `${row}.${column}`,
      cells: [cell(TABLE2, row, column)],
      // 规范性文件 only: 政策性文件 and 区政府文件 are other documents.
      words: new RegExp(
        `(?:${ITEM1_VERB[column].source})[^，；]{0,10}${row === 'rules' ? '规章' : '规范性文件'}|${row === 'rules' ? '规章' : '规范性文件'}[^，；]{0,4}(?:${ITEM1_VERB[column].source})`,
      ),
      not: /上年|去年|较|相比/,
    })),
  ),
  // 行政许可类12条, 行政许可的依据…1条: categories of items published, not decisions.
  ...(
    [
      ['licensing', /行政许可/],
      ['penalty', /行政处罚/],
      ['enforcement', /行政强制/],
    ] as const
  ).map(([row, words]): KeyFigure => ({
    id: row,
    cells: [cell(TABLE2, row, 'decisions')],
    words,
    not: /上年|去年|较|相比|类|信息|依据|事项|公示|公开/,
    units: DECISION_UNITS,
  })),
];

/** A word every `zero` pattern needs (tested): text without one says no figure is zero. */
export const ZERO_WORD = /[未没无]/;

/**
 * Whether a clause says the figure is zero. With `zeroUnlessAfter`: some match of `zero` must end
 * after the last of those words, where the old lookahead `(?!.*(?:…))` found none of them after it
 * (`.` stops at a line break: clauses come from sentences, which never hold one). Matches are
 * searched from every start (overlapping), as the regex engine did; each start costs at most the
 * pattern's bounded length, so the whole is linear in the clause.
 */
export function saysZero(figure: KeyFigure, clause: string): boolean {
  const zero = figure.zero;
  if (!zero) return false;
  const unless = figure.zeroUnlessAfter;
  if (!unless) return zero.test(clause);
  // A match ending at p passes when no word starts at or after p.
  const lastWord = Math.max(...unless.map((w) => clause.lastIndexOf(w)));
  zero.lastIndex = 0;
  for (let m = zero.exec(clause); m; m = zero.exec(clause)) {
    if (m.index + m[0].length > lastWord) {
      zero.lastIndex = 0;
      return true;
    }
    zero.lastIndex = m.index + 1;
  }
  zero.lastIndex = 0;
  return false;
}

/** The figure in the tables, or null while any of its cells is blank. */
export function figureValue(tables: Tables, figure: { cells: readonly FigureCell[] }): number | null {
  let total = 0;
  for (const c of figure.cells) {
    const v = cellValue(tables, c.table, c.row, c.column);
    if (typeof v !== 'number') return null;
    total += v;
  }
  return total;
}

/** Whether `said` is a reading of the figure: its cells, or another sum the same words may mean. */
export function acceptedValues(tables: Tables, figure: KeyFigure): number[] {
  return [figure.cells, ...(figure.alsoAccept ?? [])].map((cells) => figureValue(tables, { cells })).filter((v) => v !== null);
}
