import { useMessages } from '../messages.tsx';
import { ContactLink } from '../components/contact-link.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useLocale } from '../locale/locale-context.ts';
import { StartChoice } from '../locale/start-choice.tsx';
import { ResumeNotice } from '../components/resume-notice.tsx';
import { SaveAnswers } from '../components/save-answers.tsx';
import { useAppOptions } from '../app-options.tsx';

/**
 * First screen: what this is, that it is private and not a diagnosis, and the helpline. In
 * coordinator mode the coordinator's shell asks who is calling and starts the call instead of the
 * start choice (coordinator/caller-start.tsx).
 */
export function IntroScreen() {
  const messages = useMessages();
  const { contacts } = useLocale();
  const t = messages.intro;
  const coordinator = useAppOptions().mode === 'coordinator';
  return (
    <>
      <PageHeading title={t.title} className="heading-xl">
        {t.title}
      </PageHeading>
      <ResumeNotice />
      <p className="lead">{t.lead}</p>
      <p>{t.forWho}</p>
      <h2 className="heading-m">{t.privacyHeading}</h2>
      <p>{t.privacy}</p>
      <h2 className="heading-m">{t.notDiagnosisHeading}</h2>
      <p>{messages.notDiagnosis}</p>
      <SaveAnswers />
      {coordinator ? null : <StartChoice />}
      <section className="inset" aria-labelledby="intro-helpline">
        <h2 id="intro-helpline" className="heading-m">
          {t.helplineHeading}
        </h2>
        <p>{t.helpline}</p>
        <p>
          <ContactLink contact={contacts.samhsa} withLabel />
        </p>
        <p>
          <ContactLink contact={contacts.samhsaTty} withLabel />
        </p>
      </section>
    </>
  );
}
