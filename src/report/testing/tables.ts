/** Test support: tables stated by the few cells a test cares about. */
import { ALL_INPUT_CELLS, emptyTables, withInput, type Tables } from '../index.ts';

/** Cell ids to values: `t3.newReceived.natural` is one cell, `t3.newReceived.*` the whole row. */
export type Inputs = Record<string, number | null>;

/** Tables with every input 0 except `inputs`; an id that names no input cell throws. */
export function zeroTablesWith(inputs: Inputs): Tables {
  let t = emptyTables();
  for (const ref of ALL_INPUT_CELLS) t = withInput(t, ref, 0);
  for (const [id, value] of Object.entries(inputs)) {
    const [table, row, column] = id.split('.');
    const refs = ALL_INPUT_CELLS.filter((c) => c.table === table && c.row === row && (column === '*' || c.column === column));
    if (refs.length === 0) throw new Error(id);
    for (const ref of refs) t = withInput(t, ref, value);
  }
  return t;
}
