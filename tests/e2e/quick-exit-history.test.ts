/**
 * What a quick exit leaves behind in the tab, in real Chromium on the built site: the tab's history
 * keeps at most one entry of the site and no title in it names a question or a crisis; the
 * visible "Leave this site" works with JavaScript off (a real link); the clipboard the app wrote is
 * emptied; and the neutral page is an ordinary US one. The neutral page is answered by the test.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../support/words.ts';
import { QUICK_EXIT_URL } from '../../src/ui/quick-exit/exit-config.ts';
import { sharedBrowser } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { example, resultsFromSavedAnswers } from './support/saved-results.ts';
import { answerFirstQuestions, parseQuestionTitle } from './support/walk.ts';

const { url, withApp } = useBuiltSite();
const t = en.quickExit;

async function neutralPage(page: Page): Promise<void> {
  await page.route(QUICK_EXIT_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

/** How many entries back from the current one are the site's, walking Back until another page shows. */
async function siteEntriesBehind(page: Page, origin: string): Promise<number> {
  let entries = 0;
  for (let step = 0; step < 40; step += 1) {
    const response = await page.goBack({ waitUntil: 'load', timeout: 3_000 }).catch(() => null);
    if (response === null || new URL(page.url()).origin !== origin) break;
    entries += 1;
  }
  return entries;
}

describe('what the tab keeps after a quick exit', () => {
  test('five screens in, leaving keeps one entry of the site in the history, and no title names a question', async () => {
    await withApp(async ({ page }) => {
      await neutralPage(page);
      const before = await page.evaluate(() => history.length);
      await answerFirstQuestions(page, 5);
      // Each screen added an entry; the title the history keeps says which step, not what was asked.
      expect(parseQuestionTitle(await page.title())).not.toBeNull();
      expect(await page.evaluate(() => history.length)).toBeGreaterThan(before + 3);

      await page.getByRole('button', { name: t.button, exact: true }).click();
      await page.waitForURL(QUICK_EXIT_URL, { timeout: 5_000 });
      expect(new URL(page.url()).hostname).toBe('www.weather.gov');
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
      // Back from the neutral page finds the site once (its first screen, fresh), then what came before.
      expect(await siteEntriesBehind(page, new URL(url()).origin)).toBe(1);
    });
  });

  test('with JavaScript off, the visible "Leave this site" still goes to the neutral page', async () => {
    const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await neutralPage(page);
      await page.goto(url(), { waitUntil: 'load' });
      const exit = page.getByRole('banner').getByRole('button', { name: t.button, exact: true });
      await exit.click();
      await page.waitForURL(QUICK_EXIT_URL, { timeout: 5_000 });
      expect(await page.locator('h1').textContent()).toBe('Weather');
    } finally {
      await context.close();
    }
  });

  test('a summary copied with "Copy as text" is gone from the clipboard after leaving', async () => {
    await withApp(
      async ({ page }) => {
        await neutralPage(page);
        await resultsFromSavedAnswers(page, url(), example('mild-pain-pills-supportive-home.json'), 'en');
        await page.getByRole('button', { name: en.exports.actions.copy, exact: true }).click();
        await page.getByRole('status').filter({ hasText: en.exports.actions.copied }).waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(en.exports.title);
        await page.getByRole('button', { name: t.button, exact: true }).click();
        await page.waitForURL(QUICK_EXIT_URL, { timeout: 5_000 });
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });
});
