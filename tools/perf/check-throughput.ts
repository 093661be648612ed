/**
 * `npx tsx tools/perf/check-throughput.ts [rounds] [--rules-only]`: how many reports per second
 * `cli check` (in-process, over the seed drafts, as `npm run bench` measures it) and runRules alone
 * (over the seed drafts and the imported corpus reports) get through. Issue 12 asked for figures
 * before and after the prose-reading speed work without running the whole bench; run it with
 * `node --cpu-prof --import tsx tools/perf/check-throughput.ts` to see where the time goes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/testing.ts';
import { importText } from '../../src/import/index.ts';
import { parseDraft, runRules, type Report } from '../../src/report/index.ts';
import { SEED_FILES, seedDraftText } from '../bench/fixtures.ts';

const rounds = Number(process.argv[2] ?? 40);
const today = { today: '2026-03-01' };

function corpusReports(): Report[] {
  const dir = new URL('../../../shared/corpus/', import.meta.url);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const result = importText(readFileSync(new URL(f, dir), 'utf8'));
      return result.ok ? [result.report] : [];
    });
}

const rulesOnly = process.argv.includes('--rules-only');
const files = Object.fromEntries(SEED_FILES.map((f, i) => [`seed${i}.json`, seedDraftText(f)]));
const io = memoryIo(files);
for (const name of Object.keys(files)) await main(['check', name], io);
/**
 * Seconds of wall time and of this process's CPU time: on a machine shared with other work the
 * CPU time is the steadier figure (the wall clock also counts the time other processes ran).
 */
async function timed(run: () => Promise<void> | void): Promise<{ wall: number; cpu: number }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const cli = await timed(async () => {
  for (let r = 0; r < (rulesOnly ? 0 : rounds); r++) for (const name of Object.keys(files)) await main(['check', name], io);
});

const reports = [
  ...SEED_FILES.map((f) => {
    const parsed = parseDraft(seedDraftText(f));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.error.code}`);
    return parsed.draft.report;
  }),
  ...corpusReports(),
];
const rules = await timed(() => {
  for (let r = 0; r < rounds; r++) for (const report of reports) runRules(report, today);
});
const perSecond = (n: number, seconds: number) => (seconds > 0 ? Math.round(n / seconds) : 0);
const cliReports = rulesOnly ? 0 : rounds * SEED_FILES.length;
console.log(
  JSON.stringify({
    rounds,
    reports: reports.length,
    cliCheck: { wall: perSecond(cliReports, cli.wall), cpu: perSecond(cliReports, cli.cpu) },
    runRules: { wall: perSecond(rounds * reports.length, rules.wall), cpu: perSecond(rounds * reports.length, rules.cpu) },
  }),
);
