/** The session's shape (session.ts makes it): what the features read and ask of it. */
import type { Report } from '../report/schema.ts';
import type { Analysis } from './analysis.ts';
import type { AutosaveRefusal } from './autosave.ts';
import type { CellEntries } from './cell-entries.ts';
import type { FormFeed } from './form-feed.ts';
import type { Store } from './store.ts';
import type { UndoLabels } from './undo.ts';

export interface SaveState {
  autosavedAt: Date | null;
  /** The report differs from what was last saved to or opened from a file. */
  dirty: boolean;
  /** Another tab wrote the autosaved draft; autosave pauses until the user decides. */
  conflict: boolean;
  /** The browser refused the last write (storage full or unavailable): autosave is off. */
  storageFailed: boolean;
  /** Autosave wrote nothing because the draft would not reopen, or an unreadable stored draft is still in its place. */
  paused: Exclude<AutosaveRefusal, { reason: 'storage' }> | null;
}

export interface Session {
  analysis: Store<Analysis>;
  save: Store<SaveState>;
  /** The form's values by path, for components that show one or a few of them. */
  values: FormFeed;
  /** Table cells holding text that is not a number; their findings are part of the analysis. */
  entries: Store<CellEntries>;
  /** Run the rules and autosave now (before showing the review step, after a reset). */
  flush(): void;
  /**
   * Autosave now and send the rules to the worker without waiting (before showing a step other
   * than the review): on a long narrative the rules take seconds this thread must not block.
   */
  flushSoon(): void;
  /** Puts `report` in place of the draft, as one undo step named `label` (a key in the history namespace). */
  replace(report: Report, origin: 'file' | 'new' | 'otherTab', label?: string): void;
  /** The steps undo and redo would take back or make again (their labels), for the buttons. */
  history: Store<UndoLabels>;
  undo(): string | null;
  redo(): string | null;
  /** Whatever `run` writes to the form is one undo step named `label` (paste, 填0, carry-forward). */
  batch(label: string, run: () => void): void;
  /** The typing that follows starts a new undo step (a field was left). */
  endTyping(): void;
  /** A key, click or input from the user (after an undo, the app's own follow-up writes are not steps). */
  userActed(): void;
  markSaved(): void;
  keepMine(): void;
}
