/** The title and opening paragraph generated from 基本信息, shown as a preview the user may take over and edit. */
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { cutText, limitOf } from '../../report/text-limits.ts';
import { generateOpening, titleOf } from '../../report/preamble.ts';
import type { Report } from '../../report/schema.ts';
import { LimitNote, useTextLimit } from '../../components/LimitNote.tsx';
import { LastYearOpening, useOpeningFromLastYear } from './LastYearOpening.tsx';
import { fieldId } from '../../session/focus.ts';
import { useSession } from '../../session/session.ts';

export function PreamblePreview() {
  const { t } = useTranslation('wizard');
  const { setValue, control } = useFormContext<Report>();
  const session = useSession();
  const [organ, year, opening, preamble] = useWatch<Report, ['organ', 'year', 'opening', 'preamble']>({
    name: ['organ', 'year', 'opening', 'preamble'],
  });
  // The generated text is what the export prints when the user keeps it (one generator for both).
  const source = { organ, year, opening, preamble: { title: null, opening: null } } as Report;
  const title = titleOf(source);
  const text = generateOpening(source);
  const custom = preamble.title !== null || preamble.opening !== null;
  const openingLastYear = useOpeningFromLastYear(preamble.opening);
  const { notTaken: titleCut, limit: titleLimit, ...titleLimits } = useTextLimit('preamble.title');
  const { notTaken: openingCut, limit: openingLimit, ...openingLimits } = useTextLimit('preamble.opening');
  // A long organ name makes a generated title over the title's limit: take it cut, with the note showing.
  const withinLimit = (path: string, text: string) => cutText(text, limitOf(path) ?? text.length);
  return (
    <section className="preview" aria-labelledby="preamble-heading">
      <h3 id="preamble-heading">{t('preamble.heading')}</h3>
      {custom ? (
        <>
          <div className="field">
            <label htmlFor={fieldId('preamble.title')}>{t('preamble.title')}</label>
            {/* Controlled, so merely showing a null title (generated) does not turn it into '' and mark the draft changed. */}
            <Controller
              control={control}
              name="preamble.title"
              render={({ field }) => (
                <input
                  id={fieldId('preamble.title')}
                  placeholder={title}
                  aria-describedby={`${fieldId('preamble.title')}-limit`}
                  {...titleLimits}
                  ref={field.ref}
                  value={field.value ?? ''}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
            <LimitNote path="preamble.title" id={`${fieldId('preamble.title')}-limit`} limit={titleLimit} notTaken={titleCut} />
          </div>
          <div className="field">
            <label htmlFor={fieldId('preamble.opening')}>{t('preamble.opening')}</label>
            <Controller
              control={control}
              name="preamble.opening"
              render={({ field }) => (
                <textarea
                  id={fieldId('preamble.opening')}
                  rows={6}
                  aria-describedby={`${fieldId('preamble.opening')}-limit${openingLastYear !== null ? ` ${fieldId('preamble.opening')}-last` : ''}`}
                  {...openingLimits}
                  ref={field.ref}
                  value={field.value ?? ''}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
            <LimitNote path="preamble.opening" id={`${fieldId('preamble.opening')}-limit`} limit={openingLimit} notTaken={openingCut} />
            {openingLastYear !== null && <LastYearOpening id={`${fieldId('preamble.opening')}-last`} year={openingLastYear} />}
          </div>
          <button
            type="button"
            onClick={() =>
              session.batch('restoreGenerated', () => setValue('preamble', { title: null, opening: null }, { shouldDirty: true }))
            }
          >
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
          <button
            type="button"
            onClick={() =>
              setValue(
                'preamble',
                { title: withinLimit('preamble.title', title), opening: withinLimit('preamble.opening', text) },
                { shouldDirty: true },
              )
            }
          >
            {t('preamble.edit')}
          </button>
        </>
      )}
    </section>
  );
}
