/** CliIos for running commands in-process in tests: in memory, or Node's own printing into arrays. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DRAFTS, SEED_IDS } from '../report/fixtures/seeds.ts';
import { nodeIo, type CliIo, type FileInfo } from './io.ts';

export interface MemoryIo extends CliIo {
  files: Map<string, string | Uint8Array>;
  stdout: string[];
  stderr: string[];
  /** Paths that stat as something else than their content (a folder, a huge size), and read counts. */
  fakeStat: Map<string, FileInfo>;
  reads: string[];
}

/** A Node-like system error, as fs/promises throws it. */
export function systemError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: failed, open '${path}'`), { code, path });
}

export function memoryIo(files: Record<string, string | Uint8Array> = {}, today = '2026-11-21'): MemoryIo {
  const store = new Map(Object.entries(files));
  const stdout: string[] = [];
  const stderr: string[] = [];
  const fakeStat = new Map<string, FileInfo>();
  const reads: string[] = [];
  // A text file's UTF-8 bytes, encoded once: the in-process bench reads the same drafts thousands of times.
  const encoded = new Map<string, { text: string; bytes: Uint8Array }>();
  const bytesOf = (path: string, text: string) => {
    let entry = encoded.get(path);
    if (entry?.text !== text) encoded.set(path, (entry = { text, bytes: new TextEncoder().encode(text) }));
    return entry.bytes;
  };
  const read = (path: string) => {
    reads.push(path);
    const value = store.get(path);
    if (value === undefined) throw systemError('ENOENT', path);
    return value;
  };
  return {
    files: store,
    stdout,
    stderr,
    fakeStat,
    reads,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    stat: async (path) => {
      const fake = fakeStat.get(path);
      if (fake) return fake;
      const value = store.get(path);
      if (value === undefined) throw systemError('ENOENT', path);
      return { kind: 'file', size: typeof value === 'string' ? bytesOf(path, value).length : value.length };
    },
    readBytes: async (path) => {
      const value = read(path);
      // A copy: what a command does with the bytes must not change the file.
      return typeof value === 'string' ? bytesOf(path, value).slice() : value;
    },
    writeText: async (path, text) => void store.set(path, text),
    writeBytes: async (path, bytes) => void store.set(path, bytes),
    today: () => today,
    glob: async (pattern) => {
      // Enough of a glob for tests: `*` within a name, `**/` across folders.
      const source = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '\ue000')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        .replace(/\ue000/g, '(?:.*/)?');
      const re = new RegExp(`^${source}$`);
      return [...store.keys()].filter((path) => re.test(path)).sort();
    },
  };
}

/**
 * Real files (a worker reads the disk, not an in-memory io): the seeds over and over, with files
 * that are not drafts among them — broken JSON, not a draft, not UTF-8, empty, a folder, missing.
 */
export function draftFolder(count: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-pool-'));
  const bad: Record<number, (path: string) => void> = {
    3: (p) => writeFileSync(p, '{"app":'),
    8: (p) => writeFileSync(p, '{"format":"something else"}'),
    17: (p) => writeFileSync(p, new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d])),
    40: (p) => writeFileSync(p, ''),
    63: (p) => mkdirSync(p),
    90: () => undefined,
  };
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${String(i).padStart(3, '0')}.json`);
    const make = bad[i];
    if (make) make(path);
    else writeFileSync(path, JSON.stringify(SEED_DRAFTS[SEED_IDS[i % SEED_IDS.length] ?? '000']));
    return path;
  });
}

/** Node's io printing into arrays; `slowMain` holds the main thread's reads back so that the worker gets its share. */
export function captureNodeIo(threads: number, slowMain = false) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const reads: string[] = [];
  const io: CliIo = {
    ...nodeIo,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
    today: () => '2026-11-21',
    threads,
    readBytes: async (path) => {
      reads.push(path);
      if (slowMain) await new Promise((resolve) => setTimeout(resolve, 100));
      return nodeIo.readBytes(path);
    },
  };
  return { io, stdout, stderr, reads };
}
