import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { declaredEntries } from './docx-limits.ts';

async function zipOf(entries: number, comment = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  for (let i = 0; i < entries; i++) zip.file(`part${i}.xml`, `<p>${i}</p>`);
  return zip.generateAsync({ type: 'uint8array', comment });
}

describe('declaredEntries: the entry count a zip declares, before it is parsed', () => {
  it('reads the end-of-central-directory record, both bytes of the count', async () => {
    expect(declaredEntries(await zipOf(3))).toBe(3);
    expect(declaredEntries(await zipOf(300))).toBe(300);
  });

  it('finds the record before an archive comment', async () => {
    expect(declaredEntries(await zipOf(2, '年度报告 '.repeat(40)))).toBe(2);
  });

  it('is null for bytes that are no zip, however short', () => {
    expect(declaredEntries(new TextEncoder().encode('这不是压缩包'.repeat(50)))).toBeNull();
    expect(declaredEntries(new Uint8Array(0))).toBeNull();
    expect(declaredEntries(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBeNull();
  });
});
