/** What an import found: the report, each part's status, the import notes, the source's own problems. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTIONS, renderFinding, runRules } from '../../report/index.ts';
import type { Imported, Importer } from './importer.ts';

const PARTS = ['basics', ...SECTIONS.map((s) => s.id)] as const;

export function ImportSummary({ result, importer }: { result: Imported; importer: Importer }) {
  const { t, i18n } = useTranslation('import');
  const { t: tr } = useTranslation('rules');
  const { report, findings, sections, format } = result;
  // Blank cells are already counted per table in the section statuses.
  const checks = useMemo(() => runRules(report).filter((f) => f.ruleId !== 'table.blank'), [report]);
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
        <ul className="findings" aria-label={t('dialog.notes')}>
          {findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`}>
              <span className="badge">{tr(`severity.${f.severity}`)}</span>
              <span>{importer.renderImportFinding(f, i18n)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('dialog.checks')}</h3>
      {checks.length === 0 ? (
        <p className="hint">{t('dialog.noChecks')}</p>
      ) : (
        <ul className="findings" aria-label={t('dialog.checks')}>
          {checks.map((f, i) => (
            <li key={`${f.ruleId}-${i}`} className={`finding finding-${f.severity}`}>
              <span className="badge">{tr(`severity.${f.severity}`)}</span>
              <span>{renderFinding(f, i18n)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
