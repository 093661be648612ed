/**
 * Draft migrations: one function per version step, applied in order until the current version.
 * Version 0 was the prototype's format: organ as two flat fields and table cells as one flat map
 * keyed by cell id (`t3.newReceived.natural`), no opening block, no preamble.
 */
import { parseCellId } from '../cells.ts';
import { emptyReport } from '../empty.ts';
import { withInput } from '../tables.ts';
import type { CellValue } from '../model.ts';
import type { Report } from '../schema.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** migrations[n] turns an envelope of version n into one of version n + 1. */
export const MIGRATIONS: Readonly<Record<number, (envelope: Json) => Json>> = {
  0: (envelope) => {
    const old = isObject(envelope.report) ? envelope.report : {};
    const year = typeof old.year === 'number' ? old.year : Number(old.year);
    const base: Report = emptyReport({ organ: typeof old.organName === 'string' ? old.organName : '', year });
    let tables = base.tables;
    const cells = isObject(old.cells) ? old.cells : {};
    for (const [id, value] of Object.entries(cells)) {
      const ref = parseCellId(id);
      // Unknown cells are left for validation to name; computed cells were never meant to be stored.
      if (ref) tables = withInput(tables, ref, value as CellValue);
    }
    const report: Json = {
      ...base,
      organ: { name: base.organ.name, kind: old.organKind ?? base.organ.kind },
      narrative: old.narrative ?? base.narrative,
      tables,
      signature: { organ: base.organ.name, date: typeof old.date === 'string' ? old.date : '' },
    };
    return { ...envelope, version: 1, app: envelope.app ?? { name: 'nianbao', version: '0' }, report };
  },
};
