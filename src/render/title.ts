/**
 * The title as a typist sets it (GB/T 9704-2012 7.3.1: 标题回行时要做到词意完整，排列对称，长短适宜，
 * 梯形或菱形): the organ on the first line, “YYYY年政府信息公开工作年度报告” on the second, centred. An
 * organ too long for one line of 2号 breaks after one of its administrative units (…实验区 / 管理局),
 * never inside a word and never leaving one or two characters alone.
 */

/** 2号 is 22 pt; the 156 mm text block holds 20 of its full-width characters (docs/format.md §7). */
export const TITLE_LINE_WIDTH = 20;

/** `<organ><YYYY>年[度]政府信息公开工作年度报告`, optionally with spaces before the year. */
const YEAR_TAIL = /^(.*?)\s*(\d{4}年度?政府信息公开工作年度报告)$/;

/**
 * Where an organ name may break: after the unit words of Chinese administrative names. Longer
 * words are listed first so that “…开发区” wins over “…区”.
 */
const UNIT_ENDS = [
  '人民政府',
  '管理委员会',
  '委员会',
  '办事处',
  '管理局',
  '实验区',
  '开发区',
  '示范区',
  '新区',
  '街道',
  '片区',
  '自治州',
  '自治县',
  '自治区',
  '省',
  '市',
  '县',
  '区',
  '旗',
  '盟',
  '州',
  '镇',
  '乡',
  '局',
  '厅',
  '办',
] as const;

/** Half-width characters (digits, Latin) take half a character's width. */
export function titleWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u007E]/.test(ch) ? 0.5 : 1;
  return w;
}

/** A line never starts with closing punctuation nor ends with opening punctuation (禁则). */
const NO_START = /^[，。、；：？！）」』”’》〕】]/;
const NO_END = /[（「『“‘《〔【]$/;
/** The shortest line a break may leave: one or two characters alone is what a typist refuses. */
const MIN_LINE = 3;

interface Break {
  at: number;
  score: number;
}

/** Candidate breaks of `text` after unit words; a score of 0 is a perfectly balanced break. */
function unitBreaks(text: string): Break[] {
  const chars = [...text];
  const breaks: Break[] = [];
  for (let at = MIN_LINE; at <= chars.length - MIN_LINE; at++) {
    const before = chars.slice(0, at).join('');
    const after = chars.slice(at).join('');
    const unit = UNIT_ENDS.find((u) => before.endsWith(u));
    if (!unit || NO_START.test(after) || NO_END.test(before)) continue;
    // After 市 of “城市” is inside a word: a one-character unit only counts after two characters of name.
    if (unit.length === 1 && /[城都]市$/.test(before)) continue;
    const imbalance = Math.abs(titleWidth(before) - titleWidth(after));
    breaks.push({ at, score: imbalance + (unit.length === 1 ? 2 : 0) });
  }
  return breaks;
}

/** Lines of at most the title width, broken at unit words when there are any (balanced otherwise). */
export function breakLine(text: string, width = TITLE_LINE_WIDTH): string[] {
  if (titleWidth(text) <= width) return [text];
  const chars = [...text];
  const fits = (b: Break) => titleWidth(chars.slice(0, b.at).join('')) <= width;
  const best = unitBreaks(text)
    .filter(fits)
    .sort((a, b) => a.score - b.score)[0];
  // No unit word to break after: break the first line full, keeping digit and Latin runs whole.
  const at = best?.at ?? fallbackBreak(chars, width);
  return [chars.slice(0, at).join(''), ...breakLine(chars.slice(at).join(''), width)];
}

function fallbackBreak(chars: readonly string[], width: number): number {
  let at = 0;
  let w = 0;
  while (at < chars.length && w + titleWidth(chars[at] ?? '') <= width) w += titleWidth(chars[at++] ?? '');
  at = Math.min(at, chars.length - MIN_LINE);
  while (at > 1 && /[0-9A-Za-z]/.test(chars[at - 1] ?? '') && /[0-9A-Za-z]/.test(chars[at] ?? '')) at--;
  while (at > 1 && (NO_START.test(chars[at] ?? '') || NO_END.test(chars[at - 1] ?? ''))) at--;
  return Math.max(at, 1);
}

/**
 * The printed lines of a title: the organ (broken if it must be), then the year and the report's
 * name. A title that does not end in the report's name (the user's own) is broken as one text.
 * `mark` (the draft copy's “（草稿）”) goes at the end of the last line.
 */
export function titleLines(title: string, mark = ''): string[] {
  const match = YEAR_TAIL.exec(title);
  const organ = match?.[1]?.trim() ?? '';
  const lines = match && organ ? [...breakLine(organ), match[2] ?? ''] : breakLine(title);
  const last = lines.length - 1;
  return lines.map((line, i) => (i === last ? line + mark : line));
}
