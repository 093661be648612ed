/**
 * `npm run mutation`: Stryker's own command line, on the Node this project supports.
 *
 * Stryker 10 refuses to start below Node 22 by its version alone (a check when its CLI module
 * loads); the project runs on Node ≥ 20.19 (package.json engines, this machine's Node 20), and
 * Stryker's code runs on it. The check is passed by presenting the version as 22 for the
 * duration of that one module load; everything else runs on the real Node.
 */
const real = process.version;
Object.defineProperty(process, 'version', { value: 'v22.0.0', configurable: true, writable: true });
const { StrykerCli } = await import('@stryker-mutator/core');
Object.defineProperty(process, 'version', { value: real, configurable: true, writable: true });

new StrykerCli(process.argv).run();
