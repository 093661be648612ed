/**
 * Issue 11, class 1: a 万元 amount printed with six decimals (`24252.311082`, as real reports print
 * 行政事业性收费) survives import → draft → .docx → CSV → reopen, each through the CLI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeXml, readDocx } from '../export-docx/testing/docx-xml.ts';
import { parseDraft } from '../report/index.ts';
import { main } from './main.ts';
import { memoryIo } from './testing.ts';

const AMOUNT = '24252.311082';
const report = readFileSync(new URL('../import/fixtures/fees-six-decimals.txt', import.meta.url));

const amountOf = (json: unknown) => {
  const result = parseDraft(String(json));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.draft.report.tables.t2.fees.amount;
};

describe('a six-decimal 万元 amount', () => {
  it('survives import → draft → .docx → CSV → reopen', async () => {
    const io = memoryIo({ 'r.txt': new Uint8Array(report) });
    expect(await main(['import', 'r.txt', '-o', 'd.json'], io)).toBe(0);
    expect(amountOf(io.files.get('d.json'))).toBe(AMOUNT);

    expect(await main(['export', 'd.json', '-o', 'd.docx', '--draft-copy'], io)).toBe(0);
    const docx = io.files.get('d.docx');
    if (!(docx instanceof Uint8Array)) throw new Error('no .docx written');
    const text = decodeXml((await readDocx(docx)).document.replace(/<[^>]+>/g, ''));
    expect(text).toContain(AMOUNT);

    io.stdout.length = 0;
    expect(await main(['tables', 'd.json'], io)).toBe(0);
    const csv = io.stdout.join('\n');
    expect(csv).toContain(`二,行政事业性收费,本年收费金额（单位：万元）,${AMOUNT}`);

    io.files.set('t.csv', csv);
    expect(await main(['new', '--organ', '某镇人民政府', '--year', '2024', '-o', 'new.json'], io)).toBe(0);
    expect(await main(['fill', 'new.json', 't.csv', '-o', 'filled.json'], io)).toBe(0);
    expect(amountOf(io.files.get('filled.json'))).toBe(AMOUNT);
  });
});
