/**
 * Version 0 → 1. Version 0 was the prototype's format: organ as two flat fields and table cells as
 * one flat map keyed by cell id (`t3.newReceived.natural`), no opening block, no preamble.
 *
 * Frozen: everything version 1 looked like is copied here as literals, never read from today's
 * definition, so that changing the form later cannot change what this step produces. Later steps
 * bring its output up to date.
 */
import { isObject, type Json } from './json.ts';

const T2_ITEM1 = ['issued', 'repealed', 'inForce'];
const T3_APPLICANTS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];
const T4_RESULTS = ['upheld', 'corrected', 'other', 'pending'];

/** Version 1's input cells: table → row → its columns. */
const V1_INPUT_CELLS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  t2: {
    rules: T2_ITEM1,
    normativeDocs: T2_ITEM1,
    licensing: ['decisions'],
    penalty: ['decisions'],
    enforcement: ['decisions'],
    fees: ['amount'],
  },
  t3: Object.fromEntries(
    [
      'newReceived',
      'carriedOver',
      'disclosed',
      'partial',
      'withheldStateSecret',
      'withheldProhibitedByLaw',
      'withheldThreeSecurity',
      'withheldThirdParty',
      'withheldInternalAffairs',
      'withheldProcess',
      'withheldEnforcementFile',
      'withheldQueryMatter',
      'unableNotHeld',
      'unableNeedsCreation',
      'unableUnclear',
      'notHandledPetition',
      'notHandledRepeat',
      'notHandledPublication',
      'notHandledMassive',
      'notHandledConfirm',
      'otherNoCorrection',
      'otherUnpaidFee',
      'otherOther',
      'carriedForward',
    ].map((row) => [row, T3_APPLICANTS]),
  ),
  t4: { review: T4_RESULTS, suitDirect: T4_RESULTS, suitAfterReview: T4_RESULTS },
};

/**
 * Version 1's computed cells (totals). Version 0 files could hold them; they are copied through so
 * that validation names them, as version 1 did, rather than dropping a figure silently.
 */
const V1_COMPUTED_CELLS: Readonly<Record<string, { rows: readonly string[]; columns: readonly string[] }>> = {
  t3: { rows: ['resultTotal'], columns: ['total'] },
  t4: { rows: [], columns: ['total'] },
};

function isV1Cell(table: string, row: string, column: string): boolean {
  // Own keys only: a hostile id such as `t3.__proto__.x` must not reach Object.prototype.
  const rows = Object.prototype.hasOwnProperty.call(V1_INPUT_CELLS, table) ? V1_INPUT_CELLS[table] : undefined;
  const computed = Object.prototype.hasOwnProperty.call(V1_COMPUTED_CELLS, table) ? V1_COMPUTED_CELLS[table] : undefined;
  if (!rows) return false;
  const columns = Object.prototype.hasOwnProperty.call(rows, row) ? rows[row] : undefined;
  if (columns) return columns.includes(column) || !!computed?.columns.includes(column);
  // A computed row has every column of the table (table 二 has none).
  return !!computed?.rows.includes(row) && (T3_APPLICANTS.includes(column) || computed.columns.includes(column));
}

function emptyV1Tables(): Record<string, Record<string, Record<string, null>>> {
  const tables: Record<string, Record<string, Record<string, null>>> = {};
  for (const [table, rows] of Object.entries(V1_INPUT_CELLS)) {
    tables[table] = Object.fromEntries(
      Object.entries(rows).map(([row, columns]) => [row, Object.fromEntries(columns.map((c) => [c, null]))]),
    );
  }
  return tables;
}

function emptyV1Narrative(): Json {
  const area = (heading: string) => ({ heading, text: '' });
  return {
    overview: {
      intro: '',
      areas: {
        proactive: area('（一）主动公开'),
        onRequest: area('（二）依申请公开'),
        management: area('（三）政府信息管理'),
        platform: area('（四）政府信息公开平台建设'),
        oversight: area('（五）监督保障'),
      },
    },
    problems: { problems: '', improvements: '' },
    other: { fees: { charged: null, amountYuan: null, count: null, text: '' }, proposals: '', keyPoints: '', other: '' },
  };
}

export function v0ToV1(envelope: Json): Json {
  const old = isObject(envelope.report) ? envelope.report : {};
  const organ = typeof old.organName === 'string' ? old.organName : '';
  const tables = emptyV1Tables();
  const cells = isObject(old.cells) ? old.cells : {};
  for (const [id, value] of Object.entries(cells)) {
    const [table, row, column, ...rest] = id.split('.');
    // Unknown cells were never part of a report: they are dropped, as version 1 did.
    if (!table || !row || !column || rest.length > 0 || !isV1Cell(table, row, column)) continue;
    const rowsOfTable = (tables[table] ??= {});
    rowsOfTable[row] = { ...rowsOfTable[row], [column]: value as null };
  }
  const report: Json = {
    organ: { name: organ, kind: old.organKind ?? 'township' },
    year: typeof old.year === 'number' ? old.year : Number(old.year),
    opening: { siteName: '', siteUrl: '', contactOffice: '', address: '', postcode: '', phone: '' },
    preamble: { title: null, opening: null },
    narrative: old.narrative ?? emptyV1Narrative(),
    tables,
    signature: { organ, date: typeof old.date === 'string' ? old.date : '' },
  };
  return { ...envelope, version: 1, app: envelope.app ?? { name: 'nianbao', version: '0' }, report };
}
