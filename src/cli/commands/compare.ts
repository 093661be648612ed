/**
 * `compare LAST.json THIS.json [--json]`: two years of one organ — 上年结转 against last year's
 * 结转下年度, 现行有效 against last year's + 制发 − 废止, text carried over unchanged. Exit 0 when
 * nothing differs, 1 when something does, 2 when a file cannot be read.
 */
import { parseArgs } from 'node:util';
import { defaultI18n } from '../../i18n/index.ts';
import { renderFinding } from '../../report/index.ts';
import { compareYears } from '../../report/aggregate/index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { loadDraft } from '../load-draft.ts';
import { findingText, jsonOut, pathOf, shown } from '../terminal.ts';

export async function runCompare(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const [lastPath, thisPath, extra] = positionals;
  if (!lastPath || !thisPath || extra !== undefined) throw new UsageError('compare needs LAST.json and THIS.json');
  const last = (await loadDraft(io, lastPath)).report;
  const current = (await loadDraft(io, thisPath)).report;
  if (current.year !== last.year + 1)
    io.err(`${pathOf(thisPath)} is for ${current.year}, ${pathOf(lastPath)} for ${last.year}: not consecutive years`);
  if (last.organ.name.replace(/\s+/g, '') !== current.organ.name.replace(/\s+/g, ''))
    io.err(`the organs differ: ${shown(last.organ.name)} / ${shown(current.organ.name)}`);
  const findings = compareYears(last, current, { today: io.today() });
  const i18n = defaultI18n();
  if (values.json) io.out(jsonOut(findings.map((f) => ({ ...f, message: renderFinding(f, i18n) }))));
  else for (const f of findings) io.out(`${f.severity}\t${f.ruleId}\t${f.cells.join(',')}\t${findingText(f, renderFinding, i18n)}`);
  return findings.length === 0 ? EXIT.ok : EXIT.findings;
}
