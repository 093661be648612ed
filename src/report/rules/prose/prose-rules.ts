/**
 * Prose against the tables: a figure in the narrative that contradicts its table cell (the
 * breakdowns are in breakdown.ts). A warning: prose may
 * count differently on purpose, but docs/format.md §6 lists both as real audit failures.
 */
import { cellId, cellOf, findColumn, findRow } from '../../cells.ts';
import { narrativeAt, narrativeTextPaths } from '../../narrative-paths.ts';
import { ADVISORY, type Finding, type Rule } from '../types.ts';
import { hasCount, sentencesOf } from './numbers-in-text.ts';
import { KEY_FIGURES, ZERO_WORD, acceptedValues, figureValue, saysZero, type KeyFigure } from './key-figures.ts';
import { readText, type ReadCount } from './reading.ts';

function cellName(figure: KeyFigure): { table: string; cell: string } {
  const c = figure.cells[0];
  const row = findRow(c.table, c.row)?.label ?? c.row;
  const column = findColumn(c.table, c.column)?.label ?? c.column;
  return { table: c.table.number, cell: figure.cells.length > 1 ? `${row}…${column}` : `${row}/${column}` };
}

/**
 * The figure a count stands for: named by its own words (the clause since the previous count), in
 * a unit the figure is counted in, and about the subject the figure belongs to.
 */
function figureFor(count: ReadCount): KeyFigure | undefined {
  const words = count.segment;
  return KEY_FIGURES.find(
    (f) =>
      f.words.test(words) && !f.not?.test(words) && (!f.under || count.subject === f.under) && (!f.units || f.units.includes(count.unit)),
  );
}

export const proseFiguresRule: Rule = {
  id: 'prose.figureMismatch',
  produces: ['prose.figureMismatch'],
  traits: ADVISORY,
  check(report) {
    const findings: Finding[] = [];
    for (const path of narrativeTextPaths()) {
      const text = narrativeAt(report.narrative, path) ?? '';
      // One finding per figure and sentence text. The counts of a sentence share its string, and
      // a string found again by identity is not hashed again: a sentence with many counts is not
      // read once per count, as a key built from its text would be.
      const seen = new Map<string, Set<string>>();
      const report1 = (figure: KeyFigure, said: number, sentence: string) => {
        const actual = figureValue(report.tables, figure);
        if (actual === null || acceptedValues(report.tables, figure).includes(said)) return;
        const sentences = seen.get(figure.id) ?? new Set<string>();
        if (sentences.has(sentence)) return;
        seen.set(figure.id, sentences.add(sentence));
        const c = figure.cells[0];
        const name = cellName(figure);
        findings.push({
          ruleId: 'prose.figureMismatch',
          severity: 'warning',
          cells: [path, ...figure.cells.map((x) => cellId(cellOf(x.table, x.row, x.column)))],
          params: {
            sentence,
            said,
            actual,
            table: name.table,
            cell: name.cell,
            figure: figure.id,
            cellId: cellId(cellOf(c.table, c.row, c.column)),
          },
        });
      };
      // 约100件, 近百件: an approximate figure is never a contradiction.
      for (const count of readText(text)) {
        const figure = count.approximate ? undefined : figureFor(count);
        if (figure) report1(figure, count.value, count.sentence);
      }
      // Zero in words: 未收到政府信息公开申请 while the table counts some. A text without 未, 没 or
      // 无 has no sentence that says zero: it is not split into sentences again.
      if (!ZERO_WORD.test(text)) continue;
      for (const { sentence } of sentencesOf(text)) {
        // Most sentences say none of them: not split into clauses.
        if (!ZERO_WORD.test(sentence)) continue;
        for (const clause of sentence.split(/[，；,;]/)) {
          // Every zero phrase says 未, 没有 or 无: most clauses are passed over without asking
          // each figure.
          if (!ZERO_WORD.test(clause)) continue;
          if (hasCount(clause)) continue;
          const figure = KEY_FIGURES.find((f) => saysZero(f, clause));
          if (figure) report1(figure, 0, sentence.trim());
        }
      }
    }
    return findings;
  },
};
export { proseBreakdownRule } from './breakdown.ts';
