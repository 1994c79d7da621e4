/**
 * The running questionnaire machine, shared by every screen through React context: the actor
 * itself (to send events) and `useSelector`, which re-renders a component only when the part of the
 * snapshot it reads changes. This is the little of a React binding the screens need, on React's
 * own `useSyncExternalStore`; it is part of the code every first visit downloads, so it stays small.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { createActor, type Actor, type ActorOptions, type InputFrom } from 'xstate';
import { questionnaireMachine } from '../machine/questionnaire-machine.ts';

type QuestionnaireMachine = typeof questionnaireMachine;
type QuestionnaireActorRef = Actor<QuestionnaireMachine>;
type Snapshot = ReturnType<QuestionnaireActorRef['getSnapshot']>;

const ActorContext = createContext<QuestionnaireActorRef | null>(null);

type ProviderProps = {
  options: ActorOptions<QuestionnaireMachine> & { input: InputFrom<QuestionnaireMachine> };
  children: ReactNode;
};

/**
 * Creates the actor once and starts it after the first render (the first render, including the
 * hydration of the pre-rendered intro, reads its initial snapshot). It is not stopped on unmount:
 * the machine holds no timers, children or outside resources, so nothing of it outlives the
 * page, and React's development double-mounting cannot leave a stopped actor behind.
 */
function Provider({ options, children }: ProviderProps) {
  const [actor] = useState(() => createActor(questionnaireMachine, options));
  useEffect(() => {
    actor.start();
  }, [actor]);
  return <ActorContext.Provider value={actor}>{children}</ActorContext.Provider>;
}

function useActorRef(): QuestionnaireActorRef {
  const actor = useContext(ActorContext);
  if (!actor) throw new Error('QuestionnaireActor hooks need a <QuestionnaireActor.Provider> above them');
  return actor;
}

/**
 * The selected part of the current snapshot. The selection is kept per snapshot and selector, so
 * React sees the same value until either changes (it compares with `Object.is`).
 */
function useSelector<Selected>(selector: (snapshot: Snapshot) => Selected): Selected {
  const actor = useActorRef();
  const last = useRef<{ snapshot: Snapshot; selector: typeof selector; selected: Selected } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      // An error is a change too: the next read throws it, for the error boundary to show.
      const subscription = actor.subscribe({ next: onChange, error: onChange });
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const select = () => {
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') throw snapshot.error;
    if (last.current?.snapshot !== snapshot || last.current.selector !== selector) {
      last.current = { snapshot, selector, selected: selector(snapshot) };
    }
    return last.current.selected;
  };
  return useSyncExternalStore(subscribe, select, select);
}

export const QuestionnaireActor = { Provider, useActorRef, useSelector };

/** Which screen a snapshot shows: changes exactly when the person moves to another page. */
export function screenKeyOf(snapshot: Snapshot): string {
  const { questionId, crisis } = snapshot.context;
  return `${snapshot.value}:${questionId ?? ''}:${crisis ?? ''}`;
}
