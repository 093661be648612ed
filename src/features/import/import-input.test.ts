import { describe, expect, it } from 'vitest';
import { fileKind } from '../../import/file-kind.ts';
import { clipboardInput, fileInput } from './import-input.ts';

const clipboard = (data: Record<string, string>) => ({ getData: (f: string) => data[f] ?? '' });

describe('clipboardInput', () => {
  it('prefers the HTML, keeping the plain text as fallback', () => {
    expect(clipboardInput(clipboard({ 'text/html': '<table><tr><td>1</td></tr></table>', 'text/plain': '1' }))).toEqual({
      kind: 'html',
      html: '<table><tr><td>1</td></tr></table>',
      text: '1',
    });
  });
  it('falls back to plain text, and to nothing for an empty clipboard', () => {
    expect(clipboardInput(clipboard({ 'text/plain': '报告' }))).toEqual({ kind: 'text', text: '报告' });
    expect(clipboardInput(clipboard({ 'text/plain': '  ' }))).toBeNull();
  });
});

describe('fileInput', () => {
  const file = (name: string, text: string) => ({
    name,
    text: async () => text,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer,
  });
  it('reads by extension, case-insensitively', async () => {
    expect(fileKind('报告.DOCX')).toBe('docx');
    expect(await fileInput(file('a.txt', '正文'))).toEqual({ kind: 'text', text: '正文' });
    expect(await fileInput(file('a.htm', '<p>x</p>'))).toEqual({ kind: 'html', html: '<p>x</p>' });
    expect((await fileInput(file('a.docx', 'PK')))?.kind).toBe('docx');
  });
  it('refuses .doc and .xls', async () => {
    expect(await fileInput(file('a.doc', ''))).toBeNull();
    expect(await fileInput(file('a.xls', ''))).toBeNull();
  });
  it('reads a PDF by its name or by its first bytes', async () => {
    expect((await fileInput(file('a.pdf', '')))?.kind).toBe('pdf');
    expect((await fileInput(file('下载.do', '%PDF-1.7\n')))?.kind).toBe('pdf');
  });
});
