/**
 * The coordinator's keyboard shortcuts outside the answer choices: Alt+Left (Back) and
 * Alt+Shift+letter for the rest. No single letters, so a screen reader's own keys and typing in a
 * field are never taken; the letter is read from the key's position (`code`), so it also works
 * where Alt+Shift+letter types a special character (macOS).
 */
import { useEffect, useRef } from 'react';
import { isTextEntry } from './text-entry.ts';

export type CallShortcuts = {
  back: () => void;
  answers: (() => void) | null;
  copy: (() => void) | null;
  decline: (() => void) | null;
  newCaller: () => void;
};

export function useCallShortcuts(shortcuts: CallShortcuts) {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !event.altKey || event.ctrlKey || event.metaKey) return;
      const actions = latest.current;
      let action: (() => void) | null = null;
      if (!event.shiftKey && event.key === 'ArrowLeft' && !isTextEntry(event.target)) action = actions.back;
      if (event.shiftKey && event.code === 'KeyA') action = actions.answers;
      if (event.shiftKey && event.code === 'KeyC') action = actions.copy;
      if (event.shiftKey && event.code === 'KeyN') action = actions.newCaller;
      if (event.shiftKey && event.code === 'KeyD') action = actions.decline;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
