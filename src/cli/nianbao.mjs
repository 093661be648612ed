#!/usr/bin/env node
// Entry of `npm run cli` and the `nianbao` bin: runs the TypeScript CLI through tsx, so the CLI
// uses exactly the modules the app is built from.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
