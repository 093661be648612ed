/**
 * `check DRAFT.json [--json]`: findings; exit 0 clean, 1 with errors, 2 not a draft. Several files
 * or a glob give one summary row per file (check-many.ts).
 */
import { parseArgs } from 'node:util';
import { defaultI18n } from '../../i18n/index.ts';
import { hasErrors, renderFinding, runRules } from '../../report/index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { expandInputs } from '../inputs.ts';
import { summaryFormat } from '../summary-table.ts';
import { checkMany } from './check-many.ts';
import { loadDraft } from '../load-draft.ts';
import { findingText, jsonOut } from '../terminal.ts';

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, csv: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('check needs a DRAFT.json (or several, or a pattern)');
  const paths = await expandInputs(io, positionals);
  if (paths.length > 1 || positionals.some((p) => p !== paths[0]) || values.csv) return checkMany(io, paths, summaryFormat(values));
  const [path = ''] = paths;
  const draft = await loadDraft(io, path);
  const i18n = defaultI18n();
  const findings = runRules(draft.report, { today: io.today() });
  if (values.json) {
    io.out(jsonOut(findings.map((f) => ({ ...f, message: renderFinding(f, i18n) }))));
  } else {
    for (const f of findings)
      io.out(
        `${f.severity}\t${f.ruleId}\t${f.cells.slice(0, 4).join(',')}${f.cells.length > 4 ? ',…' : ''}\t${findingText(f, renderFinding, i18n)}`,
      );
  }
  return hasErrors(findings) ? EXIT.findings : EXIT.ok;
}
