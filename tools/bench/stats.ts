/** Medians and 95th percentiles of repeated timings, and the readable table the bench prints. */
export interface Figure {
  median: number;
  p95: number;
  n: number;
}

export function figure(samples: readonly number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: round(at(0.5)), p95: round(at(0.95)), n: sorted.length };
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

export interface Check {
  name: string;
  measured: number;
  target: string;
  ok: boolean;
}

export function check(name: string, measured: number, op: '<=' | '>=', limit: number, unit: string): Check {
  return { name, measured: round(measured), target: `${op} ${limit} ${unit}`, ok: op === '<=' ? measured <= limit : measured >= limit };
}

export function table(rows: readonly (readonly (string | number)[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(String(r[i] ?? ''))))) ?? [];
  return rows.map((r) => r.map((c, i) => pad(String(c), widths[i] ?? 0)).join('  ')).join('\n');
}

// CJK characters take two columns in a terminal.
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
