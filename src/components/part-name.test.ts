import { describe, expect, it } from 'vitest';
import { narrativeTextPaths } from '../report/index.ts';
import { narrativePartName } from './part-name.ts';

describe('narrativePartName', () => {
  it('names every narrative text by its printed heading, each differently', () => {
    const names = narrativeTextPaths().map((p) => narrativePartName(p, '（开头）'));
    expect(names).not.toContain(null);
    expect(new Set(names).size).toBe(names.length);
    expect(narrativePartName('narrative.overview.areas.onRequest.text', '')).toBe('（二）依申请公开');
    expect(narrativePartName('narrative.overview.intro', '（开头）')).toBe('一、总体情况（开头）');
    expect(narrativePartName('narrative.other.fees.text', '')).toBe('（一）收取信息处理费情况');
  });
  it('is null outside the narrative', () => {
    expect(narrativePartName('tables.t3.newReceived.natural', '')).toBeNull();
    expect(narrativePartName('organ.name', '')).toBeNull();
  });
});
