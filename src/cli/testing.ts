/** An in-memory CliIo for running commands in-process in tests. */
import type { CliIo, FileInfo } from './io.ts';

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
