import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORM } from '../definition/index.ts';
import { emptyReport } from '../empty.ts';
import { withInput } from '../tables.ts';
import type { Report } from '../schema.ts';
import { DRAFT_VERSION, serializeDraft } from './envelope.ts';
import { MIGRATIONS } from './migrate.ts';
import { parseDraft } from './parse.ts';

const dir = new URL('./fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const versionOf = (name: string) => Number(/^v(\d+)-/.exec(name)?.[1]);
/** `v1-sample.draft.json` → `sample`: the same report saved in successive versions shares one expectation. */
const reportOf = (name: string) => name.replace(/^v\d+-/, '').replace(/\.draft\.json$/, '');

/** What each past-version fixture's report must open as, said in today's terms. */
const EXPECTED: Record<string, () => Report> = {
  // Version 2 → 3 only widened amounts (six decimals): a version 2 report opens exactly as saved.
  fees: () => (JSON.parse(fixture('v2-fees.draft.json')) as { report: Report }).report,
  prototype: () => {
    const base = emptyReport({ organ: '测试镇人民政府', year: 2024, kind: 'township' });
    let tables = base.tables;
    tables = withInput(tables, { table: 't3', row: 'newReceived', column: 'natural' }, 5);
    tables = withInput(tables, { table: 't3', row: 'carriedOver', column: 'natural' }, 1);
    tables = withInput(tables, { table: 't3', row: 'disclosed', column: 'natural' }, 4);
    tables = withInput(tables, { table: 't3', row: 'carriedForward', column: 'natural' }, 2);
    tables = withInput(tables, { table: 't2', row: 'fees', column: 'amount' }, '12.5');
    tables = withInput(tables, { table: 't4', row: 'review', column: 'upheld' }, 1);
    return { ...base, tables, signature: { organ: '测试镇人民政府', date: '2025-01-20' } };
  },
  sample: () => {
    const base = emptyReport({ organ: '样例镇人民政府', year: 2023, kind: 'township' });
    let tables = base.tables;
    tables = withInput(tables, { table: 't3', row: 'newReceived', column: 'natural' }, 3);
    tables = withInput(tables, { table: 't3', row: 'carriedOver', column: 'natural' }, 1);
    tables = withInput(tables, { table: 't3', row: 'disclosed', column: 'natural' }, 2);
    tables = withInput(tables, { table: 't3', row: 'otherOther', column: 'natural' }, 1);
    tables = withInput(tables, { table: 't3', row: 'carriedForward', column: 'natural' }, 1);
    tables = withInput(tables, { table: 't2', row: 'licensing', column: 'decisions' }, 40);
    tables = withInput(tables, { table: 't2', row: 'fees', column: 'amount' }, '0.35');
    tables = withInput(tables, { table: 't4', row: 'suitDirect', column: 'pending' }, 1);
    return {
      ...base,
      tables,
      opening: { ...base.opening, siteName: '样例镇人民政府网站' },
      narrative: { ...base.narrative, problems: { problems: '公开内容不够全面。', improvements: '加强培训。' } },
      signature: { organ: '样例镇人民政府', date: '2024-01-15' },
    };
  },
};

describe('draft migrations', () => {
  const names = readdirSync(dir).filter((n) => n.endsWith('.draft.json'));

  it('keeps one hand-made fixture per past version, each with its expected report', () => {
    const versions = names.map(versionOf);
    for (let v = 0; v < DRAFT_VERSION; v++) expect(versions).toContain(v);
    expect(new Set(names.map(reportOf))).toEqual(new Set(Object.keys(EXPECTED)));
  });

  it.each(names)('opens %s as the expected current report', (name) => {
    const result = parseDraft(fixture(name));
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    expect(result.migratedFrom).toBe(versionOf(name));
    expect(result.draft.version).toBe(DRAFT_VERSION);
    expect(result.draft.form).toBe(CURRENT_FORM.id);
    expect(result.draft.report).toEqual(EXPECTED[reportOf(name)]?.());
  });

  it('has one step per past version, numbered from 0 without gaps', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: DRAFT_VERSION }, (_, v) => v));
    for (let v = 0; v < DRAFT_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('steps are frozen: they import nothing of today’s code but their own JSON helpers', () => {
    const stepDir = new URL('./migrations/', import.meta.url);
    for (const file of readdirSync(stepDir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const source = readFileSync(new URL(file, stepDir), 'utf8');
      const imports = [...source.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)];
      for (const [, typeOnly, from] of imports) if (!typeOnly) expect(`${file} imports ${from}`).toBe(`${file} imports ./json.ts`);
    }
  });

  it('opens a version 2 draft unchanged, its four-decimal amount included', () => {
    const saved = JSON.parse(fixture('v2-fees.draft.json')) as { report: Report };
    const result = parseDraft(fixture('v2-fees.draft.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.migratedFrom).toBe(2);
    expect(result.draft.report).toEqual(saved.report);
    expect(result.draft.report.tables.t2.fees.amount).toBe('4166.2416');
  });

  it('keeps a six-decimal amount through save and reopen in the current version', () => {
    const saved = JSON.parse(fixture('v2-fees.draft.json')) as { report: Report };
    const report = withInput(saved.report.tables, { table: 't2', row: 'fees', column: 'amount' }, '24252.311082');
    const result = parseDraft(serializeDraft({ ...saved.report, tables: report }));
    expect(result.ok && result.draft.report.tables.t2.fees.amount).toBe('24252.311082');
    expect(result.ok && result.migratedFrom).toBeUndefined();
  });

  it('drops unknown and hostile cell ids of a version 0 file without touching prototypes', () => {
    const v0 = JSON.parse(fixture('v0-prototype.draft.json')) as { report: { cells: Record<string, unknown> } };
    v0.report.cells = { 't3.__proto__.natural': 1, 't3.constructor.natural': 1, 'tx.a.b': 1, 't3.newReceived.natural': 7 };
    const result = parseDraft(JSON.stringify(v0));
    expect(result.ok && result.draft.report.tables.t3.newReceived.natural).toBe(7);
    expect(({} as Record<string, unknown>).natural).toBeUndefined();
  });

  it('opens a version 0 file saved before the organ was named with the organ left blank', () => {
    // The prototype saved no organName until one was typed: the report opens with an empty name
    // to fill in, in the title and the signature alike, not with a placeholder or a failure.
    const v0 = JSON.parse(fixture('v0-prototype.draft.json')) as { report: Record<string, unknown> };
    delete v0.report.organName;
    const result = parseDraft(JSON.stringify(v0));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.draft.report.organ.name).toBe('');
    expect(result.draft.report.signature).toEqual({ organ: '', date: '2025-01-20' });
  });
});

describe('version 0 files without a date', () => {
  it('opens a version 0 file saved before a date was typed with the signature date blank', () => {
    // The prototype saved no date until one was picked (or a stray non-text one): the report opens
    // with the date to fill in, not with whatever was stored.
    for (const date of [undefined, 20250120]) {
      const v0 = JSON.parse(fixture('v0-prototype.draft.json')) as { report: Record<string, unknown> };
      if (date === undefined) delete v0.report.date;
      else v0.report.date = date;
      const result = parseDraft(JSON.stringify(v0));
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.draft.report.signature.date).toBe('');
    }
  });
});
