/**
 * Makes the browser's (or the phone's) Back button step back through the questions instead of
 * leaving the page and losing every answer. Each new screen adds a history entry with the same
 * URL (no answers or question ids ever go into the address or history); going back in history
 * sends the machine's own `nav.back`, so the machine still decides where back leads.
 */
import { useEffect, useRef } from 'react';
import { QuestionnaireActor } from './questionnaire-actor.tsx';

type HistoryState = { selfCheckStep: number };
const stepOf = (state: unknown) =>
  typeof state === 'object' && state !== null && typeof (state as HistoryState).selfCheckStep === 'number'
    ? (state as HistoryState).selfCheckStep
    : null;

export function useBrowserBack(screenKey: string) {
  const actor = QuestionnaireActor.useActorRef();
  const depth = useRef<number | null>(null);
  const movedByHistory = useRef(false);
  const undoingForward = useRef(false);

  useEffect(() => {
    if (movedByHistory.current) {
      movedByHistory.current = false;
      return;
    }
    if (depth.current === null) {
      depth.current = 0;
      window.history.replaceState({ selfCheckStep: 0 } satisfies HistoryState, '');
      return;
    }
    depth.current += 1;
    window.history.pushState({ selfCheckStep: depth.current } satisfies HistoryState, '');
  }, [screenKey]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const step = stepOf(event.state);
      if (step === null || depth.current === null) return;
      if (undoingForward.current) {
        undoingForward.current = false;
        return;
      }
      if (step > depth.current) {
        // Forward cannot redo an answer: step history back so it stays in line with the screens.
        undoingForward.current = true;
        window.history.go(depth.current - step);
        return;
      }
      const goingBack = step < depth.current;
      depth.current = step;
      if (goingBack && actor.getSnapshot().can({ type: 'nav.back' })) {
        movedByHistory.current = true;
        actor.send({ type: 'nav.back' });
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor]);
}
