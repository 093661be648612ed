/** 报告年度: a number box that changes the report's year only to a whole four-digit year. */
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FIRST_FORMAT_YEAR, LAST_REPORT_YEAR } from '../../report/definition/organ.ts';
import type { Report } from '../../report/schema.ts';
import { FieldNotes } from '../../components/TextArea.tsx';
import { fieldId } from '../../session/focus.ts';

const isYearText = (text: string) => text.length === 4 && Number.isInteger(Number(text));

export function YearField() {
  const { t } = useTranslation('wizard');
  const {
    field: { value: year, onChange, onBlur, ref },
  } = useController<Report, 'year'>({ name: 'year' });
  // What is typed on the way to a year ("2", "20", an emptied box) stays in the box: a box showing
  // only the form's year put the old year back at each keystroke, so a year could not be retyped.
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={fieldId('year')}>{t('basics.year')}</label>
      <input
        id={fieldId('year')}
        type="number"
        min={FIRST_FORMAT_YEAR}
        max={LAST_REPORT_YEAR}
        ref={ref}
        value={typing !== null && !isYearText(typing) ? typing : year}
        onChange={(e) => {
          setTyping(e.target.value);
          if (isYearText(e.target.value)) onChange(Number(e.target.value));
        }}
        onBlur={() => {
          setTyping(null);
          onBlur();
        }}
      />
      <FieldNotes path="year" id={`${fieldId('year')}-note`} />
    </div>
  );
}
