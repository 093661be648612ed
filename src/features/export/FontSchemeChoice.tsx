/**
 * 公文标准字体 or 系统自带字体 for the exported file (render/fonts.ts). The choice is a field of the
 * report (`fontScheme`), so it autosaves and is saved with the draft; absent means the official fonts.
 */
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FONT_SCHEME, FONT_SCHEME_IDS, type FontSchemeId, type Report } from '../../report/index.ts';
import { FONT_SCHEMES } from '../../render/fonts.ts';

/** The faces a scheme names, in the order of the page: title, body, 一、, （一）. */
const facesOf = (id: FontSchemeId) => {
  const f = FONT_SCHEMES[id];
  return [f.title, f.body, f.heading, f.subheading].join('、');
};

export function useFontScheme(): FontSchemeId {
  return useWatch<Report, 'fontScheme'>({ name: 'fontScheme' }) ?? DEFAULT_FONT_SCHEME;
}

export function FontSchemeChoice() {
  const { t } = useTranslation('export');
  const { setValue } = useFormContext<Report>();
  const current = useFontScheme();
  return (
    <fieldset className="export-fonts">
      <legend>{t('fonts.legend')}</legend>
      {FONT_SCHEME_IDS.map((id) => (
        <label key={id} className="export-font-choice">
          <input
            type="radio"
            name="export-font-scheme"
            value={id}
            checked={current === id}
            aria-describedby={`export-font-${id}-note`}
            onChange={() => setValue('fontScheme', id, { shouldDirty: true })}
          />
          <span>
            {t(`fonts.${id}`)}
            <span id={`export-font-${id}-note`} className="export-hint">
              {t(`fonts.${id}Note`, { fonts: facesOf(id) })}
            </span>
          </span>
        </label>
      ))}
      <p className="export-hint">{t('fonts.remembered')}</p>
    </fieldset>
  );
}
