/**
 * What a real phone does to a one-question-per-page form, in real Chromium with touch at 390 x 844:
 * - a double tap on Continue (the second tap 40 to 400 ms after the first) must not tick an option
 *   on the next question, nor press its Continue: the next question arrives untouched;
 * - each new screen starts at the top, with "Leave this site" on screen, even after a question that
 *   needed scrolling; and on a long page, scrolled down, "Leave this site" stays on screen.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findQuestion } from '../../questions/journey.ts';
import { en, questionnaire } from '../support/words.ts';
import { expectCleanPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import {
  calmPicks,
  choice,
  continueButton,
  currentHeading,
  startQuestions,
  waitForNextScreen,
} from './support/walk.ts';
import { example, resultsFromSavedAnswers } from './support/saved-results.ts';
import type { QuestionId } from '../../questions/questionnaire.ts';
import { STEP_PRESS_GUARD_MS } from '../../src/ui/components/step-press-guard.tsx';

const { url, withApp } = useBuiltSite();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** The question whose text is the page's h1. */
async function questionShown(page: Page) {
  const heading = await currentHeading(page);
  const question = questionnaire.sections
    .flatMap((section) => section.questions)
    .find((candidate) => candidate.text === heading);
  return question ? findQuestion(questionnaire, question.id) : undefined;
}

/** Taps the middle of a locator's box with the touchscreen, as a finger does. */
async function tapAt(page: Page, point: { x: number; y: number }) {
  await page.touchscreen.tap(point.x, point.y);
}

/** The quick exit button's box relative to the screen, or null if it is not shown. */
async function exitOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const button = document.querySelector('.quick-exit-button');
    if (!button) return false;
    const box = button.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

/**
 * Reads the question shown (waiting as a person does: touches just after a screen appears are
 * ignored) and taps its calm answer. False when the screen is no question.
 */
async function tapCalmAnswer(page: Page): Promise<boolean> {
  const question = await questionShown(page);
  if (!question) return false;
  const labels = calmPicks[question.id as QuestionId] ?? [question.options[0]?.label ?? ''];
  await page.waitForTimeout(STEP_PRESS_GUARD_MS);
  for (const label of labels) await choice(page, question, label).tap();
  return true;
}

describe('on a touch phone', () => {
  test('a double tap on Continue never ticks or submits the next question, over a dozen questions', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await startQuestions(page);
      const gaps = [40, 120, 250, 400];
      const spoiled: string[] = [];
      for (let step = 0; step < 12; step += 1) {
        if (!(await tapCalmAnswer(page))) break;
        // Scrolled to, as a finger does, then tapped where it is on screen.
        await continueButton(page).scrollIntoViewIfNeeded();
        const box = await continueButton(page).boundingBox();
        if (!box) throw new Error('Continue is not on the page');
        const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        const heading = await currentHeading(page);
        await tapAt(page, point);
        await page.waitForTimeout(gaps[step % gaps.length] ?? 100);
        await tapAt(page, point);
        await page.waitForFunction(
          (before) => document.querySelector('main h1')?.textContent.trim() !== before,
          heading,
        );
        const next = await currentHeading(page);
        // Focus goes to the new heading just after the screen is drawn, unless a stray tap took it.
        await page
          .waitForFunction(() => document.activeElement === document.querySelector('main h1'), undefined, {
            timeout: 2_000,
          })
          .catch(() => undefined);
        await page.waitForTimeout(150);
        const state = await page.evaluate(() => ({
          focusOnHeading: document.activeElement === document.querySelector('main h1'),
          ticked: [...document.querySelectorAll<HTMLInputElement>('main fieldset input')].filter(
            (input) => input.checked,
          ).length,
          error: document.querySelector('[role="alert"]') !== null,
        }));
        if (state.ticked > 0 || state.error || !state.focusOnHeading) spoiled.push(`${next}: ${JSON.stringify(state)}`);
      }
      expect(spoiled).toEqual([]);
      expectCleanPage(app);
    }, phone);
  });

  test('a new question starts at the top with "Leave this site" on screen, after one that needed scrolling', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await startQuestions(page);
      const misplaced: string[] = [];
      for (let step = 0; step < 10; step += 1) {
        if (!(await tapCalmAnswer(page))) break;
        // Scroll as a person does to reach Continue at the bottom of the page.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const heading = await currentHeading(page);
        await continueButton(page).tap();
        const next = await waitForNextScreen(page, heading);
        const scrollY = await page.evaluate(() => window.scrollY);
        if (scrollY !== 0 || !(await exitOnScreen(page))) misplaced.push(`${next}: scrolled ${String(scrollY)} px`);
      }
      expect(misplaced).toEqual([]);
      expectCleanPage(app);
    }, phone);
  });

  test('scrolled far down the results, "Leave this site" is still on screen', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await resultsFromSavedAnswers(page, url(), example('mild-pain-pills-supportive-home.json'), 'en');
      for (const fraction of [0.3, 0.6, 1]) {
        await page.evaluate((part) => window.scrollTo(0, document.documentElement.scrollHeight * part), fraction);
        await expect.poll(() => exitOnScreen(page)).toBe(true);
      }
      expect(await page.getByRole('button', { name: en.quickExit.button }).isVisible()).toBe(true);
      expectCleanPage(app);
    }, phone);
  });
});
