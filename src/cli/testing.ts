/** An in-memory CliIo for running commands in-process in tests. */
import type { CliIo } from './io.ts';

export interface MemoryIo extends CliIo {
  files: Map<string, string | Uint8Array>;
  stdout: string[];
  stderr: string[];
}

export function memoryIo(files: Record<string, string | Uint8Array> = {}, today = '2026-11-21'): MemoryIo {
  const store = new Map(Object.entries(files));
  const stdout: string[] = [];
  const stderr: string[] = [];
  const read = (path: string) => {
    const value = store.get(path);
    if (value === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
    return value;
  };
  return {
    files: store,
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    readText: async (path) => {
      const value = read(path);
      return typeof value === 'string' ? value : new TextDecoder().decode(value);
    },
    readBytes: async (path) => {
      const value = read(path);
      return typeof value === 'string' ? new TextEncoder().encode(value) : value;
    },
    writeText: async (path, text) => void store.set(path, text),
    writeBytes: async (path, bytes) => void store.set(path, bytes),
    today: () => today,
  };
}
