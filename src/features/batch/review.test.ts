import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as importer from '../../import/index.ts';
import { SEED_DRAFTS } from '../../report/fixtures/seeds.ts';
import { serializeDraft, withInput, getInput } from '../../report/index.ts';
import { countsOf, reviewFile, withCrossYear, type ReviewRow } from './review.ts';

const today = '2025-03-01';
const bytes = (text: string) => new TextEncoder().encode(text);
const seedText = readFileSync(new URL('../../import/fixtures/seed-001-zeku-2023.txt', import.meta.url), 'utf8');

describe('batch review of one file', () => {
  it('a draft is read as a draft, with its findings', async () => {
    const row = await reviewFile('002.json', bytes(JSON.stringify(SEED_DRAFTS['002'])), importer, today);
    expect(row.ok && row.format).toBe('draft');
    expect(row.ok && countsOf(row).prose).toBe(1);
  });

  it('a published report is imported: cells read of expected, and its prose contradiction counted', async () => {
    const row = await reviewFile('zeku-2023.txt', bytes(seedText), importer, today);
    if (!row.ok) throw new Error('not read');
    expect(row.report.organ.name).toContain('泽库镇');
    expect(row.cells).toEqual({ read: row.cells?.expected, expected: expect.any(Number) as number });
    expect(countsOf(row).prose).toBeGreaterThan(0);
  });

  it('a file that is not a report or not a draft is a row saying why', async () => {
    const notDraft = await reviewFile('x.json', bytes('{"app":'), importer, today);
    expect(notDraft.ok).toBe(false);
    expect(!notDraft.ok && notDraft.problem.kind).toBe('draft');
    const notReport = await reviewFile('x.txt', bytes('会议纪要'), importer, today);
    expect(!notReport.ok && notReport.problem.kind).toBe('import');
    const pdfless = await reviewFile('x.doc', bytes('…'), importer, today);
    expect(!pdfless.ok && pdfless.problem.kind).toBe('unsupported');
  });

  it('two years of one organ in the set: the later one carries the cross-year findings', async () => {
    const current = (await reviewFile('2024.json', bytes(JSON.stringify(SEED_DRAFTS['002'])), importer, today)) as Extract<
      ReviewRow,
      { ok: true }
    >;
    const forward = { table: 't3', row: 'carriedForward', column: 'natural' } as const;
    const carried = Number(getInput(current.report.tables, { table: 't3', row: 'carriedOver', column: 'natural' }));
    const lastReport = { ...current.report, year: current.report.year - 1, tables: withInput(current.report.tables, forward, carried + 2) };
    const last = await reviewFile('2023.json', bytes(serializeDraft(lastReport)), importer, today);
    const rows = withCrossYear([current, last], today);
    const later = rows[0];
    expect(later?.ok && later.crossYear.some((f) => f.ruleId === 'prev.carryOver')).toBe(true);
    expect(later?.ok && countsOf(later).similarity).toBeGreaterThan(90);
    expect(rows[1]?.ok && rows[1].crossYear).toEqual([]);
  });
});
