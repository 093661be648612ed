import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { emptyReport, renderFinding, type Report } from '../index.ts';
import { contactFormatRule, isPhone, isPostcode, isWebAddress } from './contact-rules.ts';

const withOpening = (opening: Partial<Report['opening']>): Report => {
  const report = emptyReport({ organ: '某镇人民政府', year: 2025 });
  return { ...report, opening: { ...report.opening, ...opening } };
};
const check = (r: Report) => contactFormatRule.check(r, { today: '2026-01-10' });

describe('contact details in the opening', () => {
  it('accepts the real reports’ details', () => {
    for (const p of ['255438', '350400', ' 132503 ']) expect(isPostcode(p)).toBe(true);
    for (const p of [
      '0631-5208761',
      '0432-67051348',
      '0591-23107633',
      '（0533）7500087',
      '13812345678',
      '0631-5208761、0631-5208762',
      '400-123-4567',
      '5208761',
      '+86 0631 5208761转8001',
    ])
      expect(isPhone(p), p).toBe(true);
    for (const u of [
      'http://www.wip.gov.cn/',
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/',
      'www.huancui.gov.cn',
      'http://xxgk.jiaohe.gov.cn/szf/bgsxxgkbg/',
    ])
      expect(isWebAddress(u), u).toBe(true);
  });
  it('flags a postcode that is not six digits, a phone that is not one, a website that is not an address', () => {
    for (const p of ['25543', '2554388', '邮编255438', '255 438']) expect(isPostcode(p), p).toBe(false);
    for (const p of ['12345', '无', '0631-520876', '电话见官网', '138123456789']) expect(isPhone(p), p).toBe(false);
    for (const u of ['临淄区人民政府网站', 'http://', 'www', 'http://www.linzi.gov.cn 政务公开栏目'])
      expect(isWebAddress(u), u).toBe(false);
  });
  it('warns at each field, quoting the value, in both languages; blank fields are left to meta.openingMissing', () => {
    const findings = check(withOpening({ postcode: '25543', phone: '12345', siteUrl: '区政府网站' }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.cells])).toEqual([
      ['meta.postcodeInvalid', 'warning', ['opening.postcode']],
      ['meta.phoneInvalid', 'warning', ['opening.phone']],
      ['meta.siteUrlInvalid', 'warning', ['opening.siteUrl']],
    ]);
    expect(renderFinding(findings[0]!, createI18n('zh-CN'))).toBe('邮编“25543”不是6位数字');
    expect(renderFinding(findings[2]!, createI18n('en'))).toContain('“区政府网站” is not a web address');
    expect(check(withOpening({}))).toEqual([]);
    expect(check(withOpening({ postcode: '255438', phone: '0533-7500087', siteUrl: 'http://www.linzi.gov.cn/' }))).toEqual([]);
  });
});
