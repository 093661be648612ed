/**
 * What was last saved to or opened from a file, so the app knows whether work would be lost. Kept
 * as the report itself when it is at hand (a draft opened or saved here) and compared by value,
 * stopping at the first difference: the JSON of a 4 MB draft takes tens of milliseconds to write
 * and as long to compare. Its JSON is stored (for the next visit) only once the draft is shown.
 */
import type { Report } from '../report/schema.ts';
import { reportSignature, writeFileBaseline } from './autosave.ts';
import { same } from './undo.ts';

export interface Baseline {
  /** Whether `report` differs from the baseline. */
  differs(report: Report): boolean;
  /** `report` is the baseline now; `store`: also kept for the next visit, at the next settle. */
  set(report: Report, store: boolean): void;
  /** Stores the baseline set with `store` (its JSON), if not yet done. */
  settle(): void;
}

/** `stored`: the JSON kept from an earlier visit, if any; `first` stands in when there is none. */
export function createBaseline(stored: string | null, first: Report | null): Baseline {
  let text = stored;
  let report = stored === null ? first : null;
  let unstored = false;
  return {
    // No baseline at all (a draft kept only in this browser): the work was never saved to a file.
    differs: (now) => (report ? !same(report, now) : text === null || reportSignature(now) !== text),
    set(next, store) {
      report = next;
      text = null;
      unstored = store;
    },
    settle() {
      if (!unstored || !report) return;
      unstored = false;
      writeFileBaseline(reportSignature(report));
    },
  };
}
