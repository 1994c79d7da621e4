/**
 * Runs work the person cannot see (such as adding a history entry) just after the browser has
 * painted the current change, so it never delays the new screen. A task posted from an animation
 * frame callback runs once that frame is painted. Where frames do not run (a hidden tab, a frame
 * scrolled out of view), a plain timeout runs the work anyway, so it is never lost. Returns a
 * function that cancels the work if it has not run yet.
 */
const fallbackDelayMs = 100;

export function afterNextPaint(work: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackDelayMs);
  return () => {
    done = true;
  };
}
