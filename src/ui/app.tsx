/**
 * The shell: header with the helpline, the screen the machine is on, and the footer. Each kind of
 * screen mounts fresh and moves focus to its own heading; the question screen stays mounted from
 * one question to the next and changes in place (see question-screen.tsx).
 */
import { useState, type ReactNode } from 'react';
import { questionnaire } from '../../questions/questionnaire.ts';
import { QuestionnaireActor, screenKeyOf } from './questionnaire-actor.tsx';
import { Layout } from './components/layout.tsx';
import { StepFocusProvider } from './components/page-heading.tsx';
import { StepPressGuard } from './components/step-press-guard.tsx';
import { ErrorBoundary, ScreenErrorBoundary } from './components/error-boundary.tsx';
import { SaveProgressProvider } from './components/save-progress-context.tsx';
import { UrlOptionsNotice } from './components/url-options-notice.tsx';
import { IntroScreen } from './screens/intro-screen.tsx';
import { QuestionScreen } from './screens/question-screen.tsx';
import { CrisisScreen } from './screens/crisis-screen.tsx';
import { CheckAnswersScreen, CoordinatorCrisisScreen, CoordinatorShell, ResultsScreen } from './lazy-parts.tsx';
import { LazyBoundary } from './components/screen-loading.tsx';
import { parts } from './load-plan.ts';
import { useBrowserBack } from './use-browser-back.ts';
import { AppOptionsProvider, useAppOptions } from './app-options.tsx';
import { LocaleProvider } from './locale/locale-provider.tsx';
import { DEFAULT_URL_OPTIONS, type UrlOptions } from '../config/url-options.ts';

export function App({ options = DEFAULT_URL_OPTIONS }: { options?: UrlOptions }) {
  return (
    <AppOptionsProvider options={options}>
      <QuestionnaireRun>
        <LocaleProvider>
          <SaveProgressProvider reader={parts.savedAnswersReader}>
            <Layout>
              <StepFocusProvider>
                <StepPressGuard />
                <ModeLayout>
                  <UrlOptionsNotice />
                  <BrowserHistory />
                  <ScreenErrorBoundary>
                    <LazyBoundary>
                      <CurrentScreen />
                    </LazyBoundary>
                  </ScreenErrorBoundary>
                </ModeLayout>
              </StepFocusProvider>
            </Layout>
          </SaveProgressProvider>
        </LocaleProvider>
      </QuestionnaireRun>
    </AppOptionsProvider>
  );
}

/**
 * The questionnaire actor, inside a boundary of its own. If the machine itself fails, every
 * component that reads it throws the error (the locale and the header too, not only the screen),
 * so only a boundary above them all can show the calm page. "Start again" there starts a fresh
 * actor: a failed one takes no more events.
 */
function QuestionnaireRun({ children }: { children: ReactNode }) {
  const [run, setRun] = useState(0);
  return (
    <ErrorBoundary ownMain onStartAgain={() => setRun((count) => count + 1)}>
      <QuestionnaireActor.Provider key={run} options={{ input: { questionnaire } }}>
        {children}
      </QuestionnaireActor.Provider>
    </ErrorBoundary>
  );
}

/** Intake coordinator mode adds the running summary and call tools around the same screens. */
function ModeLayout({ children }: { children: ReactNode }) {
  if (useAppOptions().mode !== 'coordinator') return children;
  return (
    <LazyBoundary>
      <CoordinatorShell>{children}</CoordinatorShell>
    </LazyBoundary>
  );
}

/**
 * The browser's Back steps through the screens. It sits outside the screens' error boundary, so
 * Back still works from the error page (and the boundary lets the screen Back led to show).
 */
function BrowserHistory() {
  useBrowserBack(QuestionnaireActor.useSelector(screenKeyOf));
  return null;
}

function CurrentScreen() {
  const value = QuestionnaireActor.useSelector((snapshot) => snapshot.value);
  const questionId = QuestionnaireActor.useSelector((snapshot) => snapshot.context.questionId);
  const crisis = QuestionnaireActor.useSelector((snapshot) => snapshot.context.crisis);
  const coordinator = useAppOptions().mode === 'coordinator';
  switch (value) {
    case 'question':
      return questionId ? <QuestionScreen questionId={questionId} /> : null;
    case 'crisis':
      if (!crisis) return null;
      return coordinator ? <CoordinatorCrisisScreen kind={crisis} /> : <CrisisScreen kind={crisis} />;
    case 'check':
      return <CheckAnswersScreen />;
    case 'results':
      return <ResultsScreen />;
    default:
      return <IntroScreen />;
  }
}
