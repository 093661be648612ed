#!/usr/bin/env node
// Entry of `npm run cli` and the `nianbao` bin. It runs the bundled CLI (dist-cli/nianbao.mjs, made
// by `npm run build`: starts in tens of milliseconds) while that is newer than every source file,
// and otherwise the TypeScript sources through tsx — the same modules the app is built from.
// NIANBAO_CLI=source forces the sources.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsFresh } from './bundle-fresh.mjs';

// `nianbao tables d.json | head` closes stdout early: that is the reader's choice, not a failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
// main() catches every failure of a command; this only covers what escapes it (a stream error
// after the command returned): one line, exit 2, never a stack.
const fatal = (error) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `internal error: ${message
      .split('\n')[0]
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
      .slice(0, 300)}\n`,
  );
  process.exit(2);
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, '..', '..', 'dist-cli', 'nianbao.mjs');
const useBundle = process.env.NIANBAO_CLI !== 'source' && bundleIsFresh(bundle, join(here, '..'));

let main;
if (useBundle) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
