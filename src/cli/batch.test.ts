import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { SEED_DRAFTS, seedDraft } from '../report/fixtures/seeds.ts';
import { parseDraft, serializeDraft, withInput, getInput, valueOf, tableDef } from '../report/index.ts';
import { main } from './main.ts';
import { memoryIo } from './testing.ts';

const seedFile = (id: keyof typeof SEED_DRAFTS) => JSON.stringify(SEED_DRAFTS[id]);

describe('cli check over many files', () => {
  const files = {
    'units/a.json': seedFile('000'),
    'units/b.json': seedFile('002'),
    'units/c.json': seedFile('003'),
    'units/broken.json': '{"app":',
    'other/d.json': seedFile('004'),
  };

  it('prints one row per file for a pattern, a broken file is its own row, and exit is 2', async () => {
    const io = memoryIo(files);
    const exit = await main(['check', 'units/*.json', '--csv'], io);
    const rows = Papa.parse<string[]>(io.stdout.join('\n').trim()).data;
    expect(rows[0]).toEqual(['file', 'organ', 'year', 'errors', 'warnings', 'notes', 'first problem']);
    expect(rows.map((r) => r[0])).toEqual(['file', 'units/a.json', 'units/b.json', 'units/broken.json', 'units/c.json']);
    const broken = rows.find((r) => r[0] === 'units/broken.json');
    expect(broken?.[1]).toBe('');
    expect(broken?.[6]).toContain('units/broken.json');
    const seed002 = rows.find((r) => r[0] === 'units/b.json');
    expect(seed002?.[1]).toBe(seedDraft('002').report.organ.name);
    expect(exit).toBe(2);
  });

  it('without a broken file, exit is 1 when any draft has errors and the JSON lists every finding', async () => {
    const io = memoryIo(files);
    const exit = await main(['check', 'units/a.json', 'units/b.json', 'other/d.json', '--json'], io);
    const rows = JSON.parse(io.stdout.join('\n')) as {
      file: string;
      ok: boolean;
      errors: number;
      findings: { severity: string; message: string }[];
    }[];
    expect(rows.map((r) => r.file)).toEqual(['units/a.json', 'units/b.json', 'other/d.json']);
    for (const r of rows) expect(r.errors).toBe(r.findings.filter((f) => f.severity === 'error').length);
    // The messages are rendered for --json only (the CSV and text rows print the first one alone).
    for (const f of rows.flatMap((r) => r.findings)) expect(f.message).toMatch(/\p{Script=Han}/u);
    expect(exit).toBe(rows.some((r) => r.errors > 0) ? 1 : 0);
  });

  it('a pattern that matches nothing is a usage error; one named file behaves as before', async () => {
    const io = memoryIo(files);
    expect(await main(['check', 'nowhere/*.json'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('no file matches nowhere/*.json');
    const one = memoryIo(files);
    await main(['check', 'units/b.json'], one);
    expect(one.stdout.every((l) => !l.startsWith('file'))).toBe(true);
  });
});

describe('cli sum (汇总) and compare', () => {
  const units = ['000', '002', '003'] as const;
  const files = Object.fromEntries(units.map((id) => [`${id}.json`, seedFile(id)]));

  it('sums three units into a parent draft whose totals are the hand-added units’ totals', async () => {
    const io = memoryIo(files);
    expect(
      await main(['sum', '000.json', '002.json', '003.json', '-o', 'county.json', '--organ', '某县人民政府', '--year', '2024'], io),
    ).toBe(0);
    const parsed = parseDraft(String(io.files.get('county.json')));
    if (!parsed.ok) throw new Error('the sum does not open');
    const total = (tables: Parameters<typeof valueOf>[0]) =>
      valueOf(tables, tableDef('t3'), { table: 't3', row: 'resultTotal', column: 'total' });
    const expected = units.map((id) => Number(total(seedDraft(id).report.tables))).reduce((a, b) => a + b, 0);
    expect(total(parsed.draft.report.tables)).toBe(expected);
    expect(parsed.draft.report.organ).toEqual({ name: '某县人民政府', kind: 'government' });
    // Each unit's figures are kept for the wizard's breakdown of a cell.
    expect(parsed.draft.report.aggregate?.units).toEqual(
      units.map((id) => ({ organ: seedDraft(id).report.organ.name, year: 2024, source: `${id}.json` })),
    );
    const natural = { table: 't3', row: 'newReceived', column: 'natural' } as const;
    expect(parsed.draft.report.aggregate?.cells['t3.newReceived.natural']).toEqual(
      units.map((id) => getInput(seedDraft(id).report.tables, natural)),
    );
  });

  it('units of different years need --year; a parent that differs from the sum is listed cell by cell', async () => {
    const io = memoryIo({ ...files, '001.json': seedFile('001') });
    expect(await main(['sum', '*.json', '-o', 'x.json', '--organ', '县'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('different years');

    const summed = memoryIo(files);
    await main(['sum', '000.json', '002.json', '003.json', '-o', 'own.json', '--organ', '县', '--year', '2024'], summed);
    const own = parseDraft(String(summed.files.get('own.json')));
    if (!own.ok) throw new Error('no parent');
    const ref = { table: 't3', row: 'newReceived', column: 'natural' } as const;
    const changed = {
      ...own.draft.report,
      tables: withInput(own.draft.report.tables, ref, Number(getInput(own.draft.report.tables, ref)) + 1),
    };
    const check = memoryIo({ ...files, 'own.json': serializeDraft(changed) });
    expect(
      await main(
        ['sum', '000.json', '002.json', '003.json', '-o', 'sum.json', '--organ', '县', '--year', '2024', '--parent', 'own.json', '--csv'],
        check,
      ),
    ).toBe(1);
    const rows = Papa.parse<string[]>(check.stdout.join('\n').trim()).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toContain('一、本年新收政府信息公开申请数量');
    expect(rows[1]?.[0]).toContain('自然人');
    expect(rows[1]?.[3]).toBe('1');
  });

  it('compare names a carry-over that differs from last year’s 结转, exit 1; the same figures, exit 0 for it', async () => {
    const current = seedDraft('002').report;
    const carried = getInput(current.tables, { table: 't3', row: 'carriedOver', column: 'natural' });
    const forward = { table: 't3', row: 'carriedForward', column: 'natural' } as const;
    const last = { ...current, year: current.year - 1, narrative: seedDraft('000').report.narrative };
    const io = memoryIo({
      'last.json': serializeDraft({ ...last, tables: withInput(current.tables, forward, Number(carried) + 5) }),
      'this.json': serializeDraft(current),
    });
    expect(await main(['compare', 'last.json', 'this.json'], io)).toBe(1);
    expect(io.stdout.join('\n')).toContain('prev.carryOver');
    const same = memoryIo({
      'last.json': serializeDraft({ ...last, tables: withInput(current.tables, forward, carried) }),
      'this.json': serializeDraft(current),
    });
    await main(['compare', 'last.json', 'this.json'], same);
    expect(same.stdout.join('\n')).not.toContain('prev.carryOver');
  });
});

describe('cli import over many files', () => {
  const seedText = (name: string) => readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url), 'utf8');

  it('writes one draft per report into --out-dir and prints a row each; an unreadable one is a row, exit 2', async () => {
    const io = memoryIo({
      'web/seed-001-zeku-2023.txt': seedText('seed-001-zeku-2023.txt'),
      'web/seed-002-huancui-2024.txt': seedText('seed-002-huancui-2024.txt'),
      'web/notes.txt': '会议纪要：无',
    });
    const exit = await main(['import', 'web/*.txt', '--out-dir', 'drafts', '--csv'], io);
    const rows = Papa.parse<string[]>(io.stdout.join('\n').trim()).data;
    expect(rows[0]?.slice(0, 6)).toEqual(['file', 'draft', 'format', 'organ', 'year', 'cells']);
    expect(rows.map((r) => r[0])).toEqual(['file', 'web/notes.txt', 'web/seed-001-zeku-2023.txt', 'web/seed-002-huancui-2024.txt']);
    expect(rows[1]?.[8]).toContain('web/notes.txt');
    expect(rows[2]?.[1]).toBe('drafts/seed-001-zeku-2023.json');
    expect(rows[2]?.[5]).toBe('166/166');
    const zeku = parseDraft(String(io.files.get('drafts/seed-001-zeku-2023.json')));
    expect(zeku.ok && zeku.draft.report.organ.name).toContain('泽库镇');
    expect(io.files.has('drafts/notes.json')).toBe(false);
    expect(exit).toBe(2);
  });
});
