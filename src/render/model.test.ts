import { describe, expect, it } from 'vitest';
import { SECTIONS, emptyReport } from '../report/index.ts';
import { NOTHING_OTHER, buildReportModel, type Block } from './model.ts';
import { SEED_FILES, seedReport } from '../report/testing/seeds.ts';

/** The blocks between a section's heading and the next heading (or the signature). */
function sectionBlocks(blocks: readonly Block[], heading: string): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' || b.kind === 'signature');
  return end < 0 ? rest : rest.slice(0, end);
}

const KAI = /^（([一二三四五六七八九十]+)）/;
const ORDER = '一二三四五六七八九十';

describe('sub-heading numbers', () => {
  it.each(SEED_FILES)('%s numbers the printed （n） sub-headings of every section consecutively', (file) => {
    const { blocks } = buildReportModel(seedReport(file));
    for (const s of SECTIONS) {
      const numbers = sectionBlocks(blocks, s.heading).flatMap((b) => (b.kind === 'subheading' ? [KAI.exec(b.text)?.[1]] : []));
      const kai = numbers.filter((n): n is string => n !== undefined);
      expect(kai, s.heading).toEqual([...ORDER.slice(0, kai.length)]);
    }
  });

  it('renumbers 六 when its third part is empty: （一）（二）（三）, never （四）', () => {
    const report = seedReport('001-zeku-2023.draft.json');
    const heads = sectionBlocks(buildReportModel(report).blocks, '六、其他需要报告的事项').flatMap((b) =>
      b.kind === 'subheading' ? [b.text] : [],
    );
    expect(report.narrative.other.keyPoints).toBe('');
    expect(heads).toEqual(['（一）收取信息处理费情况', '（二）人大代表建议和政协提案办理情况', '（三）其他需要报告的事项']);
  });

  it('prints the customary sentence and no sub-heading when every part of 六 is empty or says “无”', () => {
    const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
    report.narrative.other.other = '无';
    expect(sectionBlocks(buildReportModel(report).blocks, '六、其他需要报告的事项')).toMatchObject([
      { kind: 'paragraph', text: NOTHING_OTHER },
    ]);
    const baishishan = sectionBlocks(buildReportModel(seedReport('004-baishishan-2024.draft.json')).blocks, '六、其他需要报告的事项');
    expect(baishishan).toMatchObject([{ kind: 'paragraph', text: NOTHING_OTHER }]);
  });
});
