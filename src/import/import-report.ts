/**
 * A published report (2021 format) → a draft, with findings and a status per section.
 * Input: plain text (web copy, pdftotext -layout, Markdown), HTML (clipboard text/html) or
 * .docx bytes. Partial success is reported section by section, never silently.
 */
import {
  FIRST_FORMAT_YEAR,
  SECTIONS,
  TABLES,
  cellOf,
  emptyReport,
  fitReport,
  reportSchema,
  sectionOfLocation,
  withInput,
  type OrganKind,
  type Report,
  type SectionId,
} from '../report/index.ts';
import { readDocx, NotADocxError } from './docx.ts';
import { DOCX_LIMITS, type DocxLimits } from './docx-limits.ts';
import { readHtml } from './html.ts';
import { readFrontMatter, readOpeningFields, organName, readSignature } from './front-matter.ts';
import { readOther, readOverview, readProblems } from './narrative-extract.ts';
import { readGrids } from './grid/section-grids.ts';
import { mapTable } from './map/map-tables.ts';
import { isPrintedLayout, readText, type Source } from './source.ts';
import { unwrapLines } from './unwrap.ts';
import type { ImportFinding, ImportResult, SectionReport } from './types.ts';

export type ImportInput =
  | { kind: 'text'; text: string }
  /** Clipboard or web page: the HTML when present, the plain text as fallback. */
  | { kind: 'html'; html: string; text?: string }
  /** `limits`: lower caps than DOCX_LIMITS (tests). */
  | { kind: 'docx'; bytes: Uint8Array; limits?: Partial<DocxLimits> }
  /** A PDF file: its text layer (pdf.js, loaded on demand). */
  | { kind: 'pdf'; bytes: Uint8Array };

export async function importReport(input: ImportInput): Promise<ImportResult> {
  if (input.kind === 'pdf') {
    // pdf.js is large: loaded only when a PDF is opened.
    const { readPdf, NotAPdfError } = await import('./pdf/read-pdf.ts');
    try {
      return importSource(await readPdf(input.bytes));
    } catch (error) {
      if (error instanceof NotAPdfError) return { ok: false, error: 'notAPdf', params: { reason: error.reason } };
      throw error;
    }
  }
  if (input.kind === 'docx') {
    try {
      return importSource(await readDocx(input.bytes, { ...DOCX_LIMITS, ...input.limits }));
    } catch (error) {
      if (error instanceof NotADocxError)
        return error.reason
          ? { ok: false, error: 'notADocx', params: { reason: error.reason, ...error.params } }
          : { ok: false, error: 'notADocx' };
      throw error;
    }
  }
  if (input.kind === 'html') {
    const fromHtml = importSource(readHtml(input.html));
    if (fromHtml.ok || input.text === undefined) return fromHtml;
    return importSource(readText(input.text));
  }
  return importSource(readText(input.text));
}

/** Synchronous import of plain text (CLI, tests). */
export function importText(text: string): ImportResult {
  return importSource(readText(text));
}

export function guessOrganKind(organ: string): OrganKind {
  if (/(?:镇|乡|街道|街道办事处)(?:人民政府|政府)?$|镇人民政府|乡人民政府/.test(organ)) return 'township';
  if (/人民政府$|政府$/.test(organ) && !/办公室|办公厅/.test(organ)) return 'government';
  if (/局|委员会|委$|办公室|办公厅|中心|厅$|署$|院$/.test(organ)) return 'department';
  return 'other';
}

export function importSource(source: Source): ImportResult {
  const lines = source.lines;
  // Line by line, not the whole text joined: a huge paste is not copied once more (issue 10).
  if (lines.every((l) => !l.text.trim())) return { ok: false, error: 'empty' };
  // Stage 1: the reader's lines as one grid per section; stage 2: each table's grid mapped onto the definition.
  const grids = readGrids(lines);
  const { headings, ranges } = grids;
  const findings: ImportFinding[] = [];

  const tableResults = TABLES.map((table) => {
    const section = SECTIONS.find((s) => 'table' in s && s.table === table.id);
    const grid = section ? grids.grid(section.id) : null;
    return { table, section, result: grid ? mapTable(table, grid, { emptyRowsBlank: source.format === 'pdf' }) : null };
  });
  const cellsFound = tableResults.reduce((n, t) => n + (t.result?.values.size ?? 0), 0);
  if (!lines.some((l) => l.text.includes('信息公开')) || (headings.length < 2 && cellsFound === 0))
    return { ok: false, error: 'notAReport' };

  const firstHeading = headings[0]?.line ?? lines.length;
  // A PDF's text layer is hard-wrapped: rejoin its paragraphs before reading them.
  const prose = (texts: string[]) => (isPrintedLayout(source.format) ? unwrapLines(texts) : texts);
  const frontLines = lines.slice(0, firstHeading).map((l) => l.text);
  const front = readFrontMatter(isPrintedLayout(source.format) ? [...frontLines.slice(0, 2), ...prose(frontLines.slice(2))] : frontLines);
  const opening = readOpeningFields(front.opening.join(''));
  const organ = organName(front.organ, opening);
  if (front.year === null) return { ok: false, error: 'notAReport', params: { reason: 'year' } };
  if (front.year < FIRST_FORMAT_YEAR) return { ok: false, error: 'notAReport', params: { reason: 'before2021', year: String(front.year) } };

  const report: Report = emptyReport({ organ, year: front.year, kind: guessOrganKind(organ) });
  report.opening = opening;
  report.preamble = { title: null, opening: front.opening.length ? front.opening.join('\n') : null };
  if (!front.titleHasYear)
    findings.push({ code: 'titleWithoutYear', severity: 'info', section: 'basics', cells: ['organ.name'], params: { year: front.year } });
  if (front.opening.length === 0)
    findings.push({ code: 'openingMissing', severity: 'info', section: 'basics', cells: ['preamble.opening'], params: {} });

  const sections = {} as Record<'basics' | SectionId, SectionReport>;
  const unplaced: Extract<ImportResult, { ok: true }>['unplaced'][number][] = [];
  sections.basics = { status: organ ? 'imported' : 'partial' };

  for (const { table, section, result } of tableResults) {
    if (!section) continue;
    if (!result) {
      sections[section.id] = { status: 'missing', cells: { found: 0, expected: 0 } };
      continue;
    }
    for (const [id, value] of result.values) {
      const [, row = '', column = ''] = id.split('.');
      report.tables = withInput(report.tables, cellOf(table, row, column), value);
    }
    findings.push(...result.findings);
    for (const row of result.unplaced) unplaced.push({ section: section.id, ...row });
    // A cell printed blank was read: it is named by its own finding (blankCells), not lost.
    const found = result.values.size + result.blanks.size;
    const expected = result.expected;
    if (found < expected && !result.oldLayout) {
      findings.push({
        code: 'rowsMissing',
        severity: 'warning',
        section: section.id,
        cells: [],
        params: { table: table.number, found, expected },
      });
    }
    const status = result.oldLayout ? 'oldLayout' : found === 0 ? 'missing' : found < expected ? 'partial' : 'imported';
    sections[section.id] = { status, cells: { found, expected } };
  }

  const textOf = (id: SectionId) => {
    const range = ranges.get(id);
    return range
      ? lines
          .slice(range.start, range.end)
          .map((l) => l.text.replace(/\t/g, ''))
          .filter((t) => t.trim())
      : null;
  };
  const overview = textOf('overview');
  if (overview) report.narrative.overview = readOverview(prose(overview), report.narrative);
  const problems = textOf('problems');
  if (problems) report.narrative.problems = readProblems(prose(problems));
  let other = textOf('other');
  if (other) {
    const signature = readSignature(other);
    report.signature = { organ: signature.organ || organ, date: signature.date };
    other = other.slice(0, other.length - signature.consumed);
    // A lone page number left at the very end of a web copy (seed 003).
    while (other.length && /^\d{1,3}$/.test(other[other.length - 1]?.trim() ?? '')) other.pop();
    report.narrative.other = readOther(prose(other));
  } else report.signature = { organ, date: '' };
  if (!report.signature.date)
    findings.push({ code: 'dateMissing', severity: 'info', section: 'basics', cells: ['signature.date'], params: {} });

  for (const [id, value] of [
    ['overview', overview],
    ['problems', problems],
    ['other', other],
  ] as const) {
    sections[id] = { status: value ? 'imported' : 'missing' };
  }
  for (const s of SECTIONS) {
    if (!ranges.has(s.id))
      findings.push({ code: 'sectionMissing', severity: 'warning', section: s.id, cells: [], params: { heading: s.heading } });
  }
  for (const h of headings) {
    if (h.renumbered)
      findings.push({
        code: 'headingRenumbered',
        severity: 'info',
        section: h.section,
        cells: [],
        params: { printed: h.printed, heading: SECTIONS.find((s) => s.id === h.section)?.heading ?? '' },
      });
  }
  if (source.droppedLines > 0)
    findings.push({ code: 'pageFurnitureDropped', severity: 'info', section: 'basics', cells: [], params: { count: source.droppedLines } });
  return withinLimits({ ok: true, report, findings, sections, format: source.format, unplaced });
}

/**
 * The imported draft validated with the draft schema, so what the wizard takes from an import can
 * be saved and reopened: a text over its field's limit is cut, with a finding saying how much;
 * anything else invalid refuses the import rather than handing the wizard a draft it cannot keep.
 */
function withinLimits(result: Extract<ImportResult, { ok: true }>): ImportResult {
  const { report, cuts } = fitReport(result.report);
  const findings = [...result.findings];
  for (const cut of cuts) {
    const section = sectionOfLocation(cut.path);
    const heading = SECTIONS.find((s) => s.id === section)?.heading ?? cut.path;
    findings.push({
      code: 'textTooLong',
      severity: 'warning',
      section,
      cells: [cut.path],
      params: { heading, length: cut.length, limit: cut.limit, cut: cut.length - cut.limit },
    });
  }
  const checked = reportSchema.safeParse(report);
  if (!checked.success) return { ok: false, error: 'invalidDraft', params: { path: checked.error.issues[0]?.path.join('.') ?? '' } };
  return { ...result, report, findings };
}
