import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { threadsAllowed } from '../io.ts';
import { captureNodeIo, draftFolder } from '../testing.ts';
import { FILES_PER_THREAD, threadsFor } from './check-many.ts';

describe('check over many files on two threads', () => {
  const paths = draftFolder(2 * FILES_PER_THREAD + 10);

  it('prints byte for byte what one thread prints, as text, CSV and JSON, with the same exit code', { timeout: 120_000 }, async () => {
    for (const format of [[], ['--csv'], ['--json']]) {
      const one = captureNodeIo(1);
      const exitOne = await main(['check', ...paths, ...format], one.io);
      const two = captureNodeIo(2, true);
      const exitTwo = await main(['check', ...paths, ...format], two.io);
      expect(two.stdout).toEqual(one.stdout);
      expect(two.stderr).toEqual(one.stderr);
      expect(exitTwo).toBe(exitOne);
      // The unreadable files make it 2 (the folder and the missing file are never read); the worker checked part of the files.
      expect(exitOne).toBe(2);
      expect(one.reads).toHaveLength(paths.length - 2);
      expect(two.reads.length).toBeLessThan(one.reads.length);
    }
  });

  it(
    'a file that breaks the check (a bug, not a bad file) stops the run with the line one thread prints',
    { timeout: 60_000 },
    async () => {
      // A NUL in a path makes Node throw a TypeError naming the path: not a reason for a row, an
      // internal error. Of two, the one first in input order is reported, as one thread would.
      const broken = paths.map((p, i) => (i === 150 || i === 200 ? `${p}\u0000${i}` : p));
      const one = captureNodeIo(1);
      const exitOne = await main(['check', ...broken, '--csv'], one.io);
      const two = captureNodeIo(2, true);
      const exitTwo = await main(['check', ...broken, '--csv'], two.io);
      expect(exitOne).toBe(2);
      expect(exitTwo).toBe(2);
      expect(one.stdout).toEqual([]);
      expect(two.stdout).toEqual([]);
      expect(one.stderr).toHaveLength(1);
      expect(one.stderr[0]).toMatch(/^internal error: TypeError: .*150/);
      expect(two.stderr).toEqual(one.stderr);
    },
  );
});

describe('threadsFor', () => {
  it('keeps a short list on the main thread and never uses more threads than there are', () => {
    expect(threadsFor(2 * FILES_PER_THREAD - 1, 2)).toBe(1);
    expect(threadsFor(2 * FILES_PER_THREAD, 2)).toBe(2);
    expect(threadsFor(100 * FILES_PER_THREAD, 2)).toBe(2);
    expect(threadsFor(100 * FILES_PER_THREAD, 8)).toBe(8);
    expect(threadsFor(3 * FILES_PER_THREAD, 8)).toBe(3);
    expect(threadsFor(1000)).toBe(1);
  });
});

describe('NIANBAO_THREADS', () => {
  it('caps the threads with a positive whole number and is ignored otherwise', () => {
    expect(threadsAllowed('1', 2)).toBe(1);
    expect(threadsAllowed('3', 2)).toBe(3);
    for (const ignored of [undefined, '', '0', '-1', '1.5', 'two', ' ']) expect(threadsAllowed(ignored, 2)).toBe(2);
  });
});
