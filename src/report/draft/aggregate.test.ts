/**
 * A 汇总 draft keeps its units' figures (issue 16): an optional report field in the current draft
 * version, validated and limited by the draft schema, published in the JSON Schema, kept through
 * save → reopen and left behind when next year's draft starts from it.
 */
import { describe, expect, it } from 'vitest';
import { seedDraft } from '../fixtures/seeds.ts';
import { emptyReport } from '../empty.ts';
import { MAX_AGGREGATE_UNITS } from '../schema.ts';
import { startNextYear } from '../carry-forward.ts';
import { aggregateOf, sumReports } from '../aggregate/index.ts';
import { serializeDraft } from './envelope.ts';
import { parseDraft } from './parse.ts';
import { salvageDraft } from './salvage.ts';
import { draftJsonSchema } from './json-schema.ts';

const NOW = new Date('2025-01-20T08:00:00Z');
const seeds = (['000', '002', '003'] as const).map((id) => seedDraft(id).report);
const summed = () => sumReports(seeds, { organ: '某县人民政府', year: 2024, sources: seeds.map((_, i) => `unit-${i}.json`) }).report;

describe('the 汇总 figures in the draft', () => {
  it('save → reopen keeps them', () => {
    const report = summed();
    expect(report.aggregate?.units).toHaveLength(3);
    const reopened = parseDraft(serializeDraft(report, NOW));
    expect(reopened.ok && reopened.draft.report).toEqual(report);
  });

  it('a draft without them is unchanged (no field written)', () => {
    expect(serializeDraft(emptyReport({ year: 2024 }), NOW)).not.toContain('aggregate');
  });

  it('refuses a cell that does not list one figure per unit, a cell that is not an input, a wrong figure', () => {
    const draft = JSON.parse(serializeDraft(summed(), NOW));
    const broken = (edit: (aggregate: { cells: Record<string, unknown>; units: unknown[] }) => void) => {
      const copy = JSON.parse(JSON.stringify(draft));
      edit(copy.report.aggregate);
      return parseDraft(JSON.stringify(copy));
    };
    expect(broken((a) => (a.cells['t3.newReceived.natural'] = [1, 2]))).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'report.aggregate.cells' },
    });
    expect(broken((a) => (a.cells['t3.newReceived.total'] = [1, 2, 3]))).toMatchObject({ ok: false });
    expect(broken((a) => (a.cells['t3.newReceived.natural'] = [1, -2, 3]))).toMatchObject({ ok: false });
    expect(broken((a) => (a.cells['t2.fees.amount'] = [1, null, null]))).toMatchObject({ ok: false });
    expect(broken((a) => (a.units = []))).toMatchObject({ ok: false });
    // Recovery keeps the rest of the draft and names what it left out.
    const copy = JSON.parse(JSON.stringify(draft));
    copy.report.aggregate.cells['t3.newReceived.natural'] = [1];
    const salvaged = salvageDraft(JSON.stringify(copy));
    expect(salvaged?.report.organ.name).toBe('某县人民政府');
    expect(salvaged?.report.aggregate).toBeUndefined();
    expect(salvaged?.dropped).toContain('aggregate');
  });

  it(`keeps at most ${MAX_AGGREGATE_UNITS} units: a larger sum is made without its breakdown`, () => {
    const many = Array.from({ length: MAX_AGGREGATE_UNITS + 1 }, () => ({ report: seeds[0] ?? emptyReport({ year: 2024 }) }));
    expect(aggregateOf(many)).toBeUndefined();
    const most = aggregateOf(many.slice(1));
    expect(most?.units).toHaveLength(MAX_AGGREGATE_UNITS);
    const report = { ...summed(), aggregate: most };
    const reopened = parseDraft(serializeDraft(report, NOW));
    expect(reopened.ok).toBe(true);
    const tooMany = { ...report, aggregate: { units: [...(most?.units ?? []), { organ: '多', year: 2024 }], cells: {} } };
    expect(parseDraft(serializeDraft(tooMany, NOW))).toMatchObject({ ok: false, error: { path: 'report.aggregate.units' } });
  });

  it('is in the published JSON Schema, cell by cell', () => {
    const schema = draftJsonSchema() as {
      properties: { report: { properties: Record<string, { properties?: Record<string, unknown> }> } };
    };
    const aggregate = schema.properties.report.properties.aggregate;
    expect(aggregate?.properties?.units).toBeDefined();
    expect(JSON.stringify(aggregate?.properties?.cells)).toContain('"t3.newReceived.natural"');
  });

  it('does not carry over to next year’s draft (that is not a sum)', () => {
    expect('aggregate' in startNextYear(summed())).toBe(false);
  });
});
