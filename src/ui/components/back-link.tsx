import { en } from '../../i18n/en.ts';
import { QuestionnaireActor } from '../questionnaire-actor.ts';

/** GOV.UK-style Back link; the machine decides where back leads. A button, since it is an action. */
export function BackLink() {
  const actor = QuestionnaireActor.useActorRef();
  return (
    <button type="button" className="back-link" onClick={() => actor.send({ type: 'nav.back' })}>
      {en.back}
    </button>
  );
}
