/** What a command touches of the outside world, injected so commands are testable in-process. */
import { readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';

export interface FileInfo {
  size: number;
  kind: 'file' | 'directory' | 'other';
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Checked before reading: a directory, a device or an oversize file is refused unread. */
  stat(path: string): Promise<FileInfo>;
  readBytes(path: string): Promise<Uint8Array>;
  writeText(path: string, text: string): Promise<void>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  today(): string;
  /** The files a glob pattern names (`drafts/*.json`, `reports/**` + `/*.docx`), sorted: Windows shells do not expand them. */
  glob?(pattern: string): Promise<string[]>;
  /**
   * Threads a batch command may spread its files over. Only Node's own io has more than one: a
   * worker thread reads the real files, which an in-memory io's would not be.
   */
  threads?: number;
}

/**
 * NIANBAO_THREADS=1 keeps a batch on one thread (a machine others share; timing one thread against
 * two); a positive whole number caps the threads, anything else leaves one per core.
 */
export function threadsAllowed(setting: string | undefined, cores: number): number {
  const n = Number(setting);
  return setting && Number.isSafeInteger(n) && n > 0 ? n : cores;
}

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // Reads are synchronous: the CLI does nothing else meanwhile, and on `check` over a thousand drafts
  // the promise API cost five times the CPU (stat, open, fstat, read and close each a thread-pool
  // round trip) for no gain in time.
  stat: async (path) => {
    const info = statSync(path);
    return { size: info.size, kind: info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other' };
  },
  readBytes: async (path) => new Uint8Array(readFileSync(path)),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  writeBytes: (path, bytes) => writeFile(path, bytes),
  today: () => new Date().toISOString().slice(0, 10),
  glob: async (pattern) => {
    // Loaded on demand: most commands take one named file.
    const { glob } = await import('tinyglobby');
    return (await glob(pattern, { onlyFiles: true, expandDirectories: false })).sort();
  },
  threads: threadsAllowed(process.env.NIANBAO_THREADS, availableParallelism()),
};

/** Exit codes: 0 fine, 1 the report has errors (or was refused), 2 bad input or usage. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Wrong arguments: printed with the command's usage. */
export class UsageError extends Error {}

/** A file the command cannot use (missing, unreadable, too large, not a draft): its one-line reason. */
export class CliFailure extends Error {}
