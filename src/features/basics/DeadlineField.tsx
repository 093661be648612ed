/**
 * 发布期限 in 基本信息 (issue 12): the statutory deadline for the organ kind is shown in the box as a
 * suggestion, not stored; only a date the user types is kept (`signature.deadline`), so changing
 * the kind or the year moves the suggestion. Below it, the days left from today's local date.
 */
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { daysUntil, defaultDeadline } from '../../report/deadline.ts';
import type { Report } from '../../report/schema.ts';
import { fieldId } from '../../session/focus.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the user's time zone (a deadline falls on the clerk's calendar day, not UTC's). */
function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function DaysLeft({ deadline, id }: { deadline: string; id: string }) {
  const { t } = useTranslation('deadline');
  const days = daysUntil(deadline, localToday());
  const text = days > 0 ? t('daysLeft', { days }) : days === 0 ? t('dueToday') : t('overdue', { days: -days });
  return (
    <p id={id} className={days < 0 ? 'field-note field-note-warning' : 'hint'} data-testid="deadline-days">
      {text}
    </p>
  );
}

export function DeadlineField() {
  const { t } = useTranslation('deadline');
  const { t: tc } = useTranslation();
  const { control } = useFormContext<Report>();
  const [kind, year] = useWatch<Report, ['organ.kind', 'year']>({ name: ['organ.kind', 'year'] });
  const suggestion = defaultDeadline(kind, year);
  const id = fieldId('signature.deadline');
  const spell = (iso: string) => t('date', { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
  return (
    <Controller
      control={control}
      name="signature.deadline"
      render={({ field }) => {
        const set = field.value || null;
        const deadline = set ?? suggestion;
        const hint = !suggestion
          ? set
            ? t('set')
            : t('township')
          : set
            ? t('setOverDefault', { date: spell(suggestion) })
            : t('suggested', { kind: tc(`organKinds.${kind}`), date: spell(suggestion) });
        return (
          <div className="field">
            <label htmlFor={id}>{t('label')}</label>
            <input
              id={id}
              type="date"
              ref={field.ref}
              value={deadline ?? ''}
              aria-describedby={`${id}-hint ${id}-days`}
              // The suggestion typed back, or the box cleared, is "the default" again: stored as ''
              // (undefined would make react-hook-form fall back to the value the form was opened with).
              onChange={(e) => field.onChange(e.target.value && e.target.value !== suggestion ? e.target.value : '')}
              onBlur={field.onBlur}
            />
            <p className="hint" id={`${id}-hint`}>
              {hint}
            </p>
            {deadline ? <DaysLeft deadline={deadline} id={`${id}-days`} /> : null}
          </div>
        );
      }}
    />
  );
}
