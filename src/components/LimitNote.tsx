/**
 * Length limits where text enters: maxLength from the schema's limit (so typing stops there), a
 * paste that does not fit is cut to fit with a message at the field saying how many characters were
 * not taken, and a note when a field is at (or, set by the program, over) its limit.
 */
import { useState, type ClipboardEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { cutText, limitOf } from '../report/text-limits.ts';
import type { Report } from '../report/schema.ts';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** The pasted text as the field will hold it: a text area keeps line feeds, a one-line input turns breaks into spaces (as Chromium does). */
function asEntered(text: string, field: Field): string {
  return field instanceof HTMLTextAreaElement ? text.replace(/\r\n?/g, '\n') : text.replace(/\r\n|\r|\n/g, ' ');
}

export function useTextLimit(path: string) {
  const limit = limitOf(path);
  const [notTaken, setNotTaken] = useState(0);
  const onPaste = (e: ClipboardEvent<Field>) => {
    const field = e.currentTarget;
    if (limit === null) return;
    const text = asEntered(e.clipboardData.getData('text/plain'), field);
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const room = Math.max(0, limit - (field.value.length - (end - start)));
    if (text.length <= room) return setNotTaken(0);
    // The browser would cut the paste silently: insert what fits ourselves and say what was left.
    e.preventDefault();
    const taken = cutText(text, room);
    field.setRangeText(taken, start, end, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    setNotTaken(text.length - taken.length);
  };
  return {
    maxLength: limit ?? undefined,
    onPaste,
    onInput: (e: { nativeEvent: Event }) => e.nativeEvent instanceof InputEvent && setNotTaken(0),
    notTaken,
    limit,
  };
}

export function LimitNote({ path, id, limit, notTaken }: { path: string; id: string; limit: number | null; notTaken: number }) {
  const { t } = useTranslation('wizard');
  const value = useWatch<Report>({ name: path as never }) as unknown;
  const length = typeof value === 'string' ? value.length : 0;
  let note: string | null = null;
  if (limit !== null && length > limit) note = t('limits.over', { limit, over: length - limit });
  else if (notTaken > 0) note = t('limits.pasteCut', { limit: limit ?? 0, count: notTaken });
  else if (limit !== null && length >= limit) note = t('limits.reached', { limit });
  return (
    <p id={id} className={note ? 'field-note field-note-warning limit-note' : 'limit-note'} role="status">
      {note}
    </p>
  );
}
