/** `npm run corpus`: precision and recall of the prose checks on the calibration reports (issue 12). */
import { calibrate, formatCalibration } from './corpus/calibrate.ts';

const result = calibrate();
console.log(formatCalibration(result));
if (result.precision < 0.9 || result.recall < 1) process.exitCode = 1;
