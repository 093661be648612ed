/**
 * `npm run corpus`: the real reports as the test. First the import of every seed and corpus report
 * (issue 11: cells exact), then the precision and recall of the prose checks (issue 12).
 */
import { calibrate, formatCalibration } from './corpus/calibrate.ts';
import { formatFixtureLines, formatImportLines, importLines } from './corpus/imports.ts';

const lines = [...importLines(), ...(await formatFixtureLines())];
console.log(formatImportLines(lines));
console.log('');
const result = calibrate();
console.log(formatCalibration(result));
const allExact = lines.every((l) => !l.comparison || l.comparison.exact === l.comparison.total);
if (!allExact || result.precision < 0.9 || result.recall < 1) process.exitCode = 1;
