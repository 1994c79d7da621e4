/**
 * Makes the browser's (or the phone's) Back button step back through the questions instead of
 * leaving the page and losing every answer. Each new screen adds a history entry with the same
 * URL (no answers or question ids ever go into the address or history); going back in history
 * sends the machine's own `nav.back`, so the machine still decides where back leads.
 *
 * A new screen's entry is added just after the screen is painted: on a slow phone adding an entry
 * costs about as much as drawing the question, and the person should see the question first. A
 * Back pressed in the moment between is a Back from the screen the person sees, and history is
 * put back in line with the screens.
 */
import { useEffect, useRef } from 'react';
import { QuestionnaireActor } from './questionnaire-actor.tsx';
import { afterNextPaint } from './after-next-paint.ts';
import { stepOf, type HistoryState } from './history-steps.ts';

const addEntry = (step: number) => window.history.pushState({ selfCheckStep: step } satisfies HistoryState, '');

/**
 * Where history and the screens stand: `entry` is the step of the history entry the browser is on,
 * `screen` the step of the screen shown. `screen` is ahead only while a new screen's entry waits
 * for the paint.
 */
type Steps = { entry: number; screen: number };

export function useBrowserBack(screenKey: string) {
  const actor = QuestionnaireActor.useActorRef();
  const steps = useRef<Steps | null>(null);
  const shownKey = useRef<string | null>(null);
  const movedByHistory = useRef(false);
  const undoingForward = useRef(false);
  const cancelWaitingEntry = useRef<() => void>(undefined);

  useEffect(() => {
    // Development's StrictMode runs a new effect twice: the second run is the same screen.
    if (shownKey.current === screenKey) return;
    shownKey.current = screenKey;
    if (movedByHistory.current) {
      movedByHistory.current = false;
      return;
    }
    const current = steps.current;
    if (current === null) {
      steps.current = { entry: 0, screen: 0 };
      window.history.replaceState({ selfCheckStep: 0 } satisfies HistoryState, '');
      return;
    }
    current.screen += 1;
    // The latest screen's entry adds any still waiting, so only one wait is kept.
    cancelWaitingEntry.current?.();
    cancelWaitingEntry.current = afterNextPaint(() => {
      // One entry per screen shown, unless a Back in between already settled them.
      while (current.entry < current.screen) {
        current.entry += 1;
        addEntry(current.entry);
      }
    });
  }, [screenKey]);

  // Once the questionnaire has left the page, its history is no longer its own to add to.
  useEffect(() => () => cancelWaitingEntry.current?.(), []);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const step = stepOf(event.state);
      const current = steps.current;
      if (step === null || current === null) return;
      if (undoingForward.current) {
        undoingForward.current = false;
        return;
      }
      if (step > current.entry) {
        // Forward cannot redo an answer: step history back so it stays in line with the screens.
        undoingForward.current = true;
        window.history.go(current.entry - step);
        return;
      }
      if (step === current.entry) return;
      const entryWasWaiting = current.screen > current.entry;
      current.entry = step;
      current.screen = step;
      if (actor.getSnapshot().can({ type: 'nav.back' })) {
        movedByHistory.current = true;
        actor.send({ type: 'nav.back' });
      }
      // The person went back from a screen whose entry was not added yet, so the browser went one
      // entry further back than the screens did: add the entry of the screen now shown.
      if (entryWasWaiting) {
        current.entry = current.screen = step + 1;
        addEntry(current.entry);
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor]);
}
