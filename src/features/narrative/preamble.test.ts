import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../report/index.ts';
import { feesSentence, generatedOpening, generatedTitle } from './preamble.ts';

describe('generated text', () => {
  it('title from organ and year', () => {
    expect(generatedTitle(emptyReport({ organ: '临淄区金山镇人民政府', year: 2024 }))).toBe('临淄区金山镇人民政府2024年政府信息公开工作年度报告');
  });
  it('opening paragraph carries the period and the contact, with placeholders for what is missing', () => {
    const report = emptyReport({ organ: '某镇', year: 2024 });
    report.opening.phone = '0533-7500087';
    const text = generatedOpening(report);
    expect(text).toContain('自2024年1月1日起至2024年12月31日止');
    expect(text).toContain('电话：0533-7500087');
    expect(text).toContain('（网址）');
    expect(text).toContain('收到和处理政府信息公开申请情况');
  });
  it('fees sentence for both answers', () => {
    expect(feesSentence({ charged: false, amountYuan: null, count: null, text: '' })).toBe('本年度未收取信息处理费。');
    expect(feesSentence({ charged: true, amountYuan: '120', count: 2, text: '' })).toContain('120元，涉及2件');
  });
});
