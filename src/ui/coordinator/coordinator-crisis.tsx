/**
 * The crisis interrupt as the coordinator needs it: what to do and what to say, word for word.
 * Overdose follows SAFE-1 (call 911, naloxone and a second dose, breathing, recovery position,
 * stay until help arrives; HELP-4); thoughts of suicide or self-harm are a warm hand-off to 988
 * (SAFE-2, HELP-3): stay on the line and offer to connect them, with the Spanish and veterans
 * options; signs of a dangerous withdrawal now mean the emergency department or 911, not waiting
 * at home (WD-1, HELP-4).
 */
import type { CrisisKind } from '../../../questions/schema.ts';
import { useLocale } from '../locale/locale-context.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { BackLink } from '../components/back-link.tsx';
import { ContactList } from '../components/contact-link.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';

export function CoordinatorCrisis({ kind }: { kind: CrisisKind }) {
  const messages = useAllMessages();
  const { contacts } = useLocale();
  const actor = QuestionnaireActor.useActorRef();
  const t = messages.coordinator.crisis;
  const { title, todo, say, shown } = {
    overdose: { title: t.overdoseTitle, todo: [t.overdoseDo], say: t.overdoseSay, shown: [contacts.emergency] },
    'self-harm': {
      title: t.selfHarmTitle,
      todo: t.selfHarmDo,
      say: t.selfHarmSay,
      shown: [contacts.lifelineCall, contacts.lifelineText, contacts.lifelineChat, contacts.emergency],
    },
    'medical-emergency': {
      title: t.emergencyTitle,
      todo: t.emergencyDo,
      say: t.emergencySay,
      shown: [contacts.emergency],
    },
  }[kind];
  return (
    <>
      <BackLink />
      <div className="crisis-panel">
        <PageHeading title={null}>{title}</PageHeading>
        <ContactList contacts={shown} className="crisis-call" />
        <h2 id="coordinator-crisis-do" className="heading-m">
          {t.doHeading}
        </h2>
        <ul className="list list--bullet" aria-labelledby="coordinator-crisis-do">
          {todo.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2 id="coordinator-crisis-say" className="heading-m">
          {t.sayHeading}
        </h2>
        <ol className="list list--number coordinator-script" aria-labelledby="coordinator-crisis-say">
          {say.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </div>
      <p>{t.continueNote}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => actor.send({ type: 'crisis.continue' })}
      >
        {messages.crisis.continue}
      </button>
    </>
  );
}
