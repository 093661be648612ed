/**
 * The report's life outside the form: findings (debounced rule runs), autosave, whether work was
 * saved to a file, the "leave site?" prompt, and another tab writing the same draft. Components
 * subscribe to these stores, so a keystroke never re-renders the wizard.
 */
import { createContext, useContext, useEffect, useMemo } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { entryFindings } from '../report/rules/entry-findings.ts';
import { runRules } from '../report/rules/engine.ts';
import type { Finding } from '../report/findings.ts';
import type { Report } from '../report/schema.ts';
import type { Saveable } from '../report/draft/saveable.ts';
import { analyse, pendingAnalysis, withFindings } from './analysis.ts';
import type { SaveState, Session } from './session-types.ts';
import { AUTOSAVE_KEY } from './autosave-key.ts';
import { fileBaseline, markSavedToFile, storageWorks, writeAutosave, read } from './autosave.ts';
import { createBaseline } from './baseline.ts';
import { createRulesRunner } from './rules-runner.ts';
import { createStore, useStore } from './store.ts';
import { createFormFeed } from './form-feed.ts';
import { createUndo } from './undo.ts';
import { listenUndoKeys } from './undo-keys.ts';
import { afterPaint, listenPage } from './page-events.ts';
import { createCellEntries } from './cell-entries.ts';
import { persistCellEntries, restoredCellEntries } from './cell-entries-storage.ts';
import { draftCodec, loadDraftCodec } from './draft-codec.ts';
import { openedLargeDraft, openStoredDraft } from './stored-draft.ts';

export { analyse, type Analysis } from './analysis.ts';

export type { SaveState, Session } from './session-types.ts';

/**
 * Check once typing pauses this long… (the live 总计 and identity checks are written at each key;
 * the findings of a half-typed figure are noise, and their re-render is the work a key can land on)
 */
const ANALYSIS_DELAY = 250;
/** …and during uninterrupted typing at least this often. */
const ANALYSIS_MAX_WAIT = 1000;
/** Autosave once typing pauses this long… */
export const AUTOSAVE_DELAY = 600;
/** …and during uninterrupted typing at least this often: the most a crash can lose (said in the UI help). */
export const AUTOSAVE_MAX_WAIT = 2000;

const REPLACE_LABELS = { file: 'openDraft', new: 'replace', otherTab: 'otherTab' } as const;

type CheckedSave = { report: Report; now: Date; saveable: Saveable };
type SessionInternals = Session & { schedule(): void; onStorage(e: StorageEvent): void; connect(): () => void };

/** Exported for its tests; the app gets its session from useReportSession. */
export function createSession(form: UseFormReturn<Report>): SessionInternals {
  const undo = createUndo(form);
  // The undo history's copy of the values (copied along each changed path, never changed in
  // place): the rules, the autosave and the findings share it instead of copying the report each.
  const snapshot = undo.current;
  const first = snapshot();
  // A stored draft (opened before the session starts, once per page) was not saved to a file here.
  const stored = openStoredDraft() !== null;
  const baseline = createBaseline(fileBaseline(), stored ? null : first);
  let lastWritten: string | null = null;
  /**
   * The snapshot the stored draft holds (written from it, or opened from it): while it is current,
   * a save has nothing to write (entering 检查与导出 rewrote a 4 MB draft unchanged).
   */
  let savedReport: Report | null = stored ? first : null;
  // A large stored draft is shown first and checked in the rules worker (connect), as one opened
  // from a file is: its first run here was most of a startup task of over a second (issue 10).
  const rulesLater = openedLargeDraft();
  // Told to every subscriber in one task: spreading a rule run's re-renders over several tasks
  // (16 subscribers each) made typing slower at CPU ×4 (a median key 18.8 → 26.2 ms), each task
  // bringing a commit and a layout of its own.
  const analysis = createStore(rulesLater ? pendingAnalysis(first) : analyse(first));
  const save = createStore<SaveState>({
    autosavedAt: null,
    dirty: baseline.differs(first),
    conflict: false,
    storageFailed: !storageWorks(),
    paused: null,
  });
  let analysisTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * How long the analysis timer has waited so far, and whether a key came since it was last set.
   * Counted in the timer's own steps, not read off the clock: a page whose clock stands still
   * (a test's fixed time) must still be checked.
   */
  let analysisWaited = 0;
  let typedSinceTimer = false;
  /** Edits so far, and how many of them the findings shown (or last asked of the worker) cover. */
  let changes = rulesLater ? 1 : 0;
  let shown = 0;
  let requested: { report: Report | null; changes: number } = { report: null, changes: 0 };
  const entries = createCellEntries();
  // What was typed into cells and is not a number comes back after a reload (only with its draft).
  if (read(AUTOSAVE_KEY) !== null) entries.set(restoredCellEntries(first));
  persistCellEntries(entries, () => form.getValues());
  /** The rules' findings of the analysis shown; the cells' typed text adds its own. */
  let ruled = analysis.get().findings;
  const show = (report: Report, findings: Finding[], pending?: true) => {
    ruled = findings;
    const next = withFindings(report, [...findings, ...entryFindings(entries.get())], analysis.get());
    analysis.set(pending ? { ...next, pending } : next);
  };
  entries.subscribe(() => show(analysis.get().report, ruled, analysis.get().pending));
  const rules = createRulesRunner((report, findings) => {
    if (report === requested.report) shown = requested.changes;
    show(report, findings);
  });
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet autosaved was made. */
  let pendingSince: number | null = null;
  /** When the autosave is due: a keystroke moves this, and the timer, once it fires, waits on. */
  let saveDue = 0;
  const saveWhenDue = () => {
    saveTimer = undefined;
    const wait = saveDue - Date.now();
    if (wait > 0) saveTimer = setTimeout(saveWhenDue, wait);
    else runSave();
  };

  /** Runs the rules once ANALYSIS_DELAY passes with no key, or when ANALYSIS_MAX_WAIT is reached. */
  const analyseWhenQuiet = () => {
    analysisTimer = undefined;
    analysisWaited += ANALYSIS_DELAY;
    if (!typedSinceTimer || analysisWaited >= ANALYSIS_MAX_WAIT) return runAnalysis();
    typedSinceTimer = false;
    analysisTimer = setTimeout(analyseWhenQuiet, ANALYSIS_DELAY);
  };
  /** In the background (the rules worker): typing goes on while the rules run. */
  const runAnalysis = () => {
    clearTimeout(analysisTimer);
    analysisTimer = undefined;
    requested = { report: snapshot(), changes };
    rules.request(requested.report as Report);
  };
  /** In the background unless the findings shown, or asked of the worker, cover the last edit. */
  const analyseIfBehind = () => {
    if (shown !== changes && requested.changes !== changes) runAnalysis();
  };
  /** Here and now, for callers that show or act on the findings next (review step, export). */
  const runAnalysisNow = () => {
    clearTimeout(analysisTimer);
    analysisTimer = undefined;
    if (shown === changes) return;
    rules.supersede();
    const report = snapshot();
    show(report, runRules(report));
    shown = changes;
  };
  /** `checked`: the draft written and checked in an earlier task (saveInSteps), if still current. */
  const runSave = (checked?: CheckedSave) => {
    const codec = draftCodec();
    if (!codec) {
      // The writer is fetched with the first edit (schedule): an autosave due before it is there
      // waits for it; whether the work is unsaved is known now (leaving the page asks).
      save.set({ ...save.get(), dirty: baseline.differs(snapshot()) });
      return void loadDraftCodec().then(
        () => runSave(),
        () => undefined,
      );
    }
    clearTimeout(saveTimer);
    saveTimer = undefined;
    pendingSince = null;
    const report = snapshot();
    if (report === savedReport) return;
    const state = save.get();
    const dirty = baseline.differs(report);
    if (state.conflict) return save.set({ ...state, dirty });
    const fresh = checked?.report === report ? checked : undefined;
    const now = fresh?.now ?? new Date();
    const written = writeAutosave(codec, report, now, fresh?.saveable);
    if (written.ok) {
      lastWritten = written.text;
      savedReport = report;
    }
    // A refused write is shown (autosave off or paused, and why) instead of passing silently; the
    // work stays in the form and the stored draft stays as it was.
    const paused = written.ok || written.reason === 'storage' ? null : written;
    save.set({
      ...state,
      dirty,
      autosavedAt: written.ok ? now : state.autosavedAt,
      storageFailed: !written.ok && written.reason === 'storage',
      paused,
    });
  };
  /**
   * runSave in two tasks: the draft written and checked to reopen, then stored. After a 4 MB draft
   * is opened, each is some 50–70 ms; together with the rule request they were a task of 150 ms and
   * more (issue 10: none over 200 ms). A change in between schedules a save of its own.
   */
  const saveInSteps = () => {
    const codec = draftCodec();
    if (!codec || save.get().conflict) return runSave();
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const report = snapshot();
    const now = new Date();
    const checked = { report, now, saveable: codec.saveableDraft(report, now) };
    setTimeout(() => {
      if (snapshot() === report && savedReport !== report) runSave(checked);
    }, 0);
  };
  const schedule = () => {
    changes++;
    if (!draftCodec()) void loadDraftCodec().catch(() => undefined);
    // One timer for a run of keystrokes, not one set and cleared per key (at CPU ×4 that pair
    // cost about as much as writing the 总计): a key only says the timer must wait on.
    if (analysisTimer === undefined) {
      analysisWaited = 0;
      typedSinceTimer = false;
      analysisTimer = setTimeout(analyseWhenQuiet, ANALYSIS_DELAY);
    } else typedSinceTimer = true;
    const now = Date.now();
    pendingSince ??= now;
    saveDue = Math.min(now + AUTOSAVE_DELAY, pendingSince + AUTOSAVE_MAX_WAIT);
    saveTimer ??= setTimeout(saveWhenDue, Math.max(0, saveDue - now));
  };
  /**
   * After a draft replaces the form: show it first, then run the rules and write the autosave (for
   * a 1 MB draft these take longer than the frame that shows it). The rules run in the worker: on
   * a long narrative they take seconds, which this thread must not block (the review step, which
   * needs the findings at once, still computes them here, see flush). A timer covers hidden tabs,
   * where animation frames do not run.
   */
  const flushAfterPaint = () =>
    afterPaint(() => {
      // Stored before the autosave: a reload compares the draft with it. Then the rules and the
      // autosave, in tasks of their own (for a 4 MB draft each takes tens of milliseconds).
      baseline.settle();
      setTimeout(() => {
        analyseIfBehind();
        saveInSteps();
      }, 0);
    });
  const feed = createFormFeed(form, (name) => {
    undo.changed(name);
    schedule();
  });
  const api: SessionInternals = {
    analysis,
    save,
    values: { get: feed.get, set: feed.set, subscribe: feed.subscribe },
    entries,
    connect() {
      if (rulesLater) afterPaint(analyseIfBehind);
      return feed.connect();
    },
    schedule,
    flush() {
      runAnalysisNow();
      runSave();
    },
    flushSoon() {
      analyseIfBehind();
      runSave();
    },
    history: undo.labels,
    undo: undo.undo,
    redo: undo.redo,
    batch: undo.batch,
    endTyping: undo.seal,
    userActed: undo.userActed,
    replace(report, origin, label) {
      // Text typed into the cells of the draft being replaced does not belong to the new one.
      entries.set(new Map());
      undo.batch(label ?? REPLACE_LABELS[origin], () => form.reset(report));
      changes++;
      // Stored once the draft is shown: a 1 MB baseline takes longer to store than to show it.
      if (origin !== 'otherTab') baseline.set(report, origin === 'file');
      save.set({ ...save.get(), conflict: false });
      flushAfterPaint();
    },
    markSaved() {
      const report = snapshot();
      markSavedToFile(report);
      baseline.set(report, false);
      save.set({ ...save.get(), dirty: false });
    },
    keepMine() {
      save.set({ ...save.get(), conflict: false });
      runSave();
    },
    onStorage(e) {
      // key null: another tab cleared the storage.
      if ((e.key !== AUTOSAVE_KEY && e.key !== null) || (e.newValue !== null && e.newValue === lastWritten)) return;
      // Another tab wrote or removed the stored draft: it is not this one any more.
      savedReport = null;
      if (e.key !== null && e.newValue !== null) save.set({ ...save.get(), conflict: true });
    },
  };
  return api;
}

export function useReportSession(form: UseFormReturn<Report>): Session {
  const session = useMemo(() => createSession(form), [form]);

  useEffect(() => {
    // Every value change schedules the rule run and autosave; the form is copied only when they run.
    const disconnect = session.connect();
    const stopUndoKeys = listenUndoKeys(session);
    const stopPage = listenPage(session);
    return () => {
      disconnect();
      stopUndoKeys();
      stopPage();
    };
  }, [form, session]);
  return session;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the wizard');
  return session;
}

const NONE: readonly Finding[] = [];
/** Findings marking one cell or field; re-renders only when they change. */
export function useFindingsAt(location: string): readonly Finding[] {
  const { analysis } = useSession();
  return useStore(analysis, (a) => a.byLocation.get(location) ?? NONE);
}
