/** Findings as a list of jump links: each goes to its step and focuses the cell or text area. */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../report/index.ts';
import { useWizardNav } from '../session/nav.ts';
import type { StepId } from '../session/steps.ts';
import { useFindingText } from './finding-text.ts';

export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation('rules');
  const text = useFindingText();
  const { goTo } = useWizardNav();
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} className={`finding finding-${f.severity}`}>
          <span className="badge">{t(`severity.${f.severity}`)}</span>
          <a
            href={`#${f.section ?? 'basics'}`}
            onClick={(e) => {
              e.preventDefault();
              goTo((f.section ?? 'basics') as StepId, f.cells[0]);
            }}
          >
            {text(f)}
          </a>
        </li>
      ))}
    </ul>
  );
}
