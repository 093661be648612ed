import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { TEXT_LIMIT, parseDraft, serializeDraft } from '../report/index.ts';
import { importText } from './import-report.ts';
import { renderImportFinding } from './messages.ts';
import { seedText } from './test-helpers.ts';

/** Seed 002 with a paragraph of `length` characters at the start of section 一. */
function withLongOverview(length: number): string {
  return seedText('002').replace(/(一、总体情况[^\n]*\n)/, `$1${'长'.repeat(length)}\n`);
}

describe('an imported draft within the limits', () => {
  it('cuts a section 一 text over 200 000 characters, says so, and the draft saves and reopens', () => {
    const result = importText(withLongOverview(TEXT_LIMIT + 1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const intro = result.report.narrative.overview.intro;
    expect(intro).toHaveLength(TEXT_LIMIT);
    expect(intro.startsWith('长'.repeat(1000))).toBe(true);
    const finding = result.findings.find((f) => f.code === 'textTooLong');
    expect(finding).toMatchObject({ severity: 'warning', section: 'overview', cells: ['narrative.overview.intro'] });
    const length = Number(finding?.params.length);
    expect(length).toBeGreaterThan(TEXT_LIMIT);
    expect(finding?.params).toMatchObject({ limit: TEXT_LIMIT, cut: length - TEXT_LIMIT });
    expect(finding && renderImportFinding(finding, createI18n('zh-CN'))).toMatch(
      new RegExp(`一、总体情况.*上限200000个字符，已截去末尾${length - TEXT_LIMIT}个字符`),
    );
    const reopened = parseDraft(serializeDraft(result.report));
    expect(reopened.ok && reopened.draft.report).toEqual(result.report);
  });

  it('leaves a text within the limit as it is', () => {
    const result = importText(withLongOverview(1000));
    expect(result.ok && result.findings.some((f) => f.code === 'textTooLong')).toBe(false);
    expect(result.ok && result.report.narrative.overview.intro.includes('长'.repeat(1000))).toBe(true);
  });
});
