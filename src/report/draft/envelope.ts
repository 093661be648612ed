/**
 * The saved draft: JSON in a versioned envelope. Opening parses the envelope, migrates older
 * versions step by step, then validates the report with the same zod schema the app uses.
 */
import { z } from 'zod/mini';
import { CURRENT_FORM, FORM_IDS } from '../definition/index.ts';
import { reportSchema, type Report } from '../schema.ts';
import { MIGRATIONS } from './migrate.ts';

export const DRAFT_FORMAT = 'nianbao-draft';
/**
 * One more than the last migration step: adding a step (migrate.ts) is the version bump. Version 2
 * added `form`, the id of the official form the report was written in; version 3 allows 万元
 * amounts with six decimals.
 */
export const DRAFT_VERSION = Object.keys(MIGRATIONS).length;
export const APP_NAME = 'nianbao';
export const APP_VERSION = '0.1.0';
export { MAX_DRAFT_BYTES } from '../file-size.ts';

export const draftSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  form: z.enum(FORM_IDS),
  savedAt: z.iso.datetime(),
  app: z.strictObject({ name: z.string().check(z.maxLength(100)), version: z.string().check(z.maxLength(50)) }),
  report: reportSchema,
});

export type Draft = z.infer<typeof draftSchema>;

export function makeDraft(report: Report, now = new Date()): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    form: CURRENT_FORM.id,
    savedAt: now.toISOString(),
    app: { name: APP_NAME, version: APP_VERSION },
    report,
  };
}

export function serializeDraft(report: Report, now = new Date()): string {
  return `${JSON.stringify(makeDraft(report, now), null, 2)}\n`;
}

/** `<organ>-<year>-年报草稿.json`, safe on Windows. */
export { draftFileName } from '../file-name.ts';
