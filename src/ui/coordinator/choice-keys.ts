/**
 * Coordinator mode, on a question page: number keys choose the answer with that number (a radio is
 * selected, a checkbox toggled) and Enter anywhere in the form continues, also from a checkbox,
 * where browsers do not submit by themselves. A number key clicks the real input, so the
 * exclusive "None of these" behaviour and validation stay exactly as with a mouse, then moves
 * focus to it so a screen reader announces its new state. Only coordinator mode loads this module,
 * with its shell (`coordinator-shell.tsx`). The coordinator can turn the number keys off (WCAG
 * 2.1.4); Enter still continues.
 */
import { isTextEntry } from './text-entry.ts';

/** The question page's form (`question-screen.tsx`), when a question is on screen. */
const questionForm = () => document.querySelector<HTMLFormElement>('form#question-form');

/**
 * Listens for the keys on the whole document and acts while a question is on screen; returns how to
 * stop listening.
 */
export function listenForChoiceKeys(numberKeysOn: () => boolean): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const form = questionForm();
    if (!form || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTextEntry(event.target)) return;
    if (event.key === 'Enter') {
      const target = event.target;
      const onButton = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
      if (target instanceof Node && form.contains(target) && !onButton) {
        event.preventDefault();
        form.requestSubmit();
      }
      return;
    }
    if (!/^[1-9]$/.test(event.key) || event.shiftKey || !numberKeysOn()) return;
    const input = form.querySelectorAll<HTMLInputElement>('input.choice__input')[Number(event.key) - 1];
    if (!input) return;
    event.preventDefault();
    if (input.type === 'checkbox' || !input.checked) input.click();
    input.focus();
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}
