/** 五、存在的主要问题及改进情况: problems, then improvements. */
import { useTranslation } from 'react-i18next';
import { PROBLEM_PARTS } from '../../report/index.ts';
import { SectionFindings } from '../../components/SectionFindings.tsx';
import { TextArea } from '../../components/TextArea.tsx';

export function ProblemsStep() {
  const { t } = useTranslation('wizard');
  return (
    <>
      {PROBLEM_PARTS.map((part) => (
        <TextArea
          key={part.id}
          path={`narrative.problems.${part.id}`}
          label={part.heading}
          hint={t(`narrative.hints.${part.id}`)}
          rows={8}
        />
      ))}
      <SectionFindings step="problems" />
    </>
  );
}
