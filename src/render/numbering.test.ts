import { describe, expect, it } from 'vitest';
import { renumber } from './numbering.ts';

describe('renumber', () => {
  it('numbers the printed parts consecutively (六 with its third part empty)', () => {
    expect(renumber(['（一）收取信息处理费情况', '（二）人大代表建议和政协提案办理情况', '（四）其他需要报告的事项'])).toEqual([
      '（一）收取信息处理费情况',
      '（二）人大代表建议和政协提案办理情况',
      '（三）其他需要报告的事项',
    ]);
  });

  it('numbers a section in the style of its first numbered heading', () => {
    expect(renumber(['（二）积极推动', '（三）认真规范', '（1） 组织推动', '（四）不断强化'])).toEqual([
      '（一）积极推动',
      '（二）认真规范',
      '（三）组织推动',
      '（四）不断强化',
    ]);
    expect(renumber(['1.主动公开方面', '3.政府信息管理方面', '4、平台建设'])).toEqual([
      '1.主动公开方面',
      '2.政府信息管理方面',
      '3.平台建设',
    ]);
  });

  it('leaves headings without a number as typed, and does not take a decimal for a number', () => {
    expect(renumber(['主动公开', '依申请公开'])).toEqual(['主动公开', '依申请公开']);
    expect(renumber(['（一）甲', '2.5万条信息'])).toEqual(['（一）甲', '2.5万条信息']);
  });

  it('counts past ten in Chinese', () => {
    const headings = Array.from({ length: 11 }, (_, i) => `（${i + 1}）项`);
    expect(renumber(headings).slice(9)).toEqual(['（10）项', '（11）项']);
  });
});
