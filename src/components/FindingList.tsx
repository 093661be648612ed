/**
 * Any findings (rule or import) as a list: with `jump`, each is a link that goes to its step and
 * focuses the cell or text area; without, plain text (e.g. in the import dialog, before the draft
 * is open).
 */
import { useTranslation } from 'react-i18next';
import { findingId, type AnyFinding } from '../report/findings.ts';
import { useWizardNav } from '../session/nav.ts';
import type { StepId } from '../session/steps.ts';
import { useFindingText } from './finding-text.ts';
import { narrativePartName } from './part-name.ts';

interface FindingListProps {
  findings: readonly AnyFinding[];
  /** Links to the step of each finding (default); false for findings about a draft not yet open. */
  jump?: boolean;
  /** The list's accessible name, where no heading names it. */
  label?: string;
}

export function FindingList({ findings, jump = true, label }: FindingListProps) {
  const { t } = useTranslation('rules');
  const { t: tf } = useTranslation('flow');
  const found = useFindingText();
  // Listed away from its text area, a finding about a paragraph names it: six "此段…" lines say which.
  const text = (f: AnyFinding) => {
    const part = f.cells[0] === undefined ? null : narrativePartName(f.cells[0], tf('introPart'));
    return part ? tf('inPart', { part, text: found(f) }) : found(f);
  };
  return (
    <ul className="findings" aria-label={label}>
      {findings.map((f, i) => (
        <li key={`${findingId(f)}-${i}`} className={`finding finding-${f.severity}`}>
          <span className="badge">{t(`severity.${f.severity}`)}</span>
          {jump ? <JumpLink finding={f}>{text(f)}</JumpLink> : <span>{text(f)}</span>}
        </li>
      ))}
    </ul>
  );
}

function JumpLink({ finding, children }: { finding: AnyFinding; children: string }) {
  const { goTo } = useWizardNav();
  const section = finding.section ?? 'basics';
  return (
    <a
      href={`#${section}`}
      onClick={(e) => {
        e.preventDefault();
        goTo(section as StepId, finding.cells[0]);
      }}
    >
      {children}
    </a>
  );
}
