/** Tests only: the five seed drafts as reports. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseDraft, type Report } from '../index.ts';

const DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

export const SEED_FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.draft.json'))
  .sort();

export function seedText(file: string): string {
  return readFileSync(join(DIR, file), 'utf8');
}

export function seedReport(file: string): Report {
  const result = parseDraft(seedText(file));
  if (!result.ok) throw new Error(`${file}: ${result.error.code}`);
  return result.draft.report;
}
