/**
 * The running questionnaire machine, shared by every screen through React context, with
 * @xstate/react's own binding: `Provider` creates one actor and starts it in an effect, after the
 * first render (so the hydration of the pre-rendered intro reads the initial snapshot);
 * `useActorRef` gives the actor (to send events); `useSelector` re-renders a component only when
 * the part of the snapshot it reads changes. If the machine fails (a guard or an action throws),
 * every `useSelector` throws the error on its next render, for an error boundary to show.
 */
import { createActorContext } from '@xstate/react';
import type { SnapshotFrom } from 'xstate';
import { questionnaireMachine } from '../machine/questionnaire-machine.ts';

export const QuestionnaireActor = createActorContext(questionnaireMachine);

/** Which screen a snapshot shows: changes exactly when the person moves to another page. */
export function screenKeyOf(snapshot: SnapshotFrom<typeof questionnaireMachine>): string {
  const { questionId, crisis } = snapshot.context;
  return `${snapshot.value}:${questionId ?? ''}:${crisis ?? ''}`;
}
