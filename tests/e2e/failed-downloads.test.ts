/**
 * A screen's code that fails to download, as on a phone whose connection drops mid-journey. The
 * results' code is refused here until the test lets it through: the error page keeps every answer
 * (a saved copy too), "Try again" shows the results once the code arrives, and the browser's Back
 * leaves the error page for the screen before. A crisis answer needs no download at all: with
 * every script the first load did not fetch refused, an overdose answer still shows its steps.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { en, enRules } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useBuiltSite } from './support/built-site.ts';
import { settingName } from './support/results.ts';
import { example } from './support/saved-results.ts';
import { serializeProgress } from '../../src/storage/saved-format.ts';
import { waitForApp } from './support/browser.ts';
import { currentHeading, headings, startQuestions, waitForNextScreen } from './support/walk.ts';

const { withApp } = useBuiltSite();

const errorTitle = en.errorPage.title;

/** The saved answers of a worked example, opened as far as "Check your answers". */
async function checkAnswersFromSaved(page: Page, file: string): Promise<void> {
  const saved = serializeProgress({ answers: example(file).answers, questionId: null }, Date.now());
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, saved] as const);
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  await page.getByRole('button', { name: en.save.continue }).click();
  await waitForNextScreen(page, headings.intro);
}

function savedAnswers(page: Page): Promise<unknown> {
  return page.evaluate((key) => {
    const saved = localStorage.getItem(key);
    return saved === null ? null : (JSON.parse(saved) as { answers: unknown }).answers;
  }, SAVE_KEY);
}

describe('a screen whose code fails to download', () => {
  test('the results: "Try again" shows them once the code arrives, with every answer and the saved copy kept; Back leaves the error page', async () => {
    await withApp(async ({ page }) => {
      let refused = 0;
      await page.route('**/assets/results-screen-*.js', async (route) => {
        refused += 1;
        await route.abort('internetdisconnected');
      });
      await checkAnswersFromSaved(page, 'fentanyl-daily-no-home.json');
      const answersBefore = await savedAnswers(page);
      expect(answersBefore).not.toBeNull();

      await page.getByRole('button', { name: en.check.confirm, exact: true }).click();
      expect(await waitForNextScreen(page, headings.check)).toBe(errorTitle);
      // Tried, and not again and again: the error page shows after one or two refusals.
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(4);
      await expect(page.getByText(/Your answers are still here/).count()).resolves.toBe(1);
      await expectNoAxeViolations(page);

      // The browser's Back returns to the screen before, with the answers.
      await page.goBack();
      expect(await waitForNextScreen(page, errorTitle)).toBe(headings.check);
      expect(await savedAnswers(page)).toEqual(answersBefore);

      await page.getByRole('button', { name: en.check.confirm, exact: true }).click();
      expect(await waitForNextScreen(page, headings.check)).toBe(errorTitle);

      // The connection is back: "Try again" fetches the code and shows the results, nothing lost.
      await page.unroute('**/assets/results-screen-*.js');
      await page.getByRole('button', { name: en.errorPage.tryAgain, exact: true }).click();
      expect(await waitForNextScreen(page, errorTitle)).toBe(headings.results);
      expect(await settingName(page)).toBe(enRules.settings.residential.name);
      expect(await savedAnswers(page)).toEqual(answersBefore);
    });
  });

  test('a crisis: with every script the first load did not fetch refused, an overdose answer shows 911 and every step', async () => {
    await withApp(async ({ page }) => {
      const firstLoad = new Set(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((name) => name.endsWith('.js')),
        ),
      );
      const refused: string[] = [];
      await page.route(
        (address) => address.pathname.endsWith('.js') && !firstLoad.has(address.href),
        async (route) => {
          refused.push(new URL(route.request().url()).pathname);
          await route.abort('internetdisconnected');
        },
      );
      await startQuestions(page);
      // The later screens' code, fetched once the questions have started, is refused first.
      await expect.poll(() => refused.length).toBeGreaterThan(0);
      const question = await currentHeading(page);
      await page.getByRole('radio', { name: 'Yes', exact: true }).check();
      await page.getByRole('button', { name: en.continue, exact: true }).click();
      expect(await waitForNextScreen(page, question)).toBe(headings.overdose);
      expect(await page.locator('main a[href="tel:911"]').count()).toBeGreaterThan(0);
      const steps = await page.locator('main .crisis-panel ol li').allTextContents();
      expect(steps).toEqual([...en.crisis.overdoseSteps]);
      await expectNoAxeViolations(page);
    });
  });
});
