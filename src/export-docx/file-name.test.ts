import { describe, expect, it } from 'vitest';
import { draftFileName, emptyReport } from '../report/index.ts';
import { exportFileName } from './file-name.ts';

const report = (organ: string) => emptyReport({ organ, year: 2024 });

describe('exportFileName', () => {
  it('uses the same rules as the draft file name (src/report/file-name.ts)', () => {
    expect(draftFileName(report('a/b\u202e'))).toBe('a_b-2024-年报草稿.json');
    expect(exportFileName(report('a/b\u202e'))).toBe('a_b2024年政府信息公开工作年度报告.docx');
  });
  it('keeps the title and the draft mark when the organ name is cut', () => {
    expect(exportFileName(report('𠮷'.repeat(300)), { draftCopy: true }).endsWith('𠮷2024年政府信息公开工作年度报告（草稿）.docx')).toBe(
      true,
    );
  });
});
