/**
 * `new --organ NAME --year YYYY [--kind KIND] -o OUT.json`: an empty draft;
 * `new --from LAST_YEAR.json -o OUT.json`: this year's draft started from last year's.
 */
import { parseArgs } from 'node:util';
import { FIRST_FORMAT_YEAR, LAST_REPORT_YEAR, ORGAN_KINDS, emptyReport, startNextYear, type OrganKind } from '../../report/index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { loadDraft, writeDraft } from '../load-draft.ts';
import { pathOf, shown } from '../terminal.ts';

export async function runNew(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      organ: { type: 'string' },
      year: { type: 'string' },
      kind: { type: 'string' },
      from: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
  if (values.from) {
    if (!values.output) throw new UsageError('new --from LAST_YEAR.json needs -o OUT.json');
    if (values.organ || values.year || values.kind) throw new UsageError('--from takes organ, year and kind from last year’s draft');
    const last = await loadDraft(io, values.from);
    await writeDraft(io, values.output, startNextYear(last.report));
    io.out(pathOf(values.output));
    return EXIT.ok;
  }
  if (!values.organ || !values.year || !values.output)
    throw new UsageError('new needs --organ NAME --year YYYY -o OUT.json (or --from LAST_YEAR.json -o OUT.json)');
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < FIRST_FORMAT_YEAR || year > LAST_REPORT_YEAR)
    throw new UsageError(`--year must be a year from ${FIRST_FORMAT_YEAR} to ${LAST_REPORT_YEAR}, not "${shown(values.year)}"`);
  const kind = values.kind ?? 'township';
  if (!(ORGAN_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${ORGAN_KINDS.join(', ')}`);
  const report = emptyReport({ organ: values.organ, year, kind: kind as OrganKind });
  await writeDraft(io, values.output, report);
  io.out(pathOf(values.output));
  return EXIT.ok;
}
