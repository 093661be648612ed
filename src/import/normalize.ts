/**
 * Tolerant text matching for imported reports: debris removed, punctuation and quotes folded to
 * one form, spaces dropped, and labels compared allowing one wrong character.
 */

/** Work done stripping and folding (characters visited), for the linearity tests. */
export const foldSteps = { count: 0 };

/** `[bookmark: _GoBack]` and similar markers left by Word-to-text conversions: the name after '['. */
const DEBRIS_NAME = /(?:bookmark|anchor|image|footnote)/iy;

/**
 * `text` without debris markers, as `/\[(?:bookmark|anchor|image|footnote)[^\]]*\]/gi` would
 * remove them, in one scan: V8's global replace grows faster than its number of matches (issue 10:
 * twice the matches, 3–4 times the time).
 */
function withoutDebris(text: string): string {
  let out = '';
  let from = 0;
  // A marker ends at a ']': none starts after the last one.
  const last = text.lastIndexOf(']');
  for (let i = text.indexOf('['); i >= 0 && i < last; i = text.indexOf('[', i + 1)) {
    foldSteps.count++;
    DEBRIS_NAME.lastIndex = i + 1;
    if (!DEBRIS_NAME.test(text)) continue;
    const end = text.indexOf(']', DEBRIS_NAME.lastIndex);
    foldSteps.count += (end < 0 ? text.length : end) - i;
    if (end < 0) break;
    out += text.slice(from, i);
    from = end + 1;
    i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Characters Word refuses (docs/format.md §7) and zero-width marks from web pages. */
const isControl = (c: number) =>
  c <= 0x08 || c === 0x0b || (c >= 0x0e && c <= 0x1f) || c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c >= 0xfffe;

/** A UTF-16 unit to remove (0 is itself a control character, removed). */
const DROP = 0;
/**
 * Each UTF-16 unit's form for comparing labels: punctuation variants folded to one, full-width
 * digits to ASCII, spaces (`\s`, U+3000, U+00A0) and control characters dropped.
 */
const FOLDED = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = isControl(c) ? DROP : c;
  const fold = (from: string, to: number) => {
    for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to;
  };
  // Exactly the characters of `\s` (ECMAScript WhiteSpace and LineTerminator).
  fold(
    '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
    DROP,
  );
  const folds: [string, string][] = [
    ['（(', '('],
    ['）)', ')'],
    ['“”„‟"″「」『』', '"'],
    ["‘’‚‛'", "'"],
    ['，,', ','],
    ['：:', ':'],
    ['；;', ';'],
    ['．.。', '.'],
    ['、､', '、'],
    ['—–－−-', '-'],
  ];
  for (const [from, to] of folds) fold(from, to.charCodeAt(0));
  for (let d = 0; d <= 9; d++) table[0xff10 + d] = 0x30 + d;
  return table;
})();

/** UTF-16 units → string, in slices (an argument list has a size limit); lone surrogates kept. */
function unitsToString(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/**
 * Each UTF-16 unit of `text` mapped by `map` (its own code: kept; DROP: removed; another: replaced)
 * in one scan, into one buffer from the first change on: a string built by a concatenation per
 * change grew faster than the text when every other unit changed.
 */
function mapUnits(text: string, map: (c: number) => number): string {
  foldSteps.count += text.length;
  let units: Uint16Array | null = null;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const to = map(c);
    if (!units) {
      if (to === c && c !== DROP) continue;
      units = new Uint16Array(text.length);
      for (size = 0; size < i; size++) units[size] = text.charCodeAt(size);
    }
    if (to !== DROP) units[size++] = to;
  }
  return units ? unitsToString(units.subarray(0, size)) : text;
}

const foldUnit = (c: number) => FOLDED[c] ?? c;
const controlUnit = (c: number) => (isControl(c) ? DROP : c);

/** `text` without debris markers, control characters and zero-width marks. */
export function stripDebris(text: string): string {
  return mapUnits(withoutDebris(text), controlUnit);
}

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
  return mapUnits(withoutDebris(text), foldUnit);
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
