/**
 * Leaving for the neutral page. Inside a frame the whole tab must change, not just the frame, so
 * the top window is replaced. A cross-origin frame may do that only after a user activation in it:
 * a click, or Enter on the link, is one; Chromium does not count a Shift press, so the frame first
 * sends the `exit` message to the embedding page (embed.js then replaces the tab itself, with its
 * own copy of the neutral address), and without an activation (or if the browser refuses the top
 * window) the frame replaces itself too, so nothing of the self-check stays on screen even on a
 * page without embed.js.
 * In the tab itself, the site's own history entries go too, but the first (see `leaveHistory`).
 */
import { clearSavedProgress } from '../../storage/local-store.ts';
import { stopSpeaking } from '../read-aloud/speech.ts';
import { stepOf } from '../history-steps.ts';
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
  if (window.top === window.self) leaveHistory(url);
  else window.location.replace(url);
}

/** How long to wait for history to step back before leaving from where the tab is. */
const HISTORY_BACK_WAIT_MS = 500;

/**
 * Leaves so that the tab's history keeps at most one entry of the site. Each screen added an entry
 * (use-browser-back.ts), so first step back to the site's first entry, then go on from there: going
 * on drops every entry after it. From the first screen, the page is simply replaced.
 */
function leaveHistory(url: string): void {
  const step = stepOf(window.history.state) ?? 0;
  if (step <= 0) {
    window.location.replace(url);
    return;
  }
  let left = false;
  const leave = (how: 'assign' | 'replace') => {
    if (left) return;
    left = true;
    window.location[how](url);
  };
  window.addEventListener('popstate', () => leave('assign'), { once: true });
  // If the browser does not step back (it may refuse), leave from where the tab is.
  window.setTimeout(() => leave('replace'), HISTORY_BACK_WAIT_MS);
  window.history.go(-step);
}
