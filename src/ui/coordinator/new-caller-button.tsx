/**
 * "New caller" in the header, where the quick exit is on a person's own screens: the coordinator
 * must never wipe a call by the way out, but needs the way to the next caller always in the same
 * place. It opens the one confirmation in the call tools (`new-caller-confirm.tsx`). The layout
 * leaves the place empty (`#coordinator-exit`); the button is put there once it is on the page.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAllMessages } from '../locale/use-all-messages.ts';

export const NEW_CALLER_BUTTON_ID = 'coordinator-new-caller-button';

export function NewCallerButton({ confirming, onAsk }: { confirming: boolean; onAsk: () => void }) {
  const t = useAllMessages().coordinator;
  const [place, setPlace] = useState<HTMLElement | null>(null);
  // Found once the header is on the page (this renders in the same commit as the layout).
  useEffect(() => {
    let current = true;
    void Promise.resolve().then(() => {
      if (current) setPlace(document.getElementById('coordinator-exit'));
    });
    return () => {
      current = false;
    };
  }, []);
  if (!place) return null;
  return createPortal(
    <button
      id={NEW_CALLER_BUTTON_ID}
      type="button"
      className="button button--warning coordinator-exit__button"
      aria-expanded={confirming}
      aria-controls={confirming ? 'coordinator-new-caller' : undefined}
      onClick={onAsk}
    >
      {t.newCaller}
    </button>,
    place,
  );
}
