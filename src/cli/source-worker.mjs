// A worker thread started from the TypeScript sources (tests, `NIANBAO_CLI=source`): registers tsx
// in this thread, as nianbao.mjs does in the main one, then runs the module that started it.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
