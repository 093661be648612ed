/**
 * The unreadable-draft dialog, fetched only when there is an unreadable stored draft to tell the
 * user about (main.tsx fetches it with the parser whenever a draft is stored, so it is there as
 * soon as it is needed): nearly every visit has none, and the first screen does without its code.
 */
import { lazy, Suspense } from 'react';
import { useStore } from '../../session/store.ts';
import { unreadableDraft } from '../../session/stored-draft.ts';

const load = () => import('./UnreadableDraftDialog.tsx');
const Dialog = lazy(() => load().then((m) => ({ default: m.UnreadableDraftDialog })));

/** Fetches the dialog's code ahead (a stored draft may turn out unreadable). */
export const preloadUnreadableDraftDialog = (): Promise<unknown> => load();

export function UnreadableDraft({ onReplaced }: { onReplaced(): void }) {
  const kept = useStore(unreadableDraft);
  if (!kept) return null;
  return (
    <Suspense fallback={null}>
      <Dialog onReplaced={onReplaced} />
    </Suspense>
  );
}
