/**
 * PDF fixtures (issue 11): each seed's hand-made draft and each corpus report, exported by the app
 * as .docx and printed to PDF by LibreOffice — the shape of the PDF attachments county and city
 * sites publish. Written to fixtures/pdf/ (committed; tests and `npm run corpus` read them).
 * Run: npx tsx tools/make-pdf-fixtures.ts   (needs soffice)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportDocxBytes } from '../src/export-docx/pack.ts';
import { parseDraft, type Report } from '../src/report/index.ts';
import { importText } from '../src/import/import-report.ts';

const root = new URL('..', import.meta.url).pathname;
const drafts = join(root, 'src/report/fixtures/seeds');
const corpus = join(root, '../shared/corpus');
const out = join(root, 'src/import/fixtures/pdf');

const reports: { name: string; report: Report }[] = [];
for (const file of readdirSync(drafts).sort()) {
  const parsed = parseDraft(readFileSync(join(drafts, file), 'utf8'));
  if (!parsed.ok) throw new Error(`seed draft ${file}`);
  reports.push({ name: `seed-${file.replace(/\.draft\.json$/, '')}`, report: parsed.draft.report });
}
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const result = importText(readFileSync(join(corpus, file), 'utf8'));
  if (!result.ok) throw new Error(`corpus ${file}: ${result.error}`);
  reports.push({ name: `corpus-${file.slice(0, 2)}`, report: result.report });
}

const work = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
const names: string[] = [];
for (const { name, report } of reports) {
  writeFileSync(join(work, `${name}.docx`), await reportDocxBytes(report));
  names.push(`${name}.docx`);
}
execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', ...names], {
  cwd: work,
  timeout: 600_000,
  stdio: 'ignore',
});
for (const name of names) {
  const pdf = name.replace(/\.docx$/, '.pdf');
  if (!existsSync(join(work, pdf))) throw new Error(`soffice produced no ${pdf}`);
  copyFileSync(join(work, pdf), join(out, pdf));
}
console.log(`${names.length} PDFs in ${out}`);
