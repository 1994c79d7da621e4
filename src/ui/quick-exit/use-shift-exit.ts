/**
 * Shift pressed three times within five seconds leaves the site (the GOV.UK "Exit this page"
 * shortcut). Presses are counted on key up, and only a Shift pressed on its own: Shift+Tab or a
 * capital letter never counts, and any other key starts the count again. Each press is announced
 * through the caller's live region, so a screen reader user knows how many remain.
 */
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../messages.tsx';
import { SHIFT_PRESSES_TO_EXIT, SHIFT_WINDOW_MS } from './exit-config.ts';

export function useShiftExit(onExit: () => void): string {
  const messages = useMessages().quickExit;
  const [announcement, setAnnouncement] = useState('');
  const presses = useRef(0);
  const usedWithOtherKey = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const exit = useRef(onExit);
  useEffect(() => {
    exit.current = onExit;
  }, [onExit]);

  useEffect(() => {
    const reset = () => {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      presses.current = 0;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Shift') return;
      if (event.shiftKey) usedWithOtherKey.current = true;
      if (presses.current > 0) {
        reset();
        setAnnouncement('');
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') return;
      if (usedWithOtherKey.current) {
        usedWithOtherKey.current = false;
        return;
      }
      presses.current += 1;
      if (presses.current >= SHIFT_PRESSES_TO_EXIT) {
        reset();
        setAnnouncement(messages.leaving);
        exit.current();
        return;
      }
      setAnnouncement(messages.shiftPressesLeft(SHIFT_PRESSES_TO_EXIT - presses.current));
      if (timer.current === undefined) {
        timer.current = window.setTimeout(() => {
          reset();
          setAnnouncement(messages.shiftExpired);
        }, SHIFT_WINDOW_MS);
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    return () => {
      reset();
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
    };
  }, [messages]);

  return announcement;
}
