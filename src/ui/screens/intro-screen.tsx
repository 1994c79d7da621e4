import { helplines } from '../../rules/helplines.ts';
import { useMessages } from '../messages.tsx';
import { ContactLink } from '../components/contact-link.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.ts';

/** First screen: what this is, that it is private and not a diagnosis, and the helpline. */
export function IntroScreen() {
  const messages = useMessages();
  const actor = QuestionnaireActor.useActorRef();
  const t = messages.intro;
  return (
    <>
      <PageHeading title={t.title} className="heading-xl">
        {t.title}
      </PageHeading>
      <p className="lead">{t.lead}</p>
      <p>{t.forWho}</p>
      <h2 className="heading-m">{t.privacyHeading}</h2>
      <p>{t.privacy}</p>
      <h2 className="heading-m">{t.notDiagnosisHeading}</h2>
      <p>{messages.notDiagnosis}</p>
      <button type="button" className="button button--start" onClick={() => actor.send({ type: 'start' })}>
        {t.start}
      </button>
      <section className="inset" aria-labelledby="intro-helpline">
        <h2 id="intro-helpline" className="heading-m">
          {t.helplineHeading}
        </h2>
        <p>{t.helpline}</p>
        <p>
          <ContactLink contact={helplines.samhsa} withLabel />
        </p>
        <p>
          <ContactLink contact={helplines.samhsaTty} withLabel />
        </p>
      </section>
    </>
  );
}
