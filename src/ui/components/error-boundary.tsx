/**
 * Nothing a screen does wrong may leave a person in crisis with a blank page: any render error
 * below this boundary becomes a calm page with the helplines and a way to start again. Two sit in
 * the app: one around the screens, inside the page's header and main, and one around everything
 * that reads the questionnaire machine, for a fault in the machine itself (see src/ui/app.tsx).
 */
import { Component, useContext, type ReactNode } from 'react';
import englishContacts from '../../i18n/en/contacts.ts';
import { inVoice } from '../../i18n/voices.ts';
import { contactsIn } from '../../rules/helplines.ts';
import { useMessages } from '../messages.tsx';
import { ContactLink } from './contact-link.tsx';
import { PageHeading } from './page-heading.tsx';
import { LocaleContext } from '../locale/locale-context.ts';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';

type Props = {
  children: ReactNode;
  onStartAgain: () => void;
  /** Puts the page in a main landmark of its own, for a boundary outside the page's layout. */
  ownMain?: boolean;
};
type State = { failed: boolean };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  private readonly startAgain = () => {
    this.props.onStartAgain();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const page = <ErrorPage onStartAgain={this.startAgain} />;
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

export function ErrorPage({ onStartAgain }: { onStartAgain: () => void }) {
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
      <button type="button" className="button" onClick={onStartAgain}>
        {t.startAgain}
      </button>
    </>
  );
}

/** The boundary around the screens: "Start again" also resets the questionnaire. */
export function ScreenErrorBoundary({ children }: { children: ReactNode }) {
  const actor = QuestionnaireActor.useActorRef();
  return <ErrorBoundary onStartAgain={() => actor.send({ type: 'restart' })}>{children}</ErrorBoundary>;
}
