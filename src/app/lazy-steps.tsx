/**
 * The steps after 基本信息 (and the review step's export panel) as chunks of their own: the first
 * screen does not wait for them. Once it is interactive, prefetchSteps() fetches them all while the
 * browser is idle, so switching steps stays instant, offline too. Named as the features name them,
 * so the wizard's step switch reads the same.
 */
import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';
import { loadDraftCodec } from '../session/draft-codec.ts';
import { prepareDraftReader } from '../session/draft-reader.ts';

interface Preloadable<P> {
  (props: P): ReturnType<typeof createElement>;
  preload(): Promise<unknown>;
}

/**
 * A lazy component that, once its chunk is loaded (by prefetch or an earlier visit), mounts the
 * component itself instead of suspending for a tick. The choice is made once per mount, so a
 * mounted step never switches element type (which would remount it and lose focus).
 */
function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () => load().then((component) => (loaded = component));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Step = (props: P) => {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  };
  return Object.assign(Step, { preload });
}

export const OverviewStep = preloadable(() => import('../features/narrative/OverviewStep.tsx').then((m) => m.OverviewStep));
export const ProblemsStep = preloadable(() => import('../features/narrative/ProblemsStep.tsx').then((m) => m.ProblemsStep));
export const OtherStep = preloadable(() => import('../features/narrative/OtherStep.tsx').then((m) => m.OtherStep));
export const TableStep = preloadable(() => import('../features/tables/TableStep.tsx').then((m) => m.TableStep));
export const ReviewStep = preloadable(() => import('../features/review/ReviewStep.tsx').then((m) => m.ReviewStep));
export const ExportPanel = preloadable(() => import('../features/export/ExportPanel.tsx').then((m) => m.ExportPanel));

const LATER = [OverviewStep, TableStep, ProblemsStep, OtherStep, ReviewStep, ExportPanel];
/**
 * Also fetched when idle: the import feature's dialog, itself loaded on demand by ImportActions,
 * the draft writer, so that an edit made just before the page is closed never waits for it, and
 * the draft worker, so that opening a file does not wait for its start.
 */
const ALSO = [() => import('../features/import/ImportDialog.tsx'), loadDraftCodec, prepareDraftReader];

type Idle = (callback: () => void, options: { timeout: number }) => number;

/**
 * How long the first step has the page to itself: on a slow office PC, parsing the other steps'
 * code while the user starts typing would delay those first keystrokes.
 */
const PREFETCH_AFTER_MS = 1500;

/**
 * Fetches every later step once the first step has been on screen a moment, when the browser is
 * idle. A chunk that fails here (a server gone) is fetched again when its step is opened.
 * Returns the cleanup for the effect that calls it.
 */
export function prefetchSteps(): () => void {
  const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
  const fetchAll = () => {
    for (const load of [...LATER.map((s) => s.preload), ...ALSO]) load().catch(() => undefined);
  };
  const timer = setTimeout(() => (idle ? idle(fetchAll, { timeout: 3000 }) : fetchAll()), PREFETCH_AFTER_MS);
  return () => clearTimeout(timer);
}

/**
 * The quiet placeholder while a step's chunk loads: an empty block of the step's height, so the
 * page does not jump. `onShown` runs once the step has replaced it (to focus a field in it).
 */
export function StepPending({ onShown }: { onShown(): void }) {
  // The cleanup runs when the step has replaced this placeholder (`onShown` is stable).
  useEffect(() => onShown, [onShown]);
  return <div className="step-pending" aria-busy="true" />;
}
