/**
 * Saving answers on this device in Chromium: only when ticked, resumed after a reload by choice,
 * cleared on request, tampered data thrown away calmly, and a browser that refuses storage still
 * gets through the whole questionnaire.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../support/words.ts';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { expectCleanPage, waitForApp } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import {
  calmPicks,
  choose,
  continueButton,
  currentHeading,
  questionById,
  waitForNextScreen,
  walkToResults,
} from './support/walk.ts';

const { withApp } = useBuiltSite();

const saveBox = (page: Page) => page.getByRole('checkbox', { name: en.save.checkbox });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);

/** From the intro: Start now, then answer "No" to the first two questions. Returns the third question's heading. */
async function answerTwo(page: Page): Promise<string> {
  let heading = await currentHeading(page);
  await page.getByRole('radio', { name: en.locale.perspective.self, exact: true }).check();
  await page.getByRole('button', { name: en.intro.start, exact: true }).click();
  heading = await waitForNextScreen(page, heading);
  for (const id of ['overdose-now', 'self-harm-thoughts'] as const) {
    await choose(page, questionById(id), ['No']);
    await continueButton(page).click();
    heading = await waitForNextScreen(page, heading);
  }
  return heading;
}

describe('saving answers on this device', () => {
  test('ticked on the intro, the answers survive a reload and "Continue where you left off" returns to the same question', async () => {
    await withApp(async (app) => {
      await saveBox(app.page).check();
      await app.page.getByText(en.save.savingOn).waitFor();
      const third = await answerTwo(app.page);
      const saved = JSON.parse((await stored(app.page)) ?? 'null') as { state: { answers: object } };
      expect(saved.state.answers).toEqual({ 'overdose-now': 'no', 'self-harm-thoughts': 'no' });

      await app.page.reload({ waitUntil: 'load' });
      const notice = app.page.getByRole('heading', { level: 2, name: /^We found answers you saved on / });
      await notice.waitFor();
      const resumeButton = app.page.getByRole('button', { name: en.save.continue });
      await resumeButton.click();
      expect(await waitForNextScreen(app.page, en.intro.title)).toBe(third);
      expectCleanPage(app);
    });
  });

  test('ticking "Save my answers" while saved answers are on offer keeps them: still offered after a reload', async () => {
    await withApp(async (app) => {
      await saveBox(app.page).check();
      await answerTwo(app.page);
      const saved = await stored(app.page);
      await app.page.reload({ waitUntil: 'load' });
      await waitForApp(app.page);
      await app.page.getByRole('button', { name: en.save.continue }).waitFor();
      await saveBox(app.page).check();
      await app.page.getByText(en.save.savingOn).waitFor();
      expect(await stored(app.page)).toBe(saved);
      await app.page.reload({ waitUntil: 'load' });
      await app.page.getByRole('button', { name: en.save.continue }).click();
      expect(await waitForNextScreen(app.page, en.intro.title)).toBe(questionById('danger-signs-now').text);
      expectCleanPage(app);
    });
  });

  test('"Clear my answers" removes the saved answers, and nothing is offered after a reload', async () => {
    await withApp(async (app) => {
      await saveBox(app.page).check();
      await answerTwo(app.page);
      expect(await stored(app.page)).not.toBeNull();
      await app.page.reload({ waitUntil: 'load' });
      await waitForApp(app.page);
      await app.page.getByRole('button', { name: en.save.continue }).click();
      for (let step = 0; step < 3; step += 1) await app.page.getByRole('button', { name: 'Back', exact: true }).click();
      await app.page.getByRole('button', { name: en.save.clear }).click();
      await app.page.getByText(en.save.cleared).waitFor();
      expect(await app.page.evaluate(() => localStorage.length)).toBe(0);
      await app.page.reload({ waitUntil: 'load' });
      await waitForApp(app.page);
      await app.page.getByRole('heading', { level: 1, name: en.intro.title }).waitFor();
      expect(await app.page.getByRole('button', { name: en.save.continue }).count()).toBe(0);
      expect(await saveBox(app.page).isChecked()).toBe(false);
      expectCleanPage(app);
    });
  });

  test('tampered saved answers are deleted with a calm notice, and the questions still work', async () => {
    await withApp(async (app) => {
      await app.page.evaluate((key) => {
        localStorage.setItem(key, '{"format":1,"questionnaireVersion":"1.0.0","state":{"answers":{"x":"<b>"}}}');
      }, SAVE_KEY);
      await app.page.reload({ waitUntil: 'load' });
      await app.page.getByText(en.save.discarded).waitFor();
      expect(await stored(app.page)).toBeNull();
      expect(await answerTwo(app.page)).not.toBe(en.intro.title);
      expectCleanPage(app);
    });
  });

  test('when the browser refuses storage, it says saving is not available and the whole questionnaire still works', async () => {
    await withApp(async (app) => {
      await app.context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      });
      await app.page.reload({ waitUntil: 'load' });
      await app.page.getByText(en.save.unavailable).waitFor();
      expect(await saveBox(app.page).count()).toBe(0);
      const visits = await walkToResults(app.page, { picks: calmPicks });
      expect(visits.at(-1)?.kind).toBe('results');
      expectCleanPage(app);
    });
  });
});
