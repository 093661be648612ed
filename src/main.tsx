import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { storedLanguage } from './app/language.ts';
import { createBrowserI18n } from './i18n/browser.ts';
import { prepareStoredDraft, storedDraftExists } from './session/stored-draft.ts';
import { preloadUnreadableDraftDialog } from './features/drafts/UnreadableDraft.tsx';
import './app/app.css';

const root = document.getElementById('root');
// English is a separate chunk: render once it is there (a promise, not top-level await, which
// Chromium 86 lacks), so a page with English stored never shows Chinese first. So is the draft
// parser, fetched alongside only when a draft is stored: the stored draft is the first thing shown.
if (root)
  void Promise.all([
    createBrowserI18n(storedLanguage()),
    prepareStoredDraft(),
    storedDraftExists() ? preloadUnreadableDraftDialog().catch(() => undefined) : null,
  ]).then(([i18n]) => {
    document.documentElement.lang = i18n.language;
    createRoot(root).render(
      <StrictMode>
        <App i18n={i18n} />
      </StrictMode>,
    );
  });
