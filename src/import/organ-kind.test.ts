import { describe, expect, it } from 'vitest';
import { guessOrganKind, importText } from './import-report.ts';
import { corpusFiles } from './test-helpers.ts';

describe('guessOrganKind: the kind an imported organ’s name suggests', () => {
  it.each([
    ['某某镇人民政府', 'township'],
    ['某某乡政府', 'township'],
    ['某某乡', 'township'],
    ['某某街道办事处', 'township'],
    ['某某街道', 'township'],
    ['某某县人民政府', 'government'],
    ['某某市政府', 'government'],
    ['某某县人民政府办公室', 'department'],
    ['某某省人民政府办公厅', 'department'],
    ['平潭综合实验区君山片区管理局', 'department'],
    ['某某县卫生健康委员会', 'department'],
    ['某某区发改委', 'department'],
    ['某某县政务服务中心', 'department'],
    ['某某省教育厅', 'department'],
    ['某某县人民法院', 'department'],
    ['某某海关缉私署', 'department'],
    ['某某村民委员会', 'department'],
    ['某某合作社', 'other'],
  ] as const)('%s → %s', (organ, kind) => {
    expect(guessOrganKind(organ)).toBe(kind);
  });
});

describe('importText on corpus 02 (君山片区 2025: table 二 printed short, no signature)', () => {
  const text = corpusFiles().find((f) => f.name.startsWith('02_'))?.text ?? '';

  it('names the table and how many of its cells were read when rows are missing', () => {
    const result = importText(text);
    expect(result.ok && result.findings.filter((f) => f.code === 'rowsMissing')).toEqual([
      { code: 'rowsMissing', severity: 'warning', section: 'proactive', cells: [], params: { table: '二', found: 7, expected: 10 } },
    ]);
  });

  it('signs with the organ of the title when the report prints no signature', () => {
    const result = importText(text);
    expect(result.ok && result.report.signature).toEqual({ organ: '平潭综合实验区君山片区管理局', date: '' });
  });
});

describe('guessOrganKind: mutation gaps (issue 18)', () => {
  it('takes a county bureau whose name holds 乡 or 镇 for a department, not a township', () => {
    // 乡村振兴局 and 城镇 name a subject, not the organ's level: only a name ending in 乡/镇/街道 is a township's.
    expect(guessOrganKind('某某县乡村振兴局')).toBe('department');
    expect(guessOrganKind('某某市城镇住房保障中心')).toBe('department');
  });
});
