/**
 * The official form as one versioned object. A draft names the form it was written in, so that a
 * later form (a new notice changing the tables) can live beside this one and old drafts still say
 * which rows their figures belong to.
 */
import { FIRST_FORMAT_YEAR } from './organ.ts';
import { SECTIONS, type SectionDef } from './sections.ts';
import { TABLE2 } from './table2.ts';
import { TABLE3 } from './table3.ts';
import { TABLE4 } from './table4.ts';
import type { TableDef } from './types.ts';

export interface FormDefinition {
  /** Stable id stored in drafts (`form`): never reused for a different form. */
  readonly id: string;
  /** The notice that fixes this form, verbatim. */
  readonly reference: string;
  /** First report year the form applies to. */
  readonly firstYear: number;
  readonly sections: readonly SectionDef[];
  readonly tables: readonly TableDef[];
}

export const GOV_2021 = {
  id: 'gov-2021',
  reference: '国办公开办函〔2021〕30号',
  firstYear: FIRST_FORMAT_YEAR,
  sections: SECTIONS,
  tables: [TABLE2, TABLE3, TABLE4],
} as const satisfies FormDefinition;

/** Every form a draft may name; the last is the one new drafts are written in. */
export const FORMS = [GOV_2021] as const;
export const CURRENT_FORM = GOV_2021;
export type FormId = (typeof FORMS)[number]['id'];
// FORMS is a non-empty tuple, so its ids are too (z.enum needs the tuple type).
export const FORM_IDS = FORMS.map((form) => form.id) as [FormId, ...FormId[]];
