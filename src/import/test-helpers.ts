/** Seed fixtures for the import tests: the published texts and the hand-made drafts. */
import { readFileSync, readdirSync } from 'node:fs';
import { parseDraft, type Report } from '../report/index.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const DRAFTS = new URL('../report/fixtures/seeds/', import.meta.url);

export function seedDraft(number: string): Report {
  const file = readdirSync(DRAFTS).find((f) => f.startsWith(number));
  const parsed = parseDraft(readFileSync(new URL(file ?? '', DRAFTS), 'utf8'));
  if (!parsed.ok) throw new Error(`seed draft ${number} does not parse`);
  return parsed.draft.report;
}

export function seedText(number: string): string {
  const file = readdirSync(FIXTURES).find((f) => f.startsWith(`seed-${number}`) && f.endsWith('.txt'));
  return readFileSync(new URL(file ?? '', FIXTURES), 'utf8');
}
