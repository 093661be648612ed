/**
 * The page events the session answers: another tab writing the stored draft, and leaving (closing
 * the tab, reloading, hiding it), which writes at once: the page may not come back.
 */
import type { Session } from './session-types.ts';

type Listening = Pick<Session, 'flush' | 'save'> & { onStorage(e: StorageEvent): void };

/** Adds the listeners; returns what removes them. */
export function listenPage(session: Listening): () => void {
  const onStorage = (e: StorageEvent) => session.onStorage(e);
  const beforeUnload = (e: BeforeUnloadEvent) => {
    session.flush();
    if (!session.save.get().dirty) return;
    e.preventDefault();
    // Older Chrome needs returnValue set to show the prompt.
    e.returnValue = '';
  };
  const hidden = () => {
    if (document.visibilityState === 'hidden') session.flush();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('beforeunload', beforeUnload);
  window.addEventListener('pagehide', session.flush);
  document.addEventListener('visibilitychange', hidden);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('beforeunload', beforeUnload);
    window.removeEventListener('pagehide', session.flush);
    document.removeEventListener('visibilitychange', hidden);
  };
}

/**
 * Runs `run` once the page has been drawn (a frame, then a task of its own); a timer covers hidden
 * tabs, where animation frames do not run.
 */
export function afterPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}
