/**
 * The signature of a report without a seal, GB/T 9704-2012 7.3.5.2 (不加盖印章的公文): 在正文下空一行
 * 右空二字编排发文机关署名，在发文机关署名下一行编排成文日期，首字比发文机关署名首字右移二字；如成文日期
 * 长于发文机关署名，应当使成文日期右空二字编排，并相应增加发文机关署名右空字数. So the organ and the date
 * form a block set flush right with two characters of space, the date starting two characters to
 * the right of the organ's first character. Positions are left indents in twips, so that the
 * two-character step between the lines is exact whatever the width estimate.
 */
import { BODY_CHARACTER_SPACING, TEXT_WIDTH } from './layout.ts';

/** A 3号 (16 pt = 320 twips) character with the body's −0.25 pt spacing: 28 to a line. */
const CHAR = 320 + BODY_CHARACTER_SPACING;
/** Digits and Latin letters in Times New Roman are about half a character wide. */
const HALF = 160 + BODY_CHARACTER_SPACING;
const TWO_CHARS = 2 * CHAR;

export function bodyTextWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u007E]/.test(ch) ? HALF : CHAR;
  return w;
}

/**
 * Left indents (twips) of the organ line and the date line. Either may be missing (no date yet in
 * a draft): a lone line is set flush right with two characters of space.
 */
export function signatureIndents(organ: string, date: string): { organ: number; date: number } {
  const o = bodyTextWidth(organ);
  const d = bodyTextWidth(date);
  const right = TEXT_WIDTH - TWO_CHARS;
  // The organ's right end two characters in, unless the date (two characters further right) would
  // then overrun that limit: then the date's end is two characters in and the organ moves left.
  const organStart = Math.min(right - o, right - d - TWO_CHARS);
  const start = Math.max(0, organ ? organStart : right - d - TWO_CHARS);
  return { organ: start, date: date ? Math.max(0, start + TWO_CHARS) : 0 };
}
