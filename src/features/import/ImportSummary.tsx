/** What an import found: the report, each part's status, the import notes, the source's own problems. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTIONS, marking, runRules } from '../../report/index.ts';
import { FindingList } from '../../components/FindingList.tsx';
import type { Finding } from '../../report/index.ts';
import type { Imported, Importer } from './importer.ts';

const PARTS = ['basics', ...SECTIONS.map((s) => s.id)] as const;

/** `checks`: the marking findings of the report when the import worker computed them already. */
export function ImportSummary({
  result,
  importer,
  checks: given = null,
}: {
  result: Imported;
  importer: Importer;
  checks?: Finding[] | null;
}) {
  const { t, i18n } = useTranslation('import');
  const { report, findings, sections, format } = result;
  // Findings that only count cells (blanks per table) are left out: the section statuses count them.
  const checks = useMemo(() => given ?? marking(runRules(report)), [given, report]);
  return (
    <div className="import-summary">
      <dl className="draft-facts">
        <dt>{t('dialog.organ')}</dt>
        <dd data-testid="import-organ">{report.organ.name}</dd>
        <dt>{t('dialog.year')}</dt>
        <dd>{t('dialog.yearValue', { year: report.year })}</dd>
        <dt>{t('dialog.format')}</dt>
        <dd>{t(`formats.${format}`)}</dd>
      </dl>
      <h3>{t('dialog.sections')}</h3>
      <ul className="import-sections">
        {PARTS.map((id) => {
          const section = sections[id];
          return (
            <li key={id} className={`import-status import-status-${section.status}`}>
              {importer.renderSectionStatus(id, section, i18n)}
            </li>
          );
        })}
      </ul>
      <h3>{t('dialog.notes')}</h3>
      {findings.length === 0 ? (
        <p className="hint">{t('dialog.noNotes')}</p>
      ) : (
        <FindingList findings={findings} jump={false} label={t('dialog.notes')} />
      )}
      <h3>{t('dialog.checks')}</h3>
      {checks.length === 0 ? (
        <p className="hint">{t('dialog.noChecks')}</p>
      ) : (
        <FindingList findings={checks} jump={false} label={t('dialog.checks')} />
      )}
    </div>
  );
}
