/** A narrative text area: label, what the format expects there, a character count, its findings. */
import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { marking } from '../report/rules/engine.ts';
import type { Report } from '../report/schema.ts';
import { useFindingText } from './finding-text.ts';
import { LimitNote, useTextLimit } from './LimitNote.tsx';
import { LastYearBadge } from './LastYearBadge.tsx';
import { useUnchangedFromLastYear } from '../session/previous.ts';
import { fieldId } from '../session/focus.ts';
import { useFindingsAt } from '../session/session.ts';

function CharCount({ path }: { path: FieldPath<Report> }) {
  const { t } = useTranslation('wizard');
  const value = useWatch<Report>({ name: path });
  const count = typeof value === 'string' ? value.replace(/\s/g, '').length : 0;
  return <span className="char-count">{t('narrative.chars', { count })}</span>;
}

/** A finding that marks several fields (the opening's six contact facts) is said once, under the first. */
export function FieldNotes({ path, id }: { path: string; id: string }) {
  const findings = marking(useFindingsAt(path)).filter((f) => f.cells[0] === undefined || f.cells[0] === path);
  const text = useFindingText();
  if (findings.length === 0) return null;
  return (
    <p id={id} className={`field-note field-note-${findings.some((f) => f.severity === 'error') ? 'error' : 'warning'}`}>
      {findings.map(text).join('；')}
    </p>
  );
}

export function TextArea({ path, label, hint, rows = 6 }: { path: string; label: string; hint: string; rows?: number }) {
  const { register } = useFormContext<Report>();
  const id = fieldId(path);
  const findings = marking(useFindingsAt(path));
  const lastYears = useUnchangedFromLastYear(path);
  const { notTaken, limit, ...limits } = useTextLimit(path);
  return (
    <div className="field field-text">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {lastYears && <LastYearBadge id={`${id}-last`} />}
        <CharCount path={path as FieldPath<Report>} />
      </div>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        rows={rows}
        aria-describedby={`${id}-hint${lastYears ? ` ${id}-last` : ''}${findings.length ? ` ${id}-note` : ''} ${id}-limit`}
        aria-invalid={findings.some((f) => f.severity === 'error') || undefined}
        {...limits}
        {...register(path as FieldPath<Report>)}
      />
      <LimitNote path={path} id={`${id}-limit`} limit={limit} notTaken={notTaken} />
      <FieldNotes path={path} id={`${id}-note`} />
    </div>
  );
}
