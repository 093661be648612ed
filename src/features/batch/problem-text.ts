/** Why a file could not be read, in the UI language. */
import type { i18n as I18n } from 'i18next';
import { renderDraftError } from '../../report/index.ts';
import { renderImportError } from '../../import/messages.ts';
import type { Unreadable } from './review.ts';

export function problemText(problem: Unreadable, i18n: I18n): string {
  switch (problem.kind) {
    case 'draft':
      return renderDraftError(problem.error, i18n);
    case 'import':
      return renderImportError(problem.result, i18n);
    case 'unsupported':
      return i18n.t('batch:unsupported');
    case 'failed':
      return i18n.t('batch:failed', { message: problem.message });
  }
}
