/**
 * "Change" from the running summary. The machine takes `nav.edit` only on "Check your answers"
 * (after the change, Continue returns there). Elsewhere the summary steps back with `nav.back`,
 * which the machine still decides, until the question is on screen or `nav.edit` is accepted.
 * An answer further along the journey than the question on screen cannot be reached by going
 * back, so it offers no Change there.
 */
import { journey } from '../../../questions/journey.ts';
import type { QuestionnaireActor } from '../questionnaire-actor.tsx';

type Actor = ReturnType<typeof QuestionnaireActor.useActorRef>;
type Snapshot = ReturnType<Actor['getSnapshot']>;

const positionOf = (snapshot: Snapshot, questionId: string | null) =>
  journey(snapshot.context.questionnaire, snapshot.context.answers).findIndex((q) => q.id === questionId);

/** Whether Change can reach this question from where the machine is now. */
export function canChange(snapshot: Snapshot, questionId: string): boolean {
  if (snapshot.matches('check') || snapshot.matches('results')) return true;
  const onQuestion = snapshot.matches('question');
  if (!onQuestion && !snapshot.matches('crisis')) return false;
  if (onQuestion && snapshot.context.questionId === questionId) return false;
  if (snapshot.context.editing) return true;
  const target = positionOf(snapshot, questionId);
  return target >= 0 && target <= positionOf(snapshot, snapshot.context.questionId);
}

export function changeAnswer(actor: Actor, questionId: string): void {
  if (!canChange(actor.getSnapshot(), questionId)) return;
  for (let step = 0; step < 200; step += 1) {
    const snapshot = actor.getSnapshot();
    if (snapshot.matches('question') && snapshot.context.questionId === questionId) return;
    if (snapshot.can({ type: 'nav.edit', questionId })) {
      actor.send({ type: 'nav.edit', questionId });
      return;
    }
    if (!snapshot.can({ type: 'nav.back' })) return;
    actor.send({ type: 'nav.back' });
  }
}
