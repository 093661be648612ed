/**
 * What the text in a table cell means. The text is never changed into another number: it is a
 * figure (full-width digits, correct thousands grouping, spaces and the cell's unit accepted, read
 * by the domain's parseCount/parseAmount), text on its way to a figure (“1,2” while typing 1,234),
 * or not a figure, with the reason. Only a figure reaches the draft; otherwise the cell is blank there.
 */
import {
  normalizeNumberText,
  parseAmount,
  parseCount,
  withoutUnit,
  type CellKind,
  type CellValue,
  type NumberProblem,
} from '../../report/index.ts';

export type CellInput = { kind: 'value'; value: CellValue } | { kind: 'pending' } | { kind: 'invalid'; problem: NumberProblem };

/** A space inside a figure, as in “58 1”: two figures run together, or a typo, never 581. */
const INNER_SPACE = /\S[\s\u3000\u00a0]+\S/;
/** …unless it groups by three, as printed reports do: “3 119”. */
const SPACE_GROUPED = /^[\d０-９]{1,3}(?:[\s\u3000\u00a0][\d０-９]{3})+(?:[.．][\d０-９]*)?$/;

export function cellInput(kind: CellKind, text: string): CellInput {
  const bare = withoutUnit(text, kind === 'amount').trim();
  if (INNER_SPACE.test(bare) && !SPACE_GROUPED.test(bare)) return { kind: 'invalid', problem: 'notNumber' };
  const parsed = kind === 'amount' ? parseAmount(bare) : parseCount(bare);
  if (parsed.ok) return { kind: 'value', value: parsed.value };
  if (parsed.problem !== 'notNumber') return { kind: 'invalid', problem: parsed.problem };
  // Only digits and separators: an unfinished thousands group, a figure once complete.
  const allowed = kind === 'amount' ? /^[\d,]*(\.\d*)?$/ : /^[\d,]*$/;
  return allowed.test(normalizeNumberText(bare)) ? { kind: 'pending' } : { kind: 'invalid', problem: 'notNumber' };
}

/** Why a cell's text is not a figure, once the user has left it (a pending text is then wrong too). */
export function problemOf(kind: CellKind, text: string): NumberProblem | null {
  const input = cellInput(kind, text);
  return input.kind === 'invalid' ? input.problem : input.kind === 'pending' ? 'notNumber' : null;
}

/** The value the draft holds for a text: its figure, or blank — never a number read from part of it. */
export function draftValue(kind: CellKind, text: string): CellValue {
  const input = cellInput(kind, text);
  return input.kind === 'value' ? input.value : null;
}

/** The text shown for a stored value: blank stays blank. */
export function cellText(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
