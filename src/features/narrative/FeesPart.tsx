/**
 * 六（一）收取信息处理费: 否/是, then amount (元) and count, generating the standard sentence. The
 * sentence follows the answers until the user edits it.
 */
import { useEffect, useRef, useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OTHER_PARTS, feesSentence, parseAmount, parseCount, type Report } from '../../report/index.ts';
import { fieldId } from '../../session/focus.ts';
import { FieldNotes, TextArea } from '../../components/TextArea.tsx';

function NumberField({
  name,
  label,
  amount,
}: {
  name: 'narrative.other.fees.amountYuan' | 'narrative.other.fees.count';
  label: string;
  amount: boolean;
}) {
  const { t } = useTranslation('wizard');
  const {
    field: { value, onChange, onBlur, ref },
  } = useController<Report>({ name });
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = fieldId(name);
  const shown = value === null || value === undefined ? '' : String(value as string | number);
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={ref}
        inputMode={amount ? 'decimal' : 'numeric'}
        value={editing ?? shown}
        aria-describedby={`${id}-note`}
        onChange={(e) => {
          const parsed = amount ? parseAmount(e.target.value) : parseCount(e.target.value);
          if (!parsed.ok) return setProblem(t(`tables.problems.${parsed.problem}`));
          setProblem(null);
          setEditing(e.target.value);
          onChange(parsed.value);
        }}
        onBlur={() => {
          setEditing(null);
          onBlur();
        }}
      />
      <span id={`${id}-note`} className="inline-problem" role="status">
        {problem}
      </span>
      <FieldNotes path={name} id={`${id}-finding`} />
    </div>
  );
}

export function FeesPart() {
  const { t } = useTranslation('wizard');
  const { getValues, setValue } = useFormContext<Report>();
  const { field: charged } = useController<Report, 'narrative.other.fees.charged'>({ name: 'narrative.other.fees.charged' });
  const fees = useWatch<Report, 'narrative.other.fees'>({ name: 'narrative.other.fees' });
  const year = useWatch<Report, 'year'>({ name: 'year' });
  const last = useRef(feesSentence(getValues('narrative.other.fees'), getValues('year')));
  const sentence = feesSentence(fees, year);
  useEffect(() => {
    const text = getValues('narrative.other.fees.text');
    if (sentence !== last.current && (text.trim() === '' || text === last.current)) {
      setValue('narrative.other.fees.text', sentence, { shouldDirty: true });
    }
    last.current = sentence;
  }, [sentence, getValues, setValue]);
  const heading = OTHER_PARTS[0].heading;
  const chargedId = fieldId('narrative.other.fees.charged');
  return (
    <fieldset className="area">
      <legend>{heading}</legend>
      <div className="field" role="radiogroup" aria-labelledby={`${chargedId}-label`}>
        <span id={`${chargedId}-label`} className="label">
          {t('fees.question')}
        </span>
        {([false, true] as const).map((value) => (
          <label key={String(value)} className="radio">
            <input
              type="radio"
              id={value ? `${chargedId}-yes` : chargedId}
              name="fees-charged"
              checked={charged.value === value}
              onChange={() => charged.onChange(value)}
            />
            {t(value ? 'fees.yes' : 'fees.no')}
          </label>
        ))}
        <FieldNotes path="narrative.other.fees.charged" id={`${chargedId}-note`} />
      </div>
      {fees.charged === true && (
        <div className="field-row">
          <NumberField name="narrative.other.fees.amountYuan" label={t('fees.amount')} amount />
          <NumberField name="narrative.other.fees.count" label={t('fees.count')} amount={false} />
        </div>
      )}
      <TextArea path="narrative.other.fees.text" label={t('fees.text')} hint={t('narrative.hints.fees')} rows={3} />
    </fieldset>
  );
}
