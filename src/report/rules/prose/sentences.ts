/**
 * Factual sentences for section 一 generated from the tables and last year's figures, offered
 * by the app and inserted only when the user asks. Every sentence passes the prose rules.
 */
import { TABLE2, TABLE3, TABLE4, type ColumnIdOf, type RowIdOf, type TableDef } from '../../definition/index.ts';
import { cellValue } from '../../compute.ts';
import type { Report, Tables } from '../../schema.ts';

const count = <T extends TableDef>(tables: Tables, table: T, row: RowIdOf<T>, column: ColumnIdOf<T>): number | null => {
  const v = cellValue(tables, table, row, column);
  return typeof v === 'number' ? v : null;
};

function change(now: number, before: number | null): string {
  if (before === null) return '';
  if (now > before) return `，较上年增加${now - before}件`;
  if (now < before) return `，较上年减少${before - now}件`;
  return '，与上年持平';
}

/** Sentences about applications (table 三), reconsideration and litigation (四), documents (二). */
export function suggestOverviewSentences(report: Report): string[] {
  const t = report.tables;
  const prev = report.previous?.tables ?? null;
  const out: string[] = [];

  const received = count(t, TABLE3, 'newReceived', 'total');
  const done = count(t, TABLE3, 'resultTotal', 'total');
  const forward = count(t, TABLE3, 'carriedForward', 'total');
  const over = count(t, TABLE3, 'carriedOver', 'total');
  if (received !== null) {
    const before = prev ? count(prev, TABLE3, 'newReceived', 'total') : null;
    const head =
      received === 0
        ? `本年度未收到政府信息公开申请${before !== null && before > 0 ? `，上年为${before}件` : ''}`
        : `本年度新收政府信息公开申请${received}件${change(received, before)}`;
    const parts = [head];
    if (over !== null && over > 0) parts.push(`上年结转${over}件`);
    const tail = [
      done !== null && (done > 0 || received > 0) ? `办结${done}件` : '',
      forward !== null && (forward > 0 || received > 0) ? `结转下年度继续办理${forward}件` : '',
    ].filter(Boolean);
    out.push(`${parts.join('，')}${tail.length ? `；${tail.join('，')}` : ''}。`);
  }
  const disclosed = count(t, TABLE3, 'disclosed', 'total');
  if (disclosed !== null && received !== null && received > 0 && done !== null && done > 0)
    out.push(`办理结果中，予以公开${disclosed}件。`);

  const review = count(t, TABLE4, 'review', 'total');
  const corrected = count(t, TABLE4, 'review', 'corrected');
  const direct = count(t, TABLE4, 'suitDirect', 'total');
  const after = count(t, TABLE4, 'suitAfterReview', 'total');
  if (review !== null && direct !== null && after !== null) {
    const suits = direct + after;
    if (review === 0 && suits === 0) out.push('本年度未发生因政府信息公开引起的行政复议和行政诉讼。');
    else {
      const r =
        review === 0 ? '未发生政府信息公开行政复议' : `政府信息公开行政复议${review}件${corrected ? `，结果纠正${corrected}件` : ''}`;
      const s = suits === 0 ? '未发生政府信息公开行政诉讼' : `政府信息公开行政诉讼${suits}件`;
      out.push(`本年度${r}；${s}。`);
    }
  }

  const docs = (['issued', 'repealed', 'inForce'] as const).map((c) => count(t, TABLE2, 'normativeDocs', c));
  if (docs.every((v) => v !== null) && docs.some((v) => (v ?? 0) > 0)) {
    const [issued, repealed, inForce] = docs;
    out.push(`本年度制发行政规范性文件${issued}件，废止行政规范性文件${repealed}件，现行有效行政规范性文件${inForce}件。`);
  }
  return out;
}
