/**
 * Every page heading (h1) the document shows, in order, from the one on screen now: a screen that
 * flashes by for a single render is caught too, since each change React commits is observed.
 */
export function headingsShown(): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const note = () => {
    const text = document.querySelector('h1')?.textContent ?? null;
    if (text !== null && seen.at(-1) !== text) seen.push(text);
  };
  note();
  const observer = new MutationObserver(note);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return {
    seen,
    stop: () => {
      note();
      observer.disconnect();
    },
  };
}
