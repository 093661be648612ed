import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE3, inputCells, parseDraft } from '../../report/index.ts';
import { main } from '../main.ts';
import { pdfWithoutText } from '../../import/test-helpers.ts';
import type { CliIo } from '../io.ts';

/** Table 三's input cells, from the definition (144 in the 2021 form). */
const T3_INPUTS = inputCells(TABLE3).length;
const FIXTURES = new URL('../../import/fixtures/', import.meta.url);

function memoryIo(files: Record<string, Uint8Array | string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const bytes = (path: string) => {
    const f = files[path] ?? written[path];
    if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  };
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stat: async (p) => ({ kind: 'file', size: bytes(p).length }),
    readBytes: async (p) => bytes(p),
    writeText: async (p, t) => void (written[p] = t),
    writeBytes: async (p, b) => void (written[p] = new TextDecoder().decode(b)),
    today: () => '2025-03-01',
  };
  return { io, out, err, written };
}

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

describe('nianbao import', () => {
  it('imports a .txt and prints sections and findings', async () => {
    const { io, out, written } = memoryIo({ 'r.txt': fixture('seed-002-huancui-2024.txt') });
    expect(await main(['import', 'r.txt', '-o', 'd.json'], io)).toBe(0);
    const draft = parseDraft(written['d.json'] ?? '');
    expect(draft.ok && draft.draft.report.tables.t3.carriedForward.natural).toBe(9);
    expect(out.join('\n')).toContain(`三、收到和处理政府信息公开申请情况：已导入 (${T3_INPUTS}/${T3_INPUTS}个单元格)`);
    expect(out.join('\n')).toContain('headingRenumbered');
  });

  it('imports a .docx with --json', async () => {
    const { io, out } = memoryIo({ 'r.docx': fixture('seed-002.docx') });
    expect(await main(['import', 'r.docx', '-o', 'd.json', '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.format).toBe('docx');
    expect(json.sections.applications).toEqual({ status: 'imported', cells: { found: T3_INPUTS, expected: T3_INPUTS } });
  });

  it('imports a PDF (its text layer) with --json', async () => {
    const { io, out, written } = memoryIo({ 'r.pdf': fixture('pdf/seed-002-huancui-2024.pdf') });
    expect(await main(['import', 'r.pdf', '-o', 'd.json', '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.format).toBe('pdf');
    expect(json.sections.applications).toEqual({ status: 'imported', cells: { found: T3_INPUTS, expected: T3_INPUTS } });
    const draft = parseDraft(written['d.json'] ?? '');
    expect(draft.ok && draft.draft.report.tables.t3.carriedForward.natural).toBe(9);
  });

  it('refuses a scanned PDF plainly (exit 2)', async () => {
    const { io, err, written } = memoryIo({ 'scan.pdf': pdfWithoutText() });
    expect(await main(['import', 'scan.pdf', '-o', 'd.json'], io)).toBe(2);
    expect(err.join('')).toContain('这是扫描件');
    expect(written).toEqual({});
  });

  it('refuses a file that is not a report, writing nothing (exit 2)', async () => {
    const { io, err, written } = memoryIo({ 'x.txt': '会议纪要\n今天开会。' });
    expect(await main(['import', 'x.txt', '-o', 'd.json'], io)).toBe(2);
    expect(err.join('')).toContain('不是政府信息公开工作年度报告');
    expect(written).toEqual({});
    expect(await main(['import', 'x.pdf', '-o', 'd.json'], memoryIo({ 'x.pdf': 'x' }).io)).toBe(2);
    expect(await main(['import', 'x.txt'], io)).toBe(2);
  });

  it('new --from starts this year from last year’s draft', async () => {
    const { io, written } = memoryIo({ 'r.txt': fixture('seed-002-huancui-2024.txt') });
    await main(['import', 'r.txt', '-o', 'last.json'], io);
    expect(await main(['new', '--from', 'last.json', '-o', 'next.json'], io)).toBe(0);
    const next = parseDraft(written['next.json'] ?? '');
    if (!next.ok) throw new Error(next.error.code);
    expect(next.draft.report.year).toBe(2025);
    expect(next.draft.report.tables.t3.carriedOver.natural).toBe(9);
    expect(next.draft.report.previous?.tables.t3.newReceived.natural).toBe(152);
    expect(await main(['new', '--from', 'missing.json', '-o', 'n.json'], io)).toBe(2);
    expect(await main(['new', '--from', 'last.json', '--year', '2030', '-o', 'n.json'], io)).toBe(2);
  });

  it('runs as a real process: npm run -s cli -- import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
    const output = join(dir, 'd.json');
    const stdout = execFileSync(
      'npm',
      ['run', '-s', 'cli', '--', 'import', new URL('seed-004-baishishan-2024.txt', FIXTURES).pathname, '-o', output],
      {
        cwd: new URL('../../../', import.meta.url).pathname,
        encoding: 'utf8',
      },
    );
    expect(stdout).toContain('蛟河市白石山镇人民政府');
    const draft = parseDraft(readFileSync(output, 'utf8'));
    expect(draft.ok && draft.draft.report.tables.t2.penalty.decisions).toBe(3);
  });
});
