/**
 * Tolerant text matching for imported reports: debris removed, punctuation and quotes folded to
 * one form, spaces dropped, and labels compared allowing one wrong character.
 */

/** `[bookmark: _GoBack]` and similar markers left by Word-to-text conversions. */
const DEBRIS = /\[(?:bookmark|anchor|image|footnote)[^\]]*\]/gi;
/** Characters Word refuses (docs/format.md §7) and zero-width marks from web pages. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufeff\u200b-\u200d\ufffe\uffff]/g;

export function stripDebris(text: string): string {
  // A marker ends at a ']': after the last one none can match, and the regex would try every
  // '[bookmark' there and scan to the end from each (quadratic). Before it, each attempt ends at
  // the next ']'.
  const end = text.lastIndexOf(']') + 1;
  const head = end > 0 && text.includes('[') ? text.slice(0, end).replace(DEBRIS, '') : text.slice(0, end);
  return (head + text.slice(end)).replace(CONTROL, '');
}

const FOLD: ReadonlyArray<[RegExp, string]> = [
  [/[（(]/g, '('],
  [/[）)]/g, ')'],
  [/[“”„‟"″「」『』]/g, '"'],
  [/[‘’‚‛']/g, "'"],
  [/[，,]/g, ','],
  [/[：:]/g, ':'],
  [/[；;]/g, ';'],
  [/[．.。]/g, '.'],
  [/[、､]/g, '、'],
  [/[—–－−-]/g, '-'],
];
const fullWidthDigit = (d: string) => String.fromCharCode(d.charCodeAt(0) - 0xfee0);

/**
 * normalizeLabel's recent results. Table extraction compares every cell with every row label in
 * a window (rows × cells × up to three joins), so the same few strings are normalised again and
 * again; the cache is cleared when full, which keeps its memory bounded.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 20_000;

/** One canonical form for comparing labels: debris, spaces and punctuation variants folded. */
export function normalizeLabel(text: string): string {
  const cached = NORMALIZED.get(text);
  if (cached !== undefined) return cached;
  if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
  const out = foldLabel(text);
  // Long texts (whole paragraphs) are not worth keeping.
  if (text.length <= 200) NORMALIZED.set(text, out);
  return out;
}

function foldLabel(text: string): string {
  let out = stripDebris(text).replace(/[\s\u3000\u00a0]+/g, '');
  for (const [pattern, replacement] of FOLD) out = out.replace(pattern, replacement);
  return out.replace(/[０-９]/g, fullWidthDigit);
}

/** Levenshtein distance, capped: returns max + 1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = 2): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[y.length] ?? max + 1;
}

/**
 * Same label, tolerating punctuation and one wrong, missing or extra character (≥ 4 characters).
 * `loose` allows about a third of the label to differ: used where the official row order already
 * says which label is expected next (其他法律行政止公开 for 其他法律行政法规禁止公开).
 */
export function labelsMatch(text: string, label: string, options: { loose?: boolean } = {}): boolean {
  const a = normalizeLabel(text);
  const b = normalizeLabel(label);
  if (a === b) return true;
  const length = [...b].length;
  if (length < 4) return false;
  // Loosely, the ordinal (一、 2. （三）) must still agree: it is what tells neighbouring rows apart.
  if (options.loose && ordinalOf(a) !== ordinalOf(b)) return false;
  const tolerance = options.loose ? Math.max(1, Math.floor(length * 0.3)) : 1;
  return editDistance(a, b, tolerance) <= tolerance;
}

/** The leading ordinal of a normalised label: 一、 / 2. / (三) — or '' when there is none. */
export function ordinalOf(normalized: string): string {
  return /^(?:[一二三四五六七八九十]+、|\d+[.、]|\([一二三四五六七八九十\d]+\))/.exec(normalized)?.[0] ?? '';
}
