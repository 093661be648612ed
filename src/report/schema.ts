/**
 * The zod schema of a report. The table parts are generated from the definition (input cells only:
 * computed cells are never stored); the TypeScript types are inferred from this schema.
 *
 * zod/mini, not classic zod: the same schemas and issues, but tree-shakable, which keeps the app's
 * first download small (classic zod alone was a third of it). Its messages need a locale: English,
 * as the classic one had, since parse.ts reads the received type from the message.
 */
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import {
  ORGAN_KINDS,
  OVERVIEW_AREAS,
  OTHER_PARTS,
  FIRST_FORMAT_YEAR,
  LAST_REPORT_YEAR,
  MAX_COUNT,
  TABLE2,
  TABLE3,
  TABLE4,
  type TableDef,
} from './definition/index.ts';
import { cellId, cellKind, inputCells } from './cells.ts';
import { AMOUNT_PATTERN } from './numbers.ts';
import { FONT_SCHEME_IDS } from './font-scheme.ts';
import type { CellValue, TableInputs } from './model.ts';
import { LINE_LIMIT, OPENING_LIMIT, TEXT_LIMIT } from './text-limits.ts';

z.config(en());

export const countSchema = z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_COUNT)));
export const amountSchema = z.nullable(
  z.string().check(z.regex(AMOUNT_PATTERN, { message: 'amount must be a decimal number of 万元 with at most 6 decimals' })),
);

function tableSchema<T extends TableDef>(table: T): z.ZodMiniType<TableInputs<T>> {
  const rows: Record<string, Record<string, z.ZodMiniType>> = {};
  for (const cell of inputCells(table)) {
    const row = (rows[cell.row] ??= {});
    row[cell.column] = cellKind(table, cell.column) === 'amount' ? amountSchema : countSchema;
  }
  const shape = Object.fromEntries(Object.entries(rows).map(([id, cols]) => [id, z.strictObject(cols)]));
  // The shape is built from the definition at run time; its static type is the mapped TableInputs.
  return z.strictObject(shape) as unknown as z.ZodMiniType<TableInputs<T>>;
}

export const tablesSchema = z.strictObject({
  t2: tableSchema(TABLE2),
  t3: tableSchema(TABLE3),
  t4: tableSchema(TABLE4),
});

// The limits live in text-limits.ts (no zod), which the first screen reads; these checks use them.
export { LINE_LIMIT, OPENING_LIMIT, TEXT_LIMIT } from './text-limits.ts';

const text = (max = TEXT_LIMIT) => z.string().check(z.maxLength(max));
const line = text(LINE_LIMIT);

const areaSchema = z.strictObject({ heading: line, text: text() });
const overviewSchema = z.strictObject({
  intro: text(),
  areas: z.strictObject(
    Object.fromEntries(OVERVIEW_AREAS.map((a) => [a.id, areaSchema])) as Record<(typeof OVERVIEW_AREAS)[number]['id'], typeof areaSchema>,
  ),
});

export const feesSchema = z.strictObject({
  /** null: not answered yet. */
  charged: z.nullable(z.boolean()),
  /** 信息处理费 in 元 (not 万元: unrelated to table 二's 行政事业性收费). */
  amountYuan: amountSchema,
  count: countSchema,
  text: text(),
});

const otherSchema = z.strictObject({
  fees: feesSchema,
  ...(Object.fromEntries(OTHER_PARTS.filter((p) => p.id !== 'fees').map((p) => [p.id, text()])) as Record<
    Exclude<(typeof OTHER_PARTS)[number]['id'], 'fees'>,
    ReturnType<typeof text>
  >),
});

export const narrativeSchema = z.strictObject({
  overview: overviewSchema,
  problems: z.strictObject({ problems: text(), improvements: text() }),
  other: otherSchema,
});

export const openingSchema = z.strictObject({
  siteName: line,
  siteUrl: line,
  contactOffice: line,
  address: line,
  postcode: line,
  phone: line,
});

const isoDate = z.union([z.literal(''), z.iso.date()]);

/** Last year's figures and text, kept so the year-over-year checks work after reopening. */
export const previousYearSchema = z.strictObject({
  year: z.int(),
  tables: tablesSchema,
  narrative: narrativeSchema,
});

/** The most units a 汇总 draft keeps the figures of (a county's towns, a city's departments). */
export const MAX_AGGREGATE_UNITS = 500;

/** Per input cell id, one figure per unit (blank: the unit left it blank); a cell no unit filled is left out. */
export type AggregateCells = { [cell: string]: CellValue[] | undefined };

function aggregateCellsSchema(): z.ZodMiniType<AggregateCells> {
  const counts = z.optional(z.array(countSchema).check(z.maxLength(MAX_AGGREGATE_UNITS)));
  const amounts = z.optional(z.array(amountSchema).check(z.maxLength(MAX_AGGREGATE_UNITS)));
  const cells: Record<string, z.ZodMiniType> = {};
  for (const table of [TABLE2, TABLE3, TABLE4] as const)
    for (const ref of inputCells(table)) cells[cellId(ref)] = cellKind(table, ref.column) === 'amount' ? amounts : counts;
  // Built from the definition at run time, like the tables; read by cell id.
  return z.strictObject(cells) as unknown as z.ZodMiniType<AggregateCells>;
}

/**
 * A 汇总 draft's units and their figures (issue 16), so the wizard can say who contributed what to
 * a cell. Only for the reviewer: no export prints it. Optional, added without a version bump.
 */
export const aggregateSchema = z
  .strictObject({
    units: z
      .array(z.strictObject({ organ: line, year: z.int(), source: z.optional(line) }))
      .check(z.minLength(1), z.maxLength(MAX_AGGREGATE_UNITS)),
    cells: aggregateCellsSchema(),
  })
  .check(
    z.refine((a) => Object.values(a.cells).every((values) => values === undefined || values.length === a.units.length), {
      message: 'every cell lists one figure per unit',
      path: ['cells'],
    }),
  );

export const reportSchema = z.strictObject({
  organ: z.strictObject({ name: line, kind: z.enum(ORGAN_KINDS) }),
  year: z.int().check(z.minimum(FIRST_FORMAT_YEAR), z.maximum(LAST_REPORT_YEAR)),
  opening: openingSchema,
  /** Title and opening paragraph: null means "generated from the fields above". */
  preamble: z.strictObject({ title: z.nullable(line), opening: z.nullable(text(OPENING_LIMIT)) }),
  /** The fonts of the exported file (font-scheme.ts); absent means the official ones. No version bump: older drafts lack it. */
  fontScheme: z.optional(z.enum(FONT_SCHEME_IDS)),
  narrative: narrativeSchema,
  tables: tablesSchema,
  /**
   * `deadline`: the publication deadline set in 基本信息 (issue 12). Optional, added without a
   * version bump: absent or '' means the default for the organ kind (deadline.ts).
   */
  signature: z.strictObject({ organ: line, date: isoDate, deadline: z.optional(isoDate) }),
  previous: z.optional(previousYearSchema),
  aggregate: z.optional(aggregateSchema),
});

export type Report = z.infer<typeof reportSchema>;
export type Tables = z.infer<typeof tablesSchema>;
export type Narrative = z.infer<typeof narrativeSchema>;
export type Opening = z.infer<typeof openingSchema>;
export type PreviousYear = z.infer<typeof previousYearSchema>;
export type Aggregate = z.infer<typeof aggregateSchema>;
