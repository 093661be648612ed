/**
 * Prose against the tables: a figure in the narrative that contradicts its table cell, and a
 * “其中” breakdown whose parts add up to more than its total. Both are warnings: prose may
 * count differently on purpose, but docs/format.md §6 lists both as real audit failures.
 */
import { cellId, cellOf, findColumn, findRow } from '../../cells.ts';
import { narrativeAt, narrativeTextPaths } from '../../carry-forward.ts';
import { ADVISORY, type Finding, type Rule } from '../types.ts';
import { countsIn, hasCount, sentencesOf } from './numbers-in-text.ts';
import { KEY_FIGURES, figureValue, saysZero, type KeyFigure } from './key-figures.ts';
import { lastOf } from '../../arrays.ts';

function cellName(figure: KeyFigure): { table: string; cell: string } {
  const c = figure.cells[0];
  if (!c) return { table: '', cell: '' };
  const row = findRow(c.table, c.row)?.label ?? c.row;
  const column = findColumn(c.table, c.column)?.label ?? c.column;
  return { table: c.table.number, cell: figure.cells.length > 1 ? `${row}…${column}` : `${row}/${column}` };
}

/** `inSentence(f)`: whether the sentence holds `f.sentence`, asked once per sentence (a sentence can hold many counts). */
function figureFor(clause: string, inSentence: (f: KeyFigure) => boolean): KeyFigure | undefined {
  return KEY_FIGURES.find((f) => f.words.test(clause) && !f.not?.test(clause) && (!f.sentence || inSentence(f)));
}

export const proseFiguresRule: Rule = {
  id: 'prose.figureMismatch',
  produces: ['prose.figureMismatch'],
  traits: ADVISORY,
  check(report) {
    const findings: Finding[] = [];
    for (const path of narrativeTextPaths()) {
      const text = narrativeAt(report.narrative, path) ?? '';
      if (!text.trim()) continue;
      // One finding per figure and sentence text. Keyed first by the sentence's offset, so a
      // sentence with many counts hashes its text once per figure, not once per count.
      const seen = new Set<string>();
      const seenAt = new Set<string>();
      const report1 = (figure: KeyFigure, said: number, sentence: string, at: number) => {
        const actual = figureValue(report.tables, figure);
        if (actual === null || actual === said || seenAt.has(`${figure.id}|${at}`)) return;
        seenAt.add(`${figure.id}|${at}`);
        const key = `${figure.id}|${sentence}`;
        if (seen.has(key)) return;
        seen.add(key);
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
            cellId: c ? cellId(cellOf(c.table, c.row, c.column)) : '',
          },
        });
      };
      let sentenceAt = -1;
      let sentenceHas = new Map<string, boolean>();
      for (const count of countsIn(text)) {
        const at = count.index - count.inSentence;
        if (at !== sentenceAt) [sentenceAt, sentenceHas] = [at, new Map()];
        const inSentence = (f: KeyFigure) => {
          let has = sentenceHas.get(f.id);
          if (has === undefined) sentenceHas.set(f.id, (has = f.sentence?.test(count.sentence) ?? true));
          return has;
        };
        const figure = figureFor(count.clauseBefore, inSentence);
        if (figure) report1(figure, count.value, count.sentence, at);
      }
      // Zero in words: 未收到政府信息公开申请 while the table counts some.
      for (const { sentence, start } of sentencesOf(text)) {
        const trimmed = sentence.trim();
        for (const clause of sentence.split(/[，；,;]/)) {
          if (hasCount(clause)) continue;
          const figure = KEY_FIGURES.find((f) => saysZero(f, clause));
          if (figure) report1(figure, 0, trimmed, start);
        }
      }
    }
    return findings;
  },
};

/** “共532条，其中…357条…101篇…75篇”: the parts may not exceed the total. */
export const proseBreakdownRule: Rule = {
  id: 'prose.breakdownExceeds',
  produces: ['prose.breakdownExceeds'],
  traits: ADVISORY,
  check(report) {
    const findings: Finding[] = [];
    for (const path of narrativeTextPaths()) {
      const text = narrativeAt(report.narrative, path) ?? '';
      for (const { sentence } of sentencesOf(text)) {
        const at = sentence.indexOf('其中');
        if (at < 0) continue;
        const counts = countsIn(sentence);
        const total = lastOf(counts.filter((c) => c.inSentence < at));
        const parts = counts.filter((c) => c.inSentence > at);
        if (!total || parts.length < 2) continue;
        const sum = parts.reduce((a, c) => a + c.value, 0);
        if (sum <= total.value) continue;
        findings.push({
          ruleId: 'prose.breakdownExceeds',
          severity: 'warning',
          cells: [path],
          params: { sentence: sentence.trim(), total: total.value, parts: parts.map((p) => p.value).join('+'), sum },
        });
      }
    }
    return findings;
  },
};
