/**
 * The shell: header with the helpline, the screen the machine is on, and the footer. Each screen
 * is keyed by its step so it mounts fresh (its form starts from the saved answer) and moves focus
 * to its own heading.
 */
import { questionnaire } from '../../questions/questionnaire.ts';
import { QuestionnaireActor, screenKeyOf } from './questionnaire-actor.ts';
import { Layout } from './components/layout.tsx';
import { StepFocusProvider } from './components/page-heading.tsx';
import { IntroScreen } from './screens/intro-screen.tsx';
import { QuestionScreen } from './screens/question-screen.tsx';
import { CrisisScreen } from './screens/crisis-screen.tsx';
import { CheckAnswersScreen } from './screens/check-answers-screen.tsx';
import { ResultsScreen } from './screens/results-screen.tsx';
import { useBrowserBack } from './use-browser-back.ts';
import { AppOptionsProvider } from './app-options.tsx';
import { parseUrlOptions, type UrlOptions } from '../config/url-options.ts';

const defaultOptions = parseUrlOptions('');

export function App({ options = defaultOptions }: { options?: UrlOptions }) {
  return (
    <AppOptionsProvider options={options}>
      <QuestionnaireActor.Provider options={{ input: { questionnaire } }}>
        <Layout>
          <StepFocusProvider>
            <CurrentScreen />
          </StepFocusProvider>
        </Layout>
      </QuestionnaireActor.Provider>
    </AppOptionsProvider>
  );
}

function CurrentScreen() {
  const value = QuestionnaireActor.useSelector((snapshot) => snapshot.value);
  const questionId = QuestionnaireActor.useSelector((snapshot) => snapshot.context.questionId);
  const crisis = QuestionnaireActor.useSelector((snapshot) => snapshot.context.crisis);
  useBrowserBack(QuestionnaireActor.useSelector(screenKeyOf));
  switch (value) {
    case 'question':
      return questionId ? <QuestionScreen key={questionId} questionId={questionId} /> : null;
    case 'crisis':
      return crisis ? <CrisisScreen kind={crisis} /> : null;
    case 'check':
      return <CheckAnswersScreen />;
    case 'results':
      return <ResultsScreen />;
    default:
      return <IntroScreen />;
  }
}
