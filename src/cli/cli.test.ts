import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEED_DRAFTS, seedDraft } from '../report/fixtures/seeds.ts';
import { parseDraft } from '../report/index.ts';
import { tablesToCsv } from '../report/csv.ts';
import { main } from './main.ts';
import { memoryIo } from './testing.ts';

const seed002Csv = tablesToCsv(seedDraft('002').report.tables);

async function newDraft() {
  const io = memoryIo();
  expect(await main(['new', '--organ', '威海市环翠区人民政府', '--year', '2024', '--kind', 'government', '-o', 'new.json'], io)).toBe(0);
  return io;
}

describe('cli new', () => {
  it('writes an empty draft that opens', async () => {
    const io = await newDraft();
    const result = parseDraft(String(io.files.get('new.json')));
    expect(result.ok && result.draft.report.organ).toEqual({ name: '威海市环翠区人民政府', kind: 'government' });
    expect(result.ok && result.draft.report.tables.t3.newReceived.natural).toBeNull();
  });

  it('refuses bad arguments with exit 2', async () => {
    const io = memoryIo();
    expect(await main(['new', '--organ', 'x', '--year', 'abc', '-o', 'a.json'], io)).toBe(2);
    expect(await main(['new', '--organ', 'x', '--year', '2024', '--kind', 'city', '-o', 'a.json'], io)).toBe(2);
    expect(await main(['nonsense'], io)).toBe(2);
    expect(io.files.size).toBe(0);
  });
});

describe('cli fill + check (seed 002 figures)', () => {
  it('a draft filled with seed 002 tables checks clean of table errors', async () => {
    const io = await newDraft();
    io.files.set('t.csv', seed002Csv);
    expect(await main(['fill', 'new.json', 't.csv', '-o', 'filled.json'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    // Signed and dated, as a final copy must be (a missing 落款日期 is an error since issue 12).
    const filled = JSON.parse(String(io.files.get('filled.json'))) as { report: { signature: { date: string } } };
    filled.report.signature.date = '2025-01-20';
    io.files.set('filled.json', JSON.stringify(filled));
    const code = await main(['check', 'filled.json', '--json'], io);
    const findings = JSON.parse(io.stdout.at(-1) ?? '[]') as { ruleId: string; severity: string; message: string; cells: string[] }[];
    expect(findings.filter((f) => f.ruleId.startsWith('table.'))).toEqual([]);
    expect(findings.every((f) => f.severity !== 'error')).toBe(true);
    expect(code).toBe(0);
    expect(findings.every((f) => typeof f.message === 'string' && f.message.length > 0)).toBe(true);
  });

  it('changing one 四、结转下年度继续办理 cell makes check exit 1 naming the column', async () => {
    const io = await newDraft();
    io.files.set('t.csv', seed002Csv.replace('三,四、结转下年度继续办理,科研机构,0', '三,四、结转下年度继续办理,科研机构,2'));
    expect(await main(['fill', 'new.json', 't.csv', '-o', 'filled.json'], io)).toBe(0);
    // The CSV's computed 总计 cells no longer agree with the inputs: a warning per such cell.
    expect(io.stderr.some((l) => l.includes('四、结转下年度继续办理/总计'))).toBe(true);
    io.stdout.length = 0;
    expect(await main(['check', 'filled.json'], io)).toBe(1);
    const lines = io.stdout.filter((l) => l.includes('table.identity'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('科研机构列相差2');
    expect(lines[1]).toContain('总计列相差2');
    expect(lines[0]).toMatch(/^error\ttable\.identity\tt3\./);
  });

  it('fill refuses an unknown label with exit 2 and the line number, writing nothing', async () => {
    const io = await newDraft();
    io.files.set('t.csv', 'table,row,column,value\n三,一、本年新收政府信息公开申请数量,自然人,5\n三,不存在的行,自然人,1\n');
    expect(await main(['fill', 'new.json', 't.csv', '-o', 'out.json'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('第3行：表三没有“不存在的行”这一行');
    expect(io.files.has('out.json')).toBe(false);
  });

  it('fill refuses a malformed number with exit 2', async () => {
    const io = await newDraft();
    io.files.set('t.csv', 'table,row,column,value\n四,行政复议,结果维持,3件\n');
    expect(await main(['fill', 'new.json', 't.csv', '-o', 'out.json'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('第2行：“3件”不是数字');
    expect(io.files.has('out.json')).toBe(false);
  });
});

describe('cli check and tables on bad files', () => {
  it('exit 2 with the parser message when the file is not a valid draft', async () => {
    const io = memoryIo({ 'bad.json': '{"format":"nianbao-draft","version":1,"report":{' });
    expect(await main(['check', 'bad.json'], io)).toBe(2);
    expect(io.stderr[0]).toContain('文件不完整');
    expect(await main(['tables', 'missing.json'], io)).toBe(2);
  });

  it('tables prints the CSV of a draft', async () => {
    const io = memoryIo({ 'd.json': JSON.stringify(SEED_DRAFTS['002']) });
    expect(await main(['tables', 'd.json'], io)).toBe(0);
    expect(io.stdout.join('\n').split('\r\n')).toContain('三,一、本年新收政府信息公开申请数量,总计,156');
  });
});

describe('the real command (npm run -s cli)', () => {
  it('runs new, tables and check as a user would', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-cli-'));
    const run = promisify(execFile);
    const draft = join(dir, 'd.json');
    await run('npm', ['run', '-s', 'cli', '--', 'new', '--organ', '某镇人民政府', '--year', '2024', '-o', draft]);
    const { stdout } = await run('npm', ['run', '-s', 'cli', '--', 'tables', draft]);
    expect(stdout.split(/\r?\n/)[0]).toBe('table,row,column,value');
    await writeFile(join(dir, 't.csv'), seed002Csv);
    await run('npm', ['run', '-s', 'cli', '--', 'fill', draft, join(dir, 't.csv'), '-o', draft]);
    const check = await run('npm', ['run', '-s', 'cli', '--', 'check', draft, '--json']).catch((e: { code: number; stdout: string }) => e);
    const findings = JSON.parse(check.stdout) as { ruleId: string }[];
    expect(findings.some((f) => f.ruleId === 'table.blank')).toBe(false);
    expect(JSON.parse(await readFile(draft, 'utf8')).report.tables.t3.carriedForward.natural).toBe(9);
  });
});
