/** 六、其他需要报告的事项: the structured fees part, then the free parts. */
import { useTranslation } from 'react-i18next';
import { OTHER_PARTS } from '../../report/index.ts';
import { SectionFindings } from '../../components/SectionFindings.tsx';
import { FeesPart } from './FeesPart.tsx';
import { TextArea } from '../../components/TextArea.tsx';

export function OtherStep() {
  const { t } = useTranslation('wizard');
  return (
    <>
      <FeesPart />
      {OTHER_PARTS.filter((p) => p.id !== 'fees').map((part) => (
        <TextArea key={part.id} path={`narrative.other.${part.id}`} label={part.heading} hint={t(`narrative.hints.${part.id}`)} rows={5} />
      ))}
      <SectionFindings step="other" />
    </>
  );
}
