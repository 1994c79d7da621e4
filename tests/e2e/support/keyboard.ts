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

/** What shows where focus is: the colours that draw the focus indicator and what lies behind them. */
export interface FocusIndicator {
  /** `tag#id.class "text"` of the focused element. */
  element: string;
  /** Colours of a visible outline and of every box shadow, as `rgb(...)`/`rgba(...)`. */
  colors: string[];
  /** The first opaque background behind the element (its parent's, and up). */
  behind: string;
  matchesFocusVisible: boolean;
}

export async function focusIndicator(page: Page): Promise<FocusIndicator> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) {
      return { element: 'body', colors: [], behind: 'rgb(255, 255, 255)', matchesFocusVisible: false };
    }
    const style = getComputedStyle(element);
    const colors: string[] = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) colors.push(style.outlineColor);
    if (style.boxShadow !== 'none') colors.push(...(style.boxShadow.match(/rgba?\([^)]*\)/g) ?? []));
    let behind = 'rgb(255, 255, 255)';
    for (let node = element.parentElement; node !== null; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      if (background !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(background)) {
        behind = background;
        break;
      }
    }
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const text = element.textContent.replace(/\s+/g, ' ').trim().slice(0, 40);
    return {
      element: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} "${text}"`,
      colors,
      behind,
      matchesFocusVisible: element.matches(':focus-visible'),
    };
  });
}

/** `rgb(a, b, c)` or `rgba(a, b, c, alpha)` as numbers; alpha 1 when not given. */
function parseColor(color: string): { rgb: number[]; alpha: number } {
  const parts = (color.match(/[\d.]+/g) ?? []).map(Number);
  return { rgb: parts.slice(0, 3), alpha: parts[3] ?? 1 };
}

function luminance(rgb: number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(parseColor(first).rgb), luminance(parseColor(second).rgb)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The best contrast (1 to 21) any opaque part of the indicator has against what lies behind it. */
export function indicatorContrast(indicator: FocusIndicator): number {
  const opaque = indicator.colors.filter((color) => parseColor(color).alpha === 1);
  return Math.max(1, ...opaque.map((color) => contrastRatio(color, indicator.behind)));
}
