import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEED_DRAFTS } from '../report/fixtures/seeds.ts';
import { parseDraft } from '../report/index.ts';
import { bundleIsFresh } from './bundle-fresh.mjs';
import { main } from './main.ts';
import { FILES_PER_THREAD } from './commands/check-many.ts';
import { captureNodeIo, draftFolder, memoryIo } from './testing.ts';
import type { CliIo } from './io.ts';

const run = promisify(execFile);

describe('the bundled CLI', () => {
  it('is used only while no source file is newer than it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-fresh-'));
    await mkdir(join(dir, 'src', 'cli'), { recursive: true });
    const source = join(dir, 'src', 'cli', 'main.ts');
    const bundle = join(dir, 'nianbao.mjs');
    await writeFile(source, '');
    expect(bundleIsFresh(bundle, join(dir, 'src'))).toBe(false);
    await writeFile(bundle, '');
    await utimes(source, new Date(1_000_000), new Date(1_000_000));
    expect(bundleIsFresh(bundle, join(dir, 'src'))).toBe(true);
    // A newer test file is not in the bundle: the bundle stays in use.
    const test = join(dir, 'src', 'cli', 'main.test.ts');
    await writeFile(test, '');
    await utimes(test, new Date(), new Date(Date.now() + 60_000));
    expect(bundleIsFresh(bundle, join(dir, 'src'))).toBe(true);
    await utimes(source, new Date(), new Date(Date.now() + 60_000));
    expect(bundleIsFresh(bundle, join(dir, 'src'))).toBe(false);
  });

  it('built from the sources, prints what the sources print for check and sum', { timeout: 120_000 }, async () => {
    const out = await mkdtemp(join(tmpdir(), 'nianbao-cli-bundle-'));
    await run('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--outDir', out, '--logLevel', 'error'], { timeout: 110_000 });
    const bundled = (await import(pathToFileURL(join(out, 'nianbao.mjs')).href)) as {
      main: (argv: string[], io: CliIo) => Promise<number>;
    };
    const files = { 'a.json': JSON.stringify(SEED_DRAFTS['002']), 'b.json': JSON.stringify(SEED_DRAFTS['003']) };
    for (const argv of [
      ['check', 'a.json'],
      ['check', '*.json', '--csv'],
      ['sum', 'a.json', 'b.json', '-o', 's.json', '--organ', '县'],
    ]) {
      const fromSource = memoryIo(files);
      const fromBundle = memoryIo(files);
      expect(await bundled.main(argv, fromBundle)).toBe(await main(argv, fromSource));
      expect(fromBundle.stdout).toEqual(fromSource.stdout);
      // The saved draft carries its save time: compare the reports.
      const report = (io: typeof fromSource) => {
        const parsed = parseDraft(String(io.files.get('s.json') ?? '{}'));
        return parsed.ok ? parsed.draft.report : null;
      };
      expect(report(fromBundle)).toEqual(report(fromSource));
    }
    // Over many files the bundle checks on two threads: its worker runs the bundled chunk.
    const paths = draftFolder(2 * FILES_PER_THREAD + 10);
    const fromSource = captureNodeIo(1);
    const fromBundle = captureNodeIo(2, true);
    expect(await bundled.main(['check', ...paths, '--csv'], fromBundle.io)).toBe(await main(['check', ...paths, '--csv'], fromSource.io));
    expect(fromBundle.stdout).toEqual(fromSource.stdout);
    expect(fromBundle.reads.length).toBeLessThan(fromSource.reads.length);
  });
});
