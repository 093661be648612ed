/**
 * `export --format pdf`: the .docx converted by LibreOffice (`soffice --headless --convert-to pdf`)
 * in a temporary folder with its own user profile, so a LibreOffice the user has open is neither
 * disturbed nor blocks the conversion. Without soffice on PATH the command says how to get a PDF
 * instead of failing obscurely.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { CliFailure } from './io.ts';

const run = promisify(execFile);

export const NO_SOFFICE =
  'export --format pdf needs LibreOffice, and soffice was not found on PATH. Install LibreOffice ' +
  '(Debian: apt install libreoffice-writer-nogui; Windows: libreoffice.org, then add its program folder to PATH), ' +
  'or open the draft in the app and use 打印 → 另存为PDF; --format docx writes the Word file.';

/** Converting a long report takes seconds; a hung office process must not hang the command. */
const TIMEOUT_MS = 180_000;

/** The first `soffice` executable on `path` (PATH's value), or null. */
export async function findSoffice(path: string | undefined, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice'];
  for (const dir of (path ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      const ok = await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      );
      if (ok) return candidate;
    }
  }
  return null;
}

export async function docxToPdf(docx: Uint8Array, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const soffice = await findSoffice(env.PATH);
  if (!soffice) throw new CliFailure(NO_SOFFICE);
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], {
      timeout: TIMEOUT_MS,
      env,
    }).catch((error: unknown) => {
      throw new CliFailure(
        `LibreOffice could not convert the report to PDF (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
    });
    // soffice exits 0 even when the conversion failed: the PDF's existence is the result.
    const pdf = await readFile(join(dir, 'report.pdf')).catch(() => {
      throw new CliFailure('LibreOffice did not produce a PDF (is another LibreOffice instance blocking it?)');
    });
    return new Uint8Array(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
