/**
 * The seven real reports of ../shared/corpus, imported as the CLI imports them and exported as
 * Word files: Microsoft's validator finds no schema error, LibreOffice converts each, and the pages
 * pass the typist's checks (title lines, consecutive sub-headings, never the signature alone, table
 * 三's groups whole) with the six sections in the PDF's bookmarks. Here, not in src/export-docx,
 * because it needs the importer (the layers let only the CLI use both).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../report/index.ts';
import { buildReportModel } from '../render/model.ts';
import { reportDocxBytes } from '../export-docx/pack.ts';
import { OFFICE_VERSIONS, validateDocx } from '../export-docx/testing/ooxml-validator.ts';
import { convertToPdf, createProfile, pdfOutline, pdfPageLines, type OfficeProfile } from '../export-docx/testing/libreoffice.ts';
import { groupSplitProblems, numberingProblems, signatureProblems, titleProblems } from '../export-docx/testing/pages.ts';
import { importText } from '../import/import-report.ts';
import { corpusFiles } from '../import/test-helpers.ts';

let profile: OfficeProfile;
let work: string;
beforeAll(async () => {
  profile = await createProfile();
  work = await mkdtemp(join(tmpdir(), 'nianbao-corpus-docx-'));
});
afterAll(async () => {
  await profile?.dispose();
  if (work) await rm(work, { recursive: true, force: true });
});

const files = corpusFiles();

describe('the corpus of real reports as Word files', () => {
  it('holds the seven reports', () => {
    expect(files).toHaveLength(7);
  });

  it.each(files.map((f) => [f.name, f.text] as const))(
    '%s: valid for Word, converted by LibreOffice, pages as a typist sets them',
    async (name, text) => {
      const imported = importText(text);
      if (!imported.ok) throw new Error(`${name} refused: ${imported.error}`);
      const report = imported.report;
      const docx = join(work, name.replace(/\.txt$/, '.docx'));
      await writeFile(docx, await reportDocxBytes(report));
      for (const version of OFFICE_VERSIONS) expect(await validateDocx(docx, version), version).toEqual({ ok: true, errors: [] });

      const pdf = await convertToPdf(docx, work, profile);
      const lines = await pdfPageLines(pdf);
      const blocks = buildReportModel(report).blocks;
      const title = blocks.find((b) => b.kind === 'title');
      const signature = blocks.find((b) => b.kind === 'signature');
      expect(titleProblems(lines, title?.kind === 'title' ? title.lines : [])).toEqual([]);
      expect(numberingProblems(lines)).toEqual([]);
      expect(signatureProblems(lines, signature?.kind === 'signature' ? signature.lines : [])).toEqual([]);
      expect(groupSplitProblems(lines)).toEqual([]);
      expect((await pdfOutline(pdf)).map((o) => o.title)).toEqual(SECTIONS.map((s) => s.heading));
    },
  );
});
