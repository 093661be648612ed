import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import type { CliIo } from '../io.ts';
import { seedText } from '../../export-docx/testing/seeds.ts';

function memoryIo(files: Record<string, string>) {
  const written = new Map<string, Uint8Array>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stat: async (p) =>
      p in files
        ? { kind: 'file', size: files[p]?.length ?? 0 }
        : Promise.reject(Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' })),
    readBytes: async (p) => (p in files ? new TextEncoder().encode(files[p]) : Promise.reject(new Error(`ENOENT ${p}`))),
    writeText: async (p, t) => void written.set(p, new TextEncoder().encode(t)),
    writeBytes: async (p, b) => void written.set(p, b),
    today: () => '2025-01-10',
  };
  return { io, written, out, err };
}

// Seed 002 with a 落款日期: a draft without one may not be exported as the final copy (issue 12).
const clean = (() => {
  const draft = JSON.parse(seedText('002-huancui-2024.draft.json')) as { report: { signature: { date: string } } };
  draft.report.signature.date = '2025-01-20';
  return JSON.stringify(draft);
})();
const withErrors = (() => {
  const draft = JSON.parse(clean) as { report: { tables: { t3: { newReceived: { natural: number | null } } } } };
  draft.report.tables.t3.newReceived.natural = null;
  return JSON.stringify(draft);
})();

describe('nianbao export', () => {
  it('writes the .docx of a clean report', async () => {
    const { io, written } = memoryIo({ 'd.json': clean });
    expect(await main(['export', 'd.json', '-o', 'out.docx'], io)).toBe(0);
    const bytes = written.get('out.docx');
    expect(bytes && String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });

  it('refuses a report with errors (exit 1) unless --draft-copy is given', async () => {
    const refused = memoryIo({ 'd.json': withErrors });
    expect(await main(['export', 'd.json', '-o', 'out.docx'], refused.io)).toBe(1);
    expect(refused.written.size).toBe(0);
    expect(refused.err.join('\n')).toContain('table.blank');

    const draft = memoryIo({ 'd.json': withErrors });
    expect(await main(['export', 'd.json', '-o', 'out.docx', '--draft-copy'], draft.io)).toBe(0);
    expect(draft.written.has('out.docx')).toBe(true);
  });

  it('names the fonts of --fonts, else of the draft, else the official ones', async () => {
    const eastAsia = async (args: string[], text = clean) => {
      const { io, written } = memoryIo({ 'd.json': text });
      expect(await main(['export', 'd.json', '-o', 'out.docx', ...args], io)).toBe(0);
      const zip = await JSZip.loadAsync(written.get('out.docx') ?? new Uint8Array());
      const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
      return new Set([...document.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
    };
    expect(await eastAsia([])).toContain('仿宋_GB2312');
    const system = await eastAsia(['--fonts', 'system']);
    expect(system).toContain('仿宋');
    expect(system).not.toContain('仿宋_GB2312');
    const remembered = JSON.stringify({ ...JSON.parse(clean), report: { ...JSON.parse(clean).report, fontScheme: 'system' } });
    expect(await eastAsia([], remembered)).toContain('华文中宋');
    expect(await eastAsia(['--fonts', 'standard'], remembered)).not.toContain('华文中宋');
  });

  it('exits 2 for an unknown --fonts', async () => {
    const { io, err, written } = memoryIo({ 'd.json': clean });
    expect(await main(['export', 'd.json', '-o', 'out.docx', '--fonts', 'comic'], io)).toBe(2);
    expect(err.join('\n')).toContain('--fonts must be standard or system');
    expect(written.size).toBe(0);
  });

  it('exits 2 without an output path or with a file that is not a draft', async () => {
    expect(await main(['export', 'd.json'], memoryIo({ 'd.json': clean }).io)).toBe(2);
    expect(await main(['export', 'd.json', '-o', 'x.docx'], memoryIo({ 'd.json': '{"a":1}' }).io)).toBe(2);
  });
});
