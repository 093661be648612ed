/**
 * Every kind of exported file passes Microsoft's validator (Open XML SDK) for Office 2016 and
 * Microsoft 365: the five seeds, a draft copy, hostile text, a city's figures with a six-decimal
 * amount, a report with empty parts. A deliberately broken file fails, so a pass means something.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReport, type Report } from '../report/index.ts';
import { bigReport } from '../report/testing/big.ts';
import { reportDocxBytes } from './pack.ts';
import { SEED_FILES, seedReport } from './testing/seeds.ts';
import { hostileReport } from './testing/hostile.ts';
import { OFFICE_VERSIONS, validateDocx } from './testing/ooxml-validator.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'nianbao-ooxml-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(work, `${name}.docx`);
  await writeFile(file, bytes);
  return file;
}

const emptyParts = (): Report => {
  const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
  report.narrative.other.other = '无';
  return report;
};

const CASES: [string, () => Report, boolean][] = [
  ...SEED_FILES.map((f): [string, () => Report, boolean] => [f, () => seedReport(f), false]),
  ['draft copy', () => seedReport('002-huancui-2024.draft.json'), true],
  ['hostile text', () => hostileReport(seedReport('002-huancui-2024.draft.json')), false],
  ['seven-digit figures, six-decimal amount', () => bigReport(1234567, '24252.311082'), false],
  ['empty parts', emptyParts, true],
  ['系统自带字体 font scheme', () => ({ ...seedReport('001-zeku-2023.draft.json'), fontScheme: 'system' as const }), false],
];

describe('Microsoft’s Open XML validator', () => {
  it.each(CASES)('%s: no schema error for Office 2016 or Microsoft 365', async (name, report, draftCopy) => {
    const file = await write(name.replace(/\W+/g, '-'), await reportDocxBytes(report(), { draftCopy }));
    for (const version of OFFICE_VERSIONS) expect(await validateDocx(file, version), version).toEqual({ ok: true, errors: [] });
  });

  it('fails a deliberately broken file', async () => {
    const zip = await JSZip.loadAsync(await reportDocxBytes(seedReport('001-zeku-2023.draft.json')));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file('word/document.xml', document.replace('<w:body>', '<w:body><w:p><w:pPr><w:bogus/></w:pPr></w:p>'));
    const file = await write('broken', await zip.generateAsync({ type: 'uint8array' }));
    const result = await validateDocx(file, 'Microsoft365');
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.errorType)).toContain('Schema');
  });
});
