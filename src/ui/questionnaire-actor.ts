/** The running questionnaire machine, shared by every screen through React context. */
import { createActorContext } from '@xstate/react';
import { questionnaireMachine } from '../machine/questionnaire-machine.ts';

export const QuestionnaireActor = createActorContext(questionnaireMachine);

type Snapshot = ReturnType<ReturnType<typeof QuestionnaireActor.useActorRef>['getSnapshot']>;

/** Which screen a snapshot shows: changes exactly when the person moves to another page. */
export function screenKeyOf(snapshot: Snapshot): string {
  const { questionId, crisis } = snapshot.context;
  return `${snapshot.value}:${questionId ?? ''}:${crisis ?? ''}`;
}
