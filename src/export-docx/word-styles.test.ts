/**
 * What Word's own machinery reads, beyond the text: the PAGE field's cached result, the heading
 * styles with outline levels (navigation pane, PDF bookmarks), the East Asian hint on runs with
 * curly quotes and dashes, and the two font schemes.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../report/index.ts';
import { FONT_SCHEMES } from '../render/fonts.ts';
import { buildReportModel } from '../render/model.ts';
import { reportDocxBytes } from './pack.ts';
import { needsEastAsianHint } from './run-font.ts';
import { readDocx, textOf } from './testing/docx-xml.ts';
import { seedReport } from './testing/seeds.ts';
import JSZip from 'jszip';

const huancui = seedReport('002-huancui-2024.draft.json');

async function stylesXml(bytes: Uint8Array): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file('word/styles.xml')?.async('string')) ?? '';
}

const styleXml = (styles: string, id: string) =>
  new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

/** The body's paragraphs (outside tables) as XML. */
const paragraphXml = (document: string) =>
  [...document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);

describe('the footer’s PAGE field', () => {
  it('is a complex field with a cached number between separate and end, in the footer’s 宋体 4号', async () => {
    const { footers } = await readDocx(await reportDocxBytes(huancui));
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      const field = /<w:fldChar w:fldCharType="begin"\/>[\s\S]*?<w:fldChar w:fldCharType="end"\/>/.exec(footer)?.[0] ?? '';
      const [instruction, result] = field.split('<w:fldChar w:fldCharType="separate"/>');
      expect(instruction).toMatch(/<w:instrText xml:space="preserve">\s*PAGE\s*<\/w:instrText>/);
      expect(textOf(result ?? '')).toMatch(/^[12]$/);
      expect(result).toContain('w:eastAsia="宋体"');
      expect(result).toContain('<w:sz w:val="28"/>');
    }
  });
});

describe('heading styles', async () => {
  const bytes = await reportDocxBytes(huancui);
  const styles = await stylesXml(bytes);
  const { document } = await readDocx(bytes);

  it.each([
    ['Heading1', 'heading 1', 0, '黑体'],
    ['Heading2', 'heading 2', 1, '楷体_GB2312'],
  ])('%s is Word’s built-in “%s” (标题 1/2) at outline level %i in %s 3号, no colour, bold or extra spacing', (id, name, level, font) => {
    const style = styleXml(styles, id);
    expect(style).toContain(`<w:name w:val="${name}"/>`);
    expect(style).toContain(`<w:outlineLvl w:val="${level}"/>`);
    expect(style).toContain(`w:eastAsia="${font}"`);
    expect(style).toContain('<w:sz w:val="32"/>');
    expect(style).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(style).not.toContain('<w:color');
    expect(style).toContain('<w:b w:val="false"/>');
  });

  it('sets the six section headings in 标题 1 and the sub-headings in 标题 2 (a “1.” one in the body font), nothing else', () => {
    const paragraphs = paragraphXml(document);
    const inStyle = (id: string) => paragraphs.filter((p) => p.includes(`<w:pStyle w:val="${id}"/>`)).map(textOf);
    expect(inStyle('Heading1')).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    const subheadings = buildReportModel(huancui).blocks.flatMap((b) => (b.kind === 'subheading' ? [b] : []));
    expect(inStyle('Heading2')).toEqual(subheadings.map((b) => b.text));
    const level2 = paragraphs.filter((p) => p.includes('<w:pStyle w:val="Heading2"/>'));
    expect(level2.find((p) => textOf(p) === '（一）存在问题')).toContain('w:eastAsia="楷体_GB2312"');
    expect(level2.find((p) => textOf(p) === '1.主动公开方面')).toContain('w:eastAsia="仿宋_GB2312"');
  });
});

describe('the East Asian hint', () => {
  it.each(['“引号”', '‘单引号’', '破折号——', '省略号……', '间隔号·', '30℃', '①'])('is needed for %s', (text) => {
    expect(needsEastAsianHint(text)).toBe(true);
  });

  it.each(['政务公开', '2024年12月31日', 'ABC 123', '（一）', '，。；：！？、《》'])('is not needed for %s', (text) => {
    expect(needsEastAsianHint(text)).toBe(false);
  });

  it('is on the runs of text with curly quotes and CJK punctuation, and only on those', async () => {
    const report: Report = structuredClone(huancui);
    report.narrative.other.other = '坚持“公开为常态、不公开为例外”原则——全面推进……';
    report.narrative.problems.problems = '一是公开意识有待加强。';
    const { document } = await readDocx(await reportDocxBytes(report));
    const runs = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? '');
    const quoted = runs.find((r) => textOf(r).startsWith('坚持“公开为常态')) ?? '';
    expect(quoted).toMatch(/<w:rFonts [^>]*w:hint="eastAsia"/);
    const plain = runs.find((r) => textOf(r) === '一是公开意识有待加强。') ?? '';
    expect(plain).toContain('w:eastAsia=');
    expect(plain).not.toContain('w:hint');
  });
});

describe('font schemes', () => {
  it.each(Object.entries(FONT_SCHEMES))('%s: every face of the scheme in document and styles, none of the other', async (id, fonts) => {
    const report: Report = { ...structuredClone(huancui), fontScheme: id as Report['fontScheme'] };
    const bytes = await reportDocxBytes(report);
    const xml = (await readDocx(bytes)).document + (await stylesXml(bytes));
    for (const face of [fonts.title, fonts.body, fonts.heading, fonts.subheading]) expect(xml, face).toContain(`"${face}"`);
    const other = id === 'standard' ? FONT_SCHEMES.system : FONT_SCHEMES.standard;
    for (const face of [other.title, other.body, other.subheading]) expect(xml, face).not.toContain(`"${face}"`);
  });

  it('takes the scheme from the report, overridden by the export option', async () => {
    const report: Report = { ...structuredClone(huancui), fontScheme: 'system' };
    const titleFace = async (r: Report, fonts?: 'standard' | 'system') =>
      /w:ascii="([^"]+)"/.exec((await readDocx(await reportDocxBytes(r, { fonts }))).document)?.[1];
    expect(await titleFace(huancui)).toBe('方正小标宋简体');
    expect(await titleFace(report)).toBe('华文中宋');
    expect(await titleFace(report, 'standard')).toBe('方正小标宋简体');
  });
});
