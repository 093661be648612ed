/**
 * 生成数据句子 in section 一: factual sentences from the tables (and last year's figures), shown
 * on request; the chosen one is appended to the chosen part only when the user clicks 插入.
 */
import { useId, useState } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OVERVIEW_AREAS, limitOf, suggestOverviewSentences, type Report } from '../../report/index.ts';
import { focusLocation } from '../../session/focus.ts';
import { useSession } from '../../session/session.ts';
import './narrative.css';

/** Where a sentence may go: the introduction or one of the five areas (（二）依申请公开 first choice). */
const TARGETS = ['narrative.overview.intro', ...OVERVIEW_AREAS.map((a) => `narrative.overview.areas.${a.id}.text`)];
const DEFAULT_TARGET = 'narrative.overview.areas.onRequest.text';

export function SentenceHelper() {
  const { t } = useTranslation('import');
  const { getValues, setValue } = useFormContext<Report>();
  const session = useSession();
  const [sentences, setSentences] = useState<string[] | null>(null);
  const [chosen, setChosen] = useState(0);
  const [target, setTarget] = useState(DEFAULT_TARGET);
  const [message, setMessage] = useState('');
  const id = useId();
  const targetName = (path: string) =>
    path === TARGETS[0] ? t('sentences.intro') : (OVERVIEW_AREAS.find((a) => path.includes(`.${a.id}.`))?.heading ?? path);

  const generate = () => {
    // Read once, on request: the helper never watches the tables.
    setSentences(suggestOverviewSentences(getValues()));
    setChosen(0);
    setMessage('');
  };
  const insert = () => {
    const sentence = sentences?.[chosen];
    if (!sentence) return;
    const path = target as FieldPath<Report>;
    const before = (getValues(path) as string | undefined) ?? '';
    const next = `${before.trimEnd()}${sentence}`;
    // The text area's own limit holds here too: inserting must not make a draft that cannot be saved.
    const limit = limitOf(target);
    if (limit !== null && next.length > limit) return setMessage(t('sentences.tooLong', { limit }));
    session.batch('insertSentence', () => setValue(path, next as never, { shouldDirty: true }));
    setMessage(t('sentences.inserted', { area: targetName(target) }));
    focusLocation(target);
  };

  return (
    <section className="sentence-helper" aria-labelledby={`${id}-title`}>
      <div className="sentence-actions">
        <button
          type="button"
          aria-expanded={sentences !== null}
          aria-controls={`${id}-panel`}
          onClick={() => (sentences ? setSentences(null) : generate())}
        >
          {sentences ? t('sentences.close') : t('sentences.open')}
        </button>
        <p className="hint" role="status">
          {message}
        </p>
      </div>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t('sentences.title')}
      </h3>
      <div id={`${id}-panel`} hidden={sentences === null}>
        {sentences !== null &&
          (sentences.length === 0 ? (
            <p className="hint">{t('sentences.none')}</p>
          ) : (
            <>
              <fieldset>
                <legend>{t('sentences.title')}</legend>
                <p className="hint">{t('sentences.hint')}</p>
                {sentences.map((s, i) => (
                  <label key={s} className="sentence">
                    <input type="radio" name={`${id}-sentence`} checked={chosen === i} onChange={() => setChosen(i)} />
                    <span>{s}</span>
                  </label>
                ))}
              </fieldset>
              <div className="sentence-actions">
                <label htmlFor={`${id}-target`}>{t('sentences.target')}</label>
                <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
                  {TARGETS.map((p) => (
                    <option key={p} value={p}>
                      {targetName(p)}
                    </option>
                  ))}
                </select>
                <button type="button" className="primary" onClick={insert}>
                  {t('sentences.insert')}
                </button>
              </div>
            </>
          ))}
      </div>
    </section>
  );
}
