/** Version 2 → 3 (TRIAL): table 三 gains 9.试验行 and table 四 试验诉讼, blank. Frozen literals. */
import { isObject, type Json } from './json.ts';

const blank = (columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, null]));

function addRows(tables: Json): Json {
  const t3 = isObject(tables.t3) ? tables.t3 : {};
  const t4 = isObject(tables.t4) ? tables.t4 : {};
  return {
    ...tables,
    t3: { ...t3, withheldTrial: blank(['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']) },
    t4: { ...t4, suitTrial: blank(['upheld', 'corrected', 'other', 'pending']) },
  };
}

export function v2ToV3(envelope: Json): Json {
  const report = isObject(envelope.report) ? envelope.report : {};
  const previous = isObject(report.previous) && isObject(report.previous.tables) ? { ...report.previous, tables: addRows(report.previous.tables) } : report.previous;
  const tables = isObject(report.tables) ? addRows(report.tables) : report.tables;
  return { ...envelope, version: 3, report: { ...report, tables, ...(previous === undefined ? {} : { previous }) } };
}
