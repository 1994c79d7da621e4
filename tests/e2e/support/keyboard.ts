/**
 * Moving through the app with the keyboard alone. Only keys drive the page; reading where focus
 * is (to know when to stop pressing Tab) is what a sighted keyboard user does with their eyes.
 */
import type { Page } from 'playwright-core';

export interface Focused {
  /** `radio`, `checkbox`, `button`, `a`, `h1`, ... or `body`. */
  kind: string;
  /** An input's label, or an element's text. */
  name: string;
  checked: boolean | null;
  id: string;
  /** The explicit ARIA role, when there is one. */
  role: string | null;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body)
      return { kind: 'body', name: '', checked: null, id: '', role: null };
    if (element instanceof HTMLInputElement) {
      return {
        kind: element.type,
        name: (element.labels?.[0]?.textContent ?? '').trim(),
        checked: element.checked,
        id: element.id,
        role: element.getAttribute('role'),
      };
    }
    return {
      kind: element.tagName.toLowerCase(),
      name: element.textContent.replace(/\s+/g, ' ').trim(),
      checked: null,
      id: element.id,
      role: element.getAttribute('role'),
    };
  });
}

/** Presses `key` until the focused element is `kind` named `name`; fails with where focus went. */
export async function pressUntilFocused(
  page: Page,
  key: string,
  kind: string,
  name: string,
  limit = 80,
): Promise<void> {
  const trail: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now.kind === kind && now.name === name) return;
    trail.push(`${now.kind} "${now.name.slice(0, 40)}"`);
  }
  throw new Error(`${key} never reached the ${kind} "${name}"; focus went: ${trail.join(' → ')}`);
}
