/**
 * What a keystroke may leave in a table cell. Digits (also full-width) and thousands separators are
 * accepted; negatives, letters and (in count cells) decimals are refused on the spot, keeping the
 * previous text. A text that is on its way to a number ("1,2" while typing 1,234) is kept pending.
 */
import { normalizeNumberText, parseAmount, parseCount, type CellKind, type CellValue, type NumberProblem } from '../../report/index.ts';

export type CellInput = { kind: 'value'; value: CellValue } | { kind: 'pending' } | { kind: 'refused'; problem: NumberProblem };

export function cellInput(kind: CellKind, text: string): CellInput {
  const parsed = kind === 'amount' ? parseAmount(text) : parseCount(text);
  if (parsed.ok) return { kind: 'value', value: parsed.value };
  if (parsed.problem !== 'notNumber') return { kind: 'refused', problem: parsed.problem };
  const plain = normalizeNumberText(text);
  // Only digits and separators: an unfinished thousands group, accepted once complete.
  const allowed = kind === 'amount' ? /^[\d,]*(\.\d*)?$/ : /^[\d,]*$/;
  return allowed.test(plain) ? { kind: 'pending' } : { kind: 'refused', problem: 'notNumber' };
}

/** The text shown for a stored value: blank stays blank. */
export function cellText(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
