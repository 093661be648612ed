import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty.ts';
import { reportSchema } from '../schema.ts';
import { makeDraft, serializeDraft } from './envelope.ts';
import { parseDraft } from './parse.ts';
import { salvageDraft } from './salvage.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a stored draft broken on purpose
function storedWith(mutate: (report: Record<string, any>) => void): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const draft = makeDraft(emptyReport({ year: 2023, organ: '某镇人民政府' })) as unknown as { report: Record<string, any> };
  mutate(draft.report);
  return JSON.stringify(draft);
}

describe('salvageDraft', () => {
  it('takes each valid field, cuts over-long text and names what it dropped', () => {
    const text = storedWith((r) => {
      r.organ.name = '镇'.repeat(501);
      r.narrative.overview.intro = '一'.repeat(200_001);
      r.narrative.problems.problems = '问题';
      r.tables.t3.newReceived.natural = -5;
      r.tables.t3.carriedOver.natural = 7;
      r.opening.phone = 12345;
      r.stray = true;
    });
    expect(parseDraft(text).ok).toBe(false);
    const salvage = salvageDraft(text);
    expect(salvage).not.toBeNull();
    if (!salvage) return;
    expect(reportSchema.safeParse(salvage.report).success).toBe(true);
    expect(salvage.report.year).toBe(2023);
    expect(salvage.report.organ.name).toBe('镇'.repeat(500));
    expect(salvage.report.narrative.overview.intro).toHaveLength(200_000);
    expect(salvage.report.narrative.problems.problems).toBe('问题');
    expect(salvage.report.tables.t3.carriedOver.natural).toBe(7);
    expect(salvage.report.tables.t3.newReceived.natural).toBeNull();
    expect(salvage.report.opening.phone).toBe('');
    expect(salvage.dropped.sort()).toEqual(['opening.phone', 'stray', 'tables.t3.newReceived.natural']);
    expect(salvage.cuts.map((c) => c.path)).toEqual(['organ.name', 'narrative.overview.intro']);
  });

  it('gives back a valid draft unchanged', () => {
    const report = emptyReport({ year: 2022, organ: '某局' });
    report.narrative.other.other = '其他';
    expect(salvageDraft(serializeDraft(report))).toEqual({ report, dropped: [], cuts: [] });
  });

  it('keeps last year when its parts are valid and drops it when its year is not', () => {
    const keep = salvageDraft(
      storedWith((r) => (r.previous = { year: 2022, tables: { t2: 'x' }, narrative: { problems: { problems: '去年' } } })),
    );
    expect(keep?.report.previous?.year).toBe(2022);
    expect(keep?.report.previous?.narrative.problems.problems).toBe('去年');
    expect(keep?.dropped).toEqual(['previous.tables.t2']);
    const drop = salvageDraft(storedWith((r) => (r.previous = { year: 'last' })));
    expect(drop?.report.previous).toBeUndefined();
    expect(drop?.dropped).toContain('previous');
  });

  it('cannot recover text that is not JSON', () => {
    expect(salvageDraft('{"format":"nianbao-draft","report":{"organ"')).toBeNull();
    expect(salvageDraft('[1,2]')).toBeNull();
  });
});

describe('salvageDraft, unknown fields deep in the report', () => {
  it('names an unknown field inside a part by its full path', () => {
    const salvage = salvageDraft(storedWith((r) => (r.organ.stray = 1)));
    expect(salvage?.dropped).toEqual(['organ.stray']);
    expect(salvage?.report.organ.name).toBe('某镇人民政府');
  });
});
