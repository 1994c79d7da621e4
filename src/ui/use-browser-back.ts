/**
 * Makes the browser's (or the phone's) Back button step back through the questions instead of
 * leaving the page and losing every answer. Each new screen adds a history entry with the same
 * URL (no answers or question ids ever go into the address or history); going back in history
 * sends the machine's own `nav.back`, so the machine still decides where back leads.
 */
import { useEffect, useRef } from 'react';
import { QuestionnaireActor } from './questionnaire-actor.ts';

type HistoryState = { selfCheckStep: number };
const stepOf = (state: unknown) =>
  typeof state === 'object' && state !== null && typeof (state as HistoryState).selfCheckStep === 'number'
    ? (state as HistoryState).selfCheckStep
    : null;

/**
 * Runs `then` once, just after the next frame is painted (the timeout queued in the frame's
 * callback), or after a moment in a page that is not painting (a hidden tab draws no frames).
 * Returns a cancel function.
 */
function afterNextPaint(then: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  const frame = requestAnimationFrame(() => setTimeout(once, 0));
  const fallback = setTimeout(once, 100);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}

export function useBrowserBack(screenKey: string) {
  const actor = QuestionnaireActor.useActorRef();
  const depth = useRef<number | null>(null);
  const movedByHistory = useRef(false);
  const undoingForward = useRef(false);
  const pendingPushes = useRef(new Set<() => void>());
  useEffect(() => {
    const pending = pendingPushes.current;
    return () => {
      for (const cancel of pending) cancel();
    };
  }, []);

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
    const step = depth.current;
    // Adding a history entry takes a few milliseconds on a slow phone; it waits until the new
    // screen has been painted, so the person sees the next question that much sooner. Once the
    // page is gone (the app unmounted), there is nothing to add it for.
    const cancel = afterNextPaint(() => {
      pendingPushes.current.delete(cancel);
      window.history.pushState({ selfCheckStep: step } satisfies HistoryState, '');
    });
    pendingPushes.current.add(cancel);
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
