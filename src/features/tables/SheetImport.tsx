/**
 * 从表格导入: fills tables 二–四 from a .xlsx or .csv whose cells carry the official labels. Nothing
 * changes before the user has seen which cells will change (and what could not be read) and
 * confirmed; the figures are then set in one update of the tables, so one undo takes it all back.
 */
import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HiddenFileInput } from '../../components/HiddenFileInput.tsx';
import { tableDef, type CellValue, type Report } from '../../report/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useSession } from '../../session/session.ts';
import type { ActionStore } from './TableActions.tsx';
import { readSheetFile, type SheetFileResult } from './sheet-file.ts';

const LISTED = 30;

type Preview = Extract<SheetFileResult, { ok: true }> & { file: string };

export function SheetImport({ actions }: { actions: ActionStore }) {
  const say = (tone: 'ok' | 'error', text: string) => actions.set({ tone, text, issues: [] });
  const { t, i18n } = useTranslation('spreadsheet');
  const { getValues, setValue } = useFormContext<Report>();
  const session = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const shown = (v: CellValue) => (v === null ? t('import.blank') : String(v));

  async function onFile(file: File) {
    say('ok', t('import.reading', { file: file.name }));
    setNotes([]);
    try {
      const result = await readSheetFile(file, getValues('tables'), i18n);
      if (!result.ok) return say('error', t('import.failed', { file: file.name, reason: result.reason }));
      if (result.read.found.length === 0) {
        setNotes(result.notes);
        return say('error', t('import.nothingFound', { file: file.name }));
      }
      actions.set(null);
      setPreview({ ...result, file: file.name });
    } catch (error) {
      say('error', t('import.failed', { file: file.name, reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  function apply() {
    if (!preview) return;
    // Applied to the tables as they are now, in one update (one undo step).
    session.batch('sheetImport', () => setValue('tables', preview.applyTo(getValues('tables')), { shouldDirty: true }));
    say('ok', t('import.applied', { file: preview.file, count: preview.read.inputs.length }));
    setNotes(preview.notes);
    setPreview(null);
  }

  const changes = preview?.applied.changes ?? [];
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={t('import.hint')}>
        {t('import.button')}
      </button>
      <HiddenFileInput
        inputRef={input}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        label={t('import.button')}
        onFile={(file) => void onFile(file)}
      />
      {notes.length > 0 && (
        <ul className="sheet-import-notes" aria-label={t('import.notesTitle')}>
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {preview && (
        <Dialog
          role="alertdialog"
          title={t('import.title', { file: preview.file })}
          onCancel={() => setPreview(null)}
          actions={
            <>
              <button type="button" onClick={() => setPreview(null)}>
                {t('import.cancel')}
              </button>
              <button type="button" className="danger" onClick={apply} disabled={changes.length === 0}>
                {t('import.apply')}
              </button>
            </>
          }
        >
          <p>
            {t('import.found', {
              tables: preview.read.found
                .map((f) => t('import.foundTable', { table: tableDef(f.table).number, sheet: f.sheet }))
                .join(t('import.separator')),
            })}
          </p>
          <p>{changes.length === 0 ? t('import.noChanges') : t('import.changes', { count: changes.length })}</p>
          {changes.length > 0 && (
            <ul className="sheet-import-changes">
              {changes.slice(0, LISTED).map((c) => (
                <li key={`${c.ref.table}.${c.ref.row}.${c.ref.column}`}>
                  {preview.cellName(c.ref)}：{shown(c.before)} → {shown(c.after)}
                </li>
              ))}
              {changes.length > LISTED && <li>{t('import.more', { count: changes.length - LISTED })}</li>}
            </ul>
          )}
          {preview.applied.unchanged > 0 && <p>{t('import.unchanged', { count: preview.applied.unchanged })}</p>}
          {preview.notes.length > 0 && (
            <>
              <p>{t('import.notesTitle')}</p>
              <ul className="sheet-import-notes">
                {preview.notes.slice(0, LISTED).map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
                {preview.notes.length > LISTED && <li>{t('import.more', { count: preview.notes.length - LISTED })}</li>}
              </ul>
            </>
          )}
        </Dialog>
      )}
    </>
  );
}
