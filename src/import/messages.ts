/** Import findings, errors and section statuses in the i18n instance's language. */
import type { i18n as I18n } from 'i18next';
import { translate } from '../i18n/translate.ts';
import { SECTIONS, renderFinding } from '../report/index.ts';
import type { ImportResult, SectionReport } from './types.ts';

/** Import findings share the one renderer of findings; the name stays for the importer's callers. */
export const renderImportFinding = renderFinding;

export function renderImportError(result: Extract<ImportResult, { ok: false }>, i18n: I18n): string {
  const reason = result.params?.reason;
  const key =
    (result.error === 'notAReport' || result.error === 'notADocx' || result.error === 'notAPdf') && reason
      ? `${result.error}${reason[0]?.toUpperCase()}${reason.slice(1)}`
      : result.error;
  return translate(i18n, `import:errors.${key}`, result.params);
}

export function renderSectionStatus(id: string, section: SectionReport, i18n: I18n): string {
  const name = id === 'basics' ? translate(i18n, 'import:sections.basics') : (SECTIONS.find((s) => s.id === id)?.heading ?? id);
  const status =
    translate(i18n, `import:sections.status.${section.status}`) +
    (section.cells ? ` (${translate(i18n, 'import:sections.cells', section.cells)})` : '');
  return translate(i18n, 'import:cli.section', { name, status });
}
