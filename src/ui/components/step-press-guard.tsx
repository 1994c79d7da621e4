/**
 * A press meant for one screen must never act on the next. On a phone, the second tap of a double
 * tap on Continue (or a tap that lands as the page changes under the finger) would otherwise tick
 * an option of the next question, or press its Continue, before the person has even seen it. For a
 * short while after each new screen, touches anywhere but the header are ignored (even one on a
 * blank part of the page would take focus off the new heading), and so is the second click of a
 * mouse double-click, as GOV.UK Frontend's prevent-double-click ignores a second press on a button.
 *
 * Never ignored: a single mouse click (a mouse lands where it is aimed), keys (a keyboard press is
 * deliberate), scripted clicks (coordinator number keys), and the header and helpline banner: the
 * quick exit and the helpline work at every moment.
 */
import { useEffect } from 'react';
import { QuestionnaireActor, screenKeyOf } from '../questionnaire-actor.tsx';

/** Longer than the 40 to 400 ms between the taps of a double tap; shorter than reading a question. */
export const STEP_PRESS_GUARD_MS = 600;

/** A press's first events would move focus off the new heading; its click would tick, follow or submit. */
const guardedEvents = ['pointerdown', 'mousedown', 'click'] as const;

/** Touch and pen presses (click is a PointerEvent in current browsers); a mouse's only as a double-click. */
function mayMissItsTarget(event: MouseEvent): boolean {
  const pointerType = 'pointerType' in event ? (event as PointerEvent).pointerType : '';
  return pointerType === 'touch' || pointerType === 'pen' || event.detail > 1;
}

export function StepPressGuard() {
  const actor = QuestionnaireActor.useActorRef();
  useEffect(() => {
    let shown = screenKeyOf(actor.getSnapshot());
    let guardUntil = 0;
    const subscription = actor.subscribe((snapshot) => {
      const key = screenKeyOf(snapshot);
      if (key === shown) return;
      shown = key;
      guardUntil = performance.now() + STEP_PRESS_GUARD_MS;
    });
    const ignoreEarlyPress = (event: MouseEvent) => {
      if (!event.isTrusted || performance.now() >= guardUntil || !mayMissItsTarget(event)) return;
      // The header (the quick exit, the language) and the helpline always answer at once.
      if (event.target instanceof Element && event.target.closest('header, .helpline-banner') !== null) return;
      event.preventDefault();
      event.stopPropagation();
    };
    for (const type of guardedEvents) document.addEventListener(type, ignoreEarlyPress, true);
    return () => {
      subscription.unsubscribe();
      for (const type of guardedEvents) document.removeEventListener(type, ignoreEarlyPress, true);
    };
  }, [actor]);
  return null;
}
