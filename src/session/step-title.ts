import { useTranslation } from 'react-i18next';
import type { Step } from './steps.ts';

/** Official headings for the six sections; 基本信息 and 检查与导出 from the locale. */
export function useStepTitle(): (step: Step) => string {
  const { t } = useTranslation();
  return (step) => step.heading ?? t(`sections.${step.id as 'basics' | 'review'}`);
}
