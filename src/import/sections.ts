/**
 * Finding the six section headings in an imported report, in order, tolerating renumbered
 * headings (“3、” / “5、” instead of “三、”, docs/format.md §6) and reworded headings that keep the
 * section's key words.
 */
import { SECTIONS, type SectionId } from '../report/index.ts';
import { formatChineseNumber } from '../report/chinese-numerals.ts';
import { editDistance, normalizeLabel } from './normalize.ts';
import type { SourceLine } from './source.ts';

/** Words a reworded heading of each section still contains. */
const KEY_WORDS: Readonly<Record<SectionId, readonly string[]>> = {
  overview: ['总体情况', '概述', '基本情况'],
  proactive: ['主动公开'],
  applications: ['申请'],
  litigation: ['行政复议', '行政诉讼'],
  problems: ['问题', '改进'],
  other: ['其他'],
};

export interface FoundHeading {
  readonly section: SectionId;
  readonly line: number;
  /** The heading used an Arabic number (3、) instead of the official 三、. */
  readonly renumbered: boolean;
  readonly printed: string;
}

function headingBody(heading: string): string {
  return normalizeLabel(heading.replace(/^[一二三四五六]、/, ''));
}

/** 三、 / 3、 / 3. / (三) / (3) at the start of a normalised heading. */
function headingPrefix(index: number): RegExp {
  const chinese = formatChineseNumber(index + 1);
  return new RegExp(`^(?:(${chinese})、|(${index + 1})[、.．]|\\((${chinese}|${index + 1})\\))`);
}

function matchHeading(normalized: string, prefix: RegExp, section: (typeof SECTIONS)[number]): { renumbered: boolean } | null {
  if (normalized.length > 40) return null;
  const match = prefix.exec(normalized);
  if (!match) return null;
  const body = normalized.slice(match[0].length).replace(/[.。]$/, '');
  const official = headingBody(section.heading);
  const similar = body === official || editDistance(body, official, 3) <= 3 || KEY_WORDS[section.id].some((w) => body.includes(w));
  if (!similar || body.length < 2) return null;
  return { renumbered: !match[1] };
}

/** Headings found, in order; each section at most once, searched after the previous one. */
export function findHeadings(lines: readonly SourceLine[]): FoundHeading[] {
  const found: FoundHeading[] = [];
  let from = 0;
  // Each line is normalised once, not once per section searched past it (a text without headings
  // was normalised six times over).
  const normalized: (string | undefined)[] = [];
  SECTIONS.forEach((section, index) => {
    // Built once per section, not once per line searched.
    const prefix = headingPrefix(index);
    for (let i = from; i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.cells.filter(Boolean).length !== 1) continue;
      const hit = matchHeading((normalized[i] ??= normalizeLabel(line.text)), prefix, section);
      if (hit) {
        found.push({ section: section.id, line: i, renumbered: hit.renumbered, printed: line.text });
        from = i + 1;
        return;
      }
    }
  });
  return found;
}

/** Line ranges [start, end) of each found section's content, heading excluded. */
export function sectionRanges(headings: readonly FoundHeading[], lineCount: number): Map<SectionId, { start: number; end: number }> {
  const ranges = new Map<SectionId, { start: number; end: number }>();
  headings.forEach((h, i) => ranges.set(h.section, { start: h.line + 1, end: headings[i + 1]?.line ?? lineCount }));
  return ranges;
}
