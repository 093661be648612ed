/**
 * The w:rFonts of a run. Every run names its East Asian font, or Word/WPS fall back to a Latin one
 * (docs/format.md §7). Curly quotes, dashes, the ellipsis and the middle dot sit in Unicode ranges
 * Word draws with the Latin font (half-width) unless the run carries the East Asian hint, so runs
 * holding them get `w:hint="eastAsia"`, as Word itself writes for Chinese text.
 */
import type { FontScheme } from '../render/fonts.ts';

/**
 * Characters of the ranges Word shares between Latin and East Asian fonts that Chinese text uses
 * full-width: Latin-1 signs (§ ° ± · × ÷), general punctuation (‐–—―‘’“”‥…‧‰′″※), ℃ №, Roman
 * numerals, arrows, circled numbers and geometric shapes (①②… ■□▲○●★).
 */
const EAST_ASIAN_AMBIGUOUS =
  /[\u00A7\u00A8\u00B0\u00B1\u00B7\u00D7\u00F7\u2010-\u203B\u2103\u2116\u2160-\u216B\u2190-\u2199\u2460-\u24FF\u25A0-\u25FF\u2605\u2606]/;

export function needsEastAsianHint(text: string): boolean {
  return EAST_ASIAN_AMBIGUOUS.test(text);
}

const hinted = (text: string) => (needsEastAsianHint(text) ? { hint: 'eastAsia' } : {});

/** Latin letters and digits in the scheme's Latin font, everything else in `eastAsia`. */
export function runFont(fonts: FontScheme, eastAsia: string, text = '') {
  return { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia, ...hinted(text) };
}

/** Every slot in one face: the title (its year's digits too) and the page number (4号半角宋体数字). */
export function oneFont(face: string, text = '') {
  return { ascii: face, hAnsi: face, cs: face, eastAsia: face, ...hinted(text) };
}
