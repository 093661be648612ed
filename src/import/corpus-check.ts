/**
 * Imported cells against a corpus report's transcribed figures (`../shared/corpus/*.expected.json`,
 * shape in that folder's README). Used by the corpus test and by `npm run corpus`: one comparison
 * per input cell of tables 二–四, `null` meaning blank in the report or not printed at all.
 * Totals are computed, never stored, so only input cells are compared.
 */
import { ALL_INPUT_CELLS, cellId, getInput, parseAmount, type CellRef, type Report } from '../report/index.ts';

export type ExpectedValue = number | string | null;

export interface CellMismatch {
  readonly cell: string;
  readonly expected: ExpectedValue;
  readonly actual: ExpectedValue;
}

export interface CellComparison {
  /** Input cells compared (166 in the 2021 form). */
  readonly total: number;
  /** Cells whose imported value equals the expected one (blank = blank). */
  readonly exact: number;
  readonly mismatches: readonly CellMismatch[];
}

/** The corpus names table 三's rows in official order; these are the definition's ids. */
const T3_ROWS: Readonly<Record<string, string>> = {
  newReceived: 'newReceived',
  carriedOver: 'carriedOver',
  granted: 'disclosed',
  partial: 'partial',
  deny_stateSecret: 'withheldStateSecret',
  deny_lawForbidden: 'withheldProhibitedByLaw',
  deny_threeSecurity: 'withheldThreeSecurity',
  deny_thirdParty: 'withheldThirdParty',
  deny_internal: 'withheldInternalAffairs',
  deny_process: 'withheldProcess',
  deny_enforcementFile: 'withheldEnforcementFile',
  deny_query: 'withheldQueryMatter',
  unable_notHeld: 'unableNotHeld',
  unable_needCreate: 'unableNeedsCreation',
  unable_unclear: 'unableUnclear',
  notProcessed_petition: 'notHandledPetition',
  notProcessed_repeat: 'notHandledRepeat',
  notProcessed_publication: 'notHandledPublication',
  notProcessed_massive: 'notHandledMassive',
  notProcessed_confirm: 'notHandledConfirm',
  other_noCorrection: 'otherNoCorrection',
  other_noFee: 'otherUnpaidFee',
  other_other: 'otherOther',
  carriedForward: 'carriedForward',
};
/** Table 三's input columns in the corpus's column order (its 7th, 总计, is computed here). */
const T3_COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];
const T2_ITEM1: Readonly<Record<string, string>> = { made: 'issued', repealed: 'repealed', valid: 'inForce' };
const T2_ITEM1_ROWS: Readonly<Record<string, string>> = { regulations: 'rules', normativeDocs: 'normativeDocs' };
const T2_DECISIONS: Readonly<Record<string, string>> = { licensing: 'licensing', punishment: 'penalty', coercion: 'enforcement' };
const T4_ROWS: Readonly<Record<string, string>> = {
  review: 'review',
  litigationDirect: 'suitDirect',
  litigationAfterReview: 'suitAfterReview',
};
const T4_COLUMNS = ['upheld', 'corrected', 'other', 'pending'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

/** A number or null as printed; anything else (a missing key) counts as not printed. */
function valueOf(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A 万元 amount as the draft keeps it (canonical decimal string), from the transcribed number. */
function amountOf(v: unknown): string | null {
  if (typeof v === 'string') {
    const parsed = parseAmount(v);
    return parsed.ok ? parsed.value : v;
  }
  const n = valueOf(v);
  if (n === null) return null;
  const parsed = parseAmount(String(n));
  return parsed.ok ? parsed.value : String(n);
}

/** Every input cell's expected value, keyed by cell id (`t3.newReceived.natural`). */
export function expectedCells(expected: unknown): Map<string, ExpectedValue> {
  const out = new Map<string, ExpectedValue>();
  for (const ref of ALL_INPUT_CELLS) out.set(cellId(ref), null);
  if (!isRecord(expected)) return out;
  const t2 = own(expected, 'table2');
  if (isRecord(t2)) {
    for (const [name, row] of Object.entries(T2_ITEM1_ROWS)) {
      const printed = own(t2, name);
      for (const [key, column] of Object.entries(T2_ITEM1))
        out.set(`t2.${row}.${column}`, isRecord(printed) ? valueOf(own(printed, key)) : null);
    }
    for (const [name, row] of Object.entries(T2_DECISIONS)) out.set(`t2.${row}.decisions`, valueOf(own(t2, name)));
    out.set('t2.fees.amount', amountOf(own(t2, 'feesWanYuan')));
  }
  const t3 = own(expected, 'table3');
  const rows = isRecord(t3) ? own(t3, 'rows') : undefined;
  if (isRecord(rows))
    for (const [name, row] of Object.entries(T3_ROWS)) {
      const printed = own(rows, name);
      T3_COLUMNS.forEach((column, i) => out.set(`t3.${row}.${column}`, Array.isArray(printed) ? valueOf(printed[i]) : null));
    }
  const t4 = own(expected, 'table4');
  if (isRecord(t4))
    for (const [name, row] of Object.entries(T4_ROWS)) {
      const printed = own(t4, name);
      T4_COLUMNS.forEach((column, i) => out.set(`t4.${row}.${column}`, Array.isArray(printed) ? valueOf(printed[i]) : null));
    }
  return out;
}

/** The imported report's input cells against expected values by cell id. */
export function compareCells(report: Report, expected: ReadonlyMap<string, ExpectedValue>): CellComparison {
  const mismatches: CellMismatch[] = [];
  const cells: readonly CellRef[] = ALL_INPUT_CELLS;
  for (const ref of cells) {
    const id = cellId(ref);
    const want = expected.get(id) ?? null;
    const got = getInput(report.tables, ref) ?? null;
    if (want !== got) mismatches.push({ cell: id, expected: want, actual: got });
  }
  return { total: cells.length, exact: cells.length - mismatches.length, mismatches };
}

/** An imported report against a corpus `*.expected.json` (parsed). */
export function compareWithExpected(report: Report, expected: unknown): CellComparison {
  return compareCells(report, expectedCells(expected));
}
