/**
 * The CLI against hostile and broken input: every failure is exit 2 with one line on stderr and no
 * stack; text from files is printed with control characters visible and long values cut; sizes are
 * checked before reading; GBK CSVs are read; drafts that are not UTF-8 are refused.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEED_DRAFTS } from '../report/fixtures/seeds.ts';
import { tablesToCsv } from '../report/csv.ts';
import { encodeGbk } from '../report/testing/gbk.ts';
import { parseDraft } from '../report/index.ts';
import { nodeIo, type CliIo } from './io.ts';
import { main } from './main.ts';
import { memoryIo, systemError, type MemoryIo } from './testing.ts';

// Dated: a draft without a 落款日期 may not be exported as the final copy (issue 12).
const seed002 = JSON.stringify({
  ...SEED_DRAFTS['002'],
  report: { ...SEED_DRAFTS['002'].report, signature: { ...SEED_DRAFTS['002'].report.signature, date: '2025-01-20' } },
});
const seed002Csv = tablesToCsv(SEED_DRAFTS['002'].report.tables);
const ESC = '\x1b';
// Anything that would act on a terminal: C0 (but tab, which separates columns), C1, bidi controls.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Runs a command expected to fail and returns its one stderr line. */
async function failsWithOneLine(argv: string[], io: MemoryIo = memoryIo({ 'd.json': seed002 })): Promise<string> {
  io.stderr.length = 0;
  expect(await main(argv, io)).toBe(2);
  expect(io.stderr).toHaveLength(1);
  const [line = ''] = io.stderr;
  expect(line).not.toMatch(/\n|\s+at\s.*:\d+/);
  expect(line).not.toMatch(RAW_CONTROL);
  return line;
}

function withDraft(mutate: (draft: (typeof SEED_DRAFTS)['002']) => void): string {
  const draft = structuredClone(SEED_DRAFTS['002']);
  mutate(draft);
  return JSON.stringify(draft);
}

describe('every failure: exit 2, one line, no stack', () => {
  it('a missing file, a folder, no permission, another system error', async () => {
    expect(await failsWithOneLine(['check', 'missing.json'])).toBe('missing.json: 找不到文件');
    const io = memoryIo({ 'd.json': seed002 });
    io.fakeStat.set('dir', { kind: 'directory', size: 4096 });
    io.fakeStat.set('fifo', { kind: 'other', size: 0 });
    expect(await failsWithOneLine(['tables', 'dir'], io)).toBe('dir: 这是文件夹，不是文件');
    expect(await failsWithOneLine(['check', 'fifo'], io)).toBe('fifo: 不是普通文件');
    expect(io.reads).toEqual([]);
    io.readBytes = async (path) => Promise.reject(systemError('EACCES', path));
    expect(await failsWithOneLine(['check', 'd.json'], io)).toBe('d.json: 没有权限');
    io.readBytes = async (path) => Promise.reject(systemError('EIO', path));
    expect(await failsWithOneLine(['export', 'd.json', '-o', 'x.docx'], io)).toBe('d.json: 无法读写（EIO）');
  });

  it('a file that cannot be written', async () => {
    const io = memoryIo({ 'd.json': seed002, 't.csv': seed002Csv });
    io.writeText = async (path) => Promise.reject(systemError('ENOENT', path));
    expect(await failsWithOneLine(['fill', 'd.json', 't.csv', '-o', 'no/such/out.json'], io)).toBe('no/such/out.json: 所在的文件夹不存在');
    io.writeBytes = async (path) => Promise.reject(systemError('EACCES', path));
    expect(await failsWithOneLine(['export', 'd.json', '-o', '/x.docx'], io)).toBe('/x.docx: 没有权限');
  });

  it('wrong arguments: out of range, unknown flag, extra file, unknown or no command', async () => {
    expect(await failsWithOneLine(['new', '--organ', 'x', '--year', '1999', '-o', 'a.json'])).toMatch(
      /^--year must be a year from 2021 to 2100, not "1999" \(usage: nianbao new /,
    );
    expect(await failsWithOneLine(['new', '--organ', 'x', '--year', '2024', '--kind', 'city', '-o', 'a.json'])).toContain(
      '--kind must be one of',
    );
    expect(await failsWithOneLine(['check', '--frobnicate', 'd.json'])).toMatch(
      /^Unknown option '--frobnicate'.*\(usage: nianbao check DRAFT\.json… \['drafts\/\*\.json'\] \[--json\|--csv\]\)$/,
    );
    expect(await failsWithOneLine(['check'])).toContain('check needs a DRAFT.json');
    expect(await failsWithOneLine(['tables', 'd.json', '--json'])).toContain("Unknown option '--json'");
    expect(await failsWithOneLine(['nonsense'])).toMatch(/^unknown command "nonsense" \(commands: new, check,/);
    expect(await failsWithOneLine([])).toMatch(/^usage: nianbao <command>/);
    expect(await failsWithOneLine([`${ESC}]0;x\x07`])).toContain('\\x1b]0;x\\x07');
  });

  it('help is not a failure', async () => {
    const io = memoryIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('nianbao fill DRAFT.json TABLES.(csv|xlsx) -o OUT.json');
    expect(await main(['check', '-h'], io)).toBe(0);
    expect(io.stdout.at(-1)).toBe("usage: nianbao check DRAFT.json… ['drafts/*.json'] [--json|--csv]");
    expect(io.stderr).toEqual([]);
  });

  it('an internal error (a bug) is one line too', async () => {
    const io = memoryIo({ 'd.json': seed002 });
    io.today = () => {
      throw new TypeError('Cannot read properties of undefined (reading "x")\n    at today (io.ts:1:1)');
    };
    expect(await failsWithOneLine(['check', 'd.json'], io)).toBe(
      'internal error: TypeError: Cannot read properties of undefined (reading "x")',
    );
  });

  it('a draft the app would not open again is not written', async () => {
    const io = memoryIo();
    const line = await failsWithOneLine(['new', '--organ', '镇'.repeat(501), '--year', '2024', '-o', 'a.json'], io);
    expect(line).toBe('a.json: 未写入：生成的草稿将无法再打开（草稿内容有误：字段“report.organ.name”的值或长度太大（最大500））');
    expect(io.files.has('a.json')).toBe(false);
  });
});

describe('text from files is printed visibly and cut', () => {
  const hostile = `${ESC}]0;pwned${ESC}\\${ESC}[2J${ESC}[31m\u009b1m\u202e`;

  it('check: ESC/OSC/CSI, C1 and bidi characters in the narrative are escaped', async () => {
    const draft = withDraft((d) => (d.report.narrative.overview.intro = `${hostile}本年度新收政府信息公开申请999件。`));
    const io = memoryIo({ 'd.json': draft });
    await main(['check', 'd.json'], io);
    const out = io.stdout.join('\n');
    expect(out).toContain('\\x1b]0;pwned\\x1b\\\\x1b[2J\\x1b[31m\\x9b1m\\u202e本年度新收政府信息公开申请999件');
    for (const line of io.stdout) expect(line).not.toMatch(RAW_CONTROL);
    io.stdout.length = 0;
    await main(['check', 'd.json', '--json'], io);
    // eslint-disable-next-line no-control-regex
    expect(io.stdout.join('')).not.toMatch(/[\u001b\u009b\u202e]/);
    const findings = JSON.parse(io.stdout.join('')) as { message: string }[];
    // The JSON keeps the text exactly: only its spelling on the terminal changed.
    expect(findings.some((f) => f.message.includes(`${hostile}本年度`))).toBe(true);
  });

  it('fill: values from the CSV are escaped and a 50 MB value is cut to 80 characters', async () => {
    const csv = (value: string) => `table,row,column,value\n三,一、本年新收政府信息公开申请数量,自然人,${value}\n`;
    const io = memoryIo({ 'd.json': seed002, 't.csv': csv(`${hostile}5`) });
    expect(await failsWithOneLine(['fill', 'd.json', 't.csv', '-o', 'o.json'], io)).toBe(
      't.csv: 第2行：“\\x1b]0;pwned\\x1b\\\\x1b[2J\\x1b[31m\\x9b1m\\u202e5”不是数字',
    );
    io.files.set('t.csv', csv('9'.repeat(50_000_000)));
    const line = await failsWithOneLine(['fill', 'd.json', 't.csv', '-o', 'o.json'], io);
    expect(line).toBe(`t.csv: 第2行：“${'9'.repeat(79)}…”太大`);
    expect(io.files.has('o.json')).toBe(false);
  });

  it('file names given on the command line are escaped too', async () => {
    expect(await failsWithOneLine(['check', `${ESC}[2J\u202e.json`])).toBe('\\x1b[2J\\u202e.json: 找不到文件');
  });
});

describe('sizes are checked before reading', () => {
  it('an oversize draft, CSV or report is refused unread, stating size and limit', async () => {
    const io = memoryIo({ 'd.json': seed002 });
    io.fakeStat.set('big.json', { kind: 'file', size: 600 * 1024 * 1024 });
    io.fakeStat.set('big.csv', { kind: 'file', size: 2 * 1024 ** 3 });
    io.fakeStat.set('big.docx', { kind: 'file', size: 50 * 1024 * 1024 + 1 });
    expect(await failsWithOneLine(['check', 'big.json'], io)).toBe('big.json: 草稿文件太大（600 MB），不能超过5 MB');
    expect(await failsWithOneLine(['fill', 'd.json', 'big.csv', '-o', 'o.json'], io)).toBe(
      'big.csv: 表格CSV文件太大（2048 MB），不能超过50 MB',
    );
    expect(await failsWithOneLine(['import', 'big.docx', '-o', 'o.json'], io)).toBe(
      'big.docx: 要导入的报告文件太大（50.1 MB），不能超过50 MB',
    );
    expect(io.reads).toEqual(['d.json']);
  });

  it('a 600 MB sparse file on disk is refused at once by the real file system', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-big-'));
    const big = join(dir, 'big.json');
    await writeFile(big, '');
    await truncate(big, 600 * 1024 * 1024);
    const lines: string[] = [];
    const io: CliIo = { ...nodeIo, err: (l) => lines.push(l), out: () => undefined };
    const started = performance.now();
    expect(await main(['check', big], io)).toBe(2);
    expect(await main(['check', dir], io)).toBe(2);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(lines).toEqual([`${big}: 草稿文件太大（600 MB），不能超过5 MB`, `${dir}: 这是文件夹，不是文件`]);
  });
});

describe('encodings', () => {
  it('a GBK CSV (Excel on Chinese Windows) fills correctly and says it was read as GBK', async () => {
    const io = memoryIo({
      'new.json': JSON.stringify({
        ...SEED_DRAFTS['002'],
        report: { ...SEED_DRAFTS['002'].report, tables: JSON.parse(JSON.stringify(SEED_DRAFTS['000'].report.tables)) },
      }),
      't.csv': encodeGbk(seed002Csv),
    });
    expect(await main(['fill', 'new.json', 't.csv', '-o', 'out.json'], io)).toBe(0);
    expect(io.stderr).toEqual(['提示：t.csv不是UTF-8编码，已按GBK编码读取']);
    const filled = parseDraft(String(io.files.get('out.json')));
    expect(filled.ok && filled.draft.report.tables).toEqual(SEED_DRAFTS['002'].report.tables);
  });

  it('a CSV with a UTF-8 BOM is read as UTF-8; one that may be GBK but is unsure is refused', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed002Csv)]);
    const io = memoryIo({ 'd.json': seed002, 't.csv': bom });
    expect(await main(['fill', 'd.json', 't.csv', '-o', 'o.json'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    io.files.set('t.csv', new Uint8Array([...new TextEncoder().encode('table,row,column,value\n'), 0xe9, 0xe8, 0xe0, 0xe9, 0x0a]));
    expect(await failsWithOneLine(['fill', 'd.json', 't.csv', '-o', 'o.json'], io)).toMatch(/^t\.csv: 文件可能是GBK编码/);
  });

  it('a draft with invalid UTF-8 is refused, not read with U+FFFD', async () => {
    const bytes = new TextEncoder().encode(seed002);
    const at = bytes.findIndex((b) => b >= 0x80);
    bytes[at] = 0xc0;
    const io = memoryIo({ 'd.json': bytes });
    expect(await failsWithOneLine(['check', 'd.json'], io)).toBe(
      `d.json: 草稿文件不是UTF-8编码（第${at + 1}个字节有误），文件可能已损坏或被其他程序改写`,
    );
  });
});

describe('the real process', () => {
  it('check on a missing file and on a folder: exit 2, one line, no stack', async () => {
    const run = promisify(execFile);
    const cli = new URL('./nianbao.mjs', import.meta.url).pathname;
    for (const [arg, message] of [
      ['/nonexistent/d.json', '/nonexistent/d.json: 找不到文件'],
      [tmpdir(), `${tmpdir()}: 这是文件夹，不是文件`],
    ] as const) {
      const result = await run('node', [cli, 'check', arg]).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`${message}\n`);
    }
  });
});
