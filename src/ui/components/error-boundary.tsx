/**
 * Nothing a screen does wrong may leave a person in crisis with a blank page: any render error
 * below this boundary becomes a calm page with the helplines. Two sit in the app: one around the
 * screens, inside the page's header and main, and one around everything that reads the
 * questionnaire machine, for a fault in the machine itself (see src/ui/app.tsx).
 *
 * Most often what failed is a download (a screen's code on a dropped connection), and the answers
 * are all still in the machine. So the screens' boundary offers "Try again", which shows the same
 * screen again (and fetches its code again) with every answer kept, and it lets go of the error
 * page by itself when the step changes (the browser's Back). "Start again" is there too, saying
 * what it clears. The machine's own boundary can only start again: a failed actor takes no events.
 */
import { Component, useContext, type ReactNode } from 'react';
import englishContacts from '../../i18n/en/contacts.ts';
import { inVoice } from '../../i18n/voices.ts';
import { contactsIn } from '../../rules/helplines.ts';
import { useMessages } from '../messages.tsx';
import { ContactLink } from './contact-link.tsx';
import { PageHeading } from './page-heading.tsx';
import { LocaleContext } from '../locale/locale-context.ts';
import { QuestionnaireActor, screenKeyOf } from '../questionnaire-actor.tsx';
import { RetryRound } from './retry-round.ts';

type Props = {
  children: ReactNode;
  onStartAgain: () => void;
  /** Offers "Try again", which renders the children afresh with nothing reset. */
  canTryAgain?: boolean;
  /** The error page gives way when this changes (e.g. the step the machine is on). */
  resetKey?: string;
  /** Puts the page in a main landmark of its own, for a boundary outside the page's layout. */
  ownMain?: boolean;
};
type State = { failed: boolean; round: number };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, round: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props, previousState: State): void {
    // Only an error page that was already showing gives way: an error thrown by the very render
    // that changed the key (the screen the step led to) must show its page.
    const keyChanged = previous.resetKey !== this.props.resetKey;
    if (keyChanged && this.state.failed && previousState.failed) this.giveWay();
  }

  /**
   * Shows the children again, in a new round, so a part that failed to download is fetched anew:
   * "Try again" is exactly this.
   */
  private readonly giveWay = () => {
    this.setState(({ round }) => ({ failed: false, round: round + 1 }));
  };

  private readonly startAgain = () => {
    this.props.onStartAgain();
    this.giveWay();
  };

  override render(): ReactNode {
    if (!this.state.failed) {
      return <RetryRound.Provider value={this.state.round}>{this.props.children}</RetryRound.Provider>;
    }
    const page = <ErrorPage onStartAgain={this.startAgain} onTryAgain={this.props.canTryAgain ? this.giveWay : null} />;
    if (!this.props.ownMain) return page;
    return (
      <div className="width-container">
        <main id="main-content" className="main">
          {page}
        </main>
      </div>
    );
  }
}

type ErrorPageProps = { onStartAgain: () => void; onTryAgain: (() => void) | null };

export function ErrorPage({ onStartAgain, onTryAgain }: ErrorPageProps) {
  const messages = useMessages();
  const t = messages.errorPage;
  // In the words on screen; English if the failure happened before there were any.
  const contacts = useContext(LocaleContext)?.contacts ?? contactsIn(inVoice(englishContacts, 'self'));
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <p className="lead">{t.lead}</p>
      <section className="inset" aria-labelledby="error-page-help">
        <h2 id="error-page-help" className="heading-m">
          {t.help}
        </h2>
        <ul className="list">
          <li>
            <ContactLink contact={contacts.samhsa} withLabel />
          </li>
          <li>
            <ContactLink contact={contacts.lifelineCall} withLabel />
          </li>
          <li>
            <ContactLink contact={contacts.emergency} withLabel />
          </li>
        </ul>
        <p>{t.emergency}</p>
      </section>
      {onTryAgain ? (
        <>
          <p>{t.kept}</p>
          <div className="button-group">
            <button type="button" className="button" onClick={onTryAgain}>
              {t.tryAgain}
            </button>
            <button type="button" className="button button--secondary" onClick={onStartAgain}>
              {t.startAgain}
            </button>
          </div>
          <p className="hint">{t.startAgainNote}</p>
        </>
      ) : (
        <button type="button" className="button" onClick={onStartAgain}>
          {t.startAgain}
        </button>
      )}
    </>
  );
}

/** The boundary around the screens: "Try again" keeps everything; "Start again" resets the questionnaire. */
export function ScreenErrorBoundary({ children }: { children: ReactNode }) {
  const actor = QuestionnaireActor.useActorRef();
  const step = QuestionnaireActor.useSelector(screenKeyOf);
  return (
    <ErrorBoundary canTryAgain resetKey={step} onStartAgain={() => actor.send({ type: 'restart' })}>
      {children}
    </ErrorBoundary>
  );
}
