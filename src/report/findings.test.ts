import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { emptyReport } from './empty.ts';
import { QUOTE_MAX, findingId, renderFinding, type Finding, type FindingParams, type ImportFinding } from './findings.ts';
import { openingMissingRule } from './rules/meta-rules.ts';

const context = { today: '2025-01-15' };

describe('the finding vocabulary', () => {
  it('rejects, at compile time, an id without a message (tsc checks these lines)', () => {
    // @ts-expect-error 'table.nonexistent' is not a key of the rules locale
    const rule: Finding = { ruleId: 'table.nonexistent', severity: 'error', cells: [], params: {} };
    // @ts-expect-error 'severity' is a group of the rules locale, not a message
    const group: Finding = { ruleId: 'severity', severity: 'error', cells: [], params: {} };
    // @ts-expect-error an import finding's code must be a key under import:findings
    const note: ImportFinding = { code: 'noSuchNote', severity: 'info', section: 'basics', cells: [], params: {} };
    // @ts-expect-error a list parameter holds message keys, not free text
    const params: FindingParams = { fields: ['common:openingFields.fax'] };
    expect([rule, group, note, params]).toHaveLength(4);
  });

  it('renders rule and import findings with one renderer', () => {
    const zh = createI18n('zh-CN');
    const note: ImportFinding = {
      code: 'titleWithoutYear',
      severity: 'info',
      section: 'basics',
      cells: ['organ.name'],
      params: { year: 2024 },
    };
    expect(renderFinding(note, zh)).toBe('原报告标题没有年份，已从正文取得年度2024');
    expect(findingId(note)).toBe('titleWithoutYear');
    const rule: Finding = { ruleId: 'meta.organMissing', severity: 'error', cells: ['organ.name'], params: {} };
    expect(renderFinding(rule, zh)).toBe('未填写机关名称');
    expect(findingId(rule)).toBe('meta.organMissing');
  });

  it('a list parameter is data (message keys) and reads in the UI language with its separator', () => {
    const report = emptyReport({ year: 2024 });
    report.opening = { ...report.opening, siteName: '某镇网站', siteUrl: 'http://x.gov.cn', contactOffice: '党政办', address: '某路1号' };
    const [finding] = openingMissingRule.check(report, context);
    expect(finding?.params.fields).toEqual(['common:openingFields.postcode', 'common:openingFields.phone']);
    expect(renderFinding(finding!, createI18n('zh-CN'))).toBe('开头段落缺少：邮编、电话');
    expect(renderFinding(finding!, createI18n('en'))).toBe('The opening paragraph lacks: postcode, phone');
  });

  it('quotes at most QUOTE_MAX characters of a sentence: a 200 000-character one is cut, a real one kept whole (issue 10)', () => {
    const zh = createI18n('zh-CN');
    const finding = (sentence: string): Finding => ({
      ruleId: 'prose.figureMismatch',
      severity: 'warning',
      cells: ['narrative.overview.intro'],
      params: { sentence, said: 1, table: '四', cell: '行政复议 总计', actual: 0 },
    });
    const run = '行政强制1件'.repeat(33_000);
    const cut = renderFinding(finding(run), zh);
    expect(cut).toContain(`“${run.slice(0, QUOTE_MAX - 1)}…”`);
    expect(cut.length).toBeLessThan(QUOTE_MAX + 100);
    const real = '行'.repeat(QUOTE_MAX);
    expect(renderFinding(finding(real), zh)).toContain(`“${real}”`);
    expect(renderFinding(finding(real), zh)).not.toContain('…');
  });
});
