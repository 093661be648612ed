/** What a command touches of the outside world, injected so commands are testable in-process. */
import { readFile, writeFile } from 'node:fs/promises';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  writeText(path: string, text: string): Promise<void>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  today(): string;
}

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  writeBytes: (path, bytes) => writeFile(path, bytes),
  today: () => new Date().toISOString().slice(0, 10),
};

/** Exit codes: 0 fine, 1 the report has errors (or was refused), 2 bad input or usage. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}
