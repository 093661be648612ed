/**
 * `sum UNIT.json… -o PARENT.json --organ NAME [--year YYYY] [--kind KIND] [--parent OWN.json]`:
 * 汇总 — a draft whose tables are the units' tables added up (万元 exactly), narrative empty. With
 * `--parent`, the parent's own report is compared with the sum cell by cell (exit 1 on any
 * difference). A unit that cannot be read stops the sum: a total without it would be wrong. The draft
 * keeps each unit's figures (`aggregate`), for the wizard to show who contributed what to a cell.
 */
import { parseArgs } from 'node:util';
import { MAX_AGGREGATE_UNITS, ORGAN_KINDS, cellLabel, tableDef, type OrganKind, type Report } from '../../report/index.ts';
import { parentDifferences, sumReports } from '../../report/aggregate/index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { expandInputs } from '../inputs.ts';
import { loadDraft, writeDraft } from '../load-draft.ts';
import { renderSummary, summaryFormat } from '../summary-table.ts';
import { pathOf, shown } from '../terminal.ts';

function yearOf(units: readonly Report[], given: string | undefined): number {
  if (given !== undefined) {
    if (!/^\d{4}$/.test(given)) throw new UsageError(`--year must be four digits, not ${shown(given)}`);
    return Number(given);
  }
  const years = [...new Set(units.map((u) => u.year))];
  if (years.length !== 1) throw new UsageError(`the units are for different years (${years.join(', ')}): give --year`);
  return years[0] ?? 0;
}

export async function runSum(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      organ: { type: 'string' },
      year: { type: 'string' },
      kind: { type: 'string' },
      parent: { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
    },
  });
  if (positionals.length === 0 || !values.output || !values.organ?.trim())
    throw new UsageError('sum needs UNIT.json files, -o PARENT.json and --organ NAME');
  const kind = values.kind ?? 'government';
  if (!(ORGAN_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${ORGAN_KINDS.join(', ')}`);
  const paths = await expandInputs(io, positionals);
  const units: Report[] = [];
  for (const path of paths) units.push((await loadDraft(io, path)).report);
  const summed = sumReports(units, {
    organ: values.organ.trim(),
    year: yearOf(units, values.year),
    kind: kind as OrganKind,
    sources: paths,
  });
  await writeDraft(io, values.output, summed.report);
  for (const [i, unit] of units.entries()) io.err(`${pathOf(paths[i] ?? '')}\t${shown(unit.organ.name)}\t${unit.year}`);
  io.err(`${units.length} units → ${pathOf(values.output)}`);
  if (!summed.report.aggregate)
    io.err(
      `note: over ${MAX_AGGREGATE_UNITS} units, so the draft does not keep each unit's figures (the wizard cannot break its cells down)`,
    );
  if (!values.parent) return EXIT.ok;

  const parent = (await loadDraft(io, values.parent)).report;
  const differences = parentDifferences(parent, units);
  const rows = differences.map((d) => ({
    cells: { cell: cellLabel(tableDef(d.ref.table), d.ref), parent: d.parent, sum: d.sum, difference: d.difference },
    detail: d,
  }));
  if (rows.length > 0 || values.json || values.csv)
    io.out(renderSummary(['cell', 'parent', 'sum', 'difference'], rows, summaryFormat(values)));
  io.err(
    `${pathOf(values.parent)}: ${differences.length === 0 ? 'equals the sum of its units' : `${differences.length} cells differ from the sum of its units`}`,
  );
  return differences.length === 0 ? EXIT.ok : EXIT.findings;
}
