import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/index.ts';
import { analyse } from './analysis.ts';

describe('analyse', () => {
  it('a blank report marks no field and lists nothing under its steps, yet the review has every finding', () => {
    const a = analyse(emptyReport({ year: 2024 }));
    expect(a.findings.length).toBeGreaterThan(0);
    expect([...a.byLocation.keys()]).toEqual([]);
    expect([...a.bySection.keys()].filter((s) => s !== 'review')).toEqual([]);
  });
  it('once a step has something in it, its findings show at its fields', () => {
    const report = emptyReport({ year: 2024 });
    report.organ.name = '某镇人民政府';
    const a = analyse(report);
    expect(a.byLocation.get('signature.date')?.length).toBeGreaterThan(0);
    expect(a.bySection.get('basics')?.length).toBeGreaterThan(0);
    expect(a.bySection.get('applications')).toBeUndefined();
  });
});
