/**
 * Quick exit in the built site: the "Leave this site" button, the skip-style link and Shift pressed
 * three times each forget the answers (in memory and on the device) and replace the page with the
 * neutral weather page. That page is answered by the test itself (`page.route`, which wins over
 * the browser's block on other origins), so nothing is ever fetched from the real site; the only
 * request to another origin a page may make is that one.
 */
import { describe, expect, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { en } from '../support/words.ts';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { QUICK_EXIT_URL } from '../../src/ui/quick-exit/exit-config.ts';
import { describeProblems, sharedBrowser, type AppPage, waitForApp } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { focused, pressUntilFocused } from './support/keyboard.ts';
import { answerFirstQuestions, currentHeading, headings, questionById } from './support/walk.ts';

const { url, withApp } = useBuiltSite();

/**
 * A page whose app code is held back by the network (as on a very slow connection): only the
 * static intro is there. `release` lets the app's code through.
 */
async function pageBeforeTheAppArrives(): Promise<{
  page: Page;
  release: () => Promise<void>;
  close: () => Promise<void>;
}> {
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  await page.goto(url(), { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return {
    page,
    release: async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
    close: () => context.close(),
  };
}
const t = en.quickExit;

/** Answers the neutral page here, before the browser's block on other origins could see it. */
async function neutralPage(page: Page): Promise<void> {
  await page.route(QUICK_EXIT_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

/** Clean apart from the one expected visit to the neutral page. */
function expectOnlyTheExitLeftTheSite(app: AppPage): void {
  const { foreignRequests, ...others } = app.problems;
  expect(foreignRequests).toEqual([`GET ${QUICK_EXIT_URL}`]);
  expect(describeProblems({ ...others, foreignRequests: [] })).toEqual([]);
}

/** Saving turned on at the start, then two answers given: the site keeps them on the device. */
async function midwayWithSavedProgress(app: AppPage): Promise<void> {
  await neutralPage(app.page);
  await app.page.getByRole('checkbox', { name: en.save.checkbox, exact: true }).check();
  await answerFirstQuestions(app.page, 2);
  // Something the site did not write, to show that leaving clears this session's storage too.
  await app.page.evaluate(() => sessionStorage.setItem('draft', 'answers'));
}

/** How many items the page keeps in localStorage and sessionStorage. */
function storedItems(page: Page): Promise<[string[], number]> {
  return page.evaluate(() => [Object.keys(localStorage), sessionStorage.length]);
}

/** After leaving: the neutral page is on screen, the device keeps nothing, and Back finds a fresh start. */
async function expectLeftAndForgotten(app: AppPage): Promise<void> {
  const { page } = app;
  await page.waitForURL(QUICK_EXIT_URL, { timeout: 5_000 });
  expect(await page.locator('h1').textContent()).toBe('Weather');
  const stored = await app.context.storageState();
  const ours = stored.origins.find((origin) => origin.origin === app.origin);
  expect(ours?.localStorage ?? []).toEqual([]);
  await page.goBack({ waitUntil: 'load' });
  await waitForApp(page);
  expect(await currentHeading(page)).toBe(headings.intro);
  expect(await storedItems(page)).toEqual([[], 0]);
  expectOnlyTheExitLeftTheSite(app);
}

async function shiftTimes(page: Page, times: number): Promise<string[]> {
  const heard: string[] = [];
  for (let press = 0; press < times; press += 1) {
    await page.keyboard.press('Shift');
    heard.push((await page.locator('#quick-exit-status').textContent()) ?? '');
  }
  return heard;
}

describe('quick exit', () => {
  test('"Leave this site" sits at the top, the "Leave this site now" link is first in the tab order, and the note shows on the first screen only', async () => {
    await withApp(async ({ page }) => {
      const button = page.getByRole('banner').getByRole('button', { name: t.button, exact: true });
      expect(await button.isVisible()).toBe(true);
      expect(await page.getByText(t.note).isVisible()).toBe(true);
      await answerFirstQuestions(page, 1);
      expect(await button.isVisible()).toBe(true);
      expect(await page.getByText(t.note).count()).toBe(0);
      const box = await button.boundingBox();
      expect(box?.y ?? Infinity).toBeLessThan(150);
      await page.keyboard.press('Shift+Tab');
      await pressUntilFocused(page, 'Shift+Tab', 'a', t.link);
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page)).kind, 'nothing comes before the link').toBe('body');
    });
  });

  test('pressing the button blanks the page at once, clears the answers and replaces the page with the weather page', async () => {
    await withApp(async (app) => {
      await midwayWithSavedProgress(app);
      expect(await storedItems(app.page)).toEqual([[SAVE_KEY], 1]);
      // What the page shows the moment the self-check leaves the screen, reported as it happens.
      const shown: string[] = [];
      await app.page.exposeFunction('reportShown', (text: string) => shown.push(text));
      await app.page.evaluate(() => {
        const report = (window as unknown as { reportShown: (text: string) => void }).reportShown;
        new MutationObserver(() => {
          if (document.querySelector('main, header') === null) report(document.body.innerText.trim());
        }).observe(document.body, { childList: true, subtree: true });
      });
      await app.page.getByRole('button', { name: t.button, exact: true }).click();
      await expectLeftAndForgotten(app);
      expect(shown[0]).toBe(t.cover);
    });
  });

  test('the skip-style link, first in the tab order and shown on focus, does the same from the keyboard', async () => {
    await withApp(async (app) => {
      await midwayWithSavedProgress(app);
      expect(await storedItems(app.page)).toEqual([[SAVE_KEY], 1]);
      await pressUntilFocused(app.page, 'Shift+Tab', 'a', t.link);
      const link = app.page.locator(':focus');
      expect(await link.getAttribute('href')).toBe(QUICK_EXIT_URL);
      expect(await link.isVisible()).toBe(true);
      await app.page.keyboard.press('Enter');
      await expectLeftAndForgotten(app);
    });
  });

  test('Shift pressed three times within five seconds leaves, announcing how many presses remain', async () => {
    await withApp(async (app) => {
      await midwayWithSavedProgress(app);
      expect(await storedItems(app.page)).toEqual([[SAVE_KEY], 1]);
      const heard = await shiftTimes(app.page, 2);
      expect(heard).toEqual([t.shiftPressesLeft(2), t.shiftPressesLeft(1)]);
      expect(heard).toEqual(['Shift, press 2 more times to exit.', 'Shift, press 1 more time to exit.']);
      await app.page.keyboard.press('Shift');
      await expectLeftAndForgotten(app);
    });
  });

  test('three Shift presses spread over more than five seconds do not leave', async () => {
    await withApp(async (app) => {
      await midwayWithSavedProgress(app);
      expect(await storedItems(app.page)).toEqual([[SAVE_KEY], 1]);
      const heading = await currentHeading(app.page);
      await app.page.keyboard.press('Shift');
      await app.page.waitForTimeout(2_600);
      await app.page.keyboard.press('Shift');
      await app.page.waitForTimeout(2_600);
      expect(await app.page.locator('#quick-exit-status').textContent()).toBe(t.shiftExpired);
      await app.page.keyboard.press('Shift');
      await app.page.waitForTimeout(300);
      expect(app.page.url()).not.toBe(QUICK_EXIT_URL);
      expect(await currentHeading(app.page)).toBe(heading);
      expect(describeProblems(app.problems)).toEqual([]);
    });
  });

  test('before the app has arrived, "Leave this site" on the static intro already leaves and clears what was saved', async () => {
    const { page, close } = await pageBeforeTheAppArrives();
    try {
      await neutralPage(page);
      await page.evaluate((key) => localStorage.setItem(key, '{}'), SAVE_KEY);
      expect(await page.locator('#root').getAttribute('data-ready')).toBeNull();
      await page.getByRole('button', { name: t.button, exact: true }).click();
      await page.waitForURL(QUICK_EXIT_URL, { timeout: 5_000 });
      const stored = await page.context().storageState();
      expect(stored.origins.flatMap((origin) => origin.localStorage)).toEqual([]);
    } finally {
      await close();
    }
  });

  test('before the app has arrived, Start does not reload the page; once it has, Start opens the first question with the choice already made', async () => {
    const { page, release, close } = await pageBeforeTheAppArrives();
    try {
      await page.getByRole('radio', { name: en.locale.perspective.self, exact: true }).check();
      await page.getByRole('button', { name: en.intro.start, exact: true }).click();
      await page.waitForTimeout(300);
      expect(page.url()).toBe(url());
      await release();
      await waitForApp(page);
      // The choice made before the app arrived still counts.
      await page.getByRole('button', { name: en.intro.start, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: questionById('overdose-now').text }).waitFor();
    } finally {
      await close();
    }
  });

  test('Shift used with other keys (Shift+Tab, capitals) never counts towards leaving', async () => {
    await withApp(async (app) => {
      await midwayWithSavedProgress(app);
      expect(await storedItems(app.page)).toEqual([[SAVE_KEY], 1]);
      for (let press = 0; press < 4; press += 1) await app.page.keyboard.press('Shift+Tab');
      await app.page.keyboard.press('Shift');
      await app.page.keyboard.press('Shift+A');
      await app.page.keyboard.press('Shift');
      await app.page.waitForTimeout(300);
      expect(app.page.url()).not.toBe(QUICK_EXIT_URL);
      expect(await app.page.locator('#quick-exit-status').textContent()).toBe(t.shiftPressesLeft(2));
      expect(describeProblems(app.problems)).toEqual([]);
    });
  });
});
