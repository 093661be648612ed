/**
 * `import A.docx B.pdf 'reports/*.html' --out-dir DRAFTS [--json|--csv]`: many published reports
 * at once, each written as DRAFTS/<name>.json; one summary row per file (format, organ, year, cells
 * read of expected, printed totals that do not add up, import findings). A file that cannot be
 * read is its own row; exit 2 when any could not be, else 0.
 */
import { basename, extname, join } from 'node:path';
import { CliFailure, EXIT, type CliIo } from '../io.ts';
import { writeDraft } from '../load-draft.ts';
import { renderSummary, type SummaryFormat, type SummaryRow } from '../summary-table.ts';
import { pathOf } from '../terminal.ts';
import { cellsRead, importFile } from './import-file.ts';

const COLUMNS = ['file', 'draft', 'format', 'organ', 'year', 'cells', 'totals not adding up', 'findings', 'problem'];

/** DRAFTS/<name>.json, with -2, -3… when two reports share a name. */
function outputName(dir: string, path: string, taken: Set<string>): string {
  const stem = basename(path, extname(path)) || 'report';
  let name = `${stem}.json`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.json`;
  taken.add(name);
  return join(dir, name);
}

export async function importMany(io: CliIo, paths: readonly string[], dir: string, format: SummaryFormat): Promise<number> {
  const rows: SummaryRow[] = [];
  const taken = new Set<string>();
  let exit: number = EXIT.ok;
  for (const path of paths) {
    try {
      const result = await importFile(io, path);
      const output = outputName(dir, path, taken);
      await writeDraft(io, output, result.report);
      const { read, expected } = cellsRead(result);
      const cells = {
        file: pathOf(path),
        draft: pathOf(output),
        format: result.format,
        organ: result.report.organ.name,
        year: result.report.year,
        cells: `${read}/${expected}`,
        'totals not adding up': result.findings.filter((f) => f.code === 'printedTotalDiffers').length,
        findings: result.findings.length,
        problem: '',
      };
      rows.push({ cells, detail: { ...cells, ok: true, sections: result.sections, findings: result.findings } });
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      const cells = {
        file: pathOf(path),
        draft: '',
        format: '',
        organ: '',
        year: null,
        cells: '',
        'totals not adding up': null,
        findings: null,
        problem: error.message,
      };
      rows.push({ cells, detail: { file: pathOf(path), ok: false, problem: error.message } });
      exit = EXIT.usage;
    }
  }
  io.out(renderSummary(COLUMNS, rows, format));
  return exit;
}
