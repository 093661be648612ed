import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '../../export-docx/testing/seeds.ts';
import { pdfPageCount, pdfText } from '../../export-docx/testing/libreoffice.ts';
import { findSoffice, NO_SOFFICE } from '../pdf.ts';
import { formatOfPath } from './export-format.ts';
import { SECTIONS } from '../../report/index.ts';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../nianbao.mjs', import.meta.url));

/** Seed 002, dated: a final copy needs a 落款日期. */
const clean = seedText('002-huancui-2024.draft.json').replace('"date": ""', '"date": "2025-01-20"');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-cli-export-'));
  await writeFile(join(dir, 'd.json'), clean);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The real CLI in a child process, with the environment given (PATH in particular). */
async function cli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env, cwd: dir, timeout: 240_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('nianbao export --format html', () => {
  it('writes the standalone page', async () => {
    const result = await cli(['export', 'd.json', '--format', 'html', '-o', 'out.html']);
    expect(result).toMatchObject({ code: 0 });
    const page = await readFile(join(dir, 'out.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<title>威海市环翠区人民政府2024年政府信息公开工作年度报告</title>');
    expect(page).toContain('>6793.94</td>');
  });

  it('refuses a format it does not know', async () => {
    const result = await cli(['export', 'd.json', '--format', 'odt', '-o', 'out.odt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be one of docx, html, pdf');
  });
});

describe('nianbao export --format pdf', () => {
  it('without soffice on PATH exits 2 and says how to get a PDF', async () => {
    // A PATH holding node alone: soffice (in /usr/bin beside node on Debian) is out of reach.
    const bin = join(dir, 'bin');
    await run('mkdir', ['-p', bin]);
    await symlink(process.execPath, join(bin, 'node'));
    const result = await cli(['export', 'd.json', '--format', 'pdf', '-o', 'out.pdf'], { ...process.env, PATH: bin });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(NO_SOFFICE);
    expect(result.stderr).toContain('打印 → 另存为PDF');
    await expect(readFile(join(dir, 'out.pdf'))).rejects.toThrow();
  });

  it('with soffice converts the Word file: the PDF has the title, the six headings and the figures', async () => {
    expect(await findSoffice(process.env.PATH)).not.toBeNull();
    const result = await cli(['export', 'd.json', '-o', 'out.pdf']);
    expect(result).toMatchObject({ code: 0 });
    const pdf = join(dir, 'out.pdf');
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(4);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    expect(text).toContain('威海市环翠区人民政府2024年政府信息公开工作年度报告');
    for (const section of SECTIONS) expect(text).toContain(section.heading);
    expect(text).toContain('6793.94');
  }, 240_000);
});

describe('formatOfPath', () => {
  it('takes the format from the extension, Word otherwise', () => {
    expect(['a.html', 'a.HTM', 'a.pdf', 'a.docx', 'a'].map(formatOfPath)).toEqual(['html', 'html', 'pdf', 'docx', 'docx']);
  });
});

describe('findSoffice', () => {
  it('finds nothing on an empty PATH or one without it', async () => {
    expect(await findSoffice(undefined)).toBeNull();
    expect(await findSoffice(dirname(CLI))).toBeNull();
  });
});
