import { describe, expect, it } from 'vitest';
import { FONT_SCHEME_IDS } from '../report/index.ts';
import { FONT_SCHEMES, cssFontStack, fontScheme, type FontRole } from './fonts.ts';

const ROLES: FontRole[] = ['title', 'body', 'heading', 'subheading', 'table', 'pageNumber'];

describe('font schemes', () => {
  it('defaults to 公文标准字体 when the report has no choice', () => {
    expect(fontScheme(undefined)).toBe(FONT_SCHEMES.standard);
    expect(fontScheme('system').title).toBe('华文中宋');
  });

  it('gives the official faces to 公文标准字体 and stock Windows faces to 系统自带字体', () => {
    expect(FONT_SCHEMES.standard).toMatchObject({
      title: '方正小标宋简体',
      body: '仿宋_GB2312',
      heading: '黑体',
      subheading: '楷体_GB2312',
    });
    expect(FONT_SCHEMES.system).toMatchObject({ title: '华文中宋', body: '仿宋', heading: '黑体', subheading: '楷体' });
  });

  it('sets the preview in local stacks: the scheme’s face first (Times New Roman before it for body and tables), the stock face as fallback', () => {
    expect(cssFontStack(FONT_SCHEMES.standard, 'body')).toBe(
      '"Times New Roman", "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", serif',
    );
    expect(cssFontStack(FONT_SCHEMES.system, 'title')).toBe('"华文中宋", "STZhongsong", serif');
    expect(cssFontStack(FONT_SCHEMES.standard, 'heading')).toMatch(/^"黑体", "SimHei".*sans-serif$/);
  });

  it.each(FONT_SCHEME_IDS)('%s: every stack names only local fonts (no web font, no quote in a name)', (id) => {
    for (const role of ROLES) {
      const stack = cssFontStack(FONT_SCHEMES[id], role);
      expect(stack).not.toMatch(/url\(|@import/);
      expect(stack.startsWith(role === 'body' || role === 'table' ? '"Times New Roman"' : `"${FONT_SCHEMES[id][role]}"`)).toBe(true);
    }
  });
});
