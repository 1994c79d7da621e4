/**
 * The text an element shows on screen: its text without what only the printed page shows
 * (`.print-only`, hidden on screen by print.css, which jsdom does not apply).
 */
export function textOnScreen(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const printed of copy.querySelectorAll('.print-only')) printed.remove();
  return copy.textContent;
}
