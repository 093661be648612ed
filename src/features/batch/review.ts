/**
 * 批量检查: one row per file a reviewer opened — a draft (.json) or a published report (.docx,
 * .html, .txt, …) — with what the county office looks at first: organ, year, how much of the
 * tables was read, errors and warnings, printed totals that do not add up, prose contradictions,
 * last year's text left in. No React: the worker runs it, and the tests run it in Node.
 */
import { parseDraftBytes, runRules, type Finding, type ImportFinding, type Report } from '../../report/index.ts';
import { compareYears, consecutivePairs } from '../../report/aggregate/index.ts';
import type { ImportResult } from '../../import/index.ts';
import type { Importer } from './importer.ts';

export interface ReviewedReport {
  file: string;
  ok: true;
  /** 'draft' for a .json draft, else the importer's format (web text, Word, …). */
  format: string;
  report: Report;
  cells: { read: number; expected: number } | null;
  findings: Finding[];
  importFindings: ImportFinding[];
  /** Findings between this report and the same organ's previous year in the set. */
  crossYear: Finding[];
}
/** Why a file could not be read; rendered in the UI language where it is shown. */
export type Unreadable =
  | { kind: 'draft'; error: Extract<ReturnType<typeof parseDraftBytes>, { ok: false }>['error'] }
  | { kind: 'import'; result: Extract<ImportResult, { ok: false }> }
  | { kind: 'unsupported' }
  | { kind: 'failed'; message: string };
export interface UnreadableFile {
  file: string;
  ok: false;
  problem: Unreadable;
}
export type ReviewRow = ReviewedReport | UnreadableFile;

export interface Counts {
  errors: number;
  warnings: number;
  totalsNotAddingUp: number;
  prose: number;
  stale: number;
  similarity: number | null;
}

const STALE = new Set<string>(['meta.stalePeriod', 'narrative.lastYearAsThis']);

export function countsOf(row: ReviewedReport): Counts {
  const all = [...row.findings, ...row.crossYear];
  const similar = row.crossYear.filter((f) => f.ruleId === 'prev.similarText').map((f) => Number(f.params.percent));
  return {
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length + row.importFindings.filter((f) => f.severity === 'warning').length,
    totalsNotAddingUp: row.importFindings.filter((f) => f.code === 'printedTotalDiffers').length,
    prose: row.findings.filter((f) => f.ruleId.startsWith('prose.')).length,
    stale: row.findings.filter((f) => STALE.has(f.ruleId)).length,
    similarity: similar.length ? Math.max(...similar) : null,
  };
}

/** Reads one file; a file that cannot be read is a row saying why, never an exception. */
export async function reviewFile(file: string, bytes: Uint8Array, importer: Importer, today: string): Promise<ReviewRow> {
  if (/\.json$/i.test(file)) {
    const parsed = parseDraftBytes(bytes);
    if (!parsed.ok) return { file, ok: false, problem: { kind: 'draft', error: parsed.error } };
    const report = parsed.draft.report;
    return {
      file,
      ok: true,
      format: 'draft',
      report,
      cells: null,
      findings: runRules(report, { today }),
      importFindings: [],
      crossYear: [],
    };
  }
  const input = importer.inputOfFile(file, bytes);
  if (!input) return { file, ok: false, problem: { kind: 'unsupported' } };
  const result = await importer.importReport(input);
  if (!result.ok) return { file, ok: false, problem: { kind: 'import', result } };
  let read = 0;
  let expected = 0;
  for (const section of Object.values(result.sections)) {
    read += section.cells?.found ?? 0;
    expected += section.cells?.expected ?? 0;
  }
  return {
    file,
    ok: true,
    format: result.format,
    report: result.report,
    cells: expected ? { read, expected } : null,
    findings: runRules(result.report, { today }),
    importFindings: result.findings,
    crossYear: [],
  };
}

/** The set's cross-year checks: each report compared with the same organ's previous year, if present. */
export function withCrossYear(rows: readonly ReviewRow[], today: string): ReviewRow[] {
  const reviewed = rows.filter((r): r is ReviewedReport => r.ok);
  const pairs = consecutivePairs(reviewed.map((r) => ({ organ: r.report.organ, year: r.report.year, row: r })));
  const found = new Map<ReviewedReport, Finding[]>();
  for (const [last, current] of pairs) found.set(current.row, compareYears(last.row.report, current.row.report, { today }));
  return rows.map((r) => (r.ok && found.has(r) ? { ...r, crossYear: found.get(r) ?? [] } : r));
}
