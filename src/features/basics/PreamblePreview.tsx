/** The title and opening paragraph generated from 基本信息, shown as a preview the user may take over and edit. */
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { generateOpening, titleOf, type Report } from '../../report/index.ts';
import { LastYearOpening, useOpeningFromLastYear } from './LastYearOpening.tsx';
import { fieldId } from '../../session/focus.ts';

export function PreamblePreview() {
  const { t } = useTranslation('wizard');
  const { setValue, control } = useFormContext<Report>();
  const [organ, year, opening, preamble] = useWatch<Report, ['organ', 'year', 'opening', 'preamble']>({ name: ['organ', 'year', 'opening', 'preamble'] });
  // The generated text is what the export prints when the user keeps it (one generator for both).
  const source = { organ, year, opening, preamble: { title: null, opening: null } } as Report;
  const title = titleOf(source);
  const text = generateOpening(source);
  const custom = preamble.title !== null || preamble.opening !== null;
  const openingLastYear = useOpeningFromLastYear(preamble.opening);
  return (
    <section className="preview" aria-labelledby="preamble-heading">
      <h3 id="preamble-heading">{t('preamble.heading')}</h3>
      {custom ? (
        <>
          <div className="field">
            <label htmlFor={fieldId('preamble.title')}>{t('preamble.title')}</label>
            {/* Controlled, so merely showing a null title (generated) does not turn it into '' and mark the draft changed. */}
            <Controller control={control} name="preamble.title" render={({ field }) => <input id={fieldId('preamble.title')} placeholder={title} ref={field.ref} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} />} />
          </div>
          <div className="field">
            <label htmlFor={fieldId('preamble.opening')}>{t('preamble.opening')}</label>
            <Controller control={control} name="preamble.opening" render={({ field }) => <textarea id={fieldId('preamble.opening')} rows={6} aria-describedby={openingLastYear !== null ? `${fieldId('preamble.opening')}-last` : undefined} ref={field.ref} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} />} />
            {openingLastYear !== null && <LastYearOpening id={`${fieldId('preamble.opening')}-last`} year={openingLastYear} />}
          </div>
          <button type="button" onClick={() => setValue('preamble', { title: null, opening: null }, { shouldDirty: true })}>
            {t('preamble.regenerate')}
          </button>
        </>
      ) : (
        <>
          <p className="hint">{t('preamble.generatedHint')}</p>
          <div className="paper">
            <p className="paper-title">{title}</p>
            <p className="paper-text">{text}</p>
          </div>
          <button type="button" onClick={() => setValue('preamble', { title, opening: text }, { shouldDirty: true })}>
            {t('preamble.edit')}
          </button>
        </>
      )}
    </section>
  );
}
