/**
 * Tests only: LibreOffice Calc reading an exported workbook. Each sheet is converted to CSV (the
 * filter's last token, -1, writes every sheet as `<name>-<sheet>.csv`; values as stored, not as
 * shown), with the same per-file profile and font aliases as the Word checks.
 */
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { FONTS_CONF, type OfficeProfile } from '../../export-docx/testing/libreoffice.ts';

const run = promisify(execFile);

/** UTF-8 (76), comma, double quote; raw values (not as shown), formulas as their results, all sheets. */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

async function soffice(args: string[], profile: OfficeProfile): Promise<void> {
  await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile.dir).href}`, '--headless', '--norestore', ...args], {
    timeout: 120_000,
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
  });
}

/** Sheet name → rows of fields, as Calc computed them. */
export async function calcSheets(xlsx: string, outDir: string, profile: OfficeProfile): Promise<Map<string, string[][]>> {
  await soffice(['--convert-to', CSV_ALL_SHEETS, '--outdir', outDir, xlsx], profile);
  const stem = basename(xlsx).replace(/\.xlsx$/i, '');
  const sheets = new Map<string, string[][]>();
  for (const file of await readdir(outDir)) {
    if (!file.startsWith(`${stem}-`) || !file.endsWith('.csv')) continue;
    const text = await readFile(join(outDir, file), 'utf8');
    sheets.set(file.slice(stem.length + 1, -4), Papa.parse<string[]>(text, { skipEmptyLines: false }).data);
  }
  if (sheets.size === 0) throw new Error(`soffice wrote no CSV for ${xlsx}`);
  return sheets;
}

export async function calcPdf(xlsx: string, outDir: string, profile: OfficeProfile): Promise<string> {
  await soffice(['--convert-to', 'pdf', '--outdir', outDir, xlsx], profile);
  return join(outDir, basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
}
