/** 基本信息: organ, kind, year, the opening block's facts and the signature; title and opening preview. */
import { useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ORGAN_KINDS } from '../../report/definition/organ.ts';
import type { Opening, Report } from '../../report/schema.ts';
import { PreamblePreview } from './PreamblePreview.tsx';
import { DeadlineField } from './DeadlineField.tsx';
import { YearField } from './YearField.tsx';
import { FieldNotes } from '../../components/TextArea.tsx';
import { LimitNote, useTextLimit } from '../../components/LimitNote.tsx';
import { SectionFindings } from '../../components/SectionFindings.tsx';
import { fieldId } from '../../session/focus.ts';

/** The field names are lower case for use inside sentences ("lacks: website name, URL"); a label starts with a capital. */
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const OPENING_FIELDS: readonly (keyof Opening)[] = ['siteName', 'siteUrl', 'contactOffice', 'address', 'postcode', 'phone'];

function TextField({
  path,
  label,
  type = 'text',
}: {
  path: 'organ.name' | 'signature.organ' | 'signature.date' | `opening.${keyof Opening}`;
  label: string;
  type?: string;
}) {
  const { register } = useFormContext<Report>();
  const id = fieldId(path);
  const { notTaken, limit, ...limits } = useTextLimit(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} aria-describedby={`${id}-note ${id}-limit`} {...limits} {...register(path)} />
      <LimitNote path={path} id={`${id}-limit`} limit={limit} notTaken={notTaken} />
      <FieldNotes path={path} id={`${id}-note`} />
    </div>
  );
}

export function BasicsStep() {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation();
  const { register, getValues, setValue } = useFormContext<Report>();
  const previousName = useRef(getValues('organ.name'));
  const organ = register('organ.name');
  const { notTaken, limit, ...organLimits } = useTextLimit('organ.name');
  const followName = (name: string) => {
    // The signature follows the organ's name until the user writes a different one.
    const signature = getValues('signature.organ');
    if (!signature.trim() || signature === previousName.current) setValue('signature.organ', name);
    previousName.current = name;
  };
  return (
    <>
      <fieldset className="area">
        <legend>{t('basics.organ')}</legend>
        <div className="field">
          <label htmlFor={fieldId('organ.name')}>{t('basics.organName')}</label>
          <input
            id={fieldId('organ.name')}
            aria-describedby={`${fieldId('organ.name')}-hint ${fieldId('organ.name')}-limit`}
            {...organLimits}
            {...organ}
            onChange={(e) => {
              void organ.onChange(e);
              followName(e.target.value);
            }}
          />
          <p className="hint" id={`${fieldId('organ.name')}-hint`}>
            {t('basics.organNameHint')}
          </p>
          <LimitNote path="organ.name" id={`${fieldId('organ.name')}-limit`} limit={limit} notTaken={notTaken} />
          <FieldNotes path="organ.name" id={`${fieldId('organ.name')}-note`} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fieldId('organ.kind')}>{t('basics.organKind')}</label>
            <select id={fieldId('organ.kind')} {...register('organ.kind')}>
              {ORGAN_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tc(`organKinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <YearField />
        </div>
      </fieldset>
      <fieldset className="area">
        <legend>{t('basics.opening')}</legend>
        <p className="hint">{t('basics.openingHint')}</p>
        <div className="field-grid">
          {OPENING_FIELDS.map((f) => (
            <TextField
              key={f}
              path={`opening.${f}`}
              label={upperFirst(t(`openingFields.${f}`, { ns: 'common' }))}
              type={f === 'siteUrl' ? 'url' : 'text'}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="area">
        <legend>{t('basics.signature')}</legend>
        <div className="field-row">
          <TextField path="signature.organ" label={t('basics.signatureOrgan')} />
          <TextField path="signature.date" label={t('basics.signatureDate')} type="date" />
          <DeadlineField />
        </div>
      </fieldset>
      <PreamblePreview />
      <SectionFindings step="basics" />
    </>
  );
}
