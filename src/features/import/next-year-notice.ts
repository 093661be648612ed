/**
 * The notice shown after starting this year's report from last year's, in a small store so the
 * wizard shows it under the draft bar without owning its state. Apart from next-year.ts, whose
 * carry-forward needs the schema (zod): the notice is on the first screen, the schema is not.
 */
import { createStore } from '../../session/store.ts';

/** The years of the last start from last year's report, for the notice. */
export const nextYearNotice = createStore<{ year: number; next: number } | null>(null);
