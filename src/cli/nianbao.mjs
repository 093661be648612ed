#!/usr/bin/env node
// Entry of `npm run cli` and the `nianbao` bin: runs the TypeScript CLI through tsx, so the CLI
// uses exactly the modules the app is built from.
import { register } from 'tsx/esm/api';

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

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
