/**
 * Tests only: what a typist checks on the printed pages, read from the PDF's text per page
 * (pdfPageLines). Each check returns the problems it found, so a failing test says where.
 */
import { SECTIONS, TABLE3, occupancy, printedGrid } from '../../report/index.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
/** The footer's page number, “— 3 —”. */
const PAGE_NUMBER = /^—\s*\d+\s*—$/;

/** Page lines without the page number, spaces squashed (LibreOffice spaces digits from CJK). */
export function bodyLines(page: readonly string[]): string[] {
  return page.filter((l) => !PAGE_NUMBER.test(l)).map(squash);
}

/** The first page opens with the title's lines, exactly. */
export function titleProblems(pages: readonly (readonly string[])[], lines: readonly string[]): string[] {
  const first = bodyLines(pages[0] ?? []).slice(0, lines.length);
  return first.join('\n') === lines.map(squash).join('\n') ? [] : [`title printed as ${JSON.stringify(first)}`];
}

const KAI = /^（([一二三四五六七八九十]+)）/;
const ORDER = '一二三四五六七八九十';

/**
 * In the narrative sections (no table), the （n） sub-headings run （一）（二）（三）… Lines are
 * collected between a section's heading and the next one.
 */
export function numberingProblems(pages: readonly (readonly string[])[]): string[] {
  const lines = pages.flatMap(bodyLines);
  const problems: string[] = [];
  SECTIONS.forEach((s, i) => {
    if ('table' in s) return;
    const start = lines.indexOf(s.heading);
    const next = SECTIONS[i + 1];
    const end = next ? lines.indexOf(next.heading) : lines.length;
    if (start < 0 || end < 0) return void problems.push(`${s.heading}: heading not found`);
    const numbers = lines.slice(start + 1, end).flatMap((l) => KAI.exec(l)?.[1] ?? []);
    if (numbers.join('') !== ORDER.slice(0, numbers.length)) problems.push(`${s.heading}: （${numbers.join('）（')}）`);
  });
  return problems;
}

/** The last page holds more than the signature (organ and date) and its page number. */
export function signatureProblems(pages: readonly (readonly string[])[], signature: readonly string[]): string[] {
  const last = bodyLines(pages[pages.length - 1] ?? []);
  const rest = last.filter((l) => !signature.map(squash).includes(l));
  return rest.length > 0 ? [] : [`page ${pages.length} holds only the signature: ${JSON.stringify(last)}`];
}

/** Table 三's groups （三）–（六）: the first characters of each sub-row label, by group. */
export function table3Groups(): { group: string; rows: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const line of occupancy(printedGrid(TABLE3))) {
    const group = line[1]?.cell;
    const row = line[2]?.cell;
    if (!group || !row || group.kind !== 'label' || row.kind !== 'label' || group.rowSpan < 2) continue;
    // Six characters fit the first line of the label column: a wrapped label still starts with them.
    groups.set(group.text, [...(groups.get(group.text) ?? []), squash(row.text).slice(0, 6)]);
  }
  return [...groups].map(([group, rows]) => ({ group, rows }));
}

/** Every sub-row of a （三）–（六） group on one page (searched from table 三's heading on). */
export function groupSplitProblems(pages: readonly (readonly string[])[]): string[] {
  const bodies = pages.map(bodyLines);
  const from = bodies.findIndex((p) => p.includes('三、收到和处理政府信息公开申请情况'));
  const problems: string[] = [];
  for (const { group, rows } of table3Groups()) {
    const at = rows.map((prefix) => bodies.findIndex((p, n) => n >= from && p.some((l) => l.includes(prefix))));
    if (new Set(at).size !== 1 || at.includes(-1)) problems.push(`${group} on pages ${at.map((n) => n + 1).join(',')}`);
  }
  return problems;
}
