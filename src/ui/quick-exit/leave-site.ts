/**
 * Leaving for the neutral page. Inside a frame the whole tab must change, not just the frame, so
 * the top window is replaced. A cross-origin frame may do that only after a user activation in it:
 * a click, or Enter on the link, is one; Chromium does not count a Shift press, so when Shift is
 * the only thing pressed the browser refuses and the frame replaces itself instead (nothing of the
 * self-check stays on screen). `replace` keeps the site out of the back button's next step.
 */
import { clearSavedProgress } from '../../storage/local-store.ts';
import { QUICK_EXIT_URL } from './exit-config.ts';

/** Removes every answer kept on the device (the in-memory answers are cleared by the caller). */
export function forgetStoredAnswers(): void {
  clearSavedProgress();
  try {
    globalThis.sessionStorage.clear();
  } catch {
    // Storage is blocked, so nothing was kept there.
  }
}

export function replaceWithNeutralPage(url: string = QUICK_EXIT_URL): void {
  try {
    if (window.top !== null && window.top !== window.self) {
      window.top.location.replace(url);
      return;
    }
  } catch {
    // Not allowed to move the top window: leave from this frame instead.
  }
  window.location.replace(url);
}
