// Whether the bundled CLI (dist-cli/nianbao.mjs, built by `npm run build`) may run instead of the
// TypeScript sources: only while no source file is newer than it, so an edited checkout never runs
// stale code. Plain JS: it decides before tsx is loaded.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path));
    // A test file is not in the bundle: adding or editing one must not send every run to tsx.
    else if (/\.(ts|tsx|json|mjs|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function bundleIsFresh(bundle, sourceDir) {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  return built >= newestIn(sourceDir);
}
