/**
 * Chinese numerals as printed in reports: 〇一二三四五六七八九 (and 零, 两), units 十百千 and
 * 万/亿. Parses 十 (10), 十一, 一百零五, 两千, 一万零一, digit strings like 二〇二四; formats the
 * standard reading (一百零五, 一万零一, 十一) so the two round-trip.
 */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** Characters a Chinese numeral is made of (for scanning text). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

/** Below 10 000: 一千零五, 十一, 两百. Returns null when malformed. */
function parseSection(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null;
      digit = DIGITS[ch] ?? 0;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch] ?? 1;
      if (unit >= lastUnit) return null;
      // 十 at the start (十一) or after 零 (一百零十) means 一十; other bare units are malformed.
      const bareTen = unit === 10 && (digit === 0 || (digit === null && total === 0));
      if (digit === null && !bareTen) return null;
      total += (bareTen ? 1 : (digit ?? 0)) * unit;
      digit = null;
      lastUnit = unit;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** A numeral with place units (一万零一) or a plain digit string (二〇二四). */
export function parseChineseNumber(input: string): number | null {
  const text = input.trim();
  if (!text) return null;
  const chars = [...text];
  if (chars.every((c) => c in DIGITS) && chars.length > 1) {
    // 二〇二四 / 一九: positional digits, as in years.
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let rest = text;
  for (const big of ['亿', '万'] as const) {
    const at = rest.indexOf(big);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    const value = head === '' ? null : parseChineseNumber(head);
    if (value === null) return null;
    total += value * (BIG_UNITS[big] ?? 1);
    rest = rest.slice(at + 1);
  }
  if (rest === '') return total;
  const small = parseSection(rest);
  return small === null ? null : total + small;
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNIT_CHARS = ['', '十', '百', '千'] as const;

function formatSection(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += `${DIGIT_CHARS[d] ?? ''}${UNIT_CHARS[p] ?? ''}`;
  }
  return out;
}

/** The standard reading of a whole number ≥ 0: 105 → 一百零五, 10 001 → 一万零一, 11 → 十一. */
export function formatChineseNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a whole number ≥ 0: ${value}`);
  if (value === 0) return '零';
  const groups: number[] = [];
  for (let n = value; n > 0; n = Math.floor(n / 10_000)) groups.push(n % 10_000);
  const names = ['', '万', '亿', '万亿'];
  let out = '';
  for (let g = groups.length - 1; g >= 0; g--) {
    const part = groups[g] ?? 0;
    if (part === 0) continue;
    // A gap inside the number (一万零一, 一亿零五百) reads 零.
    if (out && part < 1000) out += '零';
    out += formatSection(part) + (names[g] ?? '');
  }
  // 一十一 reads 十一 only at the very start.
  return out.startsWith('一十') ? out.slice(1) : out;
}
