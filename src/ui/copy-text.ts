/** Whether this page has put anything on the clipboard, so the quick exit knows to clear it. */
let wroteClipboard = false;

/** Puts text on the clipboard; false when the browser has no clipboard API or refuses (then show the text to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = (navigator as Partial<Navigator>).clipboard;
  if (typeof clipboard?.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    wroteClipboard = true;
    return true;
  } catch {
    return false;
  }
}

/**
 * Empties the clipboard if this page wrote to it: a pasted summary must not follow the person
 * out. Best effort and never awaited: a browser may refuse once the page is on its way out.
 */
export function clearCopiedText(): void {
  if (!wroteClipboard) return;
  wroteClipboard = false;
  navigator.clipboard.writeText('').catch(() => undefined);
}
