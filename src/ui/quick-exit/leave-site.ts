/**
 * Leaving for the neutral page. Inside a frame the whole tab must change, not just the frame, so
 * the top window is replaced. A cross-origin frame may do that only after a user activation in it:
 * a click, or Enter on the link, is one; Chromium does not count a Shift press, so the frame first
 * sends the `exit` message to the embedding page (embed.js then replaces the tab itself, with its
 * own copy of the neutral address), and without an activation (or if the browser refuses the top
 * window) the frame replaces itself too, so nothing of the self-check stays on screen even on a
 * page without embed.js.
 * `replace` keeps the site out of the back button's next step.
 */
import { clearSavedProgress } from '../../storage/local-store.ts';
import { stopSpeaking } from '../read-aloud/speech.ts';
import { QUICK_EXIT_URL } from './exit-config.ts';

/** Tells the embedding page that the person left (src/ui/embed/exit-reporter.ts). */
export type SendExit = (parentOrigin: string | null) => boolean;

/** Removes every answer kept on the device (the in-memory answers are cleared by the caller). */
export function forgetStoredAnswers(): void {
  clearSavedProgress();
  try {
    globalThis.sessionStorage.clear();
  } catch {
    // Storage is blocked, so nothing was kept there.
  }
}

/**
 * `parentOrigin` is the validated origin from the address; without it, or without `sendExit`
 * (loaded ahead in a frame, since leaving cannot wait for a download), no message is sent.
 */
export function replaceWithNeutralPage(
  parentOrigin: string | null,
  sendExit?: SendExit,
  url: string = QUICK_EXIT_URL,
): void {
  stopSpeaking();
  sendExit?.(parentOrigin);
  // Without a user activation the browser refuses (and logs an error), so do not ask.
  const activated = (navigator.userActivation as UserActivation | undefined)?.isActive ?? true;
  try {
    if (activated && window.top !== null && window.top !== window.self) {
      window.top.location.replace(url);
      return;
    }
  } catch {
    // Not allowed to move the top window: leave from this frame instead.
  }
  window.location.replace(url);
}
