/**
 * Reference: 条例 第四十九条 — who publishes and by when. Departments of governments at county
 * level and above: 31 January; a county-or-higher government's own report: 31 March. Towns follow
 * local notices (no statutory date).
 */
export const ORGAN_KINDS = ['department', 'government', 'township', 'other'] as const;
export type OrganKind = (typeof ORGAN_KINDS)[number];

/** Month (1-12) and day of the statutory deadline in the year after the report year. */
export const PUBLICATION_DEADLINE: Readonly<Record<OrganKind, { month: number; day: number } | null>> = {
  department: { month: 1, day: 31 },
  government: { month: 3, day: 31 },
  township: null,
  other: null,
};

/** The 2021 format applies to reports for 2021 onwards. */
export const FIRST_FORMAT_YEAR = 2021;
/** The last report year a draft may name: a guard against typos such as 20245, not a real horizon. */
export const LAST_REPORT_YEAR = 2100;

/** Largest count accepted in any cell (a city reports 行政许可 11 398 889). */
export const MAX_COUNT = 999_999_999_999;
/**
 * 万元 amounts: up to 6 decimals, up to 12 integer digits. Real reports print 行政事业性收费 to the
 * 分 and beyond (`24252.311082` 万元), so 4 decimals (whole 元) dropped printed figures; draft
 * version 3 widened it (migrations/v2-to-v3.ts).
 */
export const AMOUNT_DECIMALS = 6;
export const AMOUNT_INTEGER_DIGITS = 12;
