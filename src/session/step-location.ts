/** The current step lives in the URL hash (#applications), so a reload returns to it. */
import { useCallback, useEffect, useState } from 'react';
import { STEPS, type StepId } from './steps.ts';

function fromHash(): StepId {
  const id = window.location.hash.replace(/^#\/?/, '');
  return STEPS.find((s) => s.id === id)?.id ?? 'basics';
}

export function useStepLocation(): [StepId, (step: StepId) => void] {
  const [step, setStep] = useState<StepId>(fromHash);
  useEffect(() => {
    const onHash = () => setStep(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: StepId) => {
    history.replaceState(null, '', `#${next}`);
    setStep(next);
  }, []);
  return [step, go];
}
