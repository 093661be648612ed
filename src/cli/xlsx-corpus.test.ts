/**
 * The seven real reports of ../shared/corpus as spreadsheets (issue 15): each is imported, its
 * tables exported as .xlsx; the file passes Microsoft's validator, LibreOffice Calc shows every
 * number of the draft (totals too) and every label, and reading the file back gives the same
 * figures. (The five seeds: src/export-xlsx/office.test.ts.) Kept here because only the CLI layer
 * sees both the importer and the exporter.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTables } from '../report/index.ts';
import { importText } from '../import/import-report.ts';
import { corpusFiles } from '../import/test-helpers.ts';
import { reportXlsxBytes } from '../export-xlsx/workbook.ts';
import { readXlsxTables } from '../export-xlsx/load.ts';
import { applyRead } from '../export-xlsx/read.ts';
import { calcSheets } from '../export-xlsx/testing/calc.ts';
import { compareWithCalc } from '../export-xlsx/testing/compare.ts';
import { OFFICE_VERSIONS, validateDocx } from '../export-docx/testing/ooxml-validator.ts';
import { createProfile, type OfficeProfile } from '../export-docx/testing/libreoffice.ts';

let profile: OfficeProfile;
let work: string;
beforeAll(async () => {
  profile = await createProfile();
  work = await mkdtemp(join(tmpdir(), 'nianbao-xlsx-corpus-'));
});
afterAll(async () => {
  await profile?.dispose();
  if (work) await rm(work, { recursive: true, force: true });
});

const files = corpusFiles();

describe('the corpus as spreadsheets', () => {
  it('holds the seven reports', () => expect(files).toHaveLength(7));

  it.each(files.map((f) => [f.name, f] as const))('%s: valid, every number in Calc, reads back the same', async (name, file) => {
    const result = importText(file.text);
    if (!result.ok) throw new Error(`${name} refused: ${result.error}`);
    const report = result.report;
    const stem = name.replace(/\.txt$/, '');
    const xlsx = join(work, `${stem}.xlsx`);
    await writeFile(xlsx, await reportXlsxBytes(report));
    for (const version of OFFICE_VERSIONS) expect(await validateDocx(xlsx, version), version).toEqual({ ok: true, errors: [] });
    await mkdir(join(work, stem));
    const comparison = compareWithCalc(report, await calcSheets(xlsx, join(work, stem), profile));
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.numbers).toBe(200);
    const read = await readXlsxTables(new Uint8Array(await readFile(xlsx)));
    expect(read.notes).toEqual([]);
    expect(applyRead(emptyTables(), read).tables).toEqual(report.tables);
  });
});
