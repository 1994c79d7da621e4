/**
 * The "Listen" button in the built site, with a stand-in for the browser's speech (headless
 * Chromium has no voices): it is offered only with a voice on the device for the page's language,
 * reads the question with that voice, stops when pressed again, on the next question and when the
 * person leaves through the quick exit, works from the keyboard alone and keeps axe clean.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../support/words.ts';
import { QUICK_EXIT_URL } from '../../src/ui/quick-exit/exit-config.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeProblems } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { withFakeSpeech, type FakeVoice, type SpeechEvent } from './support/fake-speech.ts';
import { focused, focusIndicator, indicatorContrast } from './support/keyboard.ts';
import { answerFirstQuestions, choose, continueButton, questionById, waitForNextScreen } from './support/walk.ts';

const { withApp } = useBuiltSite();

const online: FakeVoice = { name: 'English online', lang: 'en-US', localService: false };
const onDevice: FakeVoice = { name: 'English on device', lang: 'en-GB', localService: true };
const spanishOnDevice: FakeVoice = { name: 'Spanish on device', lang: 'es-MX', localService: true };

const first = questionById('overdose-now');
const firstText = `${first.text} ${first.hint ?? ''} Yes. No.`;

const listen = (page: Page) => page.getByRole('button', { name: en.listen.start, exact: true });
const stop = (page: Page) => page.getByRole('button', { name: en.listen.stop, exact: true });
const spoken = (events: SpeechEvent[]) => events.filter((event) => event.type === 'speak');
const lastEvent = (events: SpeechEvent[]) => events.at(-1)?.type;

describe('the Listen button', () => {
  test.each([
    ['only online voices', [online]],
    ['a voice on the device for another language only', [online, spanishOnDevice]],
  ])('is not offered with %s', async (_name, voices) => {
    await withApp(async (app) => {
      await withFakeSpeech(app, voices);
      await answerFirstQuestions(app.page, 0);
      await continueButton(app.page).waitFor();
      expect(await app.page.getByRole('button', { name: en.listen.start }).count()).toBe(0);
      expect(describeProblems(app.problems)).toEqual([]);
    });
  });

  test('reads the question, hint and options with the voice on the device, stops when pressed again, and keeps axe clean', async () => {
    await withApp(async (app) => {
      const events = await withFakeSpeech(app, [online, onDevice]);
      await answerFirstQuestions(app.page, 0);
      await expectNoAxeViolations(app.page);
      const box = await listen(app.page).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await listen(app.page).click();
      await expect.poll(() => spoken(events)).toEqual([{ type: 'speak', text: firstText, voice: onDevice.name }]);
      await stop(app.page).waitFor();
      await expectNoAxeViolations(app.page);
      await stop(app.page).click();
      await listen(app.page).waitFor();
      await expect.poll(() => lastEvent(events)).toBe('cancel');
      expect(describeProblems(app.problems)).toEqual([]);
    });
  });

  test('works from the keyboard alone, with a visible focus, and stops when the next question shows', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const events = await withFakeSpeech(app, [onDevice]);
      await answerFirstQuestions(page, 0);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ kind: 'button', name: en.listen.start });
      const indicator = await focusIndicator(page);
      expect(indicator.matchesFocusVisible).toBe(true);
      expect(indicatorContrast(indicator)).toBeGreaterThanOrEqual(3);
      await page.keyboard.press('Enter');
      await expect.poll(() => spoken(events).length).toBe(1);
      expect(await focused(page)).toMatchObject({ kind: 'button', name: en.listen.stop });
      await page.keyboard.press('Space');
      await expect.poll(() => lastEvent(events)).toBe('cancel');
      expect(await focused(page)).toMatchObject({ kind: 'button', name: en.listen.start });
      await page.keyboard.press('Enter');
      await expect.poll(() => spoken(events).length).toBe(2);
      await choose(page, first, ['No']);
      await continueButton(page).click();
      await waitForNextScreen(page, first.text);
      await expect.poll(() => lastEvent(events)).toBe('cancel');
      await listen(page).waitFor();
      expect(describeProblems(app.problems)).toEqual([]);
    });
  });

  test.each([
    ['pressing "Leave this site"', (page: Page) => page.getByRole('button', { name: en.quickExit.button }).click()],
    [
      'pressing Shift 3 times',
      async (page: Page) => {
        for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
      },
    ],
  ])('stops reading before the page goes when the person leaves by %s', async (_name, leave) => {
    await withApp(async (app) => {
      const { page } = app;
      await page.route(QUICK_EXIT_URL, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
      );
      const events = await withFakeSpeech(app, [onDevice]);
      await answerFirstQuestions(page, 0);
      await listen(page).click();
      await expect.poll(() => spoken(events).length).toBe(1);
      const before = events.length;
      await leave(page);
      await page.waitForURL(QUICK_EXIT_URL);
      await expect.poll(() => events.slice(before)[0]).toEqual({ type: 'cancel', pageShown: true });
    });
  });
});
