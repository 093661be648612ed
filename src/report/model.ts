/**
 * Value types of the tables, mapped from the definition's literal types, so that adding a row to
 * a table file changes the report type too.
 */
import type { TableDef } from './definition/index.ts';
import type { TABLE2, TABLE3, TABLE4 } from './definition/index.ts';

type Computed = { readonly sumOf: readonly string[] };
type InputRows<T extends TableDef> = Exclude<T['rows'][number], Computed>;
type InputColumns<T extends TableDef> = Exclude<T['columns'][number], Computed>;
type ColumnsOfRow<T extends TableDef, R> = R extends { readonly columns: readonly (infer K)[] }
  ? Extract<InputColumns<T>, { readonly id: K }>
  : InputColumns<T>;

/** Blank (`null`) is "not yet filled", distinct from 0. Amounts are decimal strings (no float drift). */
export type CountValue = number | null;
export type AmountValue = string | null;
export type CellValue = CountValue | AmountValue;
type ValueOf<C> = C extends { readonly kind: 'amount' } ? AmountValue : CountValue;

export type TableInputs<T extends TableDef> = {
  [R in InputRows<T> as R['id']]: { [C in ColumnsOfRow<T, R> as C['id']]: ValueOf<C> };
};

export type Table2Inputs = TableInputs<typeof TABLE2>;
export type Table3Inputs = TableInputs<typeof TABLE3>;
export type Table4Inputs = TableInputs<typeof TABLE4>;

export interface TablesInputs {
  t2: Table2Inputs;
  t3: Table3Inputs;
  t4: Table4Inputs;
}
