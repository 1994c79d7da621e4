/**
 * Display preferences a person sets in their system: "reduce motion" leaves nothing that moves
 * (no transition or animation with a duration on any element, on any screen), and a Windows
 * contrast theme (`forced-colors: active`, which drops backgrounds and shadows) still shows every
 * button's edge and a solid outline on whatever has keyboard focus.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../support/words.ts';
import { expectCleanPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { focused } from './support/keyboard.ts';
import { calmPicks, walkToResults } from './support/walk.ts';

const { withApp } = useBuiltSite();

/** Elements (and their ::before/::after) with a transition or animation that takes time. */
async function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const time = seconds(style.transitionDuration) + seconds(style.transitionDelay);
        const animated = style.animationName !== 'none' && seconds(style.animationDuration) > 0;
        if (time > 0 || animated) found.push(`${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.className}`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: smooth scrolling');
    return found;
  });
}

/** Visible buttons whose border would not show in a contrast theme. */
async function edgelessButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button:not(.link-button):not(.back-link)')]
      .filter((button) => button.getBoundingClientRect().width > 1)
      .filter((button) => {
        const style = getComputedStyle(button);
        const clear = style.borderTopColor === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.borderTopColor);
        return style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) < 1 || clear;
      })
      .map((button) => button.textContent.trim()),
  );
}

/** The focused element's outline, if it is solid, at least 2px and not transparent. */
async function solidOutline(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return null;
    const style = getComputedStyle(element);
    const clear = style.outlineColor === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.outlineColor);
    const solid = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !clear;
    return solid ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : null;
  });
}

describe('display preferences', () => {
  test('with "reduce motion" nothing on any screen has a transition or animation that takes time', async () => {
    await withApp(
      async (app) => {
        const found: string[] = [];
        const visits = await walkToResults(app.page, {
          picks: { ...calmPicks, 'overdose-now': ['Yes'] },
          tryEmptyOn: ['opioids-used'],
          onScreen: async (visit) => {
            for (const element of await moving(app.page)) found.push(`${visit.kind} "${visit.heading}": ${element}`);
          },
        });
        expect(visits.length).toBeGreaterThan(20);
        expect(found).toEqual([]);
        expectCleanPage(app);
      },
      { reducedMotion: 'reduce' },
    );
  }, 120_000);

  test('in a forced-colors contrast theme buttons keep their edges and focus shows a solid outline', async () => {
    await withApp(
      async (app) => {
        const { page } = app;
        await page.locator('main h1').waitFor();
        expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
        expect(await edgelessButtons(page)).toEqual([]);
        const faint: string[] = [];
        let stops = 0;
        for (; stops < 40; stops += 1) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          if ((await solidOutline(page)) === null) faint.push(`${now.kind} "${now.name}"`);
          if (now.name === en.intro.start) break;
        }
        expect(stops).toBeGreaterThan(3);
        expect(faint).toEqual([]);
        await page.keyboard.press('Enter');
        await page.getByRole('alert').waitFor();
        expect(await edgelessButtons(page)).toEqual([]);
        expectCleanPage(app);
      },
      { forcedColors: 'active' },
    );
  });
});
