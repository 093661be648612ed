/** The rules the app and CLI run. A later rule family (previous year, prose) is appended here. */
import type { Rule } from './types.ts';
import { blankRule, identityRule, invalidValueRule, townshipRulesRule } from './table-rules.ts';
import { openingMissingRule, organMissingRule, signatureDateMissingRule, signatureDateRule, yearRangeRule } from './meta-rules.ts';
import { lastYearAsThisRule, stalePeriodRule } from './opening-rules.ts';
import { contactFormatRule } from './contact-rules.ts';
import { announcedCountRule } from './announced-counts.ts';
import { feesRule, section5Rule } from './narrative-rules.ts';
import { carryOverRule, inForceRule, similarTextRule } from './previous-year-rules.ts';
import { inForceVanishedRule, jumpRule } from './previous-year-jumps.ts';
import { proseBreakdownRule, proseFiguresRule } from './prose/prose-rules.ts';

export const DEFAULT_RULES: readonly Rule[] = [
  organMissingRule,
  yearRangeRule,
  signatureDateMissingRule,
  signatureDateRule,
  openingMissingRule,
  stalePeriodRule,
  contactFormatRule,
  invalidValueRule,
  blankRule,
  identityRule,
  townshipRulesRule,
  section5Rule,
  feesRule,
  carryOverRule,
  inForceRule,
  inForceVanishedRule,
  jumpRule,
  similarTextRule,
  lastYearAsThisRule,
  announcedCountRule,
  proseFiguresRule,
  proseBreakdownRule,
];
