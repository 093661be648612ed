/**
 * The files a batch command is given: names and glob patterns (`reports/*.docx`). Patterns are
 * expanded here because cmd.exe and PowerShell pass them on unexpanded; a plain name is kept even
 * when missing, so it becomes that file's own failed row instead of vanishing from the summary.
 */
import { UsageError, type CliIo } from './io.ts';

// Only `*` and `?`: Windows forbids them in file names, while `[1]` and `{…}` occur in real ones
// (“年报[定稿].json”), which must stay plain names.
const GLOB_CHARS = /[*?]/;

export async function expandInputs(io: CliIo, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const paths = GLOB_CHARS.test(arg) && io.glob ? await io.glob(arg) : [arg];
    if (paths.length === 0) throw new UsageError(`no file matches ${arg}`);
    for (const path of paths) {
      if (seen.has(path)) continue;
      seen.add(path);
      out.push(path);
    }
  }
  return out;
}
