/**
 * React commits and component renders per keystroke in table 三: a count, not a time, so it does not
 * depend on the machine's load. The page gets a stand-in for the React DevTools hook (React calls
 * it after every commit, in production builds too); it walks the committed tree as DevTools does
 * and counts the components that rendered. The walk costs time, so this runs apart from the timings.
 */
import type { Browser } from '@playwright/test';
import { newSession, T3_CELL } from './browser.ts';

export interface CommitCounts {
  /** Per keystroke, from keydown to the frame that shows it. */
  inKeystroke: { commits: number; renders: number };
  /** Per keystroke, everything until the page is quiet again (rule runs, autosave status). */
  total: { commits: number; renders: number };
  /** Components rendered during the keystrokes, by name, most first. */
  byComponent: Record<string, number>;
}

/** Installed before the app loads; plain JS because it runs in the page as given. */
const HOOK = `(() => {
  const log = { commits: 0, renders: 0, names: {} };
  window.__commitLog = log;
  // React's fiber tags of the components that run user code, and the PerformedWork flag.
  const COMPONENT = new Set([0, 1, 11, 14, 15]);
  const nameOf = (f) => { const t = f.type && (f.type.type || f.type.render || f.type); return (t && (t.displayName || t.name)) || '?'; };
  const count = (f) => { if (!COMPONENT.has(f.tag)) return; log.renders++; const n = nameOf(f); log.names[n] = (log.names[n] || 0) + 1; };
  const walk = (next, prev) => {
    if (prev === null || (next.flags & 1) === 1) count(next);
    // Children that are the same fibers as before were not rendered in this commit.
    if (prev !== null && next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) walk(c, prev === null ? null : c.alternate);
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
    onCommitFiberRoot(_id, root) {
      log.commits++;
      const prev = root.current.alternate;
      walk(root.current, prev && prev.memoizedState && prev.memoizedState.element ? prev : null);
    },
  };
})();`;

type Log = { commits: number; renders: number; names: Record<string, number> };

export async function commitsPerKeystroke(browser: Browser, base: string, draft: string, count: number): Promise<CommitCounts> {
  const { context, page } = await newSession(browser, draft);
  await page.addInitScript({ content: HOOK });
  await page.goto(`${base}/#applications`);
  const cell = `[aria-label="${T3_CELL}"]`;
  await page.locator(cell).focus();
  // Let the first rule run and autosave settle before counting.
  await page.waitForTimeout(2500);
  const read = () => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __commitLog: Log }).__commitLog)) as Log);
  let inKeystroke = { commits: 0, renders: 0 };
  const start = await read();
  for (let i = 0; i < count; i++) {
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement).select(), cell);
    await page.evaluate(() => {
      const w = window as unknown as { __commitLog: Log; keyWindow: Promise<{ commits: number; renders: number }> };
      w.keyWindow = new Promise((resolve) => {
        window.addEventListener(
          'keydown',
          () => {
            const before = { commits: w.__commitLog.commits, renders: w.__commitLog.renders };
            // The frame that shows the keystroke, then a task: what React flushes for the key is in.
            requestAnimationFrame(() =>
              setTimeout(() =>
                resolve({ commits: w.__commitLog.commits - before.commits, renders: w.__commitLog.renders - before.renders }),
              ),
            );
          },
          { once: true, capture: true },
        );
      });
    });
    await page.keyboard.press(String((i % 9) + 1));
    const k = await page.evaluate(() => (window as unknown as { keyWindow: Promise<{ commits: number; renders: number }> }).keyWindow);
    inKeystroke = { commits: inKeystroke.commits + k.commits, renders: inKeystroke.renders + k.renders };
    // Longer than the rule-run delay and the autosave wait, so each key's later work is counted with it.
    await page.waitForTimeout(900);
  }
  await page.waitForTimeout(2500);
  const end = await read();
  await context.close();
  const per = (n: number) => Math.round((n / count) * 10) / 10;
  const byComponent = Object.fromEntries(
    Object.entries(end.names)
      .map(([name, n]) => [name, per(n - (start.names[name] ?? 0))] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]),
  );
  return {
    inKeystroke: { commits: per(inKeystroke.commits), renders: per(inKeystroke.renders) },
    total: { commits: per(end.commits - start.commits), renders: per(end.renders - start.renders) },
    byComponent,
  };
}
