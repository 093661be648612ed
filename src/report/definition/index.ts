/** The official 2021 form as data: one description that everything else reads. */
export * from './types.ts';
export * from './sections.ts';
export * from './organ.ts';
export * from './form.ts';
import { TABLE2 } from './table2.ts';
import { TABLE3 } from './table3.ts';
import { TABLE4 } from './table4.ts';
import { GOV_2021 } from './form.ts';

export { TABLE2, TABLE3, TABLE4 };
export const TABLES = GOV_2021.tables;
