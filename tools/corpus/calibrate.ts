/**
 * Calibration of the prose checks on real published reports (issue 12): every seed and corpus
 * report is imported as text, the rules run, and each prose finding is judged against what a
 * careful reader found (`corpus/prose-findings.json`, plus the seeds' two known real mistakes).
 * A finding naming a listed figure is a true alarm; a figure listed as defensible either way
 * counts neither for nor against; every other prose finding is a false alarm.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { importText } from '../../src/import/index.ts';
import { runRules, type Finding } from '../../src/report/index.ts';

/** The shared folder sits beside the repository (CI checks it out as ../shared). */
export const REPO_ROOT = new URL('../../', import.meta.url);
export const SHARED = new URL('../shared/', REPO_ROOT);

interface Expected {
  prose_contradicts_table: string[];
  breakdown_does_not_add_up: string[];
  either_reading_defensible: string[];
}

/**
 * The seeds' real prose mistakes, found by hand (the seed fixtures' tests name them): 001 says
 * 共532条 over parts summing to 533, 002 says 结转下年度继续办理7件 while table 三 says 9.
 */
const SEED_EXPECTED: Record<string, Expected> = {
  '001': { prose_contradicts_table: [], breakdown_does_not_add_up: ['532'], either_reading_defensible: [] },
  '002': { prose_contradicts_table: ['7'], breakdown_does_not_add_up: [], either_reading_defensible: [] },
};
const NONE: Expected = { prose_contradicts_table: [], breakdown_does_not_add_up: [], either_reading_defensible: [] };

export interface Judged {
  finding: Finding;
  /** The figure the finding is about: the said count, or the breakdown's total. */
  figure: string;
  verdict: 'true' | 'false' | 'defensible';
}

export interface FileResult {
  file: string;
  judged: Judged[];
  /** Listed real mistakes no finding named. */
  missed: string[];
  expected: number;
}

export interface Calibration {
  files: FileResult[];
  truePositives: number;
  falsePositives: number;
  defensible: number;
  expected: number;
  found: number;
  precision: number;
  recall: number;
}

function requireShared(): URL {
  if (!existsSync(SHARED))
    throw new Error(`Calibration reports not found at ${SHARED.pathname}: check out the shared folder beside the repository (../shared).`);
  return SHARED;
}

const isBreakdown = (f: Finding) => f.ruleId.startsWith('prose.breakdown');
const figureOf = (f: Finding) => String(isBreakdown(f) ? f.params.total : f.params.said);

function judgeFile(file: string, text: string, expected: Expected, today: string): FileResult {
  const result = importText(text);
  if (!result.ok) throw new Error(`${file}: import refused (${result.error})`);
  const findings = runRules(result.report, { today }).filter((f) => f.ruleId.startsWith('prose.') && f.severity !== 'info');
  const found = new Set<string>();
  const judged = findings.map((finding): Judged => {
    const figure = figureOf(finding);
    const real = isBreakdown(finding) ? expected.breakdown_does_not_add_up : expected.prose_contradicts_table;
    if (real.includes(figure)) {
      found.add(`${isBreakdown(finding) ? 'b' : 'c'}${figure}`);
      return { finding, figure, verdict: 'true' };
    }
    if (expected.either_reading_defensible.includes(figure)) return { finding, figure, verdict: 'defensible' };
    return { finding, figure, verdict: 'false' };
  });
  const missed = [
    ...expected.prose_contradicts_table.filter((f) => !found.has(`c${f}`)),
    ...expected.breakdown_does_not_add_up.filter((f) => !found.has(`b${f}`)),
  ];
  return { file, judged, missed, expected: expected.prose_contradicts_table.length + expected.breakdown_does_not_add_up.length };
}

/** Runs the rules over every calibration report; throws when the shared folder is missing. */
export function calibrate(today = '2026-03-01'): Calibration {
  const shared = requireShared();
  const corpusDir = new URL('corpus/', shared);
  const seedDir = new URL('seeds/', shared);
  const corpusExpected = JSON.parse(readFileSync(new URL('prose-findings.json', corpusDir), 'utf8')) as Record<string, Expected>;
  const files: FileResult[] = [];
  for (const name of readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    files.push(judgeFile(`seeds/${name}`, readFileSync(new URL(name, seedDir), 'utf8'), SEED_EXPECTED[name.slice(0, 3)] ?? NONE, today));
  const corpusFiles = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const name of corpusFiles) {
    const expected = corpusExpected[name.replace(/\.txt$/, '')];
    if (!expected) throw new Error(`corpus/${name} has no entry in prose-findings.json`);
    files.push(judgeFile(`corpus/${name}`, readFileSync(new URL(name, corpusDir), 'utf8'), expected, today));
  }
  if (files.length < 12) throw new Error(`expected the 5 seeds and 7 corpus reports, found ${files.length} files`);
  const count = (v: Judged['verdict']) => files.reduce((n, f) => n + f.judged.filter((j) => j.verdict === v).length, 0);
  const truePositives = count('true');
  const falsePositives = count('false');
  const expected = files.reduce((n, f) => n + f.expected, 0);
  const found = expected - files.reduce((n, f) => n + f.missed.length, 0);
  return {
    files,
    truePositives,
    falsePositives,
    defensible: count('defensible'),
    expected,
    found,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: expected === 0 ? 1 : found / expected,
  };
}

/** One line per file, then the totals (npm run corpus). */
export function formatCalibration(c: Calibration): string {
  const lines: string[] = [];
  for (const f of c.files) {
    const counts = (v: Judged['verdict']) => f.judged.filter((j) => j.verdict === v).length;
    lines.push(
      `${f.file.padEnd(52)} true ${counts('true')}  false ${counts('false')}  defensible ${counts('defensible')}  missed ${f.missed.length ? f.missed.join(',') : 0}`,
    );
    for (const j of f.judged.filter((x) => x.verdict !== 'true'))
      lines.push(`    ${j.verdict.padEnd(10)} ${j.finding.ruleId} ${j.figure}: ${String(j.finding.params.sentence ?? '').slice(0, 90)}`);
  }
  const pct = (x: number) => x.toFixed(3);
  lines.push(
    `TOTAL  true ${c.truePositives}  false ${c.falsePositives}  defensible ${c.defensible}  found ${c.found}/${c.expected}  precision ${pct(c.precision)}  recall ${pct(c.recall)}`,
  );
  return lines.join('\n');
}
