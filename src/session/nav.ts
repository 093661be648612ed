/** Moving between steps from anywhere (the review list's jump links, Back/Next). */
import { createContext, useContext } from 'react';
import type { StepId } from './steps.ts';

export interface WizardNav {
  current: StepId;
  /** Show a step; with a location (cell id or field path), focus that field once shown. */
  goTo(step: StepId, location?: string): void;
}

export const NavContext = createContext<WizardNav>({ current: 'basics', goTo: () => undefined });

export const useWizardNav = () => useContext(NavContext);
