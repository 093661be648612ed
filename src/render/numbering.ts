/**
 * Sub-heading numbers as printed: consecutive over the parts that are actually printed. A section
 * whose third part is empty prints （一）（二）（三）, never （一）（二）（四） — a typist renumbers by hand
 * what the form's fixed sub-headings would leave with a gap (docs/format.md §2: the sub-parts of 一、五、六
 * are conventional headings, numbered in order under their section).
 */
import { formatChineseNumber } from '../report/index.ts';

type Style = 'kai' | 'arabicParen' | 'arabicDot' | 'arabicComma';

/** Leading markers a sub-heading may carry: （一）, （1）, 1. / 1． and 1、 (spaces after it dropped). */
const MARKERS: ReadonlyArray<{ style: Style; pattern: RegExp }> = [
  { style: 'kai', pattern: /^[（(][〇零一二三四五六七八九十]+[）)]\s*/ },
  { style: 'arabicParen', pattern: /^[（(][0-9０-９]+[）)]\s*/ },
  { style: 'arabicDot', pattern: /^[0-9０-９]+[.．](?![0-9])\s*/ },
  { style: 'arabicComma', pattern: /^[0-9０-９]+、\s*/ },
];

function marker(heading: string): { style: Style; rest: string } | null {
  for (const { style, pattern } of MARKERS) {
    const m = pattern.exec(heading);
    if (m) return { style, rest: heading.slice(m[0].length) };
  }
  return null;
}

function numbered(style: Style, n: number): string {
  switch (style) {
    case 'kai':
      return `（${formatChineseNumber(n)}）`;
    case 'arabicParen':
      return `（${n}）`;
    case 'arabicDot':
      return `${n}.`;
    case 'arabicComma':
      return `${n}、`;
  }
}

/**
 * The printed sub-headings of one section, renumbered 1, 2, 3… in the style of the first one that
 * carries a number (a section is numbered in one style: 004's “（二）…（1）…（四）” prints （一）…（五）).
 * A heading without a number keeps its text but still takes its place in the count.
 */
export function renumber(headings: readonly string[]): string[] {
  const first = headings.map(marker).find((m) => m !== null);
  if (!first) return [...headings];
  return headings.map((heading, i) => {
    const m = marker(heading);
    return m ? numbered(first.style, i + 1) + m.rest : heading;
  });
}
