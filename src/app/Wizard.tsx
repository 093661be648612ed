/**
 * The wizard: the report as react-hook-form values (restored from the autosave), the step list,
 * the current step and Back/Next. Nothing here subscribes to field values.
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TABLE2 } from '../report/definition/table2.ts';
import { TABLE3 } from '../report/definition/table3.ts';
import { TABLE4 } from '../report/definition/table4.ts';
import type { Report } from '../report/schema.ts';
import { ConflictBanner } from '../features/drafts/ConflictBanner.tsx';
import { DraftBar } from '../features/drafts/DraftBar.tsx';
import { openStoredDraft } from '../session/stored-draft.ts';
import { UnreadableDraft } from '../features/drafts/UnreadableDraft.tsx';
import { NextYearNotice } from '../features/import/NextYearNotice.tsx';
import { newReport } from '../session/new-report.ts';
import { ImportActions } from '../features/import/ImportActions.tsx';
import { BasicsStep } from '../features/basics/BasicsStep.tsx';
import { focusLocation } from '../session/focus.ts';
import { NavContext } from '../session/nav.ts';
import { SessionContext, useReportSession } from '../session/session.ts';
import { StepList } from './StepList.tsx';
import { BatchMode } from './BatchMode.tsx';
import { ExportPanel, OtherStep, OverviewStep, prefetchSteps, ProblemsStep, ReviewStep, StepPending, TableStep } from './lazy-steps.tsx';
import { UndoButtons } from '../components/UndoButtons.tsx';
import { StepHelp } from '../components/StepHelp.tsx';
import { useStepLocation } from '../session/step-location.ts';
import { useStepTitle } from '../session/step-title.ts';
import { STEPS, type StepId } from '../session/steps.ts';

function StepBody({ step }: { step: StepId }) {
  switch (step) {
    case 'basics':
      return <BasicsStep />;
    case 'overview':
      return <OverviewStep />;
    case 'proactive':
      return <TableStep table={TABLE2} step={step} />;
    case 'applications':
      return <TableStep table={TABLE3} step={step} />;
    case 'litigation':
      return <TableStep table={TABLE4} step={step} />;
    case 'problems':
      return <ProblemsStep />;
    case 'other':
      return <OtherStep />;
    case 'review':
      return <ReviewStep exportPanel={(report, findings) => <ExportPanel report={report} findings={findings} />} />;
  }
}

export function Wizard() {
  const { t } = useTranslation('wizard');
  const initial = useMemo<Report>(() => openStoredDraft() ?? newReport(), []);
  const form = useForm<Report>({ defaultValues: initial });
  const session = useReportSession(form);
  const [step, setStep] = useStepLocation();
  const title = useStepTitle();
  const focusAfter = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const index = STEPS.findIndex((s) => s.id === step);
  const current = STEPS[index] ?? STEPS[0];
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  const goTo = useCallback(
    (target: StepId, location?: string) => {
      // Only the review acts on the findings as it opens; other steps get them from the worker.
      if (target === 'review') session.flush();
      else session.flushSoon();
      focusAfter.current = location ?? null;
      setStep(target);
      if (!location) heading.current?.focus();
    },
    [session, setStep],
  );
  // The page opens at its top: scrolling there on the first render forced a layout inside the
  // startup task (with a 4 MB stored draft, one task of over a second, issue 10).
  const opened = useRef(false);
  useEffect(() => {
    if (focusAfter.current) {
      // A step still loading is focused when it appears (StepPending below).
      if (focusLocation(focusAfter.current)) focusAfter.current = null;
    } else if (opened.current) {
      window.scrollTo({ top: 0 });
    }
    opened.current = true;
  }, [step]);
  const nav = useMemo(() => ({ current: step, goTo }), [step, goTo]);
  // 批量检查 replaces the wizard on screen; the draft and its autosave stay as they are.
  const [reviewing, setReviewing] = useState(false);
  // Once the first step is on screen, the other steps are fetched while the browser is idle.
  useEffect(prefetchSteps, []);
  const focusWhenLoaded = useCallback(() => {
    if (focusAfter.current && focusLocation(focusAfter.current)) focusAfter.current = null;
  }, []);
  const onStep = (target: StepId) => {
    goTo(target);
    requestAnimationFrame(() => heading.current?.focus());
  };
  /**
   * After a draft replaced the form: to 基本信息, without goTo's flush. The session runs the rules and
   * autosaves once the draft is shown (for a 1 MB draft they took longer than showing it).
   */
  const onReplaced = () => {
    focusAfter.current = null;
    setStep('basics');
    heading.current?.focus();
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <FormProvider {...form}>
      <SessionContext.Provider value={session}>
        <NavContext.Provider value={nav}>
          {reviewing && (
            <BatchMode
              onBack={() => setReviewing(false)}
              onOpened={() => {
                setReviewing(false);
                onReplaced();
              }}
            />
          )}
          <div hidden={reviewing}>
            <DraftBar
              onReplaced={onReplaced}
              importActions={
                <>
                  <ImportActions onReplaced={onReplaced} />
                  <button type="button" onClick={() => setReviewing(true)}>
                    {t('open', { ns: 'batch' })}
                  </button>
                </>
              }
            />
            <ConflictBanner />
            <UnreadableDraft onReplaced={onReplaced} />
            <NextYearNotice />
            <div className="wizard">
              <StepList current={step} onSelect={onStep} />
              <main className="step" aria-labelledby="step-heading">
                {/* No <form> around the steps: a table cell is a form of its own (see Cell.tsx). */}
                <div className="step-body">
                  <div className="step-head">
                    {current && (
                      <h2 id="step-heading" ref={heading} tabIndex={-1}>
                        {title(current)}
                      </h2>
                    )}
                    <UndoButtons />
                    <StepHelp key={step} step={step} />
                  </div>
                  <Suspense fallback={<StepPending onShown={focusWhenLoaded} />}>
                    <StepBody step={step} />
                  </Suspense>
                </div>
                <div className="step-nav">
                  {previous ? (
                    <button type="button" onClick={() => onStep(previous.id)}>
                      {t('steps.back')}
                      <span aria-hidden="true" className="step-nav-title">
                        {title(previous)}
                      </span>
                    </button>
                  ) : (
                    <span />
                  )}
                  {next && (
                    <button type="button" className="primary" onClick={() => onStep(next.id)}>
                      {t('steps.next')}
                      <span aria-hidden="true" className="step-nav-title">
                        {title(next)}
                      </span>
                    </button>
                  )}
                </div>
              </main>
            </div>
          </div>
        </NavContext.Provider>
      </SessionContext.Provider>
    </FormProvider>
  );
}
