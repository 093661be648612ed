import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFileName } from './draft/envelope.ts';
import { emptyReport } from './empty.ts';
import { MAX_FILE_NAME_LENGTH, safeFileName } from './file-name.ts';

const report = (organ: string) => emptyReport({ organ, year: 2024 });

describe('file names the app writes', () => {
  it('replaces what Windows forbids and drops invisible characters', () => {
    expect(safeFileName('a/b:c*?"<>|d', '.json')).toBe('a_b_c_d.json');
    expect(safeFileName('某镇\u202egpj.exe', '.docx')).toBe('某镇gpj.exe.docx');
    expect(safeFileName('某\u200b镇\ufeff\x1b[2J', '.json')).toBe('某镇_[2J.json');
    expect(safeFileName('  ..  ', '.json')).toBe('未命名.json');
    expect(safeFileName('CON', '.json')).toBe('_CON.json');
  });

  it('caps the name at 100 characters, keeping the app’s part and the extension', () => {
    const name = draftFileName(report('镇'.repeat(500)));
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('镇-2024-年报草稿.json')).toBe(true);
  });

  it('the draft file name follows them', () => {
    expect(draftFileName(report('a/b\u202e'))).toBe('a_b-2024-年报草稿.json');
  });

  it('never holds a forbidden, control or bidi character, for any organ name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (organ) => {
        const name = draftFileName(report(organ));
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
        expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        expect(name.endsWith('-2024-年报草稿.json')).toBe(true);
      }),
    );
  });
});

describe('file names cut to length', () => {
  // '.docx' leaves 95 characters for the stem.
  const room = MAX_FILE_NAME_LENGTH - '.docx'.length;

  it('a name cut just after its dots loses them all, as Windows would drop them', () => {
    const stem = `${'某'.repeat(room - 2)}..附件`;
    expect(safeFileName(stem, '.docx')).toBe(`${'某'.repeat(room - 2)}.docx`);
  });

  it('a name cut short keeps the spaces and dots inside it', () => {
    const stem = `某市 财政局.办公室${'某'.repeat(200)}`;
    const name = safeFileName(stem, '.docx');
    expect(name.startsWith('某市 财政局.办公室')).toBe(true);
    expect([...name].length).toBe(MAX_FILE_NAME_LENGTH);
  });
});
