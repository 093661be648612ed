/**
 * Reading and writing files for a command. Every way a file can fail becomes a CliFailure with a
 * one-line reason (no Node message, no stack): missing, a folder, no permission, too large. The
 * size is checked with stat before a byte is read, so a 2 GB file is refused at once instead of
 * being read and then failing to decode.
 */
import { defaultI18n, translate } from '../i18n/index.ts';
import { SIZE_LIMITS, decodeText, renderDecodeProblem, renderTooLarge, type SizeLimited } from '../report/index.ts';
import { CliFailure, type CliIo } from './io.ts';
import { nodeUtf8 } from './node-utf8.ts';
import { pathOf } from './terminal.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'notFound',
  EISDIR: 'isDirectory',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'permission',
  ENOTDIR: 'notADirectory',
};

/** The reason of a Node system error (`code`), or null for anything else (a bug: reported as such). */
export function systemErrorReason(error: unknown, writing = false): string | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (!/^E[A-Z]+$/.test(code)) return null;
  const i18n = defaultI18n();
  // Writing into a folder that does not exist is ENOENT too; "no such file" would puzzle.
  const key = writing && code === 'ENOENT' ? 'noFolder' : REASONS[code];
  return key ? translate(i18n, `drafts:files.${key}`) : translate(i18n, 'drafts:files.failed', { code });
}

const failure = (path: string, reason: string) => new CliFailure(`${pathOf(path)}: ${reason}`);

/** The bytes of a file of at most the limit for `what`; refused before reading when larger. */
export async function readInputFile(io: CliIo, path: string, what: SizeLimited): Promise<Uint8Array> {
  const i18n = defaultI18n();
  try {
    const info = await io.stat(path);
    if (info.kind === 'directory') throw failure(path, translate(i18n, 'drafts:files.isDirectory'));
    if (info.kind !== 'file') throw failure(path, translate(i18n, 'drafts:files.notAFile'));
    if (info.size > SIZE_LIMITS[what]) throw failure(path, renderTooLarge(what, info.size, i18n));
    const bytes = await io.readBytes(path);
    // The file may have grown since stat.
    if (bytes.length > SIZE_LIMITS[what]) throw failure(path, renderTooLarge(what, bytes.length, i18n));
    return bytes;
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const reason = systemErrorReason(error);
    if (reason) throw failure(path, reason);
    throw error;
  }
}

/** A text file (a CSV, a report): UTF-8, or GBK when it reads as GBK Chinese, said on stderr. */
export async function readTextFile(io: CliIo, path: string, what: SizeLimited): Promise<string> {
  const decoded = decodeText(await readInputFile(io, path, what), { allowGbk: true, utf8: nodeUtf8 });
  const i18n = defaultI18n();
  if (!decoded.ok) throw failure(path, renderDecodeProblem(decoded, i18n));
  if (decoded.encoding === 'gbk') io.err(translate(i18n, 'drafts:encoding.readAsGbk', { file: pathOf(path) }));
  return decoded.text;
}

export async function writeOutputFile(io: CliIo, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await (typeof data === 'string' ? io.writeText(path, data) : io.writeBytes(path, data));
  } catch (error) {
    const reason = systemErrorReason(error, true);
    if (reason) throw failure(path, reason);
    throw error;
  }
}
