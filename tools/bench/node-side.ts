/** The Node-side figures: `cli check` throughput over the seed drafts and `cli export` of seed 002. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/testing.ts';
import { parseDraft, runRules } from '../../src/report/index.ts';
import { datedSeedText, SEED_FILES, seedDraftText } from './fixtures.ts';
import { figure, round, type Figure } from './stats.ts';

export interface NodeFigures {
  /** `cli check` run in-process on each seed draft `rounds` times: reading, parsing, rules, messages. */
  cliCheck: { reports: number; seconds: number; reportsPerSecond: number };
  /** runRules alone on the parsed seeds. */
  rules: { reports: number; reportsPerSecond: number };
  /** `cli export` of seed 002: in-process (warm) and as a fresh `node` process (startup included). */
  cliExport: { inProcess: Figure; process: Figure };
}

export async function nodeSide(rounds: number): Promise<NodeFigures> {
  const files = Object.fromEntries(SEED_FILES.map((f, i) => [`seed${i}.json`, seedDraftText(f)]));
  const io = memoryIo(files);
  let start = performance.now();
  for (let r = 0; r < rounds; r++) for (const name of Object.keys(files)) await main(['check', name], io);
  const seconds = (performance.now() - start) / 1000;
  const checked = rounds * SEED_FILES.length;

  const reports = SEED_FILES.map((f) => {
    const parsed = parseDraft(seedDraftText(f));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.error.code}`);
    return parsed.draft.report;
  });
  start = performance.now();
  for (let r = 0; r < rounds; r++) for (const report of reports) runRules(report);
  const rulesSeconds = (performance.now() - start) / 1000;

  const seed002 = SEED_FILES[2] ?? '';
  const exportIo = memoryIo({ 'seed.json': datedSeedText(seed002) });
  const inProcess: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t = performance.now();
    const code = await main(['export', 'seed.json', '-o', 'out.docx'], exportIo);
    if (code !== 0) throw new Error(`cli export exited ${code}: ${exportIo.stderr.join('\n')}`);
    if (i >= 2) inProcess.push(performance.now() - t);
  }
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const spawned: number[] = [];
  try {
    const dated = join(dir, 'seed.json');
    writeFileSync(dated, datedSeedText(seed002));
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      execFileSync(process.execPath, ['src/cli/nianbao.mjs', 'export', dated, '-o', join(dir, 'out.docx')], { stdio: 'pipe' });
      spawned.push(performance.now() - t);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    cliCheck: { reports: checked, seconds: round(seconds, 3), reportsPerSecond: Math.round(checked / seconds) },
    rules: { reports: checked, reportsPerSecond: Math.round(checked / rulesSeconds) },
    cliExport: { inProcess: figure(inProcess), process: figure(spawned) },
  };
}
