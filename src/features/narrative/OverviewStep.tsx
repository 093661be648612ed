/** 一、总体情况: an introduction and the five areas, each with its editable sub-heading. */
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OVERVIEW_AREAS, type Report } from '../../report/index.ts';
import { SectionFindings } from '../../components/SectionFindings.tsx';
import { SentenceHelper } from './SentenceHelper.tsx';
import { fieldId } from '../../session/focus.ts';
import { TextArea } from '../../components/TextArea.tsx';
import { LimitNote, useTextLimit } from '../../components/LimitNote.tsx';

function HeadingField({
  path,
  label,
}: {
  path: `narrative.overview.areas.${(typeof OVERVIEW_AREAS)[number]['id']}.heading`;
  label: string;
}) {
  const { register } = useFormContext<Report>();
  const { notTaken, limit, ...limits } = useTextLimit(path);
  return (
    <div className="field">
      <label htmlFor={fieldId(path)}>{label}</label>
      <input id={fieldId(path)} className="heading-input" aria-describedby={`${fieldId(path)}-limit`} {...limits} {...register(path)} />
      <LimitNote path={path} id={`${fieldId(path)}-limit`} limit={limit} notTaken={notTaken} />
    </div>
  );
}

export function OverviewStep() {
  const { t } = useTranslation('wizard');
  return (
    <>
      <SentenceHelper />
      <TextArea path="narrative.overview.intro" label={t('narrative.intro')} hint={t('narrative.hints.intro')} rows={4} />
      {OVERVIEW_AREAS.map((area, i) => {
        const headingPath = `narrative.overview.areas.${area.id}.heading` as const;
        return (
          <fieldset key={area.id} className="area">
            <legend>{t('narrative.area', { number: i + 1 })}</legend>
            <HeadingField path={headingPath} label={t('narrative.heading')} />
            <TextArea
              path={`narrative.overview.areas.${area.id}.text`}
              label={t('narrative.text', { heading: area.heading })}
              hint={t(`narrative.hints.${area.id}`)}
            />
          </fieldset>
        );
      })}
      <SectionFindings step="overview" />
    </>
  );
}
