import { useMessages } from '../messages.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';

/** GOV.UK-style Back link; the machine decides where back leads. A button, since it is an action. */
export function BackLink() {
  const messages = useMessages();
  const actor = QuestionnaireActor.useActorRef();
  return (
    <button type="button" className="back-link" onClick={() => actor.send({ type: 'nav.back' })}>
      {messages.back}
    </button>
  );
}
