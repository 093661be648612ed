/** Seed fixtures for the import tests: the published texts and the hand-made drafts. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/**
 * The shared corpus of real reports with transcribed figures: `../shared/corpus` beside the
 * repository (CI keeps ../shared there). Missing is a failure, never a skip.
 */
export const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

export function corpusFiles(): { name: string; text: string; expected: unknown }[] {
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS.pathname}: the tests need ../shared/corpus beside the repository`);
  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new Error(`no reports in ${CORPUS.pathname}`);
  return names.map((name) => ({
    name,
    text: readFileSync(new URL(name, CORPUS), 'utf8'),
    expected: JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), CORPUS), 'utf8')) as unknown,
  }));
}
